package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker names points a player can farm, at the score line, and leaves guarded or one-way points alone. */
class RepeatedScoresTest {

    private static List<Diagnostic> farmed(String story) {
        return StoryValidator.check(StoryParser.parse(Map.of("t.story", story)), StoryValidatorTest.VOCAB).stream()
                .filter(d -> d.message().contains("points")).toList();
    }

    @Test
    void pointsThatRepeatAreNamedAtTheirLine() {
        List<Diagnostic> ds = farmed("""
                @start a
                :: a
                @on aws ec2 describe-instances
                  ~ score +1
                * Ask -> b
                  ~ score +5
                * Stay here
                  ~ score +2
                  > You stay.
                :: b
                * Back -> a
                * End -> c
                :: c
                @ending
                """);
        String all = ds.toString();
        assertEquals(3, ds.size(), all);
        assertTrue(all.contains("t.story:4:5: warning: these points come again every time a command matches this @on"),
                all);
        assertTrue(all.contains("t.story:6:5: warning: a path from 'b' leads back to 'a'"), all);
        assertTrue(all.contains("t.story:8:5: warning: this choice has no '->'"), all);
    }

    @Test
    void aGuardAQuizOrAOneWayPathMakesThemOnce() {
        assertEquals(List.of(), farmed("""
                @start a
                :: a
                * Ask -> b
                  ? not flag asked
                  ~ score +5
                  ~ flag asked
                * Ask -> b
                  ? flag asked
                * Ask twice -> b
                  ? score >=0 and not flag twice
                  ~ score +5
                  ~ flag twice
                :: b
                @quiz
                * Right -> c
                  ~ score +5
                * Back -> a
                :: c
                * On -> d
                  ~ score +5
                * Penalty
                  ~ score -1
                  > Costly.
                :: d
                @ending
                """));
    }
}
