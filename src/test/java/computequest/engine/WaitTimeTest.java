package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WaitTimeTest {

    @Test
    void unitsDefaultAndLimits() {
        assertEquals(OptionalLong.of(30), WaitTime.parse("wait"));
        assertEquals(OptionalLong.of(45), WaitTime.parse("wait 45"));
        assertEquals(OptionalLong.of(90), WaitTime.parse("wait 90s"));
        assertEquals(OptionalLong.of(600), WaitTime.parse("wait 10m"));
        assertEquals(OptionalLong.of(7200), WaitTime.parse("wait 2h"));
        assertEquals(OptionalLong.of(WaitTime.MAX), WaitTime.parse("wait 168h"));
        for (String bad : new String[] {"wait 0", "wait -5", "wait 169h", "wait 5x", "wait 1 2", "wait h",
                                        "wait 9999999999999999999h", "wait 3074457345618258603h"}) {
            assertEquals(OptionalLong.empty(), WaitTime.parse(bad), bad);
        }
        assertEquals("1h 2m 3s", WaitTime.duration(3723));
        assertEquals("2m 0s", WaitTime.duration(120));
        assertEquals("45s", WaitTime.duration(45));
    }
}
