package computequest.app;

import static computequest.app.TmuxLineModeTest.tmuxAvailable;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pasting several lines into line mode the way most terminals paste, between bracketed-paste marks (tmux
 * {@code paste-buffer -p}): each line runs as a command, in order, as if typed; the text after the last newline waits
 * on the line for Enter.
 */
class TmuxPasteTest {

    private final Tmux tmux = new Tmux();

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            tmux.close();
        }
    }

    void paste(String text) throws Exception {
        tmux.tmux("set-buffer", "-b", "cq", text);
        tmux.tmux("paste-buffer", "-p", "-b", "cq", "-t", tmux.session);
    }

    @Test
    void aPastedBlockRunsLineByLine() throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed");
        tmux.start(100, 40, "env -u CI TERM=xterm-256color " + tmux.game("--plain"));
        tmux.waitFor("Which kind of compute fits?");
        tmux.waitUntilReading();
        paste("hint\nstatus\nbill\n");
        String s = tmux.waitFor("Nothing is billed by the hour right now.");
        assertTrue(s.contains("> status\nSimulated time: 0s"), s);
        assertTrue(s.indexOf("Hint 1 of") < s.indexOf("> status") && s.indexOf("> status") < s.indexOf("> bill"), s);

        paste("1\nsave pasted");
        tmux.waitFor("First choice: the Amazon Machine Image");
        String waiting = tmux.screen();
        assertTrue(waiting.stripTrailing().endsWith("> save pasted"), "the last line waits for Enter:\n" + waiting);
        tmux.keys("Enter");
        String saved = tmux.waitUntil("the save", t -> t.contains("pasted") && !t.stripTrailing().endsWith("> save pasted"));
        assertFalse(saved.contains("not something the game understands"), saved);
        tmux.keys("quit", "Enter");
        tmux.waitFor("EXIT=0");
    }

    /** Ctrl-C at the line-mode editor's prompt keeps the edits and says how to leave (it threw them away). */
    @Test
    void ctrlCInTheLineEditorKeepsTheEdits() throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed");
        tmux.start(100, 40, "env -u CI TERM=xterm-256color " + tmux.game("--plain"));
        tmux.waitFor("Which kind of compute fits?");
        tmux.waitUntilReading();
        tmux.keys("edit kept.txt", "Enter");
        tmux.waitFor("Editing kept.txt");
        tmux.keys("a kept line", "Enter");
        tmux.waitFor("Added line 1.");
        tmux.keys("C-c");
        tmux.waitFor("your changes are kept");
        tmux.keys("w", "Enter");
        tmux.keys("cat kept.txt", "Enter");
        String s = tmux.waitUntil("the file", t -> t.lines().anyMatch(l -> l.equals("kept line")));
        assertFalse(s.contains("Stopped with Ctrl-C."), s);
        tmux.keys("quit", "Enter");
        tmux.waitFor("EXIT=0");
    }
}
