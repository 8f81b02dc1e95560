package computequest.app;

import static computequest.app.TmuxLineModeTest.tmuxAvailable;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at the moments of a full-screen start where it is hard to hit by hand, held open in tmux: the terminal must
 * be left as the shell had it.
 */
class TmuxSignalTest {

    private final Tmux tmux = new Tmux();

    @TempDir
    Path tmp;

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            tmux.close();
        }
    }

    /**
     * The game's one stty run turns off the interrupt key; a stty that cannot be interrupted and waits 3 s before
     * doing so (it says when) holds the start there, and Ctrl-C is pressed then; the shell looks 4 s later: its interrupt and suspend keys, echo and line editing come
     * back (a playtest: 2 starts in 5 left "intr = <undef>; susp = <undef>" until "stty sane").
     */
    @Test
    void ctrlCWhileTheTerminalIsBeingSetRawLeavesItAsItWas() throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed");
        Path marker = tmp.resolve("raw-now");
        Path stty = tmp.resolve("slow-stty");
        Files.writeString(stty, "#!/bin/sh\ntrap '' INT\ncase \"$*\" in *intr*) : >'" + marker
                + "'; sleep 3 ;; esac\nexec /bin/stty \"$@\"\n");
        Files.setPosixFilePermissions(stty, PosixFilePermissions.fromString("rwxr-xr-x"));
        String game = tmux.game().replaceFirst("'-cp'", "'-Dcq.stty=" + stty + "' '-cp'")
                .replace("; echo EXIT=$?;", "; echo EXIT=$?; sleep 4; [ \"$(stty -g)\" = \"$B\" ] && echo SETTINGS-KEPT"
                        + " || { echo SETTINGS-CHANGED; stty -a; };");
        tmux.start(100, 30, "B=$(stty -g); env -u CI -u NO_COLOR TERM=xterm-256color " + game);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(marker)) {
            assertTrue(System.nanoTime() < deadline, "the game never set the terminal raw:\n" + tmux.screen());
            Thread.sleep(20);
        }
        tmux.keys("C-c");
        String end = tmux.waitFor("SETTINGS-");
        assertTrue(end.contains("SETTINGS-KEPT"), end);
    }
}
