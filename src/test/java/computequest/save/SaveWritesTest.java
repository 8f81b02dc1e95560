package computequest.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.GameState;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves the game refuses to write, and says why: one it could not load again, and one over a read-only file. */
class SaveWritesTest {

    @TempDir
    Path dir;

    @Test
    void aSaveTooLargeToLoadAgainIsNotWrittenAndTheMessageSaysWhy() {
        GameState s = Fixtures.cloudState(1);
        // one laptop file larger than a save may be, as a tester's 48 MB shell variable made one
        GameState huge = s.withLaptop(s.laptop().withFile("big.txt", "x".repeat((int) SafeFiles.MAX_BYTES + 1)));
        SaveStore store = new SaveStore(dir);
        SaveException e = assertThrows(SaveException.class, () -> store.save("big", Fixtures.save(huge, "t", 5,
                List.of())));
        assertTrue(e.getMessage().contains("was not written") && e.getMessage().contains("cannot be loaded again"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("big.json")));
        assertThrows(SaveException.class, () -> store.saveFresh("big", Fixtures.save(huge, "t", 5, List.of())));
        assertFalse(Files.exists(dir.resolve("big.json")));
    }

    @Test
    void aReadOnlySaveIsNotReplaced() throws Exception {
        SaveStore store = new SaveStore(dir);
        store.save("mine", Fixtures.save(Fixtures.cloudState(1), "t", 5, List.of()));
        Path f = dir.resolve("mine.json");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(f);
        SaveException e = assertThrows(SaveException.class, () -> store.save("mine",
                Fixtures.save(Fixtures.cloudState(2), "t", 6, List.of())));
        assertTrue(e.getMessage().contains("mine.json is read-only, so it was not replaced"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aSaveMayBeNamedAsItsFile() {
        assertEquals("a", SaveStore.typed("a.json"));
        assertEquals("a.bak", SaveStore.typed("a.json.bak"));
        assertEquals("autosave", SaveStore.typed(" autosave.json "));
        assertEquals(".json", SaveStore.typed(".json"), "no name left: refused as a name, not made empty");
    }

    @Test
    void permissionDeniedOnAFileInAWritableFolderNamesTheFileNotAReadOnlyFolder() throws Exception {
        Path lock = Files.writeString(dir.resolve(".lock"), "");
        String why = SafeFiles.why(new AccessDeniedException(lock.toString()));
        assertTrue(why.contains("permission denied on " + lock) && why.contains("belongs to another user"), why);
        assertFalse(why.contains("is the folder read-only"), why);
    }

    @Test
    void freshNamesNeverReplaceAFile() throws Exception {
        SaveStore store = new SaveStore(dir);
        assertEquals("kept", store.saveFresh("kept", Fixtures.save(Fixtures.cloudState(1), "t", 5, List.of())));
        assertEquals("kept-2", store.saveFresh("kept", Fixtures.save(Fixtures.cloudState(2), "t", 5, List.of())));
        assertEquals(1, store.load("kept").seed());
        assertEquals(2, store.load("kept-2").seed());
    }
}
