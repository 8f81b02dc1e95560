package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.present.Said;
import computequest.present.Telling;
import computequest.story.StoryParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed choices with a typo, a wait that changes nothing, and a one-point score, as players read them. */
class TextNitsTest {

    private static Engine engine(String story) {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", story));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return new Engine(p.story());
    }

    private static final String QUESTION = """
            @start a
            :: a
            Which?
            * A virtual machine -> b
              ~ score +1
            * A container
              > No.
            * A virtual network
              > No.
            :: b
            @ending
            """;

    @Test
    void aTypoOfOneLetterAWordStillPicksTheOneChoiceItFits() {
        Engine e = engine(QUESTION);
        GameState s = e.start(1).state();
        assertEquals("b", e.step(s, "virtul machine").state().sceneId());
        assertEquals("b", e.step(s, "a virtaul machine").state().sceneId(), "a swap is one edit");
        assertEquals("b", e.step(s, "Virtual Machin").state().sceneId());
        assertTrue(EngineTest.has(e.step(s, "contaner"), Said.Style.WRONG, "No."));
        assertEquals("a", e.step(s, "virtul").state().sceneId(), "fits two choices: none is picked");
        assertEquals("a", e.step(s, "vrtl machne").state().sceneId(), "two edits in a word are not a typo");
        assertEquals("a", e.step(s, "car").state().sceneId(), "short words must match exactly");
    }

    @Test
    void onePointIsSingular() {
        Engine e = engine(QUESTION);
        Step s = e.step(e.start(1).state(), "1");
        assertTrue(EngineTest.has(s, Said.Style.SCORE, "+1 point (score 1)"),
                Telling.all(s.events()).toString());
    }

    @Test
    void aWaitThatChangesNothingSaysWhatIsStillOnItsWay() {
        Engine e = engine("""
                @start a
                :: a
                Launch.
                @goal instance state=running -> b
                :: b
                @ending
                """);
        GameState s = e.start(1).state();
        Step quiet = e.step(s, "wait 10");
        assertFalse(EngineTest.has(quiet, Said.Style.INFO, "Nothing changed yet"), "nothing is on its way");
        GameState launched = e.step(s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro")
                .state();
        Step early = e.step(launched, "wait 1");
        String said = Telling.all(early.events()).toString();
        assertTrue(EngineTest.has(early, Said.Style.INFO, "Nothing changed yet: instance i-")
                && said.contains("is still pending"), said);
    }
}
