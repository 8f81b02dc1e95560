package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.story.StoryParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a second playtester found mishandled on the full screen: a burst of PgUp, Enter on a screen too small to show
 * the game, Ctrl-D's leaving note, and the cloud pane's "type 'bill'" cut to "type 'bil…".
 */
class BurstAndEdgeKeysTest {

    /** How many story lines are above the page, from the "↑ N more, PgUp" mark (0 without one). */
    static int above(LanternaScreenTest.Rig r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("↑ (\\d+) more, PgUp")
                .matcher(LanternaScreenTest.text(r.vt));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static LanternaScreenTest.Rig launched() throws Exception {
        return LanternaScreenTest.play(80, 24, true, false, "1", "1", "1", LanternaScreenTest.LAUNCH);
    }

    @Test
    void aBurstOfPageUpsMovesAPageForEachKey() throws Exception {
        LanternaScreenTest.Rig burst = launched();
        LanternaScreenTest.Rig oneByOne = launched();
        LanternaScreenTest.Rig single = launched();
        int start = above(single);
        single.ui.handle(new KeyStroke(KeyType.PageUp));
        single.ui.redraw(false);
        for (int i = 0; i < 3; i++) {
            burst.ui.handle(new KeyStroke(KeyType.PageUp)); // taken together, as keys already waiting are
            oneByOne.ui.handle(new KeyStroke(KeyType.PageUp));
            oneByOne.ui.redraw(false);
        }
        burst.ui.redraw(false);
        int page = start - above(single);
        assertTrue(page > 5, "one PgUp moves a page: " + page);
        assertTrue(start - above(burst) >= 2 * page, "three keys in a burst move about three pages, not one: "
                + (start - above(burst)) + " lines, a page is " + page);
        assertTrue(Math.abs(above(burst) - above(oneByOne)) <= 3, "as far as three keys one by one: "
                + above(burst) + " vs " + above(oneByOne));
    }

    @Test
    void enterOnAScreenTooSmallToShowTheGameRunsNothing() throws Exception {
        LanternaScreenTest.Rig r = LanternaScreenTest.play(80, 24, true, false);
        r.resize(50, 12);
        for (char c : "look".toCharArray()) {
            r.ui.handle(new KeyStroke(c, false, false));
        }
        assertEquals(Optional.empty(), r.ui.handle(new KeyStroke(KeyType.Enter)), "nothing runs unseen");
        r.resize(80, 24);
        assertEquals(Optional.of(Optional.of("look")), r.ui.handle(new KeyStroke(KeyType.Enter)),
                "the typed line is kept for when the game can be seen");
    }

    @Test
    void ctrlDKeepsWhatTheGameSaidOnLeavingForAfterTheScreen() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        Step start = engine.start(1);
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LanternaFrontend ui = new LanternaFrontend(screen, true, false, new PrintStream(printed, true,
                StandardCharsets.UTF_8));
        View view = View.of(engine, start.state());
        ui.show(view, start.events());
        assertEquals(Optional.of(Optional.empty()), ui.handle(new KeyStroke('d', true, false)));
        ui.show(view, List.of(Event.info("Your progress is saved ('autosave'): ./play --continue picks up here.")));
        ui.close();
        String after = printed.toString(StandardCharsets.UTF_8);
        assertTrue(after.contains("Goodbye.") && after.contains("picks up here"), after);
    }

    @Test
    void theBillsMoreLineNeverCutsTheCommand() {
        assertEquals("  +18 more (type 'bill')", DashboardPane.moreBill(18, 30));
        String narrow = DashboardPane.moreBill(18, 22);
        assertTrue(narrow.length() <= 22 && narrow.endsWith("bill"), narrow);
    }
}
