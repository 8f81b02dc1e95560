package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How much of the story is below the page is said inside the story pane, on its last row, with the key that shows
 * it: on the border above the choices, "↓ 3 more" next to three choices read as three more choices (a playtest at
 * 60x16, where a wrong answer's feedback did not fit).
 */
class ScrollMarkTest {

    @Test
    void theSmallestScreenSaysInsideTheStoryHowManyLinesAreBelow() throws Exception {
        LanternaScreenTest.Rig rig = LanternaScreenTest.play(60, 16, true, false, "2");
        List<String> rows = LanternaScreenTest.text(rig.vt).lines().toList();
        int choices = indexOf(rows, "Choices");
        String last = rows.get(choices - 1);
        assertTrue(last.matches("│ +↓ \\d+ more lines, PgDn +│.*"), "the story's last row says what is below:\n"
                + String.join("\n", rows));
        assertFalse(rows.get(choices).contains("more"), "the choices' border says nothing of the story");
        for (int i = 0; i < 10; i++) {
            rig.ui.handle(new KeyStroke(KeyType.PageDown));
        }
        rig.ui.redraw(false);
        String end = LanternaScreenTest.text(rig.vt);
        assertFalse(end.contains("PgDn"), "at the end nothing is below:\n" + end);
        assertTrue(end.contains("choosing or logging") || end.contains("log in"), end);
    }

    @Test
    void asciiScreensSayItWithoutArrows() throws Exception {
        LanternaScreenTest.Rig rig = LanternaScreenTest.play(60, 16, false, true, "2");
        String s = LanternaScreenTest.text(rig.vt);
        assertTrue(s.contains("v ") && s.contains(" more lines, PgDn"), s);
        assertFalse(s.contains("↓"), s);
    }

    @Test
    void aStoryThatFitsHasNoMark() throws Exception {
        String s = LanternaScreenTest.text(new LanternaScreenTest.Rig(120, 45, true, false).vt);
        assertFalse(s.contains("PgDn"), s);
    }

    private static int indexOf(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + text + ":\n" + String.join("\n", rows));
    }
}
