package computequest.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.story.Diagnostic;
import computequest.story.StoryParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged story files (truncated, shuffled, deleted or duplicated lines, random bytes, wrong sigils) must always come
 * back as diagnostics with file:line:column inside the file, never as an exception. A damaged story that still parses
 * cleanly must still start and take a few inputs.
 */
class StoryMutationTest {

    static final boolean SOAK = Boolean.getBoolean("cq.soak");
    static final int MUTANTS = SOAK ? 20_000 : 2_000;
    static final Pattern SHAPE = Pattern.compile("^[^\\s:][^:]*:\\d+:\\d+: (error|warning): \\S.*", Pattern.DOTALL);
    static final String SIGILS = ":*~?>@/ \t-";

    static Map<String, String> realStory() throws IOException {
        Path dir = Path.of(System.getProperty("cq.projectDir", ".")).resolve("story");
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".story")).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }

    static String mutate(Random r, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size();
        switch (r.nextInt(10)) {
            case 0 -> {
                return text.substring(0, r.nextInt(text.length() + 1));
            }
            case 1 -> {
                int from = r.nextInt(n);
                int to = Math.min(n, from + 2 + r.nextInt(30));
                Collections.shuffle(lines.subList(from, to), r);
            }
            case 2 -> {
                for (int k = 1 + r.nextInt(5); k > 0 && !lines.isEmpty(); k--) {
                    lines.remove(r.nextInt(lines.size()));
                }
            }
            case 3 -> {
                int at = r.nextInt(n);
                lines.add(at, lines.get(at));
            }
            case 4 -> {
                int at = r.nextInt(n);
                String l = lines.get(at);
                char c = SIGILS.charAt(r.nextInt(SIGILS.length()));
                lines.set(at, l.isEmpty() ? String.valueOf(c) : c + l.substring(1));
            }
            case 5 -> {
                int at = r.nextInt(n);
                String l = lines.get(at);
                int cut = l.isEmpty() ? 0 : r.nextInt(l.length());
                lines.set(at, l.substring(0, cut));
            }
            case 6 -> {
                return text.replace("\n", "\r\n");
            }
            case 7 -> {
                int at = r.nextInt(n);
                lines.set(at, (r.nextBoolean() ? "\t" : "    ") + lines.get(at));
            }
            case 8 -> Collections.shuffle(lines, r);
            default -> {
                StringBuilder b = new StringBuilder(text);
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    int at = r.nextInt(b.length() + 1);
                    b.insert(at, (char) r.nextInt(0x3000));
                }
                return b.toString();
            }
        }
        return String.join("\n", lines);
    }

    static void checkDiagnostics(String what, Map<String, String> files, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            String shown = d.toString();
            if (d.position() == null || !SHAPE.matcher(shown).matches()) {
                fail(what + ": a diagnostic without file:line:column: " + shown);
            }
            String text = files.get(d.position().file());
            if (text == null) {
                continue;
            }
            // The parser's conventions: lines end at \n (one \r before it is dropped), and a tab counts as four
            // columns.
            String[] lines = text.split("\r?\n", -1);
            int line = d.position().line();
            int col = d.position().column();
            if (line < 1 || line > lines.length || col < 1
                    || col > lines[line - 1].replace("\t", "    ").length() + 1) {
                fail(what + ": " + shown + " points outside the file (" + lines.length + " lines"
                        + (line >= 1 && line <= lines.length ? ", that line has " + lines[line - 1].length()
                        + " characters: '" + lines[line - 1] + "'" : "") + ")");
            }
        }
    }

    static void stillPlays(String what, StoryParser.Parsed p) {
        Engine e = new Engine(p.story());
        GameState s = e.start(1).state();
        for (String input : List.of("look", "1", "2", "hint", "aws ec2 describe-instances", "wait", "status")) {
            s = e.step(s, input).state();
        }
        assertTrue(e.story().scene(s.sceneId()).isPresent(), what);
    }

    @Test
    void mutatedStoriesGivePositionedDiagnosticsNeverExceptions() throws IOException {
        Map<String, String> real = realStory();
        List<String> names = new ArrayList<>(real.keySet());
        Random r = new Random(Long.getLong("cq.fuzz.seed", 20261123L));
        int withErrors = 0;
        for (int m = 0; m < MUTANTS; m++) {
            Map<String, String> files = new LinkedHashMap<>(real);
            String victim = names.get(r.nextInt(names.size()));
            int rounds = 1 + r.nextInt(3);
            for (int k = 0; k < rounds; k++) {
                files.put(victim, mutate(r, files.get(victim)));
            }
            String what = "mutant " + m + " of " + victim;
            StoryParser.Parsed p;
            try {
                p = StoryParser.parse(files);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(what + ": the parser threw. The file:\n" + files.get(victim), e);
            }
            checkDiagnostics(what, files, p.diagnostics());
            if (p.hasErrors()) {
                withErrors++;
            } else {
                try {
                    stillPlays(what, p);
                } catch (RuntimeException e) {
                    throw new AssertionError(what + " parsed without errors but the game failed on it. The file:\n"
                            + files.get(victim), e);
                }
            }
        }
        System.out.printf("story mutants: %d, %d with errors, all positioned%n", MUTANTS, withErrors);
        assertTrue(withErrors > MUTANTS / 4, "most mutants should be caught, only " + withErrors + " were");
    }

    @Test
    void randomBytesOnDiskAreReportedWithPositions(@TempDir Path dir) throws IOException {
        Map<String, String> real = realStory();
        Random r = new Random(7);
        for (int m = 0; m < (SOAK ? 2_000 : 200); m++) {
            Path root = Files.createDirectories(dir.resolve("m" + m));
            Map<String, String> written = new LinkedHashMap<>();
            for (var e : real.entrySet()) {
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                if (r.nextInt(real.size()) == 0 || m % 3 == 0) {
                    for (int k = 0; k < 1 + r.nextInt(20); k++) {
                        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
                    }
                    if (r.nextBoolean()) {
                        bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
                    }
                }
                Path f = root.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, bytes);
                written.put(e.getKey(), new String(bytes, StandardCharsets.UTF_8));
            }
            StoryParser.Parsed p;
            try {
                p = StoryParser.parseDirectory(root);
            } catch (RuntimeException e) {
                throw new AssertionError("random-byte mutant " + m + ": the parser threw", e);
            }
            checkDiagnostics("random-byte mutant " + m, written, p.diagnostics());
        }
    }
}
