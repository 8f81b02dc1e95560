package computequest.app;

import static computequest.app.TmuxLineModeTest.run;
import static computequest.app.TmuxLineModeTest.tmuxAvailable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plays the full-screen interface in a real terminal under tmux: starts it at 100x30, types, resizes (also below the
 * minimum size), and leaves with Ctrl-C, then checks that the terminal is back to normal: the alternate screen is
 * off, the shell's echo of the exit code is visible and the frames are gone.
 */
class TmuxFullScreenTest {

    private final String session = "cqtui" + ProcessHandle.current().pid();

    String screen() throws Exception {
        return run("tmux", "capture-pane", "-p", "-t", session);
    }

    String waitUntil(String what, Predicate<String> ok) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String s = "";
        while (System.nanoTime() < deadline) {
            s = screen();
            if (ok.test(s)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never saw " + what + " on the screen:\n" + s);
    }

    String waitFor(String text) throws Exception {
        return waitUntil("'" + text + "'", s -> s.contains(text));
    }

    void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            run("tmux", "kill-session", "-t", session);
        }
    }

    void start(String env, int w, int h) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main", "--story", "story",
                "--saves", Path.of(System.getProperty("java.io.tmpdir"), "cq-saves-" + session).toString()));
        String command = String.join(" ", java.stream().map(a -> "'" + a + "'").toList()) + "; echo EXIT=$?; sleep 30";
        run("tmux", "new-session", "-d", "-s", session, "-x", Integer.toString(w), "-y", Integer.toString(h),
                "env -u CI -u NO_COLOR TERM=xterm-256color " + env + " " + command);
    }

    @Test
    void outsideAUtf8LocaleTheScreenIsAscii() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        start("LANG=C LC_ALL=C", 80, 24);
        String s = waitFor("Choices");
        assertTrue(s.contains("+- Story"), s);
        assertFalse(s.contains("?-"), "no box characters turned into question marks:\n" + s);
        keys("quit", "Enter");
        assertTrue(waitFor("EXIT=").contains("EXIT=0"));
    }

    @Test
    void fullScreenInARealTerminal() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        start("LANG=C.UTF-8", 100, 30);
        String s = waitFor("Choices");
        assertTrue(s.contains("Score 0"), "status bar:\n" + s);
        assertTrue(s.contains("Cloud"), "dashboard:\n" + s);
        assertTrue(s.contains("1. A virtual machine"), s);
        assertEquals("1", run("tmux", "display", "-p", "-t", session, "#{alternate_on}").strip(),
                "the game runs on the alternate screen");

        keys("hel", "Tab", "Enter");
        waitFor("> help");

        keys("Down", "Enter");
        // the status bar can be on screen a moment before the story pane is redrawn: wait for the whole frame
        s = waitUntil("the next scene with the picked choice echoed", t -> t.contains("First choice: the Amazon")
                && t.contains("> 1. A virtual machine"));
        assertTrue(s.contains("Score 5"), s);

        run("tmux", "resize-window", "-t", session, "-x", "70", "-y", "20");
        s = waitUntil("frames 70 wide", t -> t.lines().skip(1).findFirst().orElse("").strip().length() == 70
                && t.lines().count() >= 20 && t.contains("Score 5"));
        assertFalse(s.lines().anyMatch(l -> l.length() > 70), s);

        run("tmux", "resize-window", "-t", session, "-x", "50", "-y", "12");
        waitFor("at least 60x16");

        run("tmux", "resize-window", "-t", session, "-x", "100", "-y", "30");
        s = waitFor("Score 5");
        assertFalse(s.contains("at least 60x16"), s);

        keys("C-c");
        s = waitFor("EXIT=");
        assertTrue(s.contains("EXIT=0"), s);
        assertTrue(s.contains("Stopped with Ctrl-C") && s.contains("Score 5"), "a farewell after the screen closes:\n" + s);
        assertFalse(s.contains("Choices") || s.contains("┌"), "the full screen is gone:\n" + s);
        assertEquals("0", run("tmux", "display", "-p", "-t", session, "#{alternate_on}").strip(),
                "the alternate screen is off again");
    }
}
