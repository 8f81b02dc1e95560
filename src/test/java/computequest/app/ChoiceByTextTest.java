package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.story.StoryParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A choice picked by typed words says which one it took, and a knowledge check takes no keyword from the middle of an
 * answer (a playtester's 't3.mirco' was silently t3.micro, and 'hibernate' scored a quiz's right answer).
 */
class ChoiceByTextTest {

    private static final Engine ENGINE = engine();

    private static Engine engine() {
        try {
            return new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String said(Step s) {
        return TextFixesTest.said(s).replaceAll("\\s+", " ");
    }

    @Test
    void aChoiceTakenFromAPartOrANearSpellingIsNamed() {
        Step at = Playtest.start(ENGINE, "ec2-type", 1);
        Step typo = ENGINE.step(at.state(), "t3.mirco");
        assertEquals("ec2-key", typo.state().sceneId());
        assertTrue(said(typo).contains("Taking 't3.mirco' as "), said(typo));
        assertTrue(said(typo).contains(". t3.micro: 2 vCPU"), said(typo));
    }

    @Test
    void aKnowledgeCheckWantsTheNumberOrTheAnswersStart() {
        Step at = Playtest.start(ENGINE, "ch1-quiz-1", 1);
        GameState before = at.state();
        Step keyword = ENGINE.step(before, "hibernate");
        assertEquals("ch1-quiz-1", keyword.state().sceneId());
        assertEquals(before.score(), keyword.state().score());
        assertTrue(said(keyword).contains("In a knowledge check, answer with the number"), said(keyword));
        Step start = ENGINE.step(before, "launch it with hibernation");
        assertEquals("ch1-quiz-2", start.state().sceneId(), said(start));
        assertTrue(said(start).contains("Taking 'launch it with hibernation' as "), said(start));
        Step whole = ENGINE.step(before, "Stop it every evening");
        assertEquals("ch1-quiz-1", whole.state().sceneId());
        assertTrue(!said(whole).contains("Taking"), "the whole text needs no echo: " + said(whole));
        assertNotEquals(said(keyword), said(whole));
    }
}
