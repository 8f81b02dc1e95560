package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** kill -9 in the middle of saving, many times: every save and every backup must still load. */
class KillDuringSaveTest {

    static final int KILLS = 30;
    /** Kill again past KILLS until one lands mid-write (a temp file left behind), up to this many. */
    static final int MAX_KILLS = 120;

    @TempDir
    Path dir;

    @Test
    void killingTheGameWhileItSavesNeverLeavesABrokenOrMissingSave() throws Exception {
        Random random = new Random(42);
        int midWrite = 0;
        int round = 0;
        for (; round < KILLS || (midWrite == 0 && round < MAX_KILLS); round++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    SaveWriterChild.class.getName(), dir.toString(), Integer.toString(round)));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertEquals("ready", first, "the writer did not start");
            Thread.sleep(random.nextInt(40));
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"))) {
                    midWrite++;
                }
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
        assertTrue(midWrite > 0, "no kill in " + round + " landed while a save was being written");
        System.out.println("KillDuringSaveTest: " + round + " kills, " + midWrite + " left a temporary file behind"
                + " (killed mid-write); every save and backup still loaded");
    }
}
