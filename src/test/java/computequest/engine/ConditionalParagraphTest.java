package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Diagnostic;
import computequest.story.SimVocabulary;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code @if CONDITION}: the paragraph after it is shown only while the condition holds (issue 19 item 7). */
class ConditionalParagraphTest {

    static final String STORY = """
            :: a
            Your account is empty at first.

            @if instance state=running
            An instance runs: ${instance.id}. It bills by the second
            while it runs.

            @if not instance state=running
            Nothing runs yet.

            @if flag stopped-once
            ```
              $ aws ec2 stop-instances --instance-ids ${instance.id}
            ```
            The end.
            * Look again -> a
            @goal instance state=terminated -> b
            :: b
            Done.
            @ending
            """;

    private static String narration(Step step) {
        return step.events().stream().filter(e -> e instanceof Event.Narration).map(e -> ((Event.Narration) e).text())
                .reduce("", (x, y) -> x + y);
    }

    @Test
    void theParagraphFollowsItsConditionAsTheCloudChanges() {
        StoryParser.Parsed parsed = StoryParser.parse(Map.of("t.story", STORY));
        assertFalse(parsed.hasErrors(), parsed.diagnostics().toString());
        Engine engine = new Engine(parsed.story());
        Step first = engine.start(1);
        assertEquals("Your account is empty at first.\n\nNothing runs yet.\n\nThe end.", narration(first));

        Step launched = engine.step(first.state(), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
                + " --instance-type t3.micro");
        Step waited = engine.step(launched.state(), "wait 60");
        Step look = engine.step(waited.state(), "look");
        String id = look.state().cloud().instances().keySet().iterator().next();
        assertEquals("Your account is empty at first.\n\nAn instance runs: " + id + ". It bills by the second while"
                + " it runs.\n\nThe end.", narration(look));
    }

    @Test
    void aConditionOnItsOwnParagraphGovernsTheNextOneEvenAVerbatimBlock() {
        Engine engine = new Engine(StoryParser.parse(Map.of("t.story", STORY)).story());
        GameState s = engine.start(1).state();
        s = s.withFlags(Map.of("stopped-once", "1"));
        String text = narration(engine.step(s, "look"));
        assertTrue(text.contains("\n\n    $ aws ec2 stop-instances --instance-ids (no instance yet)\n\nThe end."), text);
        assertFalse(text.contains("${"), text);
    }

    @Test
    void theParserAndTheCheckerReportABadConditionAtItsPlace() {
        SimVocabulary vocab = new SimVocabulary() {
            @Override
            public Map<String, Set<String>> kinds() {
                return Map.of("instance", Set.of("id", "state", "type"));
            }

            @Override
            public boolean knowsCommand(String service, String operation) {
                return true;
            }

            @Override
            public boolean isCloudCommand(String line) {
                return true;
            }
        };
        String broken = STORY.replace("@if instance state=running\n", "@if instanse state=running\n")
                .replace("@if flag stopped-once", "@if");
        List<Diagnostic> ds = StoryValidator.check(StoryParser.parse(Map.of("t.story", broken)), vocab);
        List<String> lines = ds.stream().filter(Diagnostic::isError).map(d -> d.position() + " " + d.message())
                .toList();
        assertTrue(lines.contains("t.story:11:1 @if needs a condition"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("the simulated cloud has no resource kind 'instanse'")),
                lines.toString());
        assertEquals(2, lines.size(), ds.toString());
    }
}
