package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.story.Choice;
import computequest.story.Diagnostic;
import computequest.story.StoryParser;
import computequest.story.Walkthrough;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A walkthrough's {@code choose TEXT} answers by the choice's text, so a {@code @quiz}'s shuffle (by the seed) does not
 * change what it picks; a text that fits no visible choice, or several, fails at that line naming the choices.
 */
class WalkChooseTest {

    private static final String STORY = """
            @start q
            :: q
            @quiz
            Which one runs without a server to manage?
            * An EC2 instance
            * A Lambda function -> side
            * An ECS container instance
            * An EKS worker node
            :: side
            Nearly done.
            * Back to the question -> q
            * Finish -> end
            :: end
            @ending
            """;

    private static Engine engine() {
        StoryParser.Parsed parsed = StoryParser.parse(Map.of("t.story", STORY));
        assertEquals(List.of(), parsed.diagnostics().stream().filter(Diagnostic::isError).toList());
        return new Engine(parsed.story());
    }

    @Test
    void choosePicksTheSameAnswerWhateverTheSeedShuffles() {
        Engine engine = engine();
        Set<Integer> places = new HashSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            List<Choice> shown = engine.visibleChoices(engine.start(seed).state());
            places.add(shown.stream().map(Choice::text).toList().indexOf("A Lambda function"));
            WalkthroughRunner.Result r = WalkthroughRunner.run(engine, "w.walk", "@seed " + seed + "\n"
                    + "choose lambda\nexpect scene side\nchoose FINISH\nexpect ended\n");
            assertTrue(r.passed(), "seed " + seed + ": " + r.failure());
            assertEquals(2, r.inputs());
        }
        assertTrue(places.size() > 1, "the shuffle never moved the right answer, so this test shows nothing: " + places);
    }

    @Test
    void noOrSeveralMatchesFailAtTheLineNamingTheVisibleChoices() {
        WalkthroughRunner.Result none = WalkthroughRunner.run(engine(), "w.walk", "choose Fargate\nexpect scene side\n");
        assertFalse(none.passed());
        assertEquals("w.walk:1:8", none.at().toString());
        assertTrue(none.failure().contains("'choose Fargate': no choice on the screen holds that text"),
                none.failure());
        for (String text : List.of("An EC2 instance", "A Lambda function", "An ECS container instance",
                "An EKS worker node")) {
            assertTrue(none.failure().contains("'" + text + "'"), none.failure());
        }
        WalkthroughRunner.Result several = WalkthroughRunner.run(engine(), "w.walk",
                "// two of them say 'instance'\nchoose INSTANCE\nexpect scene side\n");
        assertFalse(several.passed());
        assertEquals(2, several.at().line());
        assertTrue(several.failure().contains("2 choices on the screen hold that text"), several.failure());
    }

    @Test
    void chooseNeedsTextAndIsNotAnExpectation() {
        Walkthrough.Parsed empty = Walkthrough.parse("w.walk", "choose\nexpect ended\n");
        assertTrue(empty.hasErrors());
        assertTrue(empty.diagnostics().get(0).message().contains("'choose' takes part of a choice's text"));
        Walkthrough.Parsed only = Walkthrough.parse("w.walk", "choose lambda\n");
        assertFalse(only.hasErrors());
        List<Diagnostic> checked = computequest.story.StoryValidator.checkWalkthrough(only, engine().story(),
                SimVocab.INSTANCE);
        assertTrue(checked.stream().anyMatch(d -> d.message().contains("expects nothing")), checked.toString());
    }

    @Test
    void recordWritesAQuizAnswerAsChooseAndOtherNumbersAsTyped() {
        Engine engine = engine();
        for (long seed = 1; seed <= 3; seed++) {
            List<String> shown = engine.visibleChoices(engine.start(seed).state()).stream().map(Choice::text).toList();
            String number = Integer.toString(shown.indexOf("A Lambda function") + 1);
            String walk = AuthorRecordCommand.walkthrough(engine, null, seed, List.of(number, "2"));
            assertTrue(walk.contains("\nchoose A Lambda function\nexpect scene side\n> 2\nexpect scene end\n"), walk);
            assertTrue(WalkthroughRunner.run(engine, "r.walk", walk).passed(), walk);
        }
    }
}
