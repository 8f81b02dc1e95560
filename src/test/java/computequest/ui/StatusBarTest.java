package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.View;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top bar gives the scene's title priority over the game's name, the badge count and the chapter's name. */
class StatusBarTest {

    static View view(String chapter, String title, int badges) {
        return new View(chapter, "s", title, 285, 1320, false, List.of(), List.of(), 0, List.of(), List.of(),
                Collections.nCopies(badges, "b"));
    }

    @Test
    void at80ColumnsTheTitleIsWholeAndTheScoreAndTimeStay() {
        String bar = BarPanes.statusLine(view("2 Containers", "Containers check 2 of 3", 10), 80, false);
        assertEquals(80, bar.length());
        assertTrue(bar.contains("Containers check 2 of 3"), bar);
        assertTrue(bar.endsWith("Score 285 · Time 22m 0s "), bar);
        String longer = BarPanes.statusLine(view("1 Virtual machines", "Something in memory: stop or hibernate?", 6),
                80, false);
        assertTrue(longer.contains("Something in memory: stop or hibernate?"), longer);
    }

    @Test
    void aWideScreenShowsEverything() {
        String bar = BarPanes.statusLine(view("2 Containers", "Containers check 2 of 3", 10), 120, false);
        assertTrue(bar.startsWith(" Compute Quest · Ch 2 Containers · Containers check 2 of 3"), bar);
        assertTrue(bar.contains("Badges 10 · Score 285"), bar);
    }

    @Test
    void aTitleTooLongForAnyLayoutIsCutLastAndMarked() {
        String bar = BarPanes.statusLine(view("2 Containers", "A very long scene title ".repeat(4), 0), 60, false);
        assertEquals(60, bar.length());
        assertTrue(bar.startsWith(" Ch 2 · A very long"), bar);
        assertTrue(bar.contains("…"), bar);
    }
}
