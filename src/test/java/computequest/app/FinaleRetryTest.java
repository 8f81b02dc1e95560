package computequest.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finale (issue 15 item 7): a running budget of the player's own picks, a verdict that names only those picks, and
 * a retry ('undo' steps back, 'finale' plays the chapter again).
 */
class FinaleRetryTest {

    static final String ONCALL = "aws lambda update-function-configuration --function-name resize --timeout 10\n"
            + "aws lambda invoke --function-name resize --payload '{\"key\": \"gallery/wedding-cake.jpg\", \"width\":"
            + " 1600}' --cli-binary-format raw-in-base64-out out.json\n1\n";

    @Test
    void aPricyPlanIsToldItsOwnPicksThenTheChapterIsPlayedAgainToTheBestEnding(@TempDir Path home) {
        // report on an m5.large, the rest where they belong: over budget with EKS for the partner
        String bad = ONCALL + "1\n1\n2\n2\n1\n1\n";
        String good = ONCALL + "3\n1\n2\n2\n1\n1\n";
        String out = PlaytestSavesTest.play(home, bad + "undo\nfinale\n" + good + "quit\n", "--plain", "--story",
                "story", "--chapter", "6");
        String first = out.substring(0, out.indexOf("> undo"));
        assertTrue(first.contains("Your picks so far: about $70 a month of the $250 budget."), first);
        assertTrue(first.contains("Your plan: about $279 a month"), first);
        String verdict = first.substring(first.indexOf("== Chapter 6 Finale - Over budget =="));
        assertTrue(verdict.contains("The nightly report: an m5.large kept running all month"), verdict);
        assertFalse(verdict.contains("The café's website"), "a pick the player did not make:\n" + verdict);
        assertFalse(verdict.contains("The orders API:"), verdict);
        assertTrue(out.contains("Undone:"), out);
        String again = out.substring(out.indexOf("> finale"));
        assertTrue(again.contains("saved as 'before-chapter-6'"), again);
        assertTrue(again.contains("Your plan: about $210 a month"), again);
        assertTrue(again.contains("== Chapter 6 Finale - Chief Cloud Architect =="), again);
    }
    @Test
    void undoTakesAPlacementBackButNotItsPoints(@TempDir Path home) {
        // the report on an m5.large (-5), taken back and placed on Lambda: the plan changes, the score does not
        String out = PlaytestSavesTest.play(home, ONCALL + "1\nundo\n3\nquit\n", "--plain", "--story", "story",
                "--chapter", "6");
        String undone = out.substring(out.indexOf("> undo"));
        assertTrue(undone.replaceAll("\\s+", " ").contains("still counts (-5 points): undo changes your plan, not your"
                + " score."), undone);
        String again = undone.substring(undone.indexOf("> 3"));
        assertTrue(again.replaceAll("\\s+", " ").contains("No points this time: only your first answer here scores."),
                again);
        assertFalse(again.contains("[score] +10"), again);
        assertTrue(again.contains("Your picks so far: about $1 a month"), "the plan is the new pick: " + again);
    }
}
