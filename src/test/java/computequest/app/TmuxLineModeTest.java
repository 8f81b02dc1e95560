package computequest.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plays line mode in a real terminal under tmux: types with send-keys, reads the screen with capture-pane.
 * CI installs tmux; on a machine without it the test is skipped (and says so), never passed silently in CI.
 */
class TmuxLineModeTest {

    private final Tmux tmux = new Tmux();

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    static boolean tmuxAvailable() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            tmux.close();
        }
    }

    @Test
    void lineModeInARealTerminal() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        tmux.start(100, 30, "env -u CI TERM=xterm-256color " + tmux.game("--plain"));
        tmux.waitFor("Which kind of compute fits?");
        tmux.keys("hel", "Tab", "Enter");
        tmux.waitFor("Commands you can type at any time");
        tmux.keys("1", "Enter");
        tmux.waitFor("First choice: the Amazon Machine Image");
        tmux.keys("quit", "Enter");
        String s = tmux.waitFor("EXIT=");
        assertTrue(s.contains("EXIT=0"), s);
    }

    /**
     * JLine 3's native provider writes the terminal's settings from a blank termios (line speed 0 baud); the game puts
     * back what it found, so the shell's terminal is as it was, after quit and after Ctrl-C.
     */
    @Test
    void theTerminalSettingsAreAsTheGameFoundThem() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        String compare = "; echo EXIT=$?; [ \"$(stty -g)\" = \"$B\" ] && echo SETTINGS-KEPT"
                + " || { echo SETTINGS-CHANGED; stty -a | head -n 1; };";
        for (String leave : List.of("quit", "C-c")) {
            tmux.start(100, 30, "B=$(stty -g); env -u CI TERM=xterm-256color "
                    + tmux.game("--plain").replace("; echo EXIT=$?;", compare));
            if (leave.equals("C-c")) { // the first round's autosave is offered
                tmux.waitFor("2. New game");
                tmux.keys("2", "Enter");
            }
            tmux.waitFor("Which kind of compute fits?");
            tmux.keys("1", "Enter");
            tmux.waitFor("First choice: the Amazon Machine Image");
            tmux.waitUntilReading();
            tmux.keys(leave.equals("quit") ? new String[] {"quit", "Enter"} : new String[] {leave});
            String s = tmux.waitUntil("the settings compared", t -> t.contains("SETTINGS-"));
            assertTrue(s.contains("SETTINGS-KEPT"), leave + ":\n" + s);
        }
    }

    @Test
    void ctrlCInLineModeSaysSoSavesAndLeaves() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        tmux.start(100, 30, "env -u CI TERM=xterm-256color " + tmux.game("--plain"));
        tmux.waitFor("Which kind of compute fits?");
        tmux.keys("1", "Enter");
        tmux.waitFor("First choice: the Amazon Machine Image");
        tmux.waitUntilReading();
        tmux.keys("C-c");
        String s = tmux.waitFor("EXIT=");
        assertTrue(s.contains("Stopped with Ctrl-C.") && s.contains("Your progress is saved"), s);
        assertTrue(s.indexOf("Stopped with Ctrl-C.") < s.indexOf("Your progress is saved"), s);
        assertTrue(s.contains("EXIT=0"), s);
    }

    @Test
    void withASavePresentLineModeAsksContinueNewOrLoadAndANewGameKeepsTheSave() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        tmux.start(80, 24, "env -u CI TERM=xterm-256color " + tmux.game("--plain"));
        tmux.waitFor("Which kind of compute fits?");
        tmux.keys("1", "Enter");
        tmux.waitFor("First choice: the Amazon Machine Image");
        tmux.keys("quit", "Enter");
        tmux.waitFor("EXIT=0");
        String saved = java.nio.file.Files.readString(tmux.saves.resolve("autosave.json"));

        tmux.start(80, 24, "env -u CI TERM=xterm-256color " + tmux.game("--plain"));
        String s = tmux.waitFor("2. New game (your saves are kept)");
        assertTrue(s.contains("1. Continue 'autosave'"), s);
        tmux.keys("2", "Enter");
        tmux.waitFor("Which kind of compute fits?");
        tmux.keys("1", "Enter");
        tmux.waitFor("First choice: the Amazon Machine Image");
        tmux.keys("quit", "Enter");
        s = tmux.waitFor("EXIT=0");
        assertTrue(s.contains("Your earlier autosave is kept as 'autosave-"), s);
        try (var files = java.nio.file.Files.list(tmux.saves)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("autosave-")), "kept");
        }
        assertTrue(saved.length() > 0);
    }
}
