package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playtests keep away from the player's saves: a scratch folder for --from, and no other story's save offered. */
class PlaytestSavesTest {

    /** Runs the game in this JVM with piped input and {@code cq.home} set; returns what it printed. */
    static String play(Path home, String input, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        String before = System.getProperty("cq.home");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setProperty("cq.home", home.toString());
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8)));
        } finally {
            System.setIn(in);
            System.setOut(out);
            if (before == null) {
                System.clearProperty("cq.home");
            } else {
                System.setProperty("cq.home", before);
            }
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPlaytestNeverWritesThePlayersSavesFolder(@TempDir Path home) throws Exception {
        String out = play(home, "1\nsave mine\nquit\n", "--plain", "--story", "story", "--from", "ec2-type");
        assertTrue(out.contains("This playtest saves to a scratch folder"), out);
        assertFalse(Files.exists(home.resolve("saves/autosave.json")), "the playtest wrote the real autosave");
        assertFalse(Files.exists(home.resolve("saves/mine.json")));
        Path mine = home.resolve("kept");
        play(home, "1\nquit\n", "--plain", "--story", "story", "--from", "ec2-type", "--saves", mine.toString());
        assertTrue(Files.exists(mine.resolve("autosave.json")), "--saves is obeyed");
    }

    @Test
    void anotherStorysAutosaveIsNeverOffered(@TempDir Path home) throws Exception {
        play(home, "1\nquit\n", "--plain", "--story", "story");
        assertTrue(Files.exists(home.resolve("saves/autosave.json")));
        String again = play(home, "quit\n", "--plain", "--story", "story");
        assertTrue(again.contains("You have a saved game ('autosave'"), again);
        Path other = home.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("a.story"), "@story other Other\n:: a\n@hint h\n* Go -> b\n:: b\n@ending\n");
        String playtest = play(home, "quit\n", "--plain", "--story", other.toString());
        assertFalse(playtest.contains("You have a saved game"), playtest);
    }
}
