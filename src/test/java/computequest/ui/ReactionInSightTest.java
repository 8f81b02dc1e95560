package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After a long answer that stays in its scene, what the game made of the command (the notes, [ok] and [not quite]
 * lines after the output) is in sight without scrolling: the page shows the step's start, the mark saying how many
 * lines of output are hidden, then the reaction (a playtester found the reaction below the fold, behind PgDn).
 */
class ReactionInSightTest {

    static final String UPDATE = "aws ecs update-service --cluster bakery --service web-fargate"
            + " --task-definition web-fargate:1";
    static final String NOTE = "wait while it replaces the tasks";
    static final Pattern MARK = Pattern.compile("↓ (\\d+) more lines, PgDn");

    @Test
    void theReactionToALongOutputShowsUnderTheMarkForTheHiddenOutput() throws Exception {
        LanternaScreenTest.Rig rig = new LanternaScreenTest.Rig(80, 24, true, false, "far-oncall").enter(UPDATE);
        String screen = LanternaScreenTest.text(rig.vt);
        List<String> rows = screen.lines().toList();
        int typed = row(rows, "> aws ecs update-service");
        int mark = row(rows, "more lines, PgDn");
        int note = row(rows, NOTE.substring(0, 20));
        assertTrue(typed < mark && mark < note, "the step's start, the mark, then the reaction:\n" + screen);
        assertTrue(rows.subList(typed, mark).stream().anyMatch(r -> r.contains("\"service\": {")),
                "the output starts under the command:\n" + screen);

        Matcher m = MARK.matcher(screen);
        assertTrue(m.find());
        assertTrue(Integer.parseInt(m.group(1)) > 10, "the update's JSON is long:\n" + screen);
        // PgDn goes on from the first hidden line: the lines above the page grow by the rows the step's start had
        int above = above(screen);
        rig.ui.handle(new KeyStroke(KeyType.PageDown));
        rig.ui.redraw(false);
        String next = LanternaScreenTest.text(rig.vt);
        assertEquals(above + (mark - typed), above(next), "PgDn shows what was hidden, from its first line:\n" + next);
    }

    /** The count in the "↑ N more, PgUp" mark, 0 without one. */
    private static int above(String screen) {
        Matcher m = Pattern.compile("↑ (\\d+) more, PgUp").matcher(screen);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void aShortAnswerIsShownWholeWithNoMark() throws Exception {
        LanternaScreenTest.Rig rig = new LanternaScreenTest.Rig(120, 45, true, false, "far-oncall")
                .enter("aws ecs list-clusters");
        String screen = LanternaScreenTest.text(rig.vt);
        assertFalse(screen.contains("PgDn"), screen);
    }

    @Test
    void aScrolledPageIsNotPinned() throws Exception {
        LanternaScreenTest.Rig rig = new LanternaScreenTest.Rig(80, 24, true, false, "far-oncall").enter(UPDATE);
        for (int i = 0; i < 30; i++) {
            rig.ui.handle(new KeyStroke(KeyType.PageDown));
        }
        rig.ui.redraw(false);
        List<String> rows = LanternaScreenTest.text(rig.vt).lines().toList();
        assertFalse(String.join("\n", rows).contains("PgDn"), "at the end nothing is below");
        assertEquals(1, rows.stream().filter(r -> r.contains(NOTE.substring(0, 20))).count(),
                "the reaction shows once, in its place:\n" + String.join("\n", rows));
    }

    private static int row(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + text + ":\n" + String.join("\n", rows));
    }
}
