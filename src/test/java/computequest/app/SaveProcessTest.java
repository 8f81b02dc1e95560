package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The game as a separate JVM: SIGTERM autosaves, --continue resumes, ./play saves lists. */
class SaveProcessTest {

    @TempDir
    Path dir;

    static String waitFor(Path file, String text) throws Exception {
        return waitFor(file, text, s -> true);
    }

    static String waitFor(Path file, String text, java.util.function.Predicate<String> also) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String s = Files.exists(file) ? Files.readString(file) : "";
            if (s.contains(text) && also.test(s)) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never saw '" + text + "' in " + Files.readString(file));
    }

    static String statusBlock(String output) {
        String s = output.substring(output.lastIndexOf("Simulated time:"));
        return s.substring(0, s.indexOf("\n> ") < 0 ? s.length() : s.indexOf("\n> "));
    }

    @Test
    void sigtermAutosavesAndContinueBringsBackTheSameInstancesAndBill() throws Exception {
        Path saves = dir.resolve("saves");
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main", "--story", "story",
                "--saves", saves.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("err").toFile());
        pb.environment().remove("TERM");
        Process p = pb.start();
        OutputStream in = p.getOutputStream();
        in.write(("1\n1\n1\naws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro\n"
                + "wait\nwait 10m\nstatus\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        // Wait for the prompt after the status too: the block is compared up to that prompt.
        String before = statusBlock(waitFor(out, "Total: $", s -> s.substring(s.lastIndexOf("Simulated time:"))
                .contains("\n> ")));
        // SIGTERM while the game waits for input. Not p.destroy(): it also closes stdin, which ends the game first.
        assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.readString(dir.resolve("err")).contains("Your progress is saved"),
                "exit " + p.exitValue() + " err: " + Files.readString(dir.resolve("err")) + " out: " + Files.readString(out));
        assertTrue(Files.exists(saves.resolve("autosave.json")));

        Path in2 = Files.writeString(dir.resolve("in2"), "status\n");
        Path out2 = dir.resolve("out2");
        Process q = ProcessRunTest.start(List.of("--story", "story", "--saves", saves.toString(), "--continue"),
                in2.toFile(), out2.toFile(), dir.resolve("err2").toFile());
        assertTrue(q.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, q.exitValue());
        String after = Files.readString(out2);
        assertTrue(after.contains("Resuming 'autosave'"), after);
        assertTrue(before.contains("running") && before.contains("Total: $"), before);
        assertEquals(before, statusBlock(after));

        Path out3 = dir.resolve("out3");
        Process r = ProcessRunTest.start(List.of("saves", "--saves", saves.toString()), new File("/dev/null"),
                out3.toFile(), dir.resolve("err3").toFile());
        assertTrue(r.waitFor(30, TimeUnit.SECONDS));
        String listing = Files.readString(out3);
        assertTrue(listing.matches("(?s).*\\n  autosave +1 Virtual machines +\\d+/\\d+ +\\d.*"), listing);
        assertTrue(listing.contains(" --saves " + saves + " --continue"), "the way back names the folder: " + listing);
        assertEquals(0, r.exitValue());
    }

    @Test
    void loadingAMissingSaveFromTheCommandLineExitsTwoWithAMessage() throws Exception {
        Process p = ProcessRunTest.start(List.of("--story", "story", "--saves", dir.toString(), "--load", "nope"),
                new File("/dev/null"), dir.resolve("out").toFile(), dir.resolve("err").toFile());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(Files.readString(dir.resolve("err")).contains("nope.json does not exist"));
    }
}
