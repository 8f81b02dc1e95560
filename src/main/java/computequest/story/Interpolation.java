package computequest.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values from the game in prose, hints and feedback, filled in each time they are shown:
 * <pre>
 * ${instance.id}                          an attribute of the first resource of a kind (KIND.ATTR)
 * ${instance state=running .public-ip}    of the first resource that passes the tests (as in @setup lines)
 * ${flag NAME}                            a flag's value (empty when unset)
 * ${score}                                the score
 * </pre>
 * A resource placeholder that matches nothing reads "(no KIND yet)". {@link #check} finds mistakes at their column.
 */
public final class Interpolation {

    private static final Pattern ANY = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern SHORT = Pattern.compile("([a-z0-9-]+)\\.([a-z0-9-]+)");

    private Interpolation() {
    }

    /** What a text's placeholders read: resources through {@code lookup}, and flags and the score. */
    public record Values(Placeholders.Lookup lookup, Map<String, String> flags, int score) {
    }

    /** {@code text} with every placeholder filled from {@code values}. */
    public static String fill(String text, Values values) {
        if (!text.contains("${")) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        Matcher m = ANY.matcher(text);
        int from = 0;
        while (m.find()) {
            b.append(text, from, m.start());
            b.append(value(m.group(1).strip(), m.group(), values));
            from = m.end();
        }
        return b.append(text.substring(from)).toString();
    }

    private static String value(String inner, String source, Values values) {
        if (inner.equals("score")) {
            return Integer.toString(values.score());
        }
        if (inner.startsWith("flag ")) {
            return values.flags().getOrDefault(inner.substring(5).strip(), "");
        }
        List<Diagnostic> ignored = new ArrayList<>();
        List<Placeholders.Selector> sel = Placeholders.find("${" + longForm(inner) + "}", new Position("", 1, 1),
                ignored);
        if (sel.isEmpty()) {
            return source;
        }
        String v = values.lookup().valueOf(sel.get(0));
        return v == null ? "(no " + sel.get(0).condition().kind() + " yet)" : v;
    }

    /** {@code instance.id} as {@code instance .id}; anything else unchanged. */
    private static String longForm(String inner) {
        Matcher m = SHORT.matcher(inner);
        return m.matches() ? m.group(1) + " ." + m.group(2) : inner;
    }

    /**
     * The resource conditions a line's placeholders name (for the checker's kind and attribute checks), with
     * syntax problems at their column; {@code at} is where the line starts.
     */
    public static List<Placeholders.Selector> check(String line, Position at, List<Diagnostic> problems) {
        List<Placeholders.Selector> out = new ArrayList<>();
        Matcher m = ANY.matcher(line);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (inner.equals("score") || inner.startsWith("flag ")) {
                continue;
            }
            Position p = new Position(at.file(), at.line(), at.column() + m.start());
            List<Diagnostic> bad = new ArrayList<>();
            List<Placeholders.Selector> sel = Placeholders.find("${" + longForm(inner) + "}", p, bad);
            if (!bad.isEmpty() || sel.isEmpty()) {
                problems.add(Diagnostic.error(p, "'" + m.group() + "' is not a value the game can fill in",
                        "write ${KIND.ATTR} (${instance.id}), ${KIND TESTS .ATTR}, ${flag NAME} or ${score}"));
            } else {
                out.addAll(sel);
            }
        }
        return out;
    }
}
