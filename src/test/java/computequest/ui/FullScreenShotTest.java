package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import computequest.engine.Engine;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.story.StoryParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The full-screen frame kept for ./play's first-screen snapshot: the bytes, as a terminal would draw them, are the
 * screen the game's full screen shows for the same view, cursor included; and the kept frame ./play drew is left
 * before a message (which would vanish with it) and only once.
 */
class FullScreenShotTest {

    /** What a terminal shows after {@code bytes}: cursor moves, clearing and text; colours and modes ignored. */
    record Drawn(String text, int row, int column) {
    }

    static Drawn draw(byte[] bytes, int w, int h) {
        char[][] grid = new char[h][w];
        Arrays.stream(grid).forEach(r -> Arrays.fill(r, ' '));
        String s = new String(bytes, StandardCharsets.UTF_8);
        int row = 0;
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\033' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < s.length() && (s.charAt(end) < '@' || s.charAt(end) > '~')) {
                    end++;
                }
                String params = s.substring(i + 2, end);
                char fin = s.charAt(end);
                if (fin == 'H') {
                    String[] rc = params.isEmpty() ? new String[] {"1", "1"} : params.split(";");
                    row = Integer.parseInt(rc[0]) - 1;
                    col = rc.length > 1 ? Integer.parseInt(rc[1]) - 1 : 0;
                } else if (fin == 'J' && params.equals("2")) {
                    Arrays.stream(grid).forEach(r -> Arrays.fill(r, ' '));
                }
                i = end;
            } else if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                row++;
            } else if (c >= ' ') {
                assertTrue(row < h && col < w, "a character drawn off the screen at " + row + "," + col);
                grid[row][col++] = c;
            }
        }
        StringBuilder b = new StringBuilder();
        for (char[] r : grid) {
            b.append(new String(r).stripTrailing()).append('\n');
        }
        return new Drawn(b.toString(), row, col);
    }

    @Test
    void theKeptFrameIsTheScreenTheGameDraws() throws Exception {
        for (int[] size : new int[][] {{100, 30}, {60, 16}, {140, 45}}) {
            for (boolean ascii : new boolean[] {false, true}) {
                int w = size[0];
                int h = size[1];
                StoryParser.Parsed parsed = StoryParser.parseDirectory(Path.of("story"));
                Engine engine = new Engine(parsed.story());
                Step start = engine.start(1);
                View view = View.of(engine, start.state());
                LanternaScreenTest.Rig rig = new LanternaScreenTest.Rig(w, h, !ascii, ascii);
                byte[] frame = rig.ui.firstScreenOf(view, start.events());
                assertTrue(FullScreen.isFrame(frame), "a kept frame begins with the switch to the alternate screen");
                Drawn drawn = draw(frame, w, h);
                assertEquals(LanternaScreenTest.text(rig.vt), drawn.text(), w + "x" + h + (ascii ? " ascii" : ""));
                TerminalPosition cursor = rig.vt.getCursorPosition();
                assertEquals(cursor.getRow(), drawn.row(), "cursor row");
                assertEquals(cursor.getColumn(), drawn.column(), "cursor column");
                assertEquals(h + " " + w, rig.ui.terminalSize(), "the size as stty prints it: rows, then columns");
            }
        }
    }

    @Test
    void lineModeTextIsNotAFrame() {
        assertFalse(FullScreen.isFrame("Compute Quest\n> ".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FullScreen.isFrame(new byte[0]));
    }

    @Test
    void aMessageLeavesTheKeptFrameFirstAndOnlyOnce() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        FullScreen kept = FullScreen.of(Map.of("CQ_FIRST_SCREEN_FULL", "1"), new PrintStream(screen, true));
        assertTrue(kept.kept());
        PrintStream err = kept.messagesFirst(new PrintStream(errors, true));
        err.println("compute-quest: something went wrong");
        assertEquals("\033[?1049l", screen.toString(StandardCharsets.UTF_8), "left before the message");
        assertEquals("compute-quest: something went wrong\n", errors.toString(StandardCharsets.UTF_8));
        assertFalse(kept.kept());
        err.println("more");
        kept.leave();
        assertEquals("\033[?1049l", screen.toString(StandardCharsets.UTF_8), "left once");
    }

    @Test
    void withoutAKeptFrameNothingIsWritten() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        FullScreen none = FullScreen.of(Map.of(), new PrintStream(screen, true));
        assertFalse(none.kept());
        none.messagesFirst(new PrintStream(new ByteArrayOutputStream(), true)).println("a message");
        none.leave();
        assertEquals(0, screen.size());
    }
}
