package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A @setup may stand for the adaptive flags the game sets itself (needed-help:ID, fluent:ID), and only those. */
class AdaptiveFlagEffectTest {

    private static Object parse(String text, List<Diagnostic> problems) {
        return EffectParser.parse(text, new Position("t.story", 1, 1), problems);
    }

    @Test
    void adaptiveFlagsParseAndOtherColonsDoNot() {
        List<Diagnostic> problems = new ArrayList<>();
        assertEquals(new Effect.SetFlag("needed-help:ls-wordpress", "true", new Position("t.story", 1, 1)),
                parse("flag needed-help:ls-wordpress", problems));
        assertTrue(parse("flag fluent:ctr-push", problems) instanceof Effect.SetFlag);
        assertEquals(List.of(), problems);
        for (String bad : List.of("flag needed-help:", "flag fluent:a=b", "flag other:x", "flag needed-help:a b")) {
            List<Diagnostic> p = new ArrayList<>();
            parse(bad, p);
            assertEquals(1, p.size(), bad);
        }
    }
}
