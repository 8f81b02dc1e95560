package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.StoryParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineTest {

    static final String STORY = """
            @story t Test
            @start a
            :: a
            @title A
            @hint first
            @hint second
            Pick one.
            * Right -> b
              ~ score +5
              > Because.
            * Wrong
              > Explained.
            * Hidden -> b
              ? flag secret
            :: b
            @title B
            Launch something.
            @goal instance state=running -> c
              ~ badge Launcher
            @check instance type=m5.large
              > Pricey.
            :: c
            @title C
            @ending
            Done.
            """;

    static Engine engine() {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", STORY));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return new Engine(p.story());
    }

    static boolean has(Step s, Event.Kind kind, String part) {
        return s.events().stream().anyMatch(e -> e.kind() == kind && e.text().contains(part));
    }

    @Test
    void aWrongChoiceExplainsAndStays() {
        Engine e = engine();
        Step s = e.step(e.start(1).state(), "2");
        assertEquals("a", s.state().sceneId());
        assertTrue(has(s, Event.Kind.WRONG, "Explained."));
    }

    @Test
    void aRightChoiceScoresAndMoves() {
        Engine e = engine();
        Step s = e.step(e.start(1).state(), "right");
        assertEquals("b", s.state().sceneId());
        assertEquals(5, s.state().score());
        assertTrue(has(s, Event.Kind.OK, "Because."));
    }

    @Test
    void choicesWithFalseConditionsAreHidden() {
        Engine e = engine();
        assertEquals(2, e.visibleChoices(e.start(1).state()).size());
        assertTrue(has(e.step(e.start(1).state(), "3"), Event.Kind.WRONG, "1 to 2"));
    }

    @Test
    void goalsReadTheSimulatedCloudAndChecksGiveFeedback() {
        Engine e = engine();
        GameState s = e.step(e.start(1).state(), "1").state();
        Step launched = e.step(s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type m5.large");
        assertTrue(has(launched, Event.Kind.INFO, "Pricey."));
        assertEquals("b", launched.state().sceneId(), "pending is not running yet");
        Step waited = e.step(launched.state(), "wait");
        assertEquals("c", waited.state().sceneId());
        assertTrue(waited.state().ended());
        assertTrue(waited.state().badges().contains("Launcher"));
        assertTrue(has(waited, Event.Kind.ENDING, "Final score: 5"));
    }

    @Test
    void hintsComeInTiers() {
        Engine e = engine();
        Step h1 = e.step(e.start(1).state(), "hint");
        Step h2 = e.step(h1.state(), "hint");
        assertTrue(has(h1, Event.Kind.HINT, "first"));
        assertTrue(has(h2, Event.Kind.HINT, "second"));
        assertTrue(has(e.step(h2.state(), "hint"), Event.Kind.HINT, "last hint"));
    }

    @Test
    void unknownInputSuggestsAndChangesNothingButTheTurn() {
        Engine e = engine();
        GameState s = e.start(1).state();
        Step st = e.step(s, "staus");
        assertTrue(has(st, Event.Kind.WRONG, "Did you mean 'status'?"));
        assertEquals(s.sceneId(), st.state().sceneId());
        assertSame(s.cloud(), st.state().cloud());
    }

    @Test
    void quitAndGlobalCommandsWorkEverywhere() {
        Engine e = engine();
        GameState s = e.start(1).state();
        assertTrue(e.step(s, "quit").quits());
        assertTrue(has(e.step(s, "status"), Event.Kind.STATUS, "Nothing in your cloud yet"));
        assertTrue(has(e.step(s, "help"), Event.Kind.HELP, "hint"));
        assertTrue(has(e.step(s, "look"), Event.Kind.SCENE, "A"));
        assertTrue(has(e.step(s, "wait 10m"), Event.Kind.INFO, "10m 0s"));
        assertTrue(has(e.step(s, "wait -5"), Event.Kind.WRONG, "wait takes"));
    }

    @Test
    void stepIsDeterministic() {
        Engine e = engine();
        String[] inputs = {"1", "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro", "wait"};
        GameState a = e.start(42).state();
        GameState b = e.start(42).state();
        for (String in : inputs) {
            a = e.step(a, in).state();
            b = e.step(b, in).state();
        }
        assertEquals(a, b);
    }

    @Test
    void aChoiceCanBePickedByAPartOfItsTextThatFitsOnlyIt() {
        Engine e = engine();
        GameState s = e.start(1).state();
        assertEquals("b", e.step(s, "RIGH").state().sceneId());
        assertEquals("a", e.step(s, "ri").state().sceneId(), "too short to count as a part");
        assertTrue(has(e.step(s, "wron"), Event.Kind.WRONG, "Explained."));
    }

    @Test
    void choicesThatAppearAfterACloudCommandAreShown() {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", """
                :: a
                Launch, then answer.
                @hint h
                * It is pending -> b
                  ? instance state=pending
                :: b
                @ending
                """));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        Engine e = new Engine(p.story());
        Step launched = e.step(e.start(1).state(),
                "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro");
        assertTrue(has(launched, Event.Kind.CHOICE, "1. It is pending"), launched.events().toString());
        assertFalse(has(e.step(launched.state(), "aws ec2 describe-instances"), Event.Kind.CHOICE, "pending"),
                "unchanged choices are not repeated");
    }
}
