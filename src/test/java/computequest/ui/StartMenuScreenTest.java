package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import computequest.app.TestStartMenu;
import computequest.engine.Engine;
import computequest.engine.Step;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full-screen start menu on a narrow terminal: a save's line too long for the story column wraps with the rest
 * under its text, past the number, as a numbered choice does (a playtester found it back at the left edge).
 */
class StartMenuScreenTest {

    @Test
    void aSavesWrappedLineStaysUnderItsText() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        Step fresh = engine.start(1);
        // a folder of fixed length, as the menu names it
        Path saves = Path.of("target", "start-menu-saves");
        if (java.nio.file.Files.isDirectory(saves)) {
            try (var old = java.nio.file.Files.list(saves)) {
                for (Path p : old.toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:30:00Z"), ZoneOffset.UTC);
        var menu = TestStartMenu.menu(engine, saves, clock, fresh.state(), "before-the-container-chapter",
                "after-the-first-instance-was-launched");
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(60, 21));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        LanternaFrontend ui = new LanternaFrontend(screen, false, false, null);
        ui.show(TestStartMenu.view(engine, fresh), menu);
        String s = LanternaScreenTest.text(vt);
        LanternaScreenTest.compare("start-menu-60x21", s);
        // the story box's text, line by line
        List<String> story = s.lines().filter(l -> l.startsWith("│ ") && l.contains("││"))
                .map(l -> l.substring(2, l.indexOf("││"))).toList();
        int load = story.indexOf(story.stream().filter(l -> l.startsWith("3. Load")).findFirst().orElseThrow());
        int gap = story.indexOf(story.stream().filter(l -> l.startsWith("2. New game")).findFirst().orElseThrow());
        for (int i : List.of(load + 1, load + 2, gap + 1)) {
            assertTrue(story.get(i).startsWith("   ") && !story.get(i).startsWith("    "),
                    "a wrapped menu line goes on under its text, past the number:\n" + s);
        }
    }
}
