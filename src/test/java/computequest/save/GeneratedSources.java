package computequest.save;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Generated source files checked in beside the code: equal to what their generator writes now, or rewritten. */
final class GeneratedSources {

    static final Path DIR = Path.of("src/main/java/computequest/save");

    private GeneratedSources() {
    }

    /**
     * Fails unless the files named CLASS.java, CLASS2.java, ... are exactly {@code now}; with {@code -D<flag>=true}
     * rewrites them (and deletes ones no longer generated) and fails naming them, for the diff to be read.
     */
    static void check(Map<String, String> now, String cls, String flag, String why) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.filter(f -> f.getFileName().toString().matches(cls + "\\d*\\.java"))
                    .filter(f -> !now.containsKey(f.getFileName().toString())).forEach(stale::add);
        }
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            Path f = DIR.resolve(e.getKey());
            if (!Files.exists(f) || !Files.readString(f).equals(e.getValue())) {
                differ.add(e.getKey());
            }
        }
        if (Boolean.getBoolean(flag) && (!differ.isEmpty() || !stale.isEmpty())) {
            for (String name : differ) {
                Files.writeString(DIR.resolve(name), now.get(name));
            }
            for (Path f : stale) {
                Files.delete(f);
            }
            fail("rewrote " + differ + ", deleted " + stale + ": read the diff, then run again without -D" + flag);
        }
        assertTrue(differ.isEmpty() && stale.isEmpty(), cls + " is stale (" + differ + " differ, " + stale
                + " no longer generated): " + why + ". Rewrite it with -D" + flag + "=true and read the diff");
        for (Map.Entry<String, String> e : now.entrySet()) {
            long lines = e.getValue().lines().count();
            assertTrue(lines < 400, e.getKey() + " has " + lines + " lines");
        }
    }
}
