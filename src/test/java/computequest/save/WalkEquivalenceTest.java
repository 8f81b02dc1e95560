package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.GameState;
import computequest.sim.Cloud;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generated null walk ({@link SaveWalker}) reports what the reflective walk it replaced reported, in the same order
 * and with the same limit: on the clouds of played games and on a few hundred loaded clouds with nulls put in at random
 * (records, collections, map values, list entries).
 */
class WalkEquivalenceTest {

    /** The walk as it was: by reflection over any record tree. */
    static void reflective(Object value, String path, List<String> out, int depth) {
        if (value == null || depth > 40 || out.size() > 5) {
            return;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() == null) {
                    out.add("\"" + path + "." + e.getKey() + "\" is null");
                } else {
                    reflective(e.getValue(), path + "." + e.getKey(), out, depth + 1);
                }
            }
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object v : c) {
                if (v == null) {
                    out.add("\"" + path + "[" + i + "]\" is null");
                } else {
                    reflective(v, path + "[" + i + "]", out, depth + 1);
                }
                i++;
            }
            return;
        }
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent rc : value.getClass().getRecordComponents()) {
            Object v;
            try {
                rc.getAccessor().setAccessible(true);
                v = rc.getAccessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String p = path + "." + rc.getName();
            boolean collection = Map.class.isAssignableFrom(rc.getType())
                    || Collection.class.isAssignableFrom(rc.getType());
            if (v == null && (collection || rc.getType().isEnum())) {
                out.add("\"" + p + "\" is missing");
            } else {
                reflective(v, p, out, depth + 1);
            }
        }
    }

    static List<String> both(Cloud c, String what) {
        List<String> old = new ArrayList<>();
        reflective(c, "state.cloud", old, 0);
        List<String> now = new ArrayList<>();
        SaveWalker.cloud(c, "state.cloud", now, 0);
        assertEquals(old, now, what);
        return now;
    }

    @Test
    void playedCloudsWalkAlike() throws Exception {
        for (Fixtures.Played p : List.of(Fixtures.playthrough(), Fixtures.course())) {
            for (GameState s : p.states()) {
                assertEquals(List.of(), both(s.cloud(), "a played state"));
            }
        }
        assertEquals(List.of(), both(EveryServiceRoundTripTest.journey(), "every service"));
    }

    @Test
    void cloudsWithNullsWalkAlike() throws Exception {
        List<String> saves = SaveReaderEquivalenceTest.playedSaves();
        List<String> bases = List.of(saves.get(saves.size() - 2), saves.get(saves.size() - 1), saves.get(3));
        Random rnd = new Random(17);
        int reported = 0;
        int cut = 0;
        for (int i = 0; i < 400; i++) {
            JsonObject root = JsonParser.parseString(bases.get(rnd.nextInt(bases.size()))).getAsJsonObject();
            List<Object[]> places = new ArrayList<>();
            collect(root.getAsJsonObject("state").get("cloud"), places);
            if (i % 5 == 0) {
                // Every entry of a large map or list null: more problems than the walk reports.
                List<Object[]> large = places.stream().filter(p -> value(p) instanceof JsonObject o && o.size() >= 6
                        || value(p) instanceof JsonArray a && a.size() >= 6).toList();
                JsonElement big = value(large.get(rnd.nextInt(large.size())));
                if (big instanceof JsonObject o) {
                    o.keySet().forEach(k -> o.add(k, JsonNull.INSTANCE));
                } else {
                    JsonArray a = (JsonArray) big;
                    for (int k = 0; k < a.size(); k++) {
                        a.set(k, JsonNull.INSTANCE);
                    }
                }
            }
            int nulls = 1 + rnd.nextInt(i % 3 == 0 ? 9 : 2);
            for (int k = 0; k < nulls; k++) {
                Object[] p = places.get(rnd.nextInt(places.size()));
                if (p[0] instanceof JsonObject o) {
                    o.add((String) p[1], JsonNull.INSTANCE);
                } else {
                    ((JsonArray) p[0]).set((Integer) p[1], JsonNull.INSTANCE);
                }
            }
            root.remove("checksum");
            SaveFile f;
            try {
                f = SaveCodec.streamed(SaveCodec.Writing.GSON.toJson(root) + "\n", true);
            } catch (RuntimeException e) {
                continue; // the load itself refused a null: no cloud to walk
            }
            if (f == null || f.state() == null || f.state().cloud() == null) {
                continue;
            }
            List<String> out = both(f.state().cloud(), "nulls " + i);
            reported += out.isEmpty() ? 0 : 1;
            cut += out.size() > 5 ? 1 : 0;
        }
        // Most nulls are refused by the load itself (the sim's constructors), so fewer clouds reach the walk with any;
        // members an older save lacks (an instance's launchKey and extraVolumes, the laptop's modes) load null as empty
        // and take a share of the nulls too (36 of 400 report with them).
        assertTrue(reported > 30, reported + " clouds with problems reported, " + cut + " cut at the limit");
    }

    private static JsonElement value(Object[] p) {
        return p[0] instanceof JsonObject o ? o.get((String) p[1]) : ((JsonArray) p[0]).get((Integer) p[1]);
    }

    private static void collect(JsonElement e, List<Object[]> out) {
        if (e instanceof JsonObject o) {
            for (String k : o.keySet()) {
                out.add(new Object[] {o, k});
                collect(o.get(k), out);
            }
        } else if (e instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Object[] {a, i});
                collect(a.get(i), out);
            }
        }
    }
}
