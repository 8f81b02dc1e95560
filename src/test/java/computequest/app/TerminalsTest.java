package computequest.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour only where the terminal has it (issue 15 item 17): not for TERM=dumb, monochrome entries or NO_COLOR. */
class TerminalsTest {

    @Test
    void monochromeAndDumbTerminalsGetNoColour() {
        for (String term : new String[] {"dumb", "xterm-mono", "vt100", "vt220", "screen-m"}) {
            assertFalse(Terminals.colorAllowed(Map.of("TERM", term), false), term);
        }
        for (String term : new String[] {"xterm-256color", "screen", "tmux-256color", "linux"}) {
            assertTrue(Terminals.colorAllowed(Map.of("TERM", term), false), term);
        }
        assertFalse(Terminals.colorAllowed(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), false));
        assertFalse(Terminals.colorAllowed(Map.of("TERM", "xterm-256color"), true));
        assertTrue(Terminals.colorAllowed(Map.of(), false), "no TERM: piped, line mode decides by itself");
    }
}
