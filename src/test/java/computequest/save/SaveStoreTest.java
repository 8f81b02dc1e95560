package computequest.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import computequest.engine.GameState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveStoreTest {

    @TempDir
    Path dir;

    SaveFile save(long played) {
        return Fixtures.save(Fixtures.cloudState(1).withScore((int) played), "t", played, List.of());
    }

    @Test
    void aSaveLoadsBackAndTheSecondWriteKeepsTheFirstAsBackup() throws Exception {
        SaveStore store = new SaveStore(dir.resolve("new/folder"));
        store.save("slot", save(1));
        assertEquals(save(1), store.load("slot"));
        assertFalse(Files.exists(store.dir().resolve("slot.json.bak")), "nothing to back up on the first write");
        store.save("slot", save(2));
        assertEquals(save(2), store.load("slot"));
        assertEquals(save(1), store.load("slot.bak"), "the previous version is kept as slot.json.bak");
        try (var files = Files.list(store.dir())) {
            assertEquals(List.of(".lock", "slot.json", "slot.json.bak"), files.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary files are left behind (.lock is the folder's lock)");
        }
    }

    @Test
    void namesWithPathSeparatorsOrDotDotAreRefused() {
        SaveStore store = new SaveStore(dir);
        for (String bad : List.of("../x", "a/b", "a\\b", "..", "x..y", "/etc/passwd", "", " ", "a b", ".hidden",
                "x.bak")) {
            assertTrue(SaveStore.nameProblem(bad).isPresent(), bad);
            assertThrows(SaveException.class, () -> store.save(bad, save(1)), bad);
        }
        assertTrue(SaveStore.nameProblem("../x").get().contains("cannot contain '/', '\\' or '..'"));
        for (String ok : List.of("autosave", "before-ecs", "chapter_2", "v1.2", "A")) {
            assertTrue(SaveStore.nameProblem(ok).isEmpty(), ok);
        }
        assertFalse(Files.exists(dir.getParent().resolve("x.json")));
    }

    @Test
    void loadingAMissingSaveSaysSo() {
        SaveException e = assertThrows(SaveException.class, () -> new SaveStore(dir).load("nope"));
        assertTrue(e.getMessage().contains("nope.json does not exist"), e.getMessage());
    }

    @Test
    void aCorruptSaveIsRefusedLeftUntouchedAndMarkedWhileTheOthersStillList() throws Exception {
        SaveStore store = new SaveStore(dir);
        store.save("good", save(1));
        Path bad = dir.resolve("bad.json");
        byte[] bytes = SaveCodec.encode(save(2)).substring(0, 300).getBytes();
        Files.write(bad, bytes);
        FileTime time = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(bad, time);
        Files.writeString(dir.resolve("foreign.json"), "{\"compilerOptions\": {}}");
        Files.write(dir.resolve("newer.json"), SaveCodecTest.with("minCompatibleVersion", "9").getBytes());

        SaveException e = assertThrows(SaveException.class, () -> store.load("bad"));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("truncated"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(bad), "a bad file is never changed");
        assertEquals(time, Files.getLastModifiedTime(bad));

        List<SaveStore.Entry> list = store.list();
        assertEquals(List.of("good", "bad", "foreign", "newer"), list.stream().map(SaveStore.Entry::name).toList());
        assertTrue(list.get(0).ok());
        assertTrue(list.get(1).problem().contains("truncated"));
        assertTrue(list.get(2).problem().contains("not a Compute Quest save"));
        assertTrue(list.get(3).problem().contains("newer Compute Quest"));
        String table = SavesTable.render(store, list, java.time.ZoneOffset.UTC);
        assertTrue(table.matches("(?s).*\\n  bad +CANNOT BE LOADED: is truncated.*"), table);
        assertTrue(table.matches("(?s).*\\n  good +1 Test.*"), table);
        assertEquals("good", store.latest().orElseThrow().name());
    }

    @Test
    void aCorruptSavePointsAtItsBackup() throws Exception {
        SaveStore store = new SaveStore(dir);
        store.save("s", save(1));
        store.save("s", save(2));
        Files.writeString(dir.resolve("s.json"), "{\"format\": \"compute-quest-save\", \"formatVer");
        SaveException e = assertThrows(SaveException.class, () -> store.load("s"));
        assertTrue(e.getMessage().contains("load s.bak"), e.getMessage());
        assertEquals(save(1), store.load("s.bak"));
    }

    @Test
    void savingOverAnUnreadableFileKeepsItAsideAndKeepsTheGoodBackup() throws Exception {
        SaveStore store = new SaveStore(dir);
        store.save("s", save(1));
        store.save("s", save(2));
        Files.writeString(dir.resolve("s.json"), "garbage");
        List<String> notes = store.save("s", save(3));
        assertTrue(notes.get(0).contains("s.broken.json"), notes.toString());
        assertEquals("garbage", Files.readString(dir.resolve("s.broken.json")));
        assertEquals(save(3), store.load("s"));
        assertEquals(save(1), store.load("s.bak"), "the good backup is not replaced by garbage");
    }

    @Test
    void theNewestSaveByLastPlayedIsTheOneToContinue() throws Exception {
        SaveStore store = new SaveStore(dir);
        store.save("old", save(10));
        store.save("newest", save(500));
        store.save("middle", save(100));
        assertEquals("newest", store.latest().orElseThrow().name());
        assertEquals(List.of("newest", "middle", "old"), store.list().stream().map(SaveStore.Entry::name).toList());
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        SaveException e = assertThrows(SaveException.class, () -> new SaveStore(file.resolve("saves")).save("s", save(1)));
        assertTrue(e.getMessage().contains("could not be written") && e.getMessage().contains("--saves DIR"),
                e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndKeepsTheOldSave() throws Exception {
        SaveStore store = new SaveStore(dir);
        store.save("s", save(1));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(dir), "running as root: permissions do not stop writes here");
            SaveException e = assertThrows(SaveException.class, () -> store.save("s", save(2)));
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
            assertEquals(save(1), store.load("s"));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theDefaultFolderIsBesideTheLauncher() {
        String old = System.getProperty("cq.home");
        try {
            System.setProperty("cq.home", "/opt/cq");
            assertEquals(Path.of("/opt/cq/saves"), SaveStore.defaultDir());
            System.clearProperty("cq.home");
            assertEquals(Path.of("saves"), SaveStore.defaultDir());
        } finally {
            if (old != null) {
                System.setProperty("cq.home", old);
            }
        }
    }

    @Test
    void undoSkipsCommandsThatChangedNothingButTheTurn() {
        GameState a = Fixtures.cloudState(1);
        UndoHistory h = new UndoHistory(List.of());
        h.record("look", a, a.withTurn(a.turn() + 1));
        assertEquals(0, h.size());
        h.record("score", a, a.withScore(99));
        h.record("look", a.withScore(99), a.withScore(99).withTurn(9));
        assertEquals(1, h.size());
        assertEquals(a, h.undo(a.withScore(99).withTurn(9)).orElseThrow().step().before());
        assertTrue(h.undo(a).isEmpty());
    }
}
