package computequest.story;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ${KIND attr=value ...}} in a {@code @setup run} command or a walkthrough input stands for the id of the
 * first resource that matches, e.g. {@code ssh ${instance state=running} 'cat /dev/shm/batch'}. Add {@code .ATTR}
 * as the last word to get that attribute instead of the id: {@code ${instance state=running .public-ip}}.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /** One placeholder: which resources it selects, and which attribute it reads ("id" unless given). */
    public record Selector(String source, Condition.Resources condition, String attribute, int start, int end) {
    }

    /** Looks a selector up: the value to put in, or null when nothing matches. */
    public interface Lookup {
        String valueOf(Selector selector);
    }

    /**
     * Every placeholder in {@code text}; problems (with columns from {@code at}) go to {@code problems}.
     */
    public static List<Selector> find(String text, Position at, List<Diagnostic> problems) {
        List<Selector> out = new ArrayList<>();
        for (int start = text.indexOf("${"), close; start >= 0 && (close = end(text, start)) >= 0;
             start = text.indexOf("${", close + 1)) {
            String whole = text.substring(start, close + 1);
            String inner = text.substring(start + 2, close).strip();
            String attribute = "id";
            int dot = inner.lastIndexOf(" .");
            if (dot >= 0) {
                attribute = inner.substring(dot + 2).strip();
                inner = inner.substring(0, dot).strip();
            }
            Position p = new Position(at.file(), at.line(), at.column() + start + 2);
            Condition c = ConditionParser.parse(inner, p, problems);
            if (c instanceof Condition.Resources r && !r.negated()) {
                out.add(new Selector(whole, r, attribute, start, close + 1));
            } else if (c != null) {
                problems.add(Diagnostic.error(p, "'" + whole + "' must name a resource kind and tests",
                        "e.g. ${instance state=running} or ${instance state=running .public-ip}"));
            }
        }
        return out;
    }

    /**
     * Where the placeholder that starts at {@code start} (at its {@code ${}) ends: the index of its {@code }}, or -1
     * when none follows. Finding each {@code ${} and then this is what regex {@code \$\{([^}]*)}} does, without a
     * regex to compile at every game start.
     */
    static int end(String text, int start) {
        return text.indexOf('}', start + 2);
    }

    /** {@code text} with every placeholder replaced; null values are left as written. */
    public static String fill(String text, List<Selector> selectors, Lookup lookup) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (Selector s : selectors) {
            b.append(text, from, s.start());
            String v = lookup.valueOf(s);
            b.append(v == null ? s.source() : v);
            from = s.end();
        }
        return b.append(text.substring(from)).toString();
    }

    public static boolean has(String text) {
        return text.contains("${");
    }
}
