package computequest.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plays line mode in a real terminal under tmux: types with send-keys, reads the screen with capture-pane.
 * CI installs tmux; on a machine without it the test is skipped (and says so), never passed silently in CI.
 */
class TmuxLineModeTest {

    private final String session = "cqtest" + ProcessHandle.current().pid();

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

    String screen() throws Exception {
        return run("tmux", "capture-pane", "-p", "-t", session);
    }

    String waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String s = "";
        while (System.nanoTime() < deadline) {
            s = screen();
            if (s.contains(text)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never saw '" + text + "' on the screen:\n" + s);
    }

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            run("tmux", "kill-session", "-t", session);
        }
    }

    @Test
    void lineModeInARealTerminal() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main", "--plain", "--story", "story",
                "--saves", Path.of(System.getProperty("java.io.tmpdir"), "cq-saves-" + session).toString()));
        String command = String.join(" ", java.stream().map(a -> "'" + a + "'").toList()) + "; echo EXIT=$?; sleep 30";
        run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "env -u CI TERM=xterm-256color " + command);
        waitFor("Which kind of compute fits?");
        run("tmux", "send-keys", "-t", session, "hel", "Tab", "Enter");
        waitFor("Commands you can type at any time");
        run("tmux", "send-keys", "-t", session, "1", "Enter");
        waitFor("First choice: the Amazon Machine Image");
        run("tmux", "send-keys", "-t", session, "quit", "Enter");
        String s = waitFor("EXIT=");
        assertTrue(s.contains("EXIT=0"), s);
    }
}
