package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parser's hand-written scanners agree with the regular expressions they replaced, on random text made of the
 * characters that matter (letters, digits, operators, ASCII and Unicode spaces, line breaks).
 */
class ScanTest {

    private static final String ALPHABET = "az09AZ-_.+=!<>~ \t\u000b\r\n\u0085\u2028\u2003\u00a0\u001c,;}${é";

    private static List<String> samples() {
        Random r = new Random(16);
        List<String> out = new ArrayList<>(List.of("", "s1", "instance", "state=running", "count>=2", "<=5", "=-1.5",
                "a=b", "+12", "1234567", "x.", "1.", "-", "seen-3"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(8); n > 0; n--) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void wholeWordTestsMatchTheirRegexes() {
        for (String s : samples()) {
            assertEquals(s.matches("[a-z0-9][a-z0-9-]*"), Scan.sceneId(s), s);
            assertEquals(s.matches("[a-z][a-z0-9-]*"), Scan.kind(s), s);
            assertEquals(s.matches("[+-]?\\d{1,6}"), Scan.score(s), s);
            assertEquals(s.matches("[A-Za-z0-9_.-]+(=\\S+)?"), Scan.flag(s), s);
            assertEquals(s.matches("\\d{1,7}"), Scan.digits(s, 0, 1, 7), s);
            assertEquals(s.matches("-?\\d+(?:\\.\\d+)?"), Scan.number(s, 0), s);
        }
    }

    @Test
    void conditionsParseAsTheRegexesRead() {
        Pattern test = Pattern.compile("([a-z][a-z0-9-]*)(!=|<=|>=|=|~|<|>)(.*)");
        for (String s : samples()) {
            Matcher m = test.matcher(s);
            int attr = Scan.id(s, 0, true);
            Condition.Compare c = attr == 0 ? null : Scan.operator(s, attr, true);
            boolean ok = c != null && Scan.noLineBreak(s, attr + c.symbol().length());
            assertEquals(m.matches(), ok, s);
            if (ok) {
                assertEquals(m.group(1) + "|" + m.group(2) + "|" + m.group(3),
                        s.substring(0, attr) + "|" + c.symbol() + "|" + s.substring(attr + c.symbol().length()), s);
            }
            List<String> words = new ArrayList<>();
            for (ConditionParser.Word w : ConditionParser.words(s, 1, null)) {
                words.add(w.text() + "@" + w.column());
            }
            List<String> expected = new ArrayList<>();
            Matcher word = Pattern.compile("\\S+").matcher(s);
            while (word.find()) {
                expected.add(word.group() + "@" + (word.start() + 1));
            }
            assertEquals(expected, words, s);
        }
    }

    @Test
    void numbersInConditionsReadAsTheyDidThroughDoubles() {
        Random r = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder n = new StringBuilder(r.nextBoolean() ? "-" : "");
            for (int d = 1 + r.nextInt(20); d > 0; d--) {
                n.append((char) ('0' + r.nextInt(10)));
            }
            if (r.nextInt(4) == 0) {
                n.append('.').append(r.nextInt(1000));
            }
            Condition c = ConditionParser.parse("score >=" + n, new Position("t", 1, 1), new ArrayList<>());
            assertEquals((long) Double.parseDouble(n.toString()), ((Condition.Score) c).value(), n.toString());
            Condition k = ConditionParser.parse("instance count<" + n, new Position("t", 1, 1), new ArrayList<>());
            assertEquals((long) Double.parseDouble(n.toString()), ((Condition.Resources) k).count(), n.toString());
        }
    }

    @Test
    void sharedStringsAreEqualAndOneCopy() {
        StringPool pool = new StringPool();
        String a = pool.share(new String("Right: that moves you on."));
        assertEquals(a, pool.share(new String("Right: that moves you on.")));
        assertEquals(true, a == pool.share(new String("Right: that moves you on.")));
        for (String s : samples()) {
            assertEquals((s + "x").substring(1).strip(), pool.stripped(s + "x", 1), s);
        }
    }
}
