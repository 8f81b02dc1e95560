package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import computequest.engine.GameState;
import computequest.engine.Learning;
import computequest.review.Deck;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The save format is the save records, and it changes only on purpose. {@code save-format.txt} lists every record a
 * save can hold with its members, read from the records by reflection; when a record changes, this test fails until
 * the list is rewritten with {@code -Dcq.updateSaveFormat=true} (and, unless members were only added, the format
 * version raised with a migration step and an old-file fixture).
 */
class SaveFormatTest {

    private static final Path PINNED = Path.of("src/test/resources/saves/save-format.txt");

    /** Every record a save file can hold, once each, with its members and their JSON types, in file order. */
    static List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("format " + SaveCodec.VERSION + " (readable by " + SaveCodec.MIN_COMPATIBLE + " and later)");
        List<Class<?>> queue = new ArrayList<>(List.of(SavedFile.class));
        for (int i = 0; i < queue.size(); i++) {
            Class<?> c = queue.get(i);
            out.add(name(c) + ":");
            for (RecordComponent rc : c.getRecordComponents()) {
                out.add("  " + rc.getName() + ": " + type(rc.getGenericType(), name(c) + "." + rc.getName(), queue));
            }
        }
        return out;
    }

    private static String name(Class<?> c) {
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }

    private static String type(Type t, String where, List<Class<?>> queue) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                return "{string: " + type(args[1], where, queue) + "}";
            }
            if (List.class.isAssignableFrom(raw)) {
                return "[" + type(args[0], where, queue) + "]";
            }
            fail(where + ": unexpected generic type " + p);
        }
        Class<?> c = (Class<?>) t;
        if (c.isRecord()) {
            assertTrue(c.getPackageName().equals("computequest.save"), where + " is saved as " + c.getName()
                    + ": only the save package's records may be in a save file");
            if (!queue.contains(c)) {
                queue.add(c);
            }
            return name(c);
        }
        if (c == String.class || c.isPrimitive() || c == Long.class || c == Integer.class || c == Instant.class) {
            return c.getSimpleName().toLowerCase();
        }
        fail(where + " is saved as " + c.getName() + ": save files hold save records, strings, numbers and booleans");
        return null;
    }

    @Test
    void theSaveFormatChangesOnlyWithItsVersion() throws Exception {
        List<String> now = describe();
        if (Boolean.getBoolean("cq.updateSaveFormat")) {
            Files.write(PINNED, now);
            fail("rewrote " + PINNED + ": review the diff, then run again without -Dcq.updateSaveFormat");
        }
        List<String> pinned = Files.readAllLines(PINNED);
        if (!pinned.equals(now)) {
            String how = pinned.get(0).equals(now.get(0))
                    ? "The save records changed but SaveCodec.VERSION did not. If members were only added, and an older"
                    + " file without them (null) loads as the empty state, rewrite the list with"
                    + " -Dcq.updateSaveFormat=true. If a member was renamed, moved, retyped or removed, old saves would"
                    + " load wrongly: raise the version, add a step to SaveMigrations and a fixture of the old format"
                    + " to OldSavesTest, then rewrite the list."
                    : "The format version changed: rewrite the list with -Dcq.updateSaveFormat=true and review it.";
            List<String> added = new ArrayList<>(now);
            added.removeAll(pinned);
            List<String> removed = new ArrayList<>(pinned);
            removed.removeAll(now);
            fail(how + " Added: " + added + " Removed: " + removed);
        }
    }

    @Test
    void aStateInTheMiddleOfAReviewKeepsItsHomeCloud() throws Exception {
        GameState home = Fixtures.cloudState(3);
        GameState scratch = Fixtures.cloudState(4);
        GameState reviewing = scratch.withLearning(new Learning(Deck.EMPTY,
                new Learning.Run(List.of("card-1", "card-2"), 1, home.cloud(), 2, 1)));
        SaveFile back = SaveCodec.decode(SaveCodec.encode(Fixtures.save(reviewing, "t", 1, List.of())),
                Path.of("r.json"));
        assertEquals(reviewing, back.state());
        assertEquals(home.cloud(), back.state().learning().run().home());
    }
}
