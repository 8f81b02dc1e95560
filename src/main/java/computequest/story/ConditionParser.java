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

    /** @return the condition, or null when it is malformed (the reason is added to {@code problems}) */
    static Condition parse(String text, Position at, List<Diagnostic> problems) {
        return parse(text, at, problems, null);
    }

    /** {@link #parse(String, Position, List)}, sharing its words through {@code pool} (null: no sharing). */
    static Condition parse(String text, Position at, List<Diagnostic> problems, StringPool pool) {
        List<Word> all = words(text, at.column(), pool);
        if (all.isEmpty()) {
            problems.add(Diagnostic.error(at, "a condition is missing here",
                    "write one, e.g. 'instance state=running' or 'flag picked-ami'"));
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : all) {
            if (w.text().equals("and")) {
                parts.add(one(current, at, problems, pool));
                current = new ArrayList<>();
            } else {
                current.add(w);
            }
        }
        parts.add(one(current, at, problems, pool));
        if (parts.contains(null)) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts, at);
    }

    private static Position col(Position at, Word w) {
        return new Position(at.file(), at.line(), w.column());
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

    private static Condition one(List<Word> ws, Position at, List<Diagnostic> problems, StringPool pool) {
        if (ws.isEmpty()) {
            problems.add(Diagnostic.error(at, "'and' needs a condition on both sides", "remove the extra 'and'"));
            return null;
        }
        boolean negated = false;
        if (ws.get(0).text().equals("not")) {
            negated = true;
            ws = ws.subList(1, ws.size());
            if (ws.isEmpty()) {
                problems.add(Diagnostic.error(at, "'not' needs a condition after it", "e.g. 'not flag hibernated'"));
                return null;
            }
        }
        Word head = ws.get(0);
        Position p = col(at, head);
        switch (head.text()) {
            case "flag" -> {
                if (ws.size() != 2) {
                    problems.add(Diagnostic.error(p, "'flag' takes one name, or name=value",
                            "e.g. 'flag picked-ami' or 'flag ami=al2023'"));
                    return null;
                }
                String f = ws.get(1).text();
                int eq = f.indexOf('=');
                return new Condition.Flag(eq < 0 ? f : f.substring(0, eq), eq < 0 ? null : f.substring(eq + 1),
                        negated, p);
            }
            case "score" -> {
                Condition.Compare c = ws.size() == 2 ? comparison(ws.get(1).text(), 0) : null;
                if (c == null) {
                    problems.add(Diagnostic.error(p, "'score' takes a comparison with a number", "e.g. 'score >=50'"));
                    return null;
                }
                return new Condition.Score(c, whole(ws.get(1).text().substring(c.symbol().length())), negated, p);
            }
            case "visited" -> {
                if (ws.size() != 2) {
                    problems.add(Diagnostic.error(p, "'visited' takes one scene id", "e.g. 'visited ec2-launch'"));
                    return null;
                }
                return new Condition.Visited(ws.get(1).text(), negated, p);
            }
            default -> {
                if (!Scan.kind(head.text())) {
                    problems.add(Diagnostic.error(p, "'" + head.text() + "' is not a condition",
                            "start with flag, score, visited, not, or a resource kind such as instance"));
                    return null;
                }
                List<Condition.AttrTest> tests = new ArrayList<>();
                Condition.Compare countCompare = Condition.Compare.GE;
                long count = 1;
                for (int i = 1; i < ws.size(); i++) {
                    Word w = ws.get(i);
                    Position wp = col(at, w);
                    String t = w.text();
                    if (t.startsWith("count")) {
                        Condition.Compare c = comparison(t, 5);
                        if (c == null) {
                            problems.add(Diagnostic.error(wp, "'count' takes a comparison with a whole number",
                                    "e.g. count>=2 or count=0"));
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
                        problems.add(Diagnostic.error(wp, "'" + t + "' is not an attribute test",
                                "write attribute=value, attribute!=value or attribute~part, e.g. state=running"));
                        return null;
                    }
                    tests.add(new Condition.AttrTest(pool == null ? t.substring(0, attr) : pool.share(t, 0, attr), c,
                            pool == null ? t.substring(value) : pool.share(t, value, t.length()), wp));
                }
                return new Condition.Resources(head.text(), tests, countCompare, count, negated, p);
            }
        }
    }
}
