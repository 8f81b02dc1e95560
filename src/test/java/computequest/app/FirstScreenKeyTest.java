package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-screen snapshot's key is computed by ./play (src/launcher/first-screen.sh) and, for the next starts, by
 * the game (ScreenSnapshot): the options line, the saves line and the file name must come out the same from both, for
 * awkward saves folders too, or a snapshot would never match (harmless but useless) or, worse, match the wrong start.
 */
class FirstScreenKeyTest {

    static final Path PROJECT = Path.of(System.getProperty("cq.projectDir", ".")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /** What the launcher's function sets, or empty when it keeps no snapshot for these options. */
    Optional<List<String>> shell(Path saves, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "set -euo pipefail; here=\"$1\"; jar=\"$2\";"
                + " java_bin=/usr/bin/java; shift 2; . \"$here/src/launcher/first-screen.sh\";"
                + " if snapshot_key \"$@\"; then printf '%s\\0%s\\0%s\\0%s' \"$snapshot_args\" \"$snapshot_saves\""
                + " \"$snapshot_slot\" \"$snapshot_base\"; else echo none; fi", "bash", PROJECT.toString(),
                PROJECT.resolve("pom.xml").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("CQ_FIRST_SCREEN");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.equals("none\n") ? Optional.empty() : Optional.of(List.of(out.split("\0", -1)));
    }

    void same(Path saves, String... args) throws Exception {
        List<String> sh = shell(saves, args).orElseThrow(() -> new AssertionError("no key for " + List.of(args)));
        assertEquals(ScreenSnapshot.argsLine(List.of(args)), sh.get(0), "options line");
        assertEquals(ScreenSnapshot.savesLine(saves).orElseThrow(), sh.get(1), "saves line");
        assertEquals(ScreenSnapshot.slot(ScreenSnapshot.ttyLine(sh.get(3)), List.of(args),
                ScreenSnapshot.savesLine(saves).orElseThrow()), sh.get(2), "file name");
        assertTrue(sh.get(2).startsWith("stty_--_-_"), "a pipe's snapshot is named apart from a terminal's: " + sh.get(2));
    }

    @Test
    void shellAndGameAgreeOnEveryPartOfTheKey() throws Exception {
        Path saves = tmp.resolve("my saves");
        same(saves, "--plain", "--saves", saves.toString()); // no folder yet
        Files.createDirectories(saves);
        same(saves, "--plain", "--saves", saves.toString()); // an empty one
        Files.writeString(saves.resolve("autosave.json"), "{\n  \"checksum\": \"crc32c:5dbeb202\",\n  \"format\": 1\n}\n");
        Files.writeString(saves.resolve("Zed.json"), "{\n  \"checksum\": \"crc32c:00000001\"");
        Files.writeString(saves.resolve("a-b.json"), "one line only");
        Files.write(saves.resolve("nul.json"), "{\n a\0b \\ \t\r\nrest".getBytes(StandardCharsets.UTF_8));
        Files.writeString(saves.resolve(".hidden.json"), "{\n  \"checksum\": \"x\"\n");
        Files.writeString(saves.resolve("autosave.json.bak"), "{\n  \"checksum\": \"y\"\n");
        Files.createDirectories(saves.resolve("folder.json"));
        same(saves, "--continue", "--plain", "--saves", saves.toString());
        same(saves, "--saves=" + saves, "--load", "Zed", "--seed=7", "--no-color", "--ascii");
        assertTrue(ScreenSnapshot.savesLine(saves).orElseThrow().startsWith("saves Zed.json=  \"checksum\""),
                "byte order: upper case first: " + ScreenSnapshot.savesLine(saves));
    }

    @Test
    void onlyTheEverydayOptionsKeepASnapshot() throws Exception {
        Path saves = tmp.resolve("s");
        for (String[] args : List.of(new String[] {"--from", "ec2-launch"}, new String[] {"author", "check"},
                new String[] {"--help"}, new String[] {"--endpoint"}, new String[] {"--saves"},
                new String[] {"--watch", "--plain"}, new String[] {"saves"})) {
            assertEquals(Optional.empty(), shell(saves, args), List.of(args).toString());
        }
        for (int i = 0; i < ScreenSnapshot.MAX_SAVES + 1; i++) {
            Files.createDirectories(saves);
            Files.writeString(saves.resolve("s" + i + ".json"), "{\n}\n");
        }
        assertEquals(Optional.empty(), shell(saves, "--saves", saves.toString()), "too many saves to read");
        assertEquals(Optional.empty(), ScreenSnapshot.savesLine(saves));
    }

    @Test
    void aScreenDrawnAfterAResizeIsKeptUnderTheNewSize() {
        String base = "cq-first-screen 1\nday 5\ntty tt 30 100\njava /j";
        assertEquals("cq-first-screen 1\nday 5\ntty tt 24 80\njava /j", ScreenSnapshot.resized(base, "24 80"));
        assertEquals("x\ntty -- 24 80", ScreenSnapshot.resized("x\ntty -- -", "24 80"));
        assertEquals(List.of("--continue", "--plain", "--saves", "s"),
                NextStarts.withoutLoad(List.of("--continue", "--load", "a", "--plain", "--saves", "s")));
        assertEquals(List.of("--plain", "--saves", "s"),
                NextStarts.withoutResume(List.of("--plain", "--continue", "--load=a", "--saves", "s")));
    }
}
