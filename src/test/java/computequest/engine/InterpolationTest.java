package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Diagnostic;
import computequest.story.SimVocabulary;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ${...} in prose, hints and feedback: filled from the simulated cloud, the flags and the score when shown. */
class InterpolationTest {

    static final String STORY = """
            :: a
            @hint Your instance is ${instance.id}; it is ${instance .state}.
            Launch one. So far: ${instance.id}. Score ${score}, mood ${flag mood}.
            @goal instance state=pending -> b
              ~ flag mood=happy
              > Launched ${instance state=pending .type} as ${instance.id}.
            :: b
            Your instance ${instance.id} is ${instance.state}; mood ${flag mood}.
            @ending
            """;

    static String said(Step step) {
        return step.events().stream().map(e -> e instanceof Event.Narration n ? n.text()
                : e instanceof Event.Feedback f ? f.text() : "").collect(Collectors.joining("\\n"));
    }

    @Test
    void valuesAreFilledEachTimeTheTextIsShown() {
        Engine engine = new Engine(StoryParser.parse(Map.of("t.story", STORY)).story());
        Step first = engine.start(1);
        assertTrue(said(first).contains("Launch one. So far: (no instance yet). Score 0, mood ."), said(first));
        Step launched = engine.step(first.state(), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
                + " --instance-type t3.micro");
        String id = launched.state().cloud().instances().keySet().iterator().next();
        assertTrue(said(launched).contains("Launched t3.micro as " + id + "."), said(launched));
        assertTrue(said(launched).contains("Your instance " + id + " is pending; mood happy."), said(launched));
    }

    @Test
    void aHintIsFilledToo() {
        Engine engine = new Engine(StoryParser.parse(Map.of("t.story", STORY)).story());
        Step hint = engine.step(engine.start(1).state(), "hint");
        assertTrue(said(hint).contains("Your instance is (no instance yet); it is (no instance yet)."), said(hint));
    }

    @Test
    void theCheckerKnowsTheKindsAndAttributesNamed() {
        SimVocabulary vocab = new SimVocabulary() {
            @Override
            public Map<String, java.util.Set<String>> kinds() {
                return Map.of("instance", java.util.Set.of("id", "state", "type"));
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
        List<Diagnostic> ds = StoryValidator.check(StoryParser.parse(Map.of("t.story", STORY.replace(
                "${instance .state}", "${instanse .state}").replace("${instance state=pending .type}",
                "${instance state=pending .typ}"))), vocab);
        List<String> messages = ds.stream().map(Diagnostic::message).toList();
        assertTrue(messages.contains("the simulated cloud has no resource kind 'instanse'"), messages.toString());
        assertTrue(messages.contains("an instance has no attribute 'typ'"), messages.toString());
        assertEquals(2, ds.stream().filter(Diagnostic::isError).count(), ds.toString());
    }
}
