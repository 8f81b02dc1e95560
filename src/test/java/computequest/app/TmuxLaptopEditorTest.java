package computequest.app;

import static computequest.app.TmuxLineModeTest.run;
import static computequest.app.TmuxLineModeTest.tmuxAvailable;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Full screen in tmux with $EDITOR set to a scripted editor: 'nano notes.txt' puts the screen away, runs the editor
 * on a copy of the laptop file, and the game's screen comes back whole, with the file saved on the laptop.
 */
class TmuxLaptopEditorTest {

    private final String session = "cqedit" + ProcessHandle.current().pid();

    private String screen() throws Exception {
        return run("tmux", "capture-pane", "-p", "-t", session);
    }

    private String waitUntil(String what, Predicate<String> ok) throws Exception {
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

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            run("tmux", "kill-session", "-t", session);
        }
    }

    @Test
    void theScriptedEditorRunsAndTheScreenComesBack() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        Path dir = Files.createTempDirectory("cq-editor");
        Path script = dir.resolve("scripted-editor.sh");
        Files.writeString(script, "#!/bin/sh\necho 'written by the scripted editor' >> \"$1\"\n");
        script.toFile().setExecutable(true);
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main", "--story", "story",
                "--saves", dir.resolve("saves").toString()));
        String command = String.join(" ", java.stream().map(a -> "'" + a + "'").toList()) + "; echo EXIT=$?; sleep 30";
        run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
                "env -u CI -u NO_COLOR -u VISUAL TERM=xterm-256color LANG=C.UTF-8 EDITOR='" + script + "' " + command);
        waitUntil("the first frame", t -> t.contains("Choices") && t.contains("1. A virtual machine")
                && t.contains("Score 0"));
        run("tmux", "send-keys", "-t", session, "nano notes.txt", "Enter");
        String s = waitUntil("the frame after the editor", t -> t.contains("Saved notes.txt") && t.contains("Choices")
                && t.contains("Score 0") && t.contains("Cloud"));
        assertTrue(s.contains("┌─ Story"), "the story pane is drawn again:\n" + s);
        run("tmux", "send-keys", "-t", session, "cat notes.txt", "Enter");
        waitUntil("the file's new line", t -> t.contains("written by the scripted editor"));
        run("tmux", "send-keys", "-t", session, "quit", "Enter");
        assertTrue(waitUntil("the exit", t -> t.contains("EXIT=")).contains("EXIT=0"));
    }

    /**
     * Without $EDITOR the built-in editor opens; the pane starts with flow control on (stty ixon), as most Linux
     * terminals do, and Ctrl-S must still save: the editor switches flow control off while it is open.
     */
    @Test
    void ctrlSSavesInTheBuiltInEditorOnATerminalWithFlowControlOn() throws Exception {
        assumeTrue(tmuxAvailable() || System.getenv("CI") != null, "tmux is not installed; skipping the terminal test");
        Path dir = Files.createTempDirectory("cq-editor");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main", "--story", "story",
                "--saves", dir.resolve("saves").toString()));
        // env applies to the game alone: a ';' before it would leave CI set (as under .ci/run) and give line mode
        String command = "stty ixon; env -u CI -u NO_COLOR -u VISUAL -u EDITOR TERM=xterm-256color LANG=C.UTF-8 "
                + String.join(" ", java.stream().map(a -> "'" + a + "'").toList())
                + "; echo EXIT=$?; stty -a | grep -o -- '-*ixon' | head -1; sleep 30";
        run("tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command);
        waitUntil("the first frame", t -> t.contains("Choices") && t.contains("Score 0"));
        run("tmux", "send-keys", "-t", session, "edit notes.txt", "Enter");
        waitUntil("the editor", t -> t.contains("Editing notes.txt") && t.contains("Ctrl-S or F2"));
        run("tmux", "send-keys", "-t", session, "-l", "typed in the built-in editor");
        waitUntil("the typed text", t -> t.contains("typed in the built-in editor"));
        run("tmux", "send-keys", "-t", session, "C-s");
        waitUntil("the game again", t -> t.contains("Saved notes.txt") && t.contains("Choices"));
        run("tmux", "send-keys", "-t", session, "cat notes.txt", "Enter");
        waitUntil("the file's text", t -> t.contains("> cat notes.txt") && t.lines()
                .filter(l -> l.contains("typed in the built-in editor")).count() >= 1);
        run("tmux", "send-keys", "-t", session, "quit", "Enter");
        String end = waitUntil("the exit", t -> t.contains("EXIT="));
        assertTrue(end.contains("EXIT=0"), end);
        assertTrue(waitUntil("the terminal's flow control", t -> t.contains("EXIT=0\n")
                || t.lines().anyMatch(l -> l.equals("ixon") || l.equals("-ixon"))).lines()
                .anyMatch(l -> l.equals("ixon")), "flow control is put back as it was when the game ends");
    }
}
