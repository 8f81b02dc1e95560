package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.GameState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaveCodecTest {

    static final Path FILE = Path.of("saves", "slot.json");

    @Test
    void everyStateOfARealPlaythroughRoundTripsExactly() throws Exception {
        Fixtures.Played p = Fixtures.playthrough();
        UndoHistory undo = new UndoHistory(List.of());
        for (int i = 0; i < p.states().size(); i++) {
            GameState s = p.states().get(i);
            SaveFile f = Snapshots.of(p.engine().story(), s, Fixtures.T0, Fixtures.T0.plusSeconds(i), i, undo.steps());
            SaveFile back = SaveCodec.decode(SaveCodec.encode(f), FILE);
            assertEquals(s, back.state(), "state after input " + i + " did not survive a save");
            assertEquals(f, back);
            if (i < p.commands().size()) {
                undo.record(p.commands().get(i), s, p.states().get(i + 1));
            }
        }
        GameState last = p.states().get(p.states().size() - 1);
        assertTrue(last.cloud().instances().size() >= 2, "the playthrough should leave instances to compare");
        assertTrue(last.cloud().ledger().total() > 0, "the playthrough should leave a bill to compare");
    }

    @Test
    void theUndoStepsKeptInAFileAreTheLastOnesWithOnlyTheOldestState() throws Exception {
        Fixtures.Played p = Fixtures.course();
        UndoHistory h = new UndoHistory(List.of());
        for (int i = 0; i < p.commands().size(); i++) {
            h.record(p.commands().get(i), p.states().get(i), p.states().get(i + 1));
        }
        List<SaveFile.UndoStep> all = h.steps();
        assertTrue(all.size() > SaveCodec.UNDO_KEPT + 5, "the playthrough should make more undo steps than kept");
        GameState s = p.states().get(p.states().size() - 1);
        SaveFile f = Snapshots.of(p.engine().story(), s, Fixtures.T0, Fixtures.T0, 0, all);
        SaveFile back = SaveCodec.decode(SaveCodec.encode(f), FILE);
        assertEquals(SaveCodec.UNDO_KEPT, back.undo().size());
        List<SaveFile.UndoStep> last = all.subList(all.size() - SaveCodec.UNDO_KEPT, all.size());
        for (int i = 0; i < SaveCodec.UNDO_KEPT; i++) {
            assertEquals(last.get(i).command(), back.undo().get(i).command());
        }
        assertEquals(last.get(0).before(), back.undo().get(0).before(), "the oldest step keeps its state");
        assertTrue(back.undo().stream().skip(1).allMatch(u -> u.before() == null), "later steps keep only commands");
    }

    @Test
    void anEmptyStateIsRefusedOnlyWhereItCannotBeRebuilt() throws Exception {
        Fixtures.Played p = Fixtures.playthrough();
        GameState s = p.states().get(3);
        List<SaveFile.UndoStep> firstEmpty = List.of(new SaveFile.UndoStep("1", null));
        assertTrue(refused(SaveCodec.encode(Fixtures.save(s, "t", 5, firstEmpty))).getMessage()
                .contains("undo step 0 is empty"));
        List<SaveFile.UndoStep> secondEmpty = List.of(new SaveFile.UndoStep("1", p.states().get(1)),
                new SaveFile.UndoStep("1", null));
        assertEquals(2, SaveCodec.decode(SaveCodec.encode(Fixtures.save(s, "t", 5, secondEmpty)), FILE).undo().size());
        JsonObject v1 = JsonParser.parseString(SaveCodec.encode(Fixtures.save(s, "t", 5, secondEmpty)))
                .getAsJsonObject();
        v1.addProperty("formatVersion", 1);
        v1.addProperty("minCompatibleVersion", 1);
        assertTrue(refused(v1.toString()).getMessage().contains("undo step 1 is empty"),
                "format 1 files carry every state");
    }

    @Test
    void theFileIsPrettyJsonWithAVersionedHeader() {
        String json = SaveCodec.encode(Fixtures.save(Fixtures.cloudState(1), "t", 5, List.of()));
        assertTrue(json.matches("(?s)\\{\n  \"checksum\": \"crc32c:[0-9a-f]{8}\",\n  \"format\": \"compute-quest-save\",\n"
                + "  \"formatVersion\": " + SaveCodec.VERSION + ",\n  \"minCompatibleVersion\": " + SaveCodec.MIN_COMPATIBLE
                + ",.*"), json.substring(0, 120));
        assertTrue(json.contains("\"created\": \"2026-11-23T10:00:00Z\""), json);
        assertTrue(json.contains("\"rng\": {"), "the random state is saved");
    }

    static SaveException refused(String json) {
        // edited by hand on purpose: what is checked here is what the checksum lets through with --accept-edited
        SaveException e = assertThrows(SaveException.class, () -> SaveCodec.decode(json, FILE, true));
        assertTrue(e.getMessage().startsWith(FILE.toString() + " "), "the message names the file: " + e.getMessage());
        return e;
    }

    static String good() {
        return SaveCodec.encode(Fixtures.save(Fixtures.cloudState(1), "t", 5, List.of()));
    }

    @Test
    void aTruncatedFileIsRefusedAsTruncatedWhereverItIsCut() {
        String json = good();
        for (int cut = 1; cut < json.length() - 2; cut += 97) {
            String m = refused(json.substring(0, cut)).getMessage();
            assertTrue(m.contains("truncated") || m.contains("not valid JSON"), "cut at " + cut + ": " + m);
        }
        String half = refused(json.substring(0, json.length() / 2)).getMessage();
        assertTrue(half.contains("is truncated"), half);
    }

    @Test
    void emptyAndGarbageFilesAreRefusedClearly() {
        assertTrue(refused("").getMessage().contains("is empty"));
        assertTrue(refused("   \n").getMessage().contains("is empty"));
        String hello = refused("hello there").getMessage();
        assertTrue(hello.contains("not valid JSON"), hello);
        String trailing = refused(good() + "}").getMessage();
        assertTrue(trailing.contains("not valid JSON (malformed JSON at line"), trailing);
    }

    @Test
    void lenientJsonIsRefused() {
        String withComment = good().replaceFirst("\\{", "{ // comment\n");
        assertTrue(refused(withComment).getMessage().contains("not valid JSON"));
        String singleQuoted = good().replace("\"format\": \"compute-quest-save\"", "'format': 'compute-quest-save'");
        assertTrue(refused(singleQuoted).getMessage().contains("not valid JSON"));
    }

    @Test
    void foreignJsonIsRefusedAsNotASave() {
        assertTrue(refused("{\"name\": \"package.json\", \"version\": \"1.0.0\"}").getMessage()
                .contains("is not a Compute Quest save"));
        assertTrue(refused("[1, 2, 3]").getMessage().contains("is not a Compute Quest save"));
        assertTrue(refused("\"text\"").getMessage().contains("is not a Compute Quest save"));
    }

    static String with(String property, String value) {
        JsonObject o = JsonParser.parseString(good()).getAsJsonObject();
        o.add(property, JsonParser.parseString(value));
        return o.toString();
    }

    @Test
    void aSaveThatNeedsANewerGameIsRefusedSayingSo() {
        String m = refused(with("formatVersion", "7").replace("\"minCompatibleVersion\":" + SaveCodec.MIN_COMPATIBLE, "\"minCompatibleVersion\":" + (SaveCodec.VERSION + 1)))
                .getMessage();
        assertTrue(m.contains("newer Compute Quest") && m.contains("format 7") && m.contains("reads format " + SaveCodec.VERSION), m);
    }

    @Test
    void aNewerButCompatibleSaveLoadsAndIgnoresUnknownFields() throws Exception {
        String json = with("formatVersion", "3");
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        o.addProperty("somethingNew", "from the future");
        assertEquals(Fixtures.cloudState(1), SaveCodec.decode(o.toString(), FILE, true).state());
    }

    @Test
    void aSaveOlderThanTheOldestReadableFormatIsRefused() {
        assertTrue(refused(with("formatVersion", "0")).getMessage().contains("no longer reads"));
    }

    @Test
    void aBrokenVersionFieldIsCorrupt() {
        assertTrue(refused(with("formatVersion", "\"one\"")).getMessage().contains("\"formatVersion\" should be a whole"));
    }

    static String without(String... path) {
        JsonObject o = JsonParser.parseString(good()).getAsJsonObject();
        JsonObject at = o;
        for (int i = 0; i < path.length - 1; i++) {
            at = at.getAsJsonObject(path[i]);
        }
        at.remove(path[path.length - 1]);
        return o.toString();
    }

    @Test
    void missingRequiredValuesAreReportedAsCorruptNamingTheValue() {
        assertTrue(refused(without("state")).getMessage().contains("\"state\" is missing"));
        assertTrue(refused(without("storyId")).getMessage().contains("\"storyId\" is missing"));
        assertTrue(refused(without("created")).getMessage().contains("\"created\" is missing"));
        assertTrue(refused(without("state", "sceneId")).getMessage().contains("\"state.sceneId\" is missing"));
        assertTrue(refused(without("state", "cloud")).getMessage().contains("\"state.cloud\" is missing"));
        assertTrue(refused(without("state", "cloud", "rng")).getMessage().contains("\"state.cloud.rng\" is missing"));
        assertTrue(refused(without("state", "cloud", "ledger")).getMessage().contains("corrupt"));
        assertTrue(refused(without("state", "flags")).getMessage().contains("is corrupt"));
    }

    private static JsonObject ec2(JsonObject file) {
        return file.getAsJsonObject("state").getAsJsonObject("cloud").getAsJsonObject("services").getAsJsonObject("ec2");
    }

    @Test
    void damageInsideTheCloudIsFound() {
        JsonObject o = JsonParser.parseString(good()).getAsJsonObject();
        JsonObject instances = ec2(o).getAsJsonObject("instances");
        String id = instances.keySet().iterator().next();
        instances.getAsJsonObject(id).remove("state");
        String m = refused(o.toString()).getMessage();
        assertTrue(m.contains("is corrupt") && m.contains(id), m);

        JsonObject o2 = JsonParser.parseString(good()).getAsJsonObject();
        ec2(o2).getAsJsonObject("instances").getAsJsonObject(id)
                .addProperty("instanceType", "no.such.type");
        assertTrue(refused(o2.toString()).getMessage().contains("damaged"));
    }

    @Test
    void aBadDateIsCorrupt() {
        String m = refused(with("lastPlayed", "\"yesterday\"")).getMessage();
        assertTrue(m.contains("is corrupt") && m.contains("yesterday"), m);
    }

    @Test
    void equalityIgnoresNothingButWhatTheStateHolds() {
        assertNotEquals(Fixtures.cloudState(1), Fixtures.cloudState(2), "different seeds give different clouds");
    }
}
