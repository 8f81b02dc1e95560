package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code why}: each goal part by part, in AWS terms, telling a missing action from a missing wait. */
class WhyTest {

    static final Engine ENGINE = engine();

    static Engine engine() {
        try {
            return new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The state of the full-course walkthrough when it first reaches a scene. */
    static GameState at(String sceneId) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/transcripts/03-full-course.in"));
        GameState s = ENGINE.start(1).state();
        for (String line : lines) {
            if (s.sceneId().equals(sceneId)) {
                return s;
            }
            s = ENGINE.step(s, line).state();
        }
        throw new AssertionError("the walkthrough never reaches " + sceneId);
    }

    /** What typing {@code why} shows, through the engine as a player types it. */
    static String why(GameState s) {
        Step step = ENGINE.step(s, "why");
        assertEquals(s.sceneId(), step.state().sceneId(), "why never moves the story");
        assertEquals(s.cloud(), step.state().cloud(), "why never changes the cloud (its waits are tried on copies)");
        return step.events().stream().filter(e -> e instanceof Event.Report).map(e -> ((Event.Report) e).text())
                .findFirst().orElseThrow();
    }

    static String objective(GameState s) {
        return ((Event.Feedback) ENGINE.step(s, "objective").events().get(0)).text();
    }

    @Test
    void beforeTheLaunchItNamesTheMissingInstanceInAwsTerms() throws Exception {
        String text = why(at("ec2-launch"));
        assertTrue(text.contains("[not yet] an EC2 instance with type t3.micro"), text);
        assertTrue(text.contains("you have no EC2 instance yet"), text);
        assertTrue(!text.contains("wait"), "no wait is offered when an action is missing:\n" + text);
        assertTrue(!objective(at("ec2-launch")).contains("wait"));
    }

    @Test
    void aPendingInstanceNeedsOnlyTimeAndSaysWhichWaitToType() throws Exception {
        GameState s = at("ec2-pending");
        String text = why(s);
        assertTrue(text.contains("[wait]    an EC2 instance with type t3.micro and key-name bakery and state"
                + " running"), text);
        assertTrue(text.contains("yours, i-0910a2dec89025cc1, has state pending"), text);
        assertTrue(text.contains("Type 'wait'"), text);
        assertTrue(objective(s).endsWith("Only simulated time is missing now: type 'wait'."), objective(s));
        // after the wait the goal holds, so the game has moved on and the next scene has no wait to offer
        GameState after = ENGINE.step(s, "wait").state();
        assertEquals("ec2-firewall", after.sceneId());
        assertTrue(!objective(after).contains("wait"), objective(after));
    }

    @Test
    void aStepTheSceneWatchesForIsNamedWithItsCommand() throws Exception {
        String text = why(at("ctr-pull"));
        assertTrue(text.contains("[not yet] 'docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1' has run"
                + " without an error"), text);
    }

    @Test
    void aSceneOfChoicesSaysSo() throws Exception {
        GameState s = ENGINE.start(1).state();
        String text = why(s);
        assertTrue(text.contains("waits for a choice: pick 1-" + ENGINE.visibleChoices(s).size()), text);
    }

    @Test
    void wheneverItSaysOnlyTimeIsMissingThatWaitMovesTheSceneOn() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/transcripts/03-full-course.in"));
        GameState s = ENGINE.start(1).state();
        int offered = 0;
        java.util.regex.Pattern wait = java.util.regex.Pattern.compile("Type '(wait[^']*)'");
        for (String line : lines) {
            if (line.startsWith("edit ")) {
                break; // the laptop's editor reads the next lines: only the app's game loop plays on from here
            }
            String text = why(s);
            java.util.regex.Matcher m = wait.matcher(text);
            if (m.find()) {
                offered++;
                GameState after = ENGINE.step(s, m.group(1)).state();
                assertTrue(!after.sceneId().equals(s.sceneId())
                        || ENGINE.visibleChoices(after).size() > ENGINE.visibleChoices(s).size(), s.sceneId() + ": '"
                        + m.group(1) + "' neither moved on nor showed choices\n" + text);
            }
            s = ENGINE.step(s, line).state();
        }
        assertTrue(offered >= 5, "only " + offered + " scenes offered a wait");
    }
}
