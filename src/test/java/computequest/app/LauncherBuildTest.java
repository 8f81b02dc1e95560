package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./play builds one at a time. Maven writes a plain jar before the runnable one, so a second start during a build
 * must wait for it rather than run the half-built jar; a build that was stopped is done again. A stand-in mvn on the
 * PATH writes a broken jar, waits, then the real one, and counts its runs.
 */
class LauncherBuildTest {

    @TempDir
    Path tmp;

    Path home;
    Path runs;

    void setUp() throws Exception {
        ClassCacheTest maker = new ClassCacheTest();
        maker.tmp = Files.createDirectories(tmp.resolve("parent"));
        home = maker.gameHome();
        Path good = tmp.resolve("good.jar");
        Files.copy(home.resolve("target/compute-quest.jar"), good);
        runs = tmp.resolve("mvn-runs.log");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho run >> '" + runs + "'\nprintf 'not a jar' > target/compute-quest.jar\n"
                + "sleep 2\ncp '" + good + "' target/compute-quest.jar\n");
        assertTrue(mvn.toFile().setExecutable(true));
        // a source newer than the jar: the next start builds
        Path src = Files.createDirectories(home.resolve("src/main/java"));
        Files.writeString(src.resolve("Changed.java"), "class Changed {}\n");
        Files.setLastModifiedTime(home.resolve("target/compute-quest.jar"), FileTime.fromMillis(0));
    }

    Process start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("play").toString(), "--plain", "--saves",
                home.resolve("saves").toString()).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", tmp.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("CQ_CLASS_CACHE", "off");
        pb.environment().put("CQ_FIRST_SCREEN", "off");
        Process p = pb.start();
        p.getOutputStream().write("quit\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return p;
    }

    static String finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void aStartDuringABuildWaitsForItAndRunsTheFinishedJar() throws Exception {
        setUp();
        Process first = start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(runs) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // the half-built jar is in place now, newer than every source
        Process second = start();
        assertTrue(finish(first).contains("Goodbye"));
        String waited = finish(second);
        assertTrue(waited.contains("Goodbye"), "the second start ran the finished jar");
        assertTrue(waited.contains("another ./play is building the game; waiting for it to finish"),
                "the second start says why it waits: " + waited);
        assertEquals(List.of("run"), Files.readAllLines(runs), "one build");
        assertFalse(Files.exists(home.resolve("target/.building")));
    }

    @Test
    void aBuildThatWasStoppedIsDoneAgain() throws Exception {
        setUp();
        Files.setLastModifiedTime(home.resolve("target/compute-quest.jar"), FileTime.fromMillis(System.currentTimeMillis()
                + 60_000));
        Files.writeString(home.resolve("target/.building"), "");
        assertTrue(finish(start()).contains("Goodbye"));
        assertEquals(List.of("run"), Files.readAllLines(runs), "the marker of a stopped build means build again");
    }
}
