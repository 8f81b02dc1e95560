package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.Cloud;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flags and visited scenes are persistent (issue 16: a dry run of a 100,000-scene story walked a chain that deep and
 * copied both at every scene): they keep the order and the equality of the plain collections they replace.
 */
class PersistentStateTest {

    private static GameState state(Map<String, String> flags, List<String> visited) {
        return new GameState("a", Cloud.fresh(1), 0, flags, visited, List.of(), 0, false, 1, 0);
    }

    @Test
    void flagsKeepInsertionOrderAndAReplacedFlagKeepsItsPlace() {
        GameState s = state(Map.of(), List.of());
        s = Effects.withFlag(s, "b", "1");
        s = Effects.withFlag(s, "a", "2");
        s = Effects.withFlag(s, "c", "3");
        GameState replaced = Effects.withFlag(s, "b", "9");
        assertEquals(List.of("b", "a", "c"), new ArrayList<>(replaced.flags().keySet()));
        assertEquals("9", replaced.flags().get("b"));
        assertEquals("1", s.flags().get("b"), "the state before is unchanged");
        GameState cleared = Effects.withFlag(replaced, "a", null);
        assertEquals(List.of("b", "c"), new ArrayList<>(cleared.flags().keySet()));
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("b", "9");
        plain.put("c", "3");
        assertEquals(plain, cleared.flags());
        assertEquals(cleared, state(plain, List.of()).withFlags(plain), "equal to a state built from plain maps");
        assertThrows(UnsupportedOperationException.class, () -> cleared.flags().put("x", "y"));
    }

    @Test
    void visitsKeepTheFirstVisitOrderAndAnswerContainsWithoutScanning() {
        Visits v = Visits.of(List.of("welcome", "ec2-ami", "welcome"));
        assertEquals(List.of("welcome", "ec2-ami"), v, "a repeated id is kept once");
        Visits more = v.plus("ec2-type");
        assertSame(more, more.plus("ec2-ami"), "visiting again changes nothing");
        assertEquals(List.of("welcome", "ec2-ami", "ec2-type"), more);
        assertEquals(2, v.size(), "the list before is unchanged");
        assertTrue(more.contains("ec2-type"));
        assertFalse(v.contains("ec2-type"));
        assertThrows(UnsupportedOperationException.class, () -> more.add("x"));
        GameState s = state(Map.of(), new ArrayList<>(List.of("welcome")));
        assertSame(s.visited(), state(Map.of(), s.visited()).visited(), "a state built from visits shares them");
        Visits deep = Visits.of(List.of());
        for (int i = 0; i < 100_000; i++) {
            deep = deep.plus("s" + i);
        }
        assertEquals("s99999", deep.get(99_999));
        assertTrue(deep.contains("s50000"));
    }
}
