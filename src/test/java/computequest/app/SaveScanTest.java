package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.save.SaveStore;
import computequest.story.StoryParser;
import computequest.ui.LineFrontend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saves folder read ahead of the story (Main reads it on a second thread while the story parses): every way a
 * game can begin chooses exactly what reading the folder at that moment chooses, for sound, damaged and missing saves.
 */
class SaveScanTest {

    static Engine engine;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeAll
    static void story() throws IOException {
        engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
    }

    /** Plays a little and leaves, which autosaves into {@link #dir}. */
    void playSome() throws IOException {
        Resumption r = Resumption.choose(engine, new SaveStore(dir), CLOCK, false, null, engine.start(1));
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(
                ("1\n1\n1\n" + SaveSessionTest.LAUNCH).getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                200)) {
            new GameLoop(engine, ui, r.first(), null, r.session()).run();
        }
        assertTrue(Files.exists(dir.resolve("autosave.json")), "the game autosaved");
    }

    /** The same first step (state and events) and error, with the folder read ahead and read at the time. */
    void sameChoice(boolean latest, String load) {
        SaveStore store = new SaveStore(dir);
        SaveScan scan = SaveScan.read(store, latest, load);
        Resumption ahead = Resumption.choose(engine, store, scan, CLOCK, latest, load, engine.start(1));
        Resumption atTheTime = Resumption.choose(engine, new SaveStore(dir), CLOCK, latest, load, engine.start(1));
        assertEquals(atTheTime.error(), ahead.error());
        assertEquals(atTheTime.first(), ahead.first());
    }

    @Test
    void everyWayToBeginChoosesTheSameWithTheFolderReadAhead() throws IOException {
        sameChoice(true, null); // nothing saved yet: a new game, and says so
        sameChoice(false, null);
        playSome();
        sameChoice(true, null);
        sameChoice(false, null); // a new game that offers the autosave
        sameChoice(false, "autosave");
        sameChoice(false, "nosuch");
        sameChoice(true, "autosave"); // refused
        Files.writeString(dir.resolve("zz-broken.json"), "{\"format\": \"compute-quest-save\""); // truncated
        Files.copy(dir.resolve("autosave.json"), dir.resolve("edited.json"));
        Files.writeString(dir.resolve("edited.json"),
                Files.readString(dir.resolve("edited.json")).replace("\"score\": ", "\"score\": 1"));
        sameChoice(true, null);
        sameChoice(false, "zz-broken");
        sameChoice(false, "edited");
    }

    @Test
    void continueDecodesTheNewestSoundSaveAheadAndFailuresAreKeptForTheChoice() throws IOException {
        playSome();
        SaveStore store = new SaveStore(dir);
        SaveScan scan = SaveScan.read(store, true, null);
        assertEquals("autosave", scan.name());
        assertNotNull(scan.save());
        assertSame(scan.save(), assertDoesNotThrowLoad(scan, store), "the decoded save is used, not read again");

        SaveScan missing = SaveScan.read(store, false, "nosuch");
        assertNull(missing.save());
        assertThrows(computequest.save.SaveException.class, () -> missing.load(store, "nosuch"));
        assertNull(missing.all(), "--load needs no listing");
        assertEquals(SaveScan.NONE, SaveScan.read(store, true, "autosave"), "--continue with --load reads nothing");
    }

    private static computequest.save.SaveFile assertDoesNotThrowLoad(SaveScan scan, SaveStore store) {
        try {
            return scan.load(store, "autosave");
        } catch (computequest.save.SaveException e) {
            throw new AssertionError(e);
        }
    }
}
