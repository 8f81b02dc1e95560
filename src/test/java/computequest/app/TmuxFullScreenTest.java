package computequest.app;

import static computequest.app.TmuxLineModeTest.tmuxAvailable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plays the full-screen interface in a real terminal under tmux: starts it at 100x30, types, resizes (also below the
 * minimum size), and leaves with Ctrl-C, then checks that the terminal is back to normal: the alternate screen is
 * off, the shell's echo of the exit code is visible and the frames are gone.
 */
class TmuxFullScreenTest {

    private final Tmux tmux = new Tmux();

    String screen() throws Exception {
        return tmux.screen();
    }

    String waitUntil(String what, Predicate<String> ok) throws Exception {
        return tmux.waitUntil(what, ok);
    }

    String waitFor(String text) throws Exception {
        return tmux.waitFor(text);
    }

    void keys(String... keys) throws Exception {
        tmux.keys(keys);
    }

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            tmux.close();
        }
    }

    void start(String env, int w, int h, String... flags) throws Exception {
        tmux.start(w, h, "env -u CI -u NO_COLOR TERM=xterm-256color " + env + " " + tmux.game(flags));
    }

    @Test
    void outsideAUtf8LocaleTheScreenIsAscii() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        start("LANG=C LC_ALL=C", 80, 24);
        String s = waitFor("Choices");
        assertTrue(s.contains("+- Story"), s);
        assertFalse(s.contains("?-"), "no box characters turned into question marks:\n" + s);
        keys("save café", "Enter"); // typed non-ASCII reaches the game under LANG=C too (issue 14 item 15)
        waitFor("'café' is not a save name");
        keys("1", "Enter"); // a step taken, so there is progress to autosave and a way back to name at the end
        waitFor("Score 5");
        keys("quit", "Enter");
        String end = waitFor("EXIT=");
        assertTrue(end.contains("EXIT=0"), end);
        assertTrue(end.contains("picks up here"), end);
        assertFalse(end.lines().anyMatch(l -> l.length() >= 80),
                "the farewell is wrapped at spaces, never cut mid-word by the terminal:\n" + end);
    }

    /**
     * Keys typed at the shell's prompt right after the command, before the game is up, are read once it is: the shell
     * left Enter as a carriage return, on which Lanterna used to wait and then lose the next key, and Lanterna's size
     * query answered among them as text ("hint[30;100R", a playtest).
     */
    @Test
    void keysTypedAtThePromptBeforeTheGameIsUpAreRead() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        tmux.start(100, 30, "env -u CI -u NO_COLOR TERM=xterm-256color bash --norc --noprofile");
        tmux.waitUntil("a shell prompt", s -> !s.isBlank());
        String game = tmux.game().replace("; echo EXIT=$?; sleep 30", "");
        keys(game, "Enter", "hint", "Enter");
        String s = waitFor("Hint 1 of");
        assertFalse(s.contains("[30;100R") || s.contains(";100R"), "no size report among the keys:\n" + s);
        keys("x");
        String after = waitUntil("the next key in the input line", t -> t.contains("> x"));
        assertTrue(after.contains("> x"), after);
    }

    @Test
    void theTerminalSettingsAreAsTheyWereAfterTheGame() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cq-stty");
        String before = dir.resolve("before").toString();
        String after = dir.resolve("after").toString();
        // OneSttyTerminal sets the raw modes in one run: the game must still read keys one by one without echo, and
        // leave every setting as it found it.
        tmux.start(100, 30, "stty -g > " + before + "; env -u CI -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 "
                + tmux.game().replace("; echo EXIT=$?", "; echo EXIT=$?; stty -g > " + after));
        waitUntil("the whole first frame", t -> t.contains("Choices") && t.contains("1. A virtual machine"));
        // Ctrl-Z is a key in full screen: the game says so and plays on (stopped, it came back in line mode)
        keys("C-z");
        waitFor("Ctrl-Z does not pause the game in full screen");
        keys("quit", "Enter");
        assertTrue(waitFor("EXIT=").contains("EXIT=0"));
        java.nio.file.Path a = java.nio.file.Path.of(after);
        for (int i = 0; i < 50 && !java.nio.file.Files.exists(a); i++) {
            Thread.sleep(100);
        }
        assertEquals(java.nio.file.Files.readString(java.nio.file.Path.of(before)), java.nio.file.Files.readString(a));
    }

    @Test
    void fullScreenInARealTerminal() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        start("LANG=C.UTF-8", 100, 30);
        String s = waitUntil("the whole first frame", t -> t.contains("Choices") && t.contains("1. A virtual machine"));
        assertTrue(s.contains("Score 0"), "status bar:\n" + s);
        assertTrue(s.contains("Cloud"), "dashboard:\n" + s);
        assertTrue(s.contains("1. A virtual machine"), s);
        assertEquals("1", tmux.tmux("display", "-p", "-t", tmux.session, "#{alternate_on}").strip(),
                "the game runs on the alternate screen");

        keys("hel", "Tab", "Enter");
        waitFor("> help");

        keys("Down", "Enter");
        // the status bar can be on screen a moment before the story pane is redrawn: wait for the whole frame
        s = waitUntil("the next scene with the picked choice echoed", t -> t.contains("First choice: the Amazon")
                && t.contains("> 1. A virtual machine"));
        assertTrue(s.contains("Score 5"), s);

        tmux.tmux("resize-window", "-t", tmux.session, "-x", "70", "-y", "20");
        s = waitUntil("frames 70 wide", t -> t.lines().skip(1).findFirst().orElse("").strip().length() == 70
                && t.lines().count() >= 20 && t.contains("Score 5"));
        assertFalse(s.lines().anyMatch(l -> l.length() > 70), s);

        tmux.tmux("resize-window", "-t", tmux.session, "-x", "50", "-y", "12");
        waitFor("at least 60x16");

        tmux.tmux("resize-window", "-t", tmux.session, "-x", "100", "-y", "30");
        s = waitFor("Score 5");
        assertFalse(s.contains("at least 60x16"), s);

        keys("C-c");
        s = waitFor("EXIT=");
        assertTrue(s.contains("EXIT=0"), s);
        assertTrue(s.contains("Stopped with Ctrl-C") && s.contains("Score 5"), "a farewell after the screen closes:\n" + s);
        assertFalse(s.contains("Choices") || s.contains("┌"), "the full screen is gone:\n" + s);
        assertEquals("0", tmux.tmux("display", "-p", "-t", tmux.session, "#{alternate_on}").strip(),
                "the alternate screen is off again");
    }

    @Test
    void withASavePresentTheFullScreenAsksContinueNewOrLoadFirst() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        start("LANG=C.UTF-8", 80, 24);
        waitFor("1. A virtual machine");
        keys("1", "Enter");
        waitFor("Score 5");
        keys("quit", "Enter");
        String s = waitFor("EXIT=");
        assertTrue(s.replace("\n", " ").contains("Your progress is saved ('autosave'): ./play --continue --saves " + tmux.saves), s);

        start("LANG=C.UTF-8", 80, 24);
        s = waitFor("2. New game");
        assertTrue(s.contains("1. Continue 'autosave'"), s);
        assertFalse(s.contains("1. A virtual machine"), "no scene choices while the menu asks:\n" + s);
        keys("1", "Enter");
        s = waitFor("Score 5");
        assertTrue(s.contains("First choice"), "the saved scene, not the start:\n" + s);
        keys("quit", "Enter");
        assertTrue(waitFor("EXIT=").contains("EXIT=0"));
    }
}
