package computequest.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${KIND attr=value ...}} in a {@code @setup run} command or a walkthrough input stands for the id of the
 * first resource that matches, e.g. {@code ssh ${instance state=running} 'cat /dev/shm/batch'}. Add {@code .ATTR}
 * as the last word to get that attribute instead of the id: {@code ${instance state=running .public-ip}}.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

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
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            String attribute = "id";
            int dot = inner.lastIndexOf(" .");
            if (dot >= 0) {
                attribute = inner.substring(dot + 2).strip();
                inner = inner.substring(0, dot).strip();
            }
            Position p = new Position(at.file(), at.line(), at.column() + m.start(1));
            Condition c = ConditionParser.parse(inner, p, problems);
            if (c instanceof Condition.Resources r && !r.negated()) {
                out.add(new Selector(m.group(), r, attribute, m.start(), m.end()));
            } else if (c != null) {
                problems.add(Diagnostic.error(p, "'${" + m.group(1) + "}' must name a resource kind and tests",
                        "e.g. ${instance state=running} or ${instance state=running .public-ip}"));
            }
        }
        return out;
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
