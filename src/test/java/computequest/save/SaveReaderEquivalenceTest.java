package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.GameState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link SaveReader} (and the streamed read of a current file) reads every save as Gson's reflective
 * binding did: the same {@link SaveFile}, or a refusal of the same kind with the same message. Compared on the
 * old-format fixture, on saves of played games, and on a few hundred saves mutated at random (values of another type,
 * members dropped or added, numbers written as 1.5, 1e3 or "7", nulls, truncations, edited characters).
 */
class SaveReaderEquivalenceTest {

    static final Path FILE = Path.of("eq.json");

    /** What a decoder made of a text: the save, or the refusal's kind and message. */
    record Outcome(SaveFile save, SaveException.Kind kind, String message) {
    }

    interface Decoder {
        SaveFile decode() throws SaveException;
    }

    static Outcome outcome(Decoder d) {
        try {
            return new Outcome(d.decode(), null, null);
        } catch (SaveException e) {
            return new Outcome(null, e.kind(), e.problem());
        }
    }

    /** The load as it was: the JSON tree bound to the records by Gson's reflection. */
    static Outcome gson(String json, boolean acceptEdited) {
        return outcome(() -> SaveCodec.decodeTree(json, FILE, acceptEdited,
                tree -> SaveCodec.Writing.GSON.fromJson(tree, SavedFile.class)));
    }

    static Outcome gsonHeader(String json) {
        return outcome(() -> SaveCodec.header(json, FILE,
                tree -> SaveCodec.Writing.GSON.fromJson(tree, SavedFile.Header.class)));
    }

    /** Asserts both readers agree on a text, loading it as the game does and with --accept-edited. */
    static void assertSame(String json, String what) {
        for (boolean edited : new boolean[] {false, true}) {
            Outcome old = gson(json, edited);
            Outcome now = outcome(() -> SaveCodec.decode(json, FILE, edited));
            assertEquals(old, now, what + (edited ? " (accepting edits)" : ""));
        }
        assertEquals(gsonHeader(json), outcome(() -> SaveCodec.header(json, FILE)), what + " (header)");
    }

    static String text(SaveFile s) {
        return SaveCodec.encode(s);
    }

    /** Saves of played games: along the happy path and the whole course, with undo steps as the game writes them. */
    static List<String> playedSaves() throws Exception {
        List<String> out = new ArrayList<>();
        for (Fixtures.Played p : List.of(Fixtures.playthrough(), Fixtures.course())) {
            List<GameState> states = p.states();
            for (int i = 0; i < states.size(); i += Math.max(1, states.size() / 6)) {
                out.add(text(Fixtures.save(states.get(i), "compute-quest", i, undo(p, i))));
            }
            int last = states.size() - 1;
            out.add(text(Fixtures.save(states.get(last), "compute-quest", last, undo(p, last))));
        }
        GameState every = new GameState("b", EveryServiceRoundTripTest.journey(), 3, Map.of(), List.of("b"), List.of(), 0, false,
                9, 4);
        out.add(text(Fixtures.save(every, "t", 5, List.of())));
        return out;
    }

    /** The last steps before state i, the oldest with its state and the others with their command only. */
    private static List<SaveFile.UndoStep> undo(Fixtures.Played p, int i) {
        List<SaveFile.UndoStep> steps = new ArrayList<>();
        for (int k = Math.max(0, i - SaveCodec.UNDO_KEPT); k < i; k++) {
            steps.add(new SaveFile.UndoStep(p.commands().get(k), steps.isEmpty() ? p.states().get(k) : null));
        }
        return steps;
    }

    @Test
    void theFixturesAndPlayedSavesReadTheSame() throws Exception {
        String v3 = Files.readString(Path.of("src/test/resources/saves/v3-course-end.json"));
        assertSame(v3, "v3-course-end.json");
        assertNotNull(gson(v3, false).save(), "the old fixture loads");
        List<String> played = playedSaves();
        for (int i = 0; i < played.size(); i++) {
            assertSame(played.get(i), "played save " + i);
            assertNotNull(gson(played.get(i), false).save(), "played save " + i + " loads");
        }
    }

    @Test
    void aSoundCurrentSaveIsReadStraightFromItsTextAndAnOldOneThroughItsTree() throws Exception {
        String current = playedSaves().get(2);
        assertEquals(gson(current, false).save(), SaveCodec.streamed(current, false));
        String v3 = Files.readString(Path.of("src/test/resources/saves/v3-course-end.json"));
        assertNull(SaveCodec.streamed(v3, false), "format 3 needs its migration, on the tree");
        String edited = current.replace("\"storyHash\": \"hash\"", "\"storyHash\": \"hash2\"");
        assertNull(SaveCodec.streamed(edited, false), "an edited file: refused on the tree, with its message");
        assertEquals("hash2", SaveCodec.streamed(edited, true).storyHash(), "unless edits are accepted");
    }

    @Test
    void headerValuesDecideAlikeWhichPathReadsAFile() throws Exception {
        String current = playedSaves().get(1);
        Map<String, List<String>> variants = Map.of(
                "\"format\": \"compute-quest-save\"", List.of("\"other\"", "5", "null", "true"),
                "\"formatVersion\": 4", List.of("0", "-1", "1", "2", "3", "5", "\"4\"", "4.0", "null"),
                "\"minCompatibleVersion\": 4", List.of("1", "3", "5", "\"4\"", "4e0", "null"));
        for (Map.Entry<String, List<String>> v : variants.entrySet()) {
            assertTrue(current.contains(v.getKey()), v.getKey());
            String name = v.getKey().substring(0, v.getKey().indexOf(':') + 2);
            for (String value : v.getValue()) {
                String edited = current.replace(v.getKey(), name + value);
                assertSame(edited, name + value + " (checksum unchanged)");
                assertSame(Checksum.add("{\n" + edited.substring(edited.indexOf('\n', 2) + 1)), name + value);
            }
        }
    }

    @Test
    void randomlyMutatedSavesReadTheSame() throws Exception {
        List<String> bases = new ArrayList<>(playedSaves());
        bases.add(Files.readString(Path.of("src/test/resources/saves/v3-course-end.json")));
        List<String> small = List.of(bases.get(1), bases.get(bases.size() - 2), bases.get(bases.size() - 1));
        Random rnd = new Random(16);
        Mutations m = new Mutations(rnd);
        int refused = 0;
        int loaded = 0;
        for (int i = 0; i < 400; i++) {
            String base = small.get(rnd.nextInt(small.size()));
            String json = m.mutate(base);
            Outcome old = gson(json, false);
            assertSame(json, "mutation " + i + " (" + m.last() + ")");
            if (old.save() == null) {
                refused++;
            } else {
                loaded++;
            }
        }
        // Both outcomes are exercised: the comparison is not only of refusals, nor only of harmless edits.
        assertTrue(refused > 60 && loaded > 60, refused + " refused, " + loaded + " loaded");
    }

}
