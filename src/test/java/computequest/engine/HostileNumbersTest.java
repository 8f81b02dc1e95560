package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14 item 7: a typed time that overflows a long is refused, not wrapped round to a few seconds. */
class HostileNumbersTest {

    @Test
    void waitsThatOverflowAreRefusedAndTimeDoesNotMove() {
        Engine e = EngineTest.engine();
        GameState s = e.start(1).state();
        for (String w : List.of("wait 1147797409030816545h", "wait 9223372036854775807m", "wait 99999999999999999999",
                "wait -5", "wait 0", "wait 1e9", "wait 8d")) {
            Step step = e.step(s, w);
            assertEquals(s.cloud().clock(), step.state().cloud().clock(), w);
            assertTrue(step.events().stream().anyMatch(ev -> ev instanceof Event.Feedback f && f.tone() == Event.Tone.WRONG), w + ": " + step.events());
        }
        assertEquals(s.cloud().clock() + 7 * 24 * 3600, e.step(s, "wait 168h").state().cloud().clock(),
                "a week is still allowed");
    }
}
