package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the game as a separate JVM with piped input, as {@code printf 'help\nquit\n' | ./play} does. */
class ProcessRunTest {

    static Process start(List<String> args, File stdin, File stdout, File stderr) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(stdin).redirectOutput(stdout).redirectError(stderr);
        pb.environment().remove("TERM");
        return pb.start();
    }

    @Test
    void pipedHelpAndQuitPrintsHelpAndExitsZeroWithQuietStderr() throws Exception {
        Path dir = Files.createTempDirectory("cq");
        Path in = Files.writeString(dir.resolve("in"), "help\nquit\n");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = start(List.of("--story", "story"), in.toFile(), out.toFile(), err.toFile());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the game did not exit");
        assertEquals(0, p.exitValue());
        String o = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(o.contains("Commands you can type at any time"), o);
        assertTrue(o.contains("Goodbye"), o);
        assertEquals("", Files.readString(err), "stderr must stay quiet with no tty");
    }

    @Test
    void endOfInputExitsZeroAndDevNullIsEndOfInput() throws Exception {
        Path dir = Files.createTempDirectory("cq");
        Path out = dir.resolve("out");
        Process p = start(List.of("--story", "story"), new File("/dev/null"), out.toFile(), dir.resolve("err").toFile());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(Files.readString(out).contains("Which kind of compute fits?"));
    }

    @Test
    void aBrokenStoryIsReportedWithPositionsAndExitCodeTwo() throws Exception {
        Path dir = Files.createTempDirectory("cq");
        Files.writeString(dir.resolve("x.story"), ":: a\n* go -> nowhere\n");
        Path err = dir.resolve("err");
        Process p = start(List.of("--story", dir.toString()), new File("/dev/null"), dir.resolve("out").toFile(), err.toFile());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(Files.readString(err).contains("x.story:2:9"), Files.readString(err));
    }
}
