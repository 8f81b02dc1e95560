package computequest.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.hostile.Hostile;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 as a player's shell would cause it, one game per JVM: closed and binary standard input, a full output, a
 * failed autosave, a second game on the same saves, a hostile Name tag, a save whose name holds ESC, and SIGHUP.
 */
class HostileProcessTest {

    @TempDir
    Path dir;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String game(Path saves) {
        return java() + " -cp " + System.getProperty("java.class.path") + " computequest.app.Main --story story --saves "
                + saves;
    }

    /** Runs a shell line (for redirections Java cannot make, such as a closed descriptor); returns the exit code. */
    private int sh(String line) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        pb.environment().remove("TERM");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the game did not exit: " + line);
        return p.exitValue();
    }

    private String out() throws Exception {
        return Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
    }

    private String err() throws Exception {
        return Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
    }

    private Path played(Path saves) throws Exception {
        assertEquals(0, sh("printf '1\\nquit\\n' | " + game(saves)));
        Path autosave = saves.resolve("autosave.json");
        assertTrue(Files.exists(autosave), out());
        return autosave;
    }

    @Test
    void closedOrBinaryStandardInputStopsWithAMessageAndKeepsTheAutosave() throws Exception {
        Path saves = dir.resolve("saves");
        Path autosave = played(saves);
        byte[] before = Files.readAllBytes(autosave);
        assertEquals(2, sh(game(saves) + " 0<&-"));
        assertTrue(err().contains("standard input is closed"), err());
        Path binary = Files.write(dir.resolve("binary"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, '\n'});
        assertEquals(2, sh(game(saves) + " < " + binary));
        assertTrue(err().contains("standard input is not text"), err());
        assertArrayEquals(before, Files.readAllBytes(autosave), "no autosave was replaced");
        assertEquals(0, sh("printf 'h\\u00e9llo\\nquit\\n' | " + game(saves) + " > /dev/null"), "text still plays");
    }

    @Test
    void outputThatCannotBeWrittenExitsNonZeroWithAMessage() throws Exception {
        assertEquals(1, sh("printf 'help\\n' | " + game(dir.resolve("saves")) + " > /dev/full"));
        assertTrue(err().contains("output could not be written"), err());
    }

    @Test
    void aFailedAutosaveIsNeverCalledSavedAndTheReasonIsGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(0, sh("printf '1\\nquit\\n' | " + game(file)));
        assertFalse(out().contains("Your progress is saved"), out());
        assertTrue(out().contains("could not be saved") && out().contains("is a file, not a folder"), out());

        // a full disk, as a file-size limit: the save is larger than 4 KB
        Path saves = dir.resolve("saves");
        assertEquals(0, sh("ulimit -f 4; printf '1\\n1\\nquit\\n' | " + game(saves)));
        assertFalse(out().contains("Your progress is saved"), out());
        assertTrue(out().contains("could not be saved") && out().contains("File too large"), out());
        try (var files = Files.list(saves)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList(), "no partial file left");
        }
    }

    @Test
    void aSecondGameOnTheSameSavesIsToldPlainlyAndDoesNotReplaceTheFirstGamesAutosave() throws Exception {
        Path saves = dir.resolve("saves");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", game(saves)).redirectOutput(dir.resolve("first").toFile())
                .redirectError(dir.resolve("first-err").toFile());
        pb.environment().remove("TERM");
        Process first = pb.start();
        try (OutputStream in = first.getOutputStream()) {
            in.write("1\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            SaveProcessTest.waitFor(saves.resolve("autosave.json"), "sceneId");
            byte[] firstSave = Files.readAllBytes(saves.resolve("autosave.json"));
            assertEquals(0, sh("printf '1\\n1\\nquit\\n' | " + game(saves)));
            assertTrue(out().contains("Another Compute Quest game is playing with the saves in"), out());
            assertFalse(out().contains("[not quite] Another Compute Quest game"), "not the player's mistake: a"
                    + " neutral note, not a wrong answer");
            // its progress is kept under a dated name of its own, with the way back
            assertTrue(out().replaceAll("\\s+", " ").contains("your progress is saved as 'autosave-"), out());
            try (var kept = Files.list(saves)) {
                assertEquals(1, kept.filter(f -> f.getFileName().toString().matches("autosave-[0-9-]+\\.json"))
                        .count(), "one save of the second game's own");
            }
            assertArrayEquals(firstSave, Files.readAllBytes(saves.resolve("autosave.json")));
            in.write("quit\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.readString(dir.resolve("first")).contains("Another Compute Quest game"));
    }

    @Test
    void hostileTextFromTheKeyboardAndFromFileNamesNeverReachesTheTerminalRaw() throws Exception {
        Path saves = Files.createDirectories(dir.resolve("saves"));
        Files.writeString(saves.resolve("\u001b]0;X\u0007.json"), "{}");
        StringBuilder input = new StringBuilder();
        for (String bad : Hostile.SEQUENCES) {
            String v = bad.replace("\r", "").replace("'", "").replace("\u0000", ""); // NUL: binary input
            input.append("aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                    + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=").append(v).append("}]'\n");
            input.append("save ").append(v).append('\n').append(v).append('\n');
        }
        input.append("saves\nstatus\nquit\n");
        Path in = Files.writeString(dir.resolve("in"), input.toString());
        Process p = ProcessRunTest.start(List.of("--story", "story", "--saves", saves.toString()), in.toFile(),
                dir.resolve("out").toFile(), dir.resolve("err").toFile());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err());
        assertEquals(-1, Hostile.firstRaw(out()), "a raw control character in the output");
        assertEquals(-1, Hostile.firstRaw(err()), "a raw control character on stderr");
        assertTrue(out().contains("control character"), "the tag was refused, saying why");
        assertTrue(Pattern.compile("\uFFFD]0;X\uFFFD +CANNOT BE LOADED").matcher(out()).find(),
                "the odd file is listed, drawn safely");
    }

    @Test
    void closingTheTerminalInLineModeAutosavesTheLastCommandAndExitsQuietly() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) for a pseudo-terminal");
        computequest.engine.Engine engine = TranscriptTest.storyEngine();
        computequest.engine.GameState s = engine.start(1).state();
        s = engine.step(engine.step(s, "1").state(), "1").state();
        for (int run = 0; run < 3; run++) {
            Path saves = dir.resolve("saves" + run);
            Path out = dir.resolve("tty" + run);
            Path err = dir.resolve("err" + run);
            ProcessBuilder pb = new ProcessBuilder("script", "-qfec", "stty cols 100 rows 30 2>/dev/null; exec "
                    + game(saves) + " --plain 2>" + err, "/dev/null").redirectOutput(out.toFile()).redirectErrorStream(true);
            pb.environment().put("TERM", "xterm");
            pb.environment().remove("CI");
            Process script = pb.start();
            OutputStream in = script.getOutputStream();
            SaveProcessTest.waitFor(out, "> ");
            in.write("1\r1\r".getBytes(StandardCharsets.UTF_8));
            in.flush();
            SaveProcessTest.waitFor(out, engine.story().scene(s.sceneId()).orElseThrow().title());
            List<ProcessHandle> game = script.descendants().toList();
            script.destroyForcibly(); // the terminal goes away: the game gets SIGHUP and its reads fail
            for (ProcessHandle h : game) {
                h.onExit().get(30, TimeUnit.SECONDS);
            }
            String saved = Files.readString(saves.resolve("autosave.json"));
            assertTrue(saved.contains("\"sceneId\": \"" + s.sceneId() + "\""), "run " + run + ": the last command was saved");
            String e = Files.exists(err) ? Files.readString(err) : "";
            assertFalse(e.contains("Exception") || e.contains("IOError"), "run " + run + ": " + e);
        }
    }
}
