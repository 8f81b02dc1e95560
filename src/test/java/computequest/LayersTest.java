package computequest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The design card's rules on the source itself: the layers depend one way (nothing uses ui or app but app; the
 * simulator knows nothing of the engine), only ui touches Lanterna or JLine, and every file reads in one sitting
 * (under 400 lines). A reference by full name counts as much as an import.
 */
class LayersTest {

    static final Path MAIN = Path.of("src/main/java/computequest");

    /** What each package may use of the game's other packages. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "story", Set.of(),
            "review", Set.of(),
            "sim", Set.of("story"),
            "laptop", Set.of("sim", "story"),
            "endpoint", Set.of("sim", "story"),
            "engine", Set.of("story", "sim", "laptop", "review"),
            "present", Set.of("engine", "sim", "story", "laptop", "review"),
            "save", Set.of("engine", "sim", "story", "laptop", "review"),
            "ui", Set.of("engine", "present", "sim", "story", "laptop", "review"),
            "app", Set.of("story", "sim", "laptop", "review", "engine", "present", "save", "endpoint", "ui"));

    private static final Pattern USE = Pattern.compile("\\bcomputequest\\.([a-z]+)\\.");
    private static final Pattern TERMINAL_LIBRARY = Pattern.compile("\\b(org\\.jline|com\\.googlecode\\.lanterna)\\.");

    @Test
    void layersDependOneWayAndOnlyUiDrawsOnTheTerminal() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path f : sources()) {
            String pkg = MAIN.relativize(f).getName(0).toString();
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                wrong.add(f + ": package '" + pkg + "' has no place in the layers (add it to LayersTest.ALLOWED)");
                continue;
            }
            String code = Files.readString(f, StandardCharsets.UTF_8).replaceFirst("(?m)^package [^;]+;", "");
            Matcher m = USE.matcher(code);
            while (m.find()) {
                if (!m.group(1).equals(pkg) && !allowed.contains(m.group(1))) {
                    wrong.add(f + " uses computequest." + m.group(1));
                }
            }
            if (!pkg.equals("ui") && TERMINAL_LIBRARY.matcher(code).find()) {
                wrong.add(f + " uses Lanterna or JLine (only ui may)");
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList());
    }

    @Test
    void everyFileReadsInOneSitting() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path f : sources()) {
            long lines = Files.readAllLines(f, StandardCharsets.UTF_8).size();
            if (lines >= 400) {
                long_.add(f + ": " + lines + " lines");
            }
        }
        assertEquals(List.of(), long_);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> all = Files.walk(MAIN)) {
            List<Path> files = all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertEquals(true, files.size() > 100, "the game's sources are at " + MAIN.toAbsolutePath());
            return files;
        }
    }
}
