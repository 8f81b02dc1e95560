package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A score comparison written the way an author might guess it gets a message that says how to write it. */
class ConditionHintsTest {

    private static List<Diagnostic> problems(String condition) {
        List<Diagnostic> problems = new ArrayList<>();
        Condition c = ConditionParser.parse(condition, Position.of("t.story", Position.pack(7, 5)), problems);
        if (problems.isEmpty()) {
            assertNotNull(c);
        }
        return problems;
    }

    @Test
    void scoreWithoutASpaceSaysWhereTheSpaceGoes() {
        List<Diagnostic> p = problems("score>5");
        assertEquals(1, p.size(), p.toString());
        assertEquals("'score>5' needs a space after 'score'", p.get(0).message());
        assertEquals("write 'score >5'", p.get(0).hint());
        assertEquals(7, p.get(0).position().line());
        assertEquals(5, p.get(0).position().column());
        assertEquals("write 'score >=10'", problems("score>=10").get(0).hint());
    }

    @Test
    void scoreWithASpacedOperatorSaysToJoinIt() {
        List<Diagnostic> p = problems("score >= 5");
        assertEquals(1, p.size(), p.toString());
        assertEquals("'score' takes its comparison as one word", p.get(0).message());
        assertEquals("write 'score >=5', with no space after the operator", p.get(0).hint());
    }

    @Test
    void otherMistakesKeepTheirGeneralMessages() {
        assertEquals("'score' takes a comparison with a number", problems("score high").get(0).message());
        assertEquals("'score' takes a comparison with a number", problems("score => 5").get(0).message());
        assertEquals("'score=>5' is not a condition", problems("score=>5").get(0).message());
    }

    @Test
    void theDocumentedFormStillParses() {
        List<Diagnostic> p = new ArrayList<>();
        Condition c = ConditionParser.parse("score >5", Position.of("t.story", Position.pack(1, 1)), p);
        assertEquals(List.of(), p);
        Condition.Score s = (Condition.Score) c;
        assertEquals(5, s.value());
    }
}
