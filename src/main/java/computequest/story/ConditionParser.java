package computequest.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses condition text; problems go to the diagnostics list with the column of the offending word. Its grammar was
 * once a set of regular expressions, which {@link Scan} now spells out: a word is {@code \S+}, a kind
 * {@code [a-z][a-z0-9-]*}, a test {@code ([a-z][a-z0-9-]*)(!=|<=|>=|=|~|<|>)(.*)} and a comparison
 * {@code (!=|<=|>=|=|<|>)(-?\d+(?:\.\d+)?)}.
 */
final class ConditionParser {

    private ConditionParser() {
    }

    /** A word of a line and the column it starts at. */
    record Word(String text, int column) {
    }

    /** The words of {@code text}, each shared through {@code pool} when there is one. */
    static List<Word> words(String text, int firstColumn, StringPool pool) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Scan.space(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                return out;
            }
            int start = i;
            while (i < n && !Scan.space(text.charAt(i))) {
                i++;
            }
            String w = pool == null ? text.substring(start, i) : pool.share(text, start, i);
            out.add(new Word(w, firstColumn + start));
        }
    }

    /** The words of {@code text}, as {@link #words} finds them, each shared through {@code pool} when there is one. */
    static List<String> texts(String text, StringPool pool) {
        int[] w = bounds(text);
        List<String> out = new ArrayList<>(w.length / 2 + 1);
        for (int i = 0; i < w.length; i += 2) {
            out.add(word(text, w, i, pool));
        }
        return out;
    }

    /** @return the condition, or null when it is malformed (the reason is added to {@code problems}) */
    static Condition parse(String text, Position at, List<Diagnostic> problems) {
        return parse(text, at, problems, null);
    }

    /**
     * {@link #parse(String, Position, List)}, sharing its words through {@code pool} (null: no sharing). The words are
     * found as bounds in the text, not as objects: a huge story has millions of them.
     */
    static Condition parse(String text, Position at, List<Diagnostic> problems, StringPool pool) {
        int[] w = bounds(text);
        if (w.length == 0) {
            problems.add(Diagnostic.error(at, "a condition is missing here",
                    "write one, e.g. 'instance state=running' or 'flag picked-ami'"));
            return null;
        }
        List<Condition> parts = new ArrayList<>(1);
        int from = 0;
        for (int i = 0; i < w.length; i += 2) {
            if (is(text, w, i, "and")) {
                parts.add(one(text, w, from, i, at, problems, pool));
                from = i + 2;
            }
        }
        parts.add(one(text, w, from, w.length, at, problems, pool));
        if (parts.contains(null)) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts, at);
    }

    /** Where each word of {@code text} starts and ends, in pairs: what {@link #words} finds. */
    private static int[] bounds(String text) {
        int n = text.length();
        int words = 0;
        for (int i = 0; i < n; i++) {
            if (!Scan.space(text.charAt(i)) && (i == 0 || Scan.space(text.charAt(i - 1)))) {
                words++;
            }
        }
        int[] out = new int[2 * words];
        int k = 0;
        int i = 0;
        while (k < out.length) {
            while (Scan.space(text.charAt(i))) {
                i++;
            }
            out[k++] = i;
            while (i < n && !Scan.space(text.charAt(i))) {
                i++;
            }
            out[k++] = i;
        }
        return out;
    }

    private static boolean is(String text, int[] w, int i, String word) {
        return w[i + 1] - w[i] == word.length() && text.startsWith(word, w[i]);
    }

    private static String word(String text, int[] w, int i, StringPool pool) {
        return pool == null ? text.substring(w[i], w[i + 1]) : pool.share(text, w[i], w[i + 1]);
    }

    /**
     * {@code (long) Double.parseDouble(number)} for a number {@link Scan#number} accepts, without the double for a
     * whole number of up to 15 digits (exact either way): the first double parsed costs milliseconds at game start.
     */
    private static long whole(String number) {
        int digits = number.length() - (number.startsWith("-") ? 1 : 0);
        return number.indexOf('.') < 0 && digits <= 15 ? Long.parseLong(number) : (long) Double.parseDouble(number);
    }

    /** Regex {@code (!=|<=|>=|=|<|>)(-?\d+(?:\.\d+)?)} over all of {@code s} from {@code from}: its operator. */
    private static Condition.Compare comparison(String s, int from) {
        Condition.Compare c = Scan.operator(s, from, false);
        return c != null && Scan.number(s, from + c.symbol().length()) ? c : null;
    }

    /** The condition of the words {@code from} to {@code to} (indexes into {@code w}) of {@code text}. */
    private static Condition one(String text, int[] w, int from, int to, Position at, List<Diagnostic> problems,
                                 StringPool pool) {
        if (from == to) {
            problems.add(Diagnostic.error(at, "'and' needs a condition on both sides", "remove the extra 'and'"));
            return null;
        }
        boolean negated = false;
        if (is(text, w, from, "not")) {
            negated = true;
            from += 2;
            if (from == to) {
                problems.add(Diagnostic.error(at, "'not' needs a condition after it", "e.g. 'not flag hibernated'"));
                return null;
            }
        }
        int words = (to - from) / 2;
        String head = word(text, w, from, pool);
        String file = at.file();
        long p = Position.pack(at.line(), at.column() + w[from]);
        switch (head) {
            case "flag" -> {
                if (words != 2) {
                    problems.add(Diagnostic.error(Position.of(file, p), "'flag' takes one name, or name=value",
                            "e.g. 'flag picked-ami' or 'flag ami=al2023'"));
                    return null;
                }
                String f = word(text, w, from + 2, pool);
                int eq = f.indexOf('=');
                return new Condition.Flag(eq < 0 ? f : f.substring(0, eq), eq < 0 ? null : f.substring(eq + 1),
                        negated, file, p);
            }
            case "score" -> {
                String t = words == 2 ? word(text, w, from + 2, pool) : null;
                Condition.Compare c = t != null ? comparison(t, 0) : null;
                if (c == null) {
                    String spaced = words == 3 ? word(text, w, from + 2, null) + word(text, w, from + 4, null) : null;
                    problems.add(spaced != null && comparison(spaced, 0) != null
                            ? Diagnostic.error(Position.of(file, p), "'score' takes its comparison as one word",
                                    "write 'score " + spaced + "', with no space after the operator")
                            : Diagnostic.error(Position.of(file, p), "'score' takes a comparison with a number",
                                    "e.g. 'score >=50'"));
                    return null;
                }
                return new Condition.Score(c, whole(t.substring(c.symbol().length())), negated, file, p);
            }
            case "visited" -> {
                if (words != 2) {
                    problems.add(Diagnostic.error(Position.of(file, p), "'visited' takes one scene id",
                            "e.g. 'visited ec2-launch'"));
                    return null;
                }
                return new Condition.Visited(word(text, w, from + 2, pool), negated, file, p);
            }
            default -> {
                if (head.startsWith("score") && comparison(head, 5) != null) {
                    problems.add(Diagnostic.error(Position.of(file, p), "'" + head + "' needs a space after 'score'",
                            "write 'score " + head.substring(5) + "'"));
                    return null;
                }
                if (!Scan.kind(head)) {
                    problems.add(Diagnostic.error(Position.of(file, p), "'" + head + "' is not a condition",
                            "start with flag, score, visited, not, or a resource kind such as instance"));
                    return null;
                }
                List<Condition.AttrTest> tests = new ArrayList<>(words);
                Condition.Compare countCompare = Condition.Compare.GE;
                long count = 1;
                for (int i = from + 2; i < to; i += 2) {
                    long wp = Position.pack(at.line(), at.column() + w[i]);
                    String t = word(text, w, i, pool);
                    if (t.startsWith("count")) {
                        Condition.Compare c = comparison(t, 5);
                        if (c == null) {
                            problems.add(Diagnostic.error(Position.of(file, wp), "'count' takes a comparison with a"
                                    + " whole number", "e.g. count>=2 or count=0"));
                            return null;
                        }
                        countCompare = c;
                        count = whole(t.substring(5 + c.symbol().length()));
                        continue;
                    }
                    int attr = Scan.id(t, 0, true);
                    Condition.Compare c = attr == 0 ? null : Scan.operator(t, attr, true);
                    int value = c == null ? 0 : attr + c.symbol().length();
                    if (c == null || !Scan.noLineBreak(t, value)) {
                        problems.add(Diagnostic.error(Position.of(file, wp), "'" + t + "' is not an attribute test",
                                "write attribute=value, attribute!=value or attribute~part, e.g. state=running"));
                        return null;
                    }
                    tests.add(new Condition.AttrTest(pool == null ? t.substring(0, attr) : pool.share(t, 0, attr), c,
                            pool == null ? t.substring(value) : pool.share(t, value, t.length()), file, wp));
                }
                return new Condition.Resources(head, tests, countCompare, count, negated, file, p);
            }
        }
    }
}
