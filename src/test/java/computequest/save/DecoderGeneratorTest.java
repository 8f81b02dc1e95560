package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checked-in save reader is what {@link DecoderGenerator} writes from the save records now, so a record change
 * cannot leave it stale: rewrite it with {@code -Dcq.updateDecoder=true} and read the diff.
 */
class DecoderGeneratorTest {

    private static final Path DIR = Path.of("src/main/java/computequest/save");

    @Test
    void theCheckedInReaderIsGeneratedFromTheRecords() throws IOException {
        Map<String, String> now = DecoderGenerator.generate();
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.filter(f -> f.getFileName().toString().matches(DecoderGenerator.CLASS + "\\d*\\.java"))
                    .filter(f -> !now.containsKey(f.getFileName().toString())).forEach(stale::add);
        }
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            Path f = DIR.resolve(e.getKey());
            if (!Files.exists(f) || !Files.readString(f).equals(e.getValue())) {
                differ.add(e.getKey());
            }
        }
        if (Boolean.getBoolean("cq.updateDecoder") && (!differ.isEmpty() || !stale.isEmpty())) {
            for (String name : differ) {
                Files.writeString(DIR.resolve(name), now.get(name));
            }
            for (Path f : stale) {
                Files.delete(f);
            }
            fail("rewrote " + differ + ", deleted " + stale + ": read the diff, then run again without"
                    + " -Dcq.updateDecoder");
        }
        assertTrue(differ.isEmpty() && stale.isEmpty(), "the save reader is stale (" + differ + " differ, " + stale
                + " no longer generated): a save record changed. Rewrite it with mvn -B -q test"
                + " -Dtest=DecoderGeneratorTest -Dcq.updateDecoder=true and read the diff");
    }

    @Test
    void everyGeneratedFileIsUnderTheLineLimit() {
        for (Map.Entry<String, String> e : DecoderGenerator.generate().entrySet()) {
            long lines = e.getValue().lines().count();
            assertTrue(lines < 400, e.getKey() + " has " + lines + " lines");
        }
        assertEquals(DecoderGenerator.CLASS + ".java", DecoderGenerator.generate().keySet().iterator().next());
    }
}
