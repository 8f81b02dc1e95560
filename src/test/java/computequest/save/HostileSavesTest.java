package computequest.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 items 2, 3, 6, 11, 12, 13 and 14: the saves folder under attack and under failure. Nothing outside the
 * folder is ever written, a failed write leaves nothing behind and says why, nothing is overwritten to keep a broken
 * file, a newer game's file is never touched, and links, FIFOs, devices and huge files are never read.
 */
class HostileSavesTest {

    @TempDir
    Path root;

    @AfterEach
    void noHook() {
        SafeFiles.midWrite = () -> { };
    }

    private static SaveFile save(int n) {
        return Fixtures.save(Fixtures.cloudState(1).withScore(n), "t", n, List.of());
    }

    private Path saves() throws IOException {
        return Files.createDirectories(root.resolve("saves"));
    }

    private Path victim() throws IOException {
        return Files.writeString(root.resolve("victim.txt"), "outside the saves folder\n");
    }

    @Test
    void aTemporaryFileLinkedOutsideIsNeverFollowed() throws Exception {
        Path dir = saves();
        Path victim = victim();
        SaveStore store = new SaveStore(dir);
        store.save("autosave", save(1)); // so the next save also writes a backup through its own temporary file
        Files.createSymbolicLink(dir.resolve(".autosave.json.tmp"), victim);
        Files.createSymbolicLink(dir.resolve(".autosave.json.bak.tmp"), victim);
        store.save("autosave", save(2));
        assertEquals("outside the saves folder\n", Files.readString(victim), "the file outside was not written");
        assertFalse(Files.isSymbolicLink(dir.resolve("autosave.json")), "the save is a regular file, not a link");
        assertEquals(save(2), store.load("autosave"));
        assertEquals(save(1), store.load("autosave.bak"));
    }

    @Test
    void aSaveThatIsALinkIsReplacedNotFollowedAndIsNeverRead() throws Exception {
        Path dir = saves();
        Path victim = victim();
        Files.createSymbolicLink(dir.resolve("slot.json"), victim);
        SaveStore store = new SaveStore(dir);
        SaveException e = assertThrows(SaveException.class, () -> store.load("slot"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        List<String> notes = store.save("slot", save(3));
        assertTrue(notes.toString().contains("symbolic link"), notes.toString());
        assertEquals("outside the saves folder\n", Files.readString(victim));
        assertEquals(save(3), store.load("slot"));
    }

    @Test
    void linksFifosDevicesFoldersAndHugeFilesAreListedAsUnloadableWithoutBeingRead() throws Exception {
        Path dir = saves();
        new SaveStore(dir).save("good", save(1));
        Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.json").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.createDirectory(dir.resolve("folder.json"));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.json").toFile(), "rw")) {
            huge.setLength(SafeFiles.MAX_BYTES + 1); // sparse: costs no disk
        }
        SaveStore store = new SaveStore(dir);
        long t0 = System.nanoTime();
        Map<String, String> problems = store.list().stream().filter(x -> !x.ok())
                .collect(Collectors.toMap(SaveStore.Entry::name, SaveStore.Entry::problem));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "listing did not hang or read the devices");
        assertTrue(problems.get("zero").contains("symbolic link"), problems.toString());
        assertTrue(problems.get("fifo").contains("not a regular file"), problems.toString());
        assertTrue(problems.get("folder").contains("not a regular file"), problems.toString());
        assertTrue(problems.get("huge").contains("larger than a save can be"), problems.toString());
        assertEquals(List.of("good"), store.list().stream().filter(SaveStore.Entry::ok).map(SaveStore.Entry::name).toList());
        for (String name : List.of("zero", "fifo", "folder", "huge")) {
            assertThrows(SaveException.class, () -> store.load(name), name);
        }
    }

    @Test
    void aBrokenSaveIsKeptAsideWithoutOverwritingAnotherFile() throws Exception {
        Path dir = saves();
        Files.writeString(dir.resolve("x.json"), "{ broken");
        Files.writeString(dir.resolve("x.broken.json"), "precious");
        List<String> notes = new SaveStore(dir).save("x", save(1));
        assertEquals("precious", Files.readString(dir.resolve("x.broken.json")), "never overwritten");
        assertEquals("{ broken", Files.readString(dir.resolve("x.broken-2.json")));
        assertTrue(notes.toString().contains("x.broken-2.json"), notes.toString());
    }

    @Test
    void anAutosaveFromANewerGameIsNeverRenamedOrReplaced() throws Exception {
        Path dir = saves();
        String newer = SaveCodec.encode(save(1)).replace("\"minCompatibleVersion\": " + SaveCodec.MIN_COMPATIBLE,
                "\"minCompatibleVersion\": 99");
        Files.writeString(dir.resolve("autosave.json"), newer);
        SaveStore store = new SaveStore(dir);
        SaveException e = assertThrows(SaveException.class, () -> store.save("autosave", save(2)));
        assertEquals(SaveException.Kind.NEWER, e.kind());
        assertTrue(e.getMessage().contains("newer Compute Quest") && e.getMessage().contains("save NAME"), e.getMessage());
        assertEquals(newer, Files.readString(dir.resolve("autosave.json")), "byte for byte unchanged");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".lock", "autosave.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void savesPointingAtAFileSaysSo() throws Exception {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");
        SaveException e = assertThrows(SaveException.class, () -> new SaveStore(file).save("a", save(1)));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoPartialFileAndKeepsTheOldSave() throws Exception {
        Path dir = saves();
        SaveStore store = new SaveStore(dir);
        store.save("a", save(1));
        SafeFiles.midWrite = () -> {
            throw new IOException("No space left on device");
        };
        SaveException e = assertThrows(SaveException.class, () -> store.save("a", save(2)));
        assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("not on disk"),
                e.getMessage());
        SafeFiles.midWrite = () -> { };
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList(), "no partial file left");
        }
        assertEquals(save(1), store.load("a"), "the save on disk is the last complete one");
    }

    @Test
    void twoWritersOfOneNameTakeTurnsAndNoneFails() throws Exception {
        Path dir = saves();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int n = i;
            all.add(pool.submit(() -> new SaveStore(dir).save("same", save(n))));
        }
        for (Future<?> f : all) {
            f.get(60, TimeUnit.SECONDS); // throws if any save failed
        }
        pool.shutdown();
        new SaveStore(dir).load("same");
        new SaveStore(dir).load("same.bak");
    }

    @Test
    void everySingleBitFlipIsRefusedOrLoadsTheSameGame() throws Exception {
        Path dir = saves();
        SaveStore store = new SaveStore(dir);
        store.save("a", Fixtures.save(Fixtures.cloudState(3), "t", 7, List.of()));
        byte[] good = Files.readAllBytes(dir.resolve("a.json"));
        SaveFile original = store.load("a");
        int refused = 0;
        int flips = 0;
        for (int pos = 0; pos < good.length; pos += Math.max(1, good.length / 150)) {
            for (int bit = 0; bit < 8; bit += 3) {
                byte[] bad = good.clone();
                bad[pos] ^= (byte) (1 << bit);
                Files.write(dir.resolve("a.json"), bad);
                flips++;
                try {
                    SaveFile f = store.load("a");
                    assertEquals(original, f, "a flip at byte " + pos + " loaded a different game");
                } catch (SaveException e) {
                    refused++;
                }
            }
        }
        assertEquals(flips, refused, "every flip is caught: the checksum covers the whole text");
        System.out.println("HostileSavesTest: " + flips + " single-bit flips of a save, " + refused + " refused, 0 loaded");
        Files.write(dir.resolve("a.json"), good);
    }

    @Test
    void anEditedSaveIsRefusedWithTheWayToLoadItAnyway() throws Exception {
        Path dir = saves();
        SaveStore store = new SaveStore(dir);
        store.save("a", save(5));
        Path f = dir.resolve("a.json");
        String edited = Files.readString(f).replace("\"score\": 5", "\"score\": 500");
        Files.writeString(f, edited);
        SaveException e = assertThrows(SaveException.class, () -> store.load("a"));
        assertEquals(SaveException.Kind.EDITED, e.kind());
        assertTrue(e.getMessage().contains("./play --load a --accept-edited"), e.getMessage());
        assertEquals(500, store.acceptingEdited().load("a").state().score());
        assertArrayEquals(edited.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f), "refusing changes nothing");
        assertFalse(Files.exists(dir.resolve("a.broken.json"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void outOfRangeNumbersAndDatesAreRefusedAndNeverStopTheListing() throws Exception {
        Path dir = saves();
        SaveStore store = new SaveStore(dir);
        store.save("ok", save(1));
        String good = SaveCodec.encode(save(1));
        Map<String, String> bad = Map.of(
                "far", good.replaceFirst("\"lastPlayed\": \"[^\"]+\"", "\"lastPlayed\": \"+999999999-12-31T23:59:59Z\""),
                "clock", good.replaceFirst("\"clock\": \\d+", "\"clock\": 9223372036854775000"),
                "huge", good.replaceFirst("\"score\": 1,", "\"score\": 1e300,"),
                "half", good.replaceFirst("\"score\": 1,", "\"score\": 1.5,"),
                "played", good.replaceFirst("\"playedSeconds\": \\d+", "\"playedSeconds\": -5"));
        for (Map.Entry<String, String> e : bad.entrySet()) {
            assertFalse(e.getValue().equals(good), e.getKey() + ": the edit took");
            Files.writeString(dir.resolve(e.getKey() + ".json"), e.getValue());
            SaveException x = assertThrows(SaveException.class, () -> store.acceptingEdited().load(e.getKey()));
            assertTrue(x.getMessage().contains("corrupt"), x.getMessage());
        }
        List<SaveStore.Entry> list = store.list();
        assertEquals(6, list.size());
        assertEquals("ok", list.get(0).name(), "the listing still sorts: " + list);
    }
}
