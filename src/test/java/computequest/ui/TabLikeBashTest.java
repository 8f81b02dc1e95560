package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.View;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/**
 * Tab in line mode behaves as in bash: the first Tab completes what the candidates share, the next lists them, and
 * nothing is inserted that the player did not type or choose; Enter runs the line as it stands (a playtester's Tab,
 * Tab put describe-images on the line, and the next Enter only accepted it).
 */
class TabLikeBashTest {

    record Typed(String line, String shown) {
    }

    static Typed type(String keys) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DumbTerminal t = new DumbTerminal("test", "ansi", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8);
        t.setSize(new Size(160, 40));
        try (LineFrontend ui = LineFrontend.over(t)) {
            String line = ui.read(View.of(TabCompletionTest.ENGINE, TabCompletionTest.start())).orElseThrow();
            return new Typed(line, out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void tabTabListsTheCandidatesAndInsertsNone() throws Exception {
        Typed t = type("aws ec2 desc\t\t\r");
        assertEquals("aws ec2 describe-", t.line(), "the common part only; Enter sends the line");
        assertTrue(t.shown().contains("describe-images") && t.shown().contains("describe-instances"),
                "the second Tab lists the candidates:\n" + t.shown());
        assertFalse(t.shown().contains("\u001b[36m"), "without colour, the list has none:\n" + t.shown());
    }

    @Test
    void enterAfterTheListRunsTheLineAsTyped() throws Exception {
        // a third Tab does not cycle through the candidates either
        assertEquals("aws ec2 describe-", type("aws ec2 desc\t\t\t\r").line());
        assertEquals("aws ec2 describe-instances", type("aws ec2 desc\t\tinstances\r").line());
    }

    @Test
    void aSingleCandidateIsStillCompletedWhole() throws Exception {
        assertEquals("aws ec2 run-instances ", type("aws ec2 run-ins\t\r").line());
        assertFalse(type("aws ec2 run-ins\t\r").line().contains("\\"));
    }
}
