package computequest.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Values from the game in prose, hints and feedback, filled in each time they are shown:
 * <pre>
 * ${instance.id}                          an attribute of the first resource of a kind (KIND.ATTR)
 * ${instance state=running .public-ip}    of the first resource that passes the tests (as in @setup lines)
 * ${flag NAME}                            a flag's value (empty when unset)
 * ${sum PREFIX}                           the sum of the numbers in the flags whose names start with PREFIX
 * ${score}                                the score
 * </pre>
 * A resource placeholder that matches nothing reads "(no KIND yet)". {@link #check} finds mistakes at their column.
 * A paragraph that starts with {@code ${if CONDITION}} (what an {@code @if CONDITION} line in a scene's prose
 * becomes) is shown only while the condition holds; on a paragraph of its own, the marker governs the next one.
 */
public final class Interpolation {

    private Interpolation() {
    }

    /** The start of a conditional paragraph. */
    static final String IF = "${if ";

    /**
     * What a text's placeholders read: resources through {@code lookup}, flags and the score, and whether the
     * condition of a conditional paragraph holds.
     */
    public record Values(Placeholders.Lookup lookup, Map<String, String> flags, int score, Predicate<Condition> holds) {
        /** Values for text without conditional paragraphs (any such paragraph is left out). */
        public Values(Placeholders.Lookup lookup, Map<String, String> flags, int score) {
            this(lookup, flags, score, c -> false);
        }
    }

    /** {@code text} with every placeholder filled from {@code values}. */
    public static String fill(String text, Values values) {
        if (!text.contains("${")) {
            return text;
        }
        if (text.contains(IF)) {
            return conditional(text, values);
        }
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int start = text.indexOf("${"), close; start >= 0 && (close = Placeholders.end(text, start)) >= 0;
             start = text.indexOf("${", from)) {
            b.append(text, from, start);
            b.append(value(text.substring(start + 2, close).strip(), text.substring(start, close + 1), values));
            from = close + 1;
        }
        return b.append(text.substring(from)).toString();
    }

    /** Drops each paragraph whose {@code ${if ...}} condition does not hold, then fills the rest. */
    private static String conditional(String text, Values values) {
        List<String> kept = new ArrayList<>();
        Boolean pending = null;
        for (String para : text.split("\n\n", -1)) {
            boolean shown = pending == null || pending;
            pending = null;
            if (para.startsWith(IF) && para.indexOf('}') > 0) {
                int close = para.indexOf('}');
                Condition c = ConditionParser.parse(para.substring(IF.length(), close).strip(),
                        new Position("", 1, 1), new ArrayList<>());
                boolean holds = c != null && values.holds().test(c);
                String rest = para.substring(close + 1).strip();
                if (rest.isEmpty()) {
                    pending = holds;
                    continue;
                }
                shown = holds;
                para = rest;
            }
            if (shown) {
                kept.add(para.contains("${") ? fill(para, values) : para);
            }
        }
        return String.join("\n\n", kept);
    }

    private static String value(String inner, String source, Values values) {
        if (inner.equals("score")) {
            return Integer.toString(values.score());
        }
        if (inner.startsWith("flag ")) {
            return values.flags().getOrDefault(inner.substring(5).strip(), "");
        }
        if (inner.startsWith("sum ")) {
            return sum(inner.substring(4).strip(), values.flags());
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

    /** The flags named PREFIX... that hold numbers, added up: "0" when there are none; "12.5" keeps its fraction. */
    static String sum(String prefix, Map<String, String> flags) {
        double total = 0;
        for (Map.Entry<String, String> f : flags.entrySet()) {
            if (f.getKey().startsWith(prefix)) {
                try {
                    total += Double.parseDouble(f.getValue());
                } catch (NumberFormatException e) {
                    // a flag without a number adds nothing
                }
            }
        }
        return total == Math.rint(total) ? Long.toString((long) total) : Double.toString(total);
    }

    /** {@code instance.id} as {@code instance .id} (regex {@code ([a-z0-9-]+)\.([a-z0-9-]+)}); else unchanged. */
    private static String longForm(String inner) {
        int dot = inner.indexOf('.');
        if (dot <= 0 || dot == inner.length() - 1) {
            return inner;
        }
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (i != dot && !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return inner;
            }
        }
        return inner.substring(0, dot) + " ." + inner.substring(dot + 1);
    }

    /**
     * The resource conditions a line's placeholders name (for the checker's kind and attribute checks), with
     * syntax problems at their column; {@code at} is where the line starts.
     */
    public static List<Placeholders.Selector> check(String line, Position at, List<Diagnostic> problems) {
        return check(line, at, problems, new ArrayList<>());
    }

    /** As {@link #check(String, Position, List)}, adding the conditions of conditional paragraphs to {@code ifs}. */
    public static List<Placeholders.Selector> check(String line, Position at, List<Diagnostic> problems,
                                                    List<Condition> ifs) {
        List<Placeholders.Selector> out = new ArrayList<>();
        for (int start = line.indexOf("${"), close; start >= 0 && (close = Placeholders.end(line, start)) >= 0;
             start = line.indexOf("${", close + 1)) {
            String inner = line.substring(start + 2, close).strip();
            if (inner.equals("score") || inner.startsWith("flag ") || inner.startsWith("sum ")) {
                continue;
            }
            Position p = new Position(at.file(), at.line(), at.column() + start);
            if (inner.startsWith("if ")) {
                Condition c = ConditionParser.parse(inner.substring(3).strip(), p, problems);
                if (c != null) {
                    ifs.add(c);
                }
                continue;
            }
            List<Diagnostic> bad = new ArrayList<>();
            List<Placeholders.Selector> sel = Placeholders.find("${" + longForm(inner) + "}", p, bad);
            if (!bad.isEmpty() || sel.isEmpty()) {
                problems.add(Diagnostic.error(p, "'" + line.substring(start, close + 1)
                        + "' is not a value the game can fill in",
                        "write ${KIND.ATTR} (${instance.id}), ${KIND TESTS .ATTR}, ${flag NAME}, ${sum PREFIX} or ${score}"));
            } else {
                out.addAll(sel);
            }
        }
        return out;
    }
}
