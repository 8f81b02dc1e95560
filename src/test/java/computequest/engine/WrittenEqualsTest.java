package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.laptop.Laptop;
import computequest.sim.Cloud;
import computequest.story.StoryParser;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * GameState, Cloud and Laptop write their equality out (so the first comparison of a game starts no method-handle
 * machinery). It must stay the record's own: equal exactly when every component is, for states met in a real game
 * and for every mix of two of them that differs in one component, with equal states hashing alike. A component added
 * to the record and left out of equals fails here.
 */
class WrittenEqualsTest {

    @Test
    void gameStatesAreEqualExactlyWhenEveryComponentIs() throws Exception {
        holds(GameState.class, states());
    }

    @Test
    void cloudsAreEqualExactlyWhenEveryComponentIs() throws Exception {
        holds(Cloud.class, states().stream().map(GameState::cloud).toList());
    }

    @Test
    void laptopsAreEqualExactlyWhenEveryComponentIs() throws Exception {
        holds(Laptop.class, states().stream().map(GameState::laptop).toList());
    }

    /** The states of the whole course as the transcript plays it, a hint, an ended game and a game of another seed. */
    private static List<GameState> states() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        List<GameState> out = new ArrayList<>();
        GameState s = engine.start(1).state();
        out.add(s);
        out.add(engine.step(s, "hint").state());
        for (String line : Files.readAllLines(Path.of("src/test/resources/transcripts/03-full-course.in"))) {
            s = engine.step(s, line).state();
            out.add(s);
        }
        out.add(engine.step(s, "mkdir notes").state());
        out.add(engine.step(s, "aws configure set output text").state());
        out.add(s.withEnded(!s.ended()));
        out.add(engine.start(2).state());
        return out;
    }

    private static <T extends Record> void holds(Class<T> type, List<T> pool) throws Exception {
        RecordComponent[] parts = type.getRecordComponents();
        Constructor<T> canonical = type.getDeclaredConstructor(
                Arrays.stream(parts).map(RecordComponent::getType).toArray(Class[]::new));
        // every 40th of the course, and the first two and last four (a hint, a new folder, a CLI setting, an ending)
        List<T> sample = new ArrayList<>(pool.subList(0, 2));
        for (int i = 2; i < pool.size() - 4; i += Math.max(1, pool.size() / 40)) {
            sample.add(pool.get(i));
        }
        sample.addAll(pool.subList(pool.size() - 4, pool.size()));
        for (int c = 0; c < parts.length; c++) {
            int differing = 0;
            for (T a : sample) {
                for (T b : sample) {
                    Object[] mixed = values(parts, a);
                    mixed[c] = parts[c].getAccessor().invoke(b);
                    T m = canonical.newInstance(mixed);
                    boolean same = sameComponents(parts, a, m);
                    assertEquals(same, a.equals(m), type.getSimpleName() + "." + parts[c].getName() + " mixed in");
                    assertEquals(same, m.equals(a), type.getSimpleName() + "." + parts[c].getName() + " mixed in");
                    if (same) {
                        assertEquals(a.hashCode(), m.hashCode(), type.getSimpleName() + " equal but hashed apart");
                    } else {
                        differing++;
                    }
                }
            }
            assertTrue(differing > 0, "the sample has no two " + type.getSimpleName() + "s whose "
                    + parts[c].getName() + " differ, so this test could not see it left out of equals");
        }
        T any = sample.get(0);
        assertTrue(any.equals(canonical.newInstance(values(parts, any))));
        assertFalse(any.equals(null));
        assertFalse(any.equals("not a " + type.getSimpleName()));
    }

    private static Object[] values(RecordComponent[] parts, Object r) throws Exception {
        Object[] v = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parts[i].getAccessor().invoke(r);
        }
        return v;
    }

    private static boolean sameComponents(RecordComponent[] parts, Object a, Object b) throws Exception {
        for (RecordComponent p : parts) {
            if (!Objects.equals(p.getAccessor().invoke(a), p.getAccessor().invoke(b))) {
                return false;
            }
        }
        return true;
    }
}
