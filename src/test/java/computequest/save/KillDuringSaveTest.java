package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of saving, many times: every save and every backup must still load. Half the kills land at a
 * chosen point: the writer pauses half-way through a file (a hook in {@link SafeFiles}) and says so, and is killed
 * there, so a mid-write kill is certain on any machine; the other half land after a random delay, anywhere.
 */
class KillDuringSaveTest {

    static final int KILLS = 30;

    @TempDir
    Path dir;

    @Test
    void killingTheGameWhileItSavesNeverLeavesABrokenOrMissingSave() throws Exception {
        Random random = new Random(42);
        SaveStore first = new SaveStore(dir);
        for (String slot : List.of("a", "b", "c")) {
            first.save(slot, Fixtures.save(Fixtures.cloudState(1), "t", 1, List.of()));
        }
        int midWrite = 0;
        for (int round = 0; round < KILLS; round++) {
            boolean paused = round % 2 == 0;
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    SaveWriterChild.class.getName(), dir.toString(), Integer.toString(round)));
            if (paused) {
                cmd.add(Integer.toString(round / 2 % 9 + 1)); // the backup's write and the save's, of each slot
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals(paused ? "mid-write" : "ready", line, "the writer did not start");
            if (!paused) {
                Thread.sleep(random.nextInt(40));
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            boolean tmpLeft;
            try (var files = Files.list(dir)) {
                tmpLeft = files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
            }
            if (paused) {
                assertTrue(tmpLeft, "round " + round + ": killed mid-write, the half-written temporary file is there");
                midWrite++;
            }
            SaveStore store = new SaveStore(dir);
            for (String slot : List.of("a", "b", "c")) {
                SaveFile f = store.load(slot);
                assertEquals("t", f.storyId(), "round " + round + " slot " + slot);
                if (Files.exists(dir.resolve(slot + ".json.bak"))) {
                    store.load(slot + ".bak");
                }
            }
            assertTrue(store.list().stream().allMatch(SaveStore.Entry::ok), "round " + round + ": " + store.list());
        }
        // the next save clears a temporary file a kill left behind
        new SaveStore(dir).save("a", Fixtures.save(Fixtures.cloudState(2), "t", 2, List.of()));
        assertFalse(Files.exists(dir.resolve(".a.json.tmp")));
        System.out.println("KillDuringSaveTest: " + KILLS + " kills, " + midWrite + " of them mid-write; every save and"
                + " backup still loaded");
    }
}
