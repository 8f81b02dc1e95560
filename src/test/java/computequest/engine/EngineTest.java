package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.present.Said;
import computequest.present.Telling;
import computequest.story.StoryParser;
import java.util.List;
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

    /** Whether the step said something of this style containing {@code part}, in the words players read. */
    static boolean has(Step s, Said.Style style, String part) {
        return Telling.all(s.events()).stream().anyMatch(e -> e.style() == style && e.text().contains(part));
    }

    @Test
    void aWrongChoiceExplainsAndStays() {
        Engine e = engine();
        Step s = e.step(e.start(1).state(), "2");
        assertEquals("a", s.state().sceneId());
        assertTrue(has(s, Said.Style.WRONG, "Explained."));
    }

    @Test
    void aRightChoiceScoresAndMoves() {
        Engine e = engine();
        Step s = e.step(e.start(1).state(), "right");
        assertEquals("b", s.state().sceneId());
        assertEquals(5, s.state().score());
        assertTrue(has(s, Said.Style.OK, "Because."));
    }

    @Test
    void choicesWithFalseConditionsAreHidden() {
        Engine e = engine();
        assertEquals(2, e.visibleChoices(e.start(1).state()).size());
        assertTrue(has(e.step(e.start(1).state(), "3"), Said.Style.WRONG, "1 to 2"));
    }

    @Test
    void goalsReadTheSimulatedCloudAndChecksGiveFeedback() {
        Engine e = engine();
        GameState s = e.step(e.start(1).state(), "1").state();
        Step launched = e.step(s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type m5.large");
        assertTrue(has(launched, Said.Style.INFO, "Pricey."));
        assertEquals("b", launched.state().sceneId(), "pending is not running yet");
        Step waited = e.step(launched.state(), "wait");
        assertEquals("c", waited.state().sceneId());
        assertTrue(waited.state().ended());
        assertTrue(waited.state().badges().contains("Launcher"));
        assertTrue(has(waited, Said.Style.ENDING, "Final score: 5"));
    }

    @Test
    void hintsComeInTiers() {
        Engine e = engine();
        Step h1 = e.step(e.start(1).state(), "hint");
        Step h2 = e.step(h1.state(), "hint");
        assertTrue(has(h1, Said.Style.HINT, "first"));
        assertTrue(has(h2, Said.Style.HINT, "second"));
        assertTrue(has(e.step(h2.state(), "hint"), Said.Style.HINT, "last hint"));
    }

    @Test
    void unknownInputSuggestsAndChangesNothingButTheTurn() {
        Engine e = engine();
        GameState s = e.start(1).state();
        Step st = e.step(s, "staus");
        assertTrue(has(st, Said.Style.WRONG, "Did you mean 'status'?"));
        assertEquals(s.sceneId(), st.state().sceneId());
        assertSame(s.cloud(), st.state().cloud());
    }

    @Test
    void quitAndGlobalCommandsWorkEverywhere() {
        Engine e = engine();
        GameState s = e.start(1).state();
        assertTrue(e.step(s, "quit").quits());
        assertTrue(has(e.step(s, "status"), Said.Style.PREFORMATTED, "Nothing in your cloud yet"));
        assertTrue(has(e.step(s, "help"), Said.Style.PREFORMATTED, "hint"));
        assertTrue(has(e.step(s, "look"), Said.Style.HEADING, "A"));
        assertTrue(has(e.step(s, "wait 10m"), Said.Style.INFO, "10m 0s"));
        assertTrue(has(e.step(s, "wait -5"), Said.Style.WRONG, "wait takes"));
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
        assertTrue(has(e.step(s, "wron"), Said.Style.WRONG, "Explained."));
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
        assertTrue(has(launched, Said.Style.CHOICE, "1. It is pending"), launched.events().toString());
        assertFalse(has(e.step(launched.state(), "aws ec2 describe-instances"), Said.Style.CHOICE, "pending"),
                "unchanged choices are not repeated");
    }

    @Test
    void aCheckComparesWithTheStateBeforeTheCommandFlagsIncluded() {
        Engine e = new Engine(StoryParser.parse(Map.of("t.story", """
                :: a
                Look around.
                @hint h
                @on aws ec2 describe-instances
                  ~ flag looked
                @check flag looked
                  > You looked.
                """)).story());
        GameState s = e.start(1).state();
        Step first = e.step(s, "aws ec2 describe-instances");
        assertTrue(has(first, Said.Style.INFO, "You looked."), "the flag was not set before the command: "
                + first.events());
        assertFalse(has(e.step(first.state(), "aws ec2 describe-instances"), Said.Style.INFO, "You looked."),
                "it held before the second command, so it does not fire again");
    }

    @Test
    void onReactsBeforeACommandOrToItsSuccessOrToAnErrorCode() {
        Engine e = new Engine(StoryParser.parse(Map.of("t.story", """
                :: a
                Launch.
                @hint h
                @on ok aws ec2 run-instances
                  > Launched fine.
                  ~ flag launched
                @on error * aws ec2 run-instances
                  > That failed.
                @on error InvalidAMIID.NotFound aws ec2 run-instances
                  > No such image.
                @on error InsufficientInstanceCapacity aws ec2 run-instances
                  > Not this one.
                @on aws ec2 run-instances
                  > Before.
                """)).story());
        GameState s = e.start(1).state();
        Step ok = e.step(s, LAUNCH);
        List<String> said = Telling.all(ok.events()).stream().map(Said::text).toList();
        int before = said.indexOf("Before.");
        int fine = said.indexOf("Launched fine.");
        assertTrue(before >= 0 && fine > before, said.toString());
        assertTrue(said.subList(before, fine).stream().anyMatch(t -> t.contains("\"InstanceId\"")),
                "success is told after the command's own output: " + said);
        assertFalse(said.contains("That failed.") || said.contains("No such image."), said.toString());
        assertEquals("true", ok.state().flags().get("launched"));

        Step bad = e.step(s, LAUNCH.replace("ami-0a1b2c3d4e5f60001", "ami-0123456789abcdef0"));
        List<String> badSaid = Telling.all(bad.events()).stream().map(Said::text).toList();
        assertTrue(badSaid.containsAll(List.of("Before.", "That failed.", "No such image.")), badSaid.toString());
        assertFalse(badSaid.contains("Launched fine.") || badSaid.contains("Not this one."), badSaid.toString());
        assertFalse(bad.state().flags().containsKey("launched"));
    }

    @Test
    void anOnWithATimingButNoPatternIsAnError() {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", """
                :: a
                @on error InvalidAMIID.NotFound
                  > Oops.
                """));
        assertTrue(p.hasErrors(), p.diagnostics().toString());
        assertTrue(p.diagnostics().toString().contains("needs a command pattern after it"), p.diagnostics().toString());
    }

    static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro";
}
