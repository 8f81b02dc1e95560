package computequest.app;

import static computequest.app.TmuxLineModeTest.tmuxAvailable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./play's first-screen snapshot in full screen, in a real terminal under tmux, through the launcher: a game that
 * ends keeps the next start's first frame; the next start shows that frame before the JVM runs (a java that waits
 * before starting makes the gap plain), on the alternate screen, exactly as the game then draws it; at the end the
 * shell's screen and cursor come back; and when the game stops before its screen is up, the kept frame is left and
 * the game's message can be read.
 */
class TmuxKeptFrameTest {

    private final Tmux tmux = new Tmux();

    @TempDir
    Path tmp;

    @AfterEach
    void kill() throws Exception {
        if (tmuxAvailable()) {
            tmux.close();
        }
    }

    /** A java that sleeps SLOW_JAVA seconds, then runs the real one with SLOW_JAVA_EXTRA after the arguments. */
    Path slowJava() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("slow-bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nsleep \"${SLOW_JAVA:-0}\"\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\" ${SLOW_JAVA_EXTRA:-}\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    void start(Path home, Path bin, String env) throws Exception {
        tmux.start(100, 30, "cd '" + home + "' && echo before-the-game && env -u CI -u NO_COLOR TERM=xterm-256color"
                + " CQ_CLASS_CACHE=off PATH='" + bin + "':\"$PATH\" " + env + " ./play --saves '" + home.resolve("saves")
                + "'; echo EXIT=$?; sleep 60");
    }

    /** The screen once the whole first frame is on it: its title, its last choice and the key bar's last key. */
    String whole(String title) throws Exception {
        return tmux.waitUntil("the whole first frame", s -> s.contains(title) && s.contains("3. A serverless function")
                && s.contains("^C quit"));
    }

    boolean alternate() throws Exception {
        return tmux.tmux("display", "-p", "-t", tmux.session, "#{alternate_on}").strip().equals("1");
    }

    @Test
    void theNextStartShowsTheKeptFrameBeforeTheJvmAndLeavesItCleanly() throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed (.ci/run installs it)");
        Path home = FirstScreenProcessTest.home(tmp);
        Path bin = slowJava();
        var story = StoryParser.parseDirectory(Path.of("story")).story();
        String title = story.scene(story.start()).orElseThrow().title();

        // 1. No snapshot yet: the game draws its own first frame; quitting keeps the next start's.
        start(home, bin, "");
        String drawnByTheGame = whole(title);
        assertTrue(alternate());
        tmux.keys("quit", "Enter");
        tmux.waitFor("EXIT=0");
        assertTrue(Files.list(home.resolve("target/first-screen")).anyMatch(p -> p.getFileName().toString()
                .startsWith("s")), "a game that ends keeps the next start's first frame");

        // 2. The JVM waits 6 s before it starts: the kept frame is on the screen long before, as the game draws it.
        long t0 = System.nanoTime();
        start(home, bin, "SLOW_JAVA=6");
        String kept = whole(title);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "the frame came from the launcher");
        assertTrue(alternate(), "the kept frame is on the alternate screen");
        assertEquals(drawnByTheGame, kept);
        tmux.keys("quit", "Enter"); // typed before the game is up: it reads it once it is
        String after = tmux.waitFor("EXIT=0");
        assertFalse(alternate());
        assertTrue(after.startsWith("before-the-game\n"), "the shell's screen is back:\n" + after);
        assertFalse(after.contains(title), "no frame left on the shell's screen:\n" + after);

        // 3. The game stops before its screen is up: the kept frame is left, and the message is on the shell's screen.
        start(home, bin, "SLOW_JAVA=2 SLOW_JAVA_EXTRA=--no-such-option");
        tmux.waitFor(title);
        assertTrue(alternate());
        String stopped = tmux.waitFor("EXIT=2");
        assertFalse(alternate());
        assertTrue(stopped.contains("Unknown option: '--no-such-option'"), stopped);
        assertTrue(stopped.startsWith("before-the-game\n"), stopped);

        // 4. Ctrl-C while the kept frame is up and the JVM is not yet (a playtest: the shell's prompt was drawn over the
        // frame, on the alternate screen): the frame is left and the shell's screen is back.
        start(home, bin, "SLOW_JAVA=6");
        whole(title);
        assertTrue(alternate());
        tmux.keys("C-c");
        String interrupted = tmux.waitFor("EXIT=");
        assertFalse(alternate(), interrupted);
        assertTrue(interrupted.contains("EXIT=130"), interrupted);
        assertTrue(interrupted.startsWith("before-the-game\n"), interrupted);
        assertFalse(Files.list(home.resolve("target/first-screen")).anyMatch(p -> p.getFileName().toString()
                .startsWith(".guard")), "no guard file left behind");
    }
}
