package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parser notes whether a story's text holds any control character; when it holds none, the checker skips its
 * search through every string of every scene, and reports exactly what that search would have.
 */
class ControlFreeTest {

    private static final String STORY = "@story t T\n:: a\n@title A\n@hint h\nProse.\n* Go -> b\n  > Fine.\n"
            + ":: b\n@title B\n@ending\nThe end.\n";

    private static List<Diagnostic> check(StoryParser.Parsed p) {
        return StoryValidator.check(p, StoryValidatorTest.VOCAB);
    }

    /** The same parse, but without the parser's note: the checker searches every string. */
    private static List<Diagnostic> searched(StoryParser.Parsed p) {
        return check(new StoryParser.Parsed(p.story(), p.diagnostics()));
    }

    @Test
    void cleanTextAndWindowsLineEndingsAreControlFreeAndCheckTheSame() {
        for (String text : List.of(STORY, STORY.replace("\n", "\r\n"), STORY.replace("Prose.", "Prose\twith a tab."))) {
            StoryParser.Parsed p = StoryParser.parse(Map.of("s.story", text));
            assertTrue(p.controlFree(), text);
            assertEquals(searched(p), check(p));
        }
    }

    @Test
    void aControlCharacterAnywhereMeansTheFullSearch() {
        for (String bad : List.of("\u001b[31m", "\u0007", "\r", "\u009b", "\u007f")) {
            StoryParser.Parsed p = StoryParser.parse(Map.of("s.story", STORY.replace("Prose.", "Pro" + bad + "se.")));
            assertFalse(p.controlFree());
            assertTrue(check(p).stream().anyMatch(d -> d.message().contains("control character")), bad);
        }
        StoryParser.Parsed comment = StoryParser.parse(Map.of("s.story", STORY + "// a note \u001b[0m\n"));
        assertFalse(comment.controlFree());
        assertTrue(check(comment).stream().noneMatch(d -> d.message().contains("control character")),
                "a comment is never shown");
    }

    @Test
    void theByteScanAgreesWithTheTextScan() {
        char[] alphabet = {'a', ' ', '\n', '\r', '\t', '\u001b', '\u0007', '\u007f', '\u0080', '\u009b', '\u009f',
            '\u00a0', '\u00c2', '\u0100', '\u2028', '\uFFFD', '\uFEFF', 'é', '€'};
        java.util.Random r = new java.util.Random(16);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(6); n > 0; n--) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertEquals(Scan.hasControl(s),
                    Scan.hasControl(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)), s);
        }
    }
}
