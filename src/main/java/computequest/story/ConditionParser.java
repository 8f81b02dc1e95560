package computequest.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses condition text; problems go to the diagnostics list with the column of the offending word. */
final class ConditionParser {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern TEST = Pattern.compile("([a-z][a-z0-9-]*)(!=|<=|>=|=|~|<|>)(.*)");
    private static final Pattern COMPARE = Pattern.compile("(!=|<=|>=|=|<|>)(-?\\d+(?:\\.\\d+)?)");

    private ConditionParser() {
    }

    /** A word of a line and the column it starts at. */
    record Word(String text, int column) {
    }

    static List<Word> words(String text, int firstColumn) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Word(m.group().intern(), firstColumn + m.start()));
        }
        return out;
    }

    /** @return the condition, or null when it is malformed (the reason is added to {@code problems}) */
    static Condition parse(String text, Position at, List<Diagnostic> problems) {
        List<Word> all = words(text, at.column());
        if (all.isEmpty()) {
            problems.add(Diagnostic.error(at, "a condition is missing here",
                    "write one, e.g. 'instance state=running' or 'flag picked-ami'"));
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : all) {
            if (w.text().equals("and")) {
                parts.add(one(current, at, problems));
                current = new ArrayList<>();
            } else {
                current.add(w);
            }
        }
        parts.add(one(current, at, problems));
        if (parts.contains(null)) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts, at);
    }

    private static Position col(Position at, Word w) {
        return new Position(at.file(), at.line(), w.column());
    }

    private static Condition one(List<Word> ws, Position at, List<Diagnostic> problems) {
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
                Matcher m = ws.size() == 2 ? COMPARE.matcher(ws.get(1).text()) : null;
                if (m == null || !m.matches()) {
                    problems.add(Diagnostic.error(p, "'score' takes a comparison with a number", "e.g. 'score >=50'"));
                    return null;
                }
                return new Condition.Score(compare(m.group(1)), (long) Double.parseDouble(m.group(2)), negated, p);
            }
            case "visited" -> {
                if (ws.size() != 2) {
                    problems.add(Diagnostic.error(p, "'visited' takes one scene id", "e.g. 'visited ec2-launch'"));
                    return null;
                }
                return new Condition.Visited(ws.get(1).text(), negated, p);
            }
            default -> {
                if (!KIND.matcher(head.text()).matches()) {
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
                    if (w.text().startsWith("count")) {
                        Matcher m = COMPARE.matcher(w.text().substring(5));
                        if (!m.matches()) {
                            problems.add(Diagnostic.error(wp, "'count' takes a comparison with a whole number",
                                    "e.g. count>=2 or count=0"));
                            return null;
                        }
                        countCompare = compare(m.group(1));
                        count = (long) Double.parseDouble(m.group(2));
                        continue;
                    }
                    Matcher m = TEST.matcher(w.text());
                    if (!m.matches()) {
                        problems.add(Diagnostic.error(wp, "'" + w.text() + "' is not an attribute test",
                                "write attribute=value, attribute!=value or attribute~part, e.g. state=running"));
                        return null;
                    }
                    tests.add(new Condition.AttrTest(m.group(1).intern(), compare(m.group(2)), m.group(3).intern(),
                            wp));
                }
                return new Condition.Resources(head.text(), tests, countCompare, count, negated, p);
            }
        }
    }

    static Condition.Compare compare(String symbol) {
        for (Condition.Compare c : Condition.Compare.values()) {
            if (c.symbol().equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException(symbol);
    }
}
