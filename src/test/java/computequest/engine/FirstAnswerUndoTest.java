package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.review.Card;
import computequest.story.StoryParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only the first answer scores, and undo does not change that: in a knowledge check and in a placement where a poor
 * pick costs points and moves on (the finale), undo takes the pick back but not its points.
 */
class FirstAnswerUndoTest {

    static final String STORY = """
            @story t Test
            @start place
            :: place
            @title Workload 1
            @hint Pick Lambda.
            Where does the nightly report run?
            * An m5.large all month -> quiz
              ~ score -5
              ~ flag misfit
              > Costly.
            * Lambda on a schedule -> quiz
              ~ score +10
              > Right.
            :: quiz
            @title Check
            @quiz
            @concept Hibernation
            @hint a
            Which keeps RAM?
            * Stop
              > No.
            * Hibernate -> lesson
              ~ score +5
              > Right.
            :: lesson
            @title A lesson's question
            @hint b
            Which is a VM?
            * A container
              > No.
            * An EC2 instance -> end
              ~ score +5
              > Yes.
            :: end
            @title End
            @ending
            Done.
            ~ score +25
            """;

    static Engine engine() {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", STORY));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return new Engine(p.story());
    }

    static GameState pick(Engine e, GameState s, String text) {
        return e.step(s, Integer.toString(ReviewTest.number(e, s, text))).state();
    }

    static Step undo(Engine e, GameState now, GameState before) {
        return e.resolve(now, new RequestResult.Undone("1", before, java.util.List.of()));
    }

    @Test
    void aPoorPlacementUndoneKeepsItsPointsAndTheNewPickScoresNothing() {
        Engine e = engine();
        GameState start = e.start(1).state();
        GameState poor = pick(e, start, "An m5.large all month");
        assertEquals(-5, poor.score());
        assertEquals("quiz", poor.sceneId(), "a placement moves on, as the finale says");
        Step undone = undo(e, poor, start);
        assertEquals("place", undone.state().sceneId(), "undo goes back to the placement");
        assertEquals(-5, undone.state().score(), "but the first answer's points stay");
        assertFalse(undone.state().flags().containsKey("misfit"), "the plan itself is rewound");
        assertTrue(ReviewTest.said(undone).contains("undo changes your plan, not your score"), ReviewTest.said(undone));
        Step again = e.step(undone.state(), Integer.toString(ReviewTest.number(e, undone.state(),
                "Lambda on a schedule")));
        assertEquals(-5, again.state().score(), "the new pick scores nothing: 750 -> 765 is not possible");
        assertFalse(again.state().flags().containsKey("misfit"), "the new pick is the plan");
        assertTrue(ReviewTest.said(again).contains("only your first answer here scores"), ReviewTest.said(again));
        assertEquals(10, pick(e, start, "Lambda on a schedule").score(), "a right first answer scores");
    }

    @Test
    void aWrongQuizAnswerUndoneStillMissesAndItsCardStays() {
        Engine e = engine();
        GameState atQuiz = pick(e, e.start(1).state(), "Lambda on a schedule");
        GameState wrong = pick(e, atQuiz, "Stop");
        Step undone = undo(e, wrong, atQuiz);
        assertEquals(Card.First.MISSED, undone.state().learning().deck().card("quiz").orElseThrow().first(),
                "the first try's card survives undo");
        GameState right = pick(e, undone.state(), "Hibernate");
        assertEquals(10, right.score(), "a right answer after undoing a wrong one scores nothing");
        assertEquals("lesson", right.sceneId());
    }

    @Test
    void aLessonsOwnQuestionMayBeTriedAgainForItsPoints() {
        Engine e = engine();
        GameState s = pick(e, pick(e, e.start(1).state(), "Lambda on a schedule"), "Hibernate");
        GameState wrong = pick(e, s, "A container");
        assertEquals("lesson", wrong.sceneId());
        assertEquals(s.score() + 5 + 25, pick(e, wrong, "An EC2 instance").score(),
                "no costly pick: not a scored decision (and the ending's +25)");
    }
    @Test
    void anEndingsBonusCountsOnceAndUndoDoesNotGiveItAgain() {
        Engine e = engine();
        GameState lesson = pick(e, pick(e, e.start(1).state(), "Lambda on a schedule"), "Hibernate");
        GameState ended = pick(e, lesson, "An EC2 instance");
        assertTrue(ended.ended());
        assertEquals(lesson.score() + 5 + 25, ended.score());
        Step undone = undo(e, ended, lesson);
        assertEquals(ended.score() - 5, undone.state().score(),
                "undo takes back the lesson question's points, not the ending's");
        Step again = e.step(undone.state(), Integer.toString(ReviewTest.number(e, undone.state(), "An EC2 instance")));
        assertEquals(ended.score(), again.state().score(), "the lesson's +5 again, the ending's +25 not");
        assertTrue(ReviewTest.said(again).contains("No bonus this time"), ReviewTest.said(again));
    }
}
