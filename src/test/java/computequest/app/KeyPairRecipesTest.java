package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.present.Telling;
import computequest.sim.Catalog;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A playtester launched once without --key-name before launching with it. Chapter 1's texts, recipes and hints must
 * then name the instance launched with the key pair bakery, whether the keyless one was terminated or left running.
 */
class KeyPairRecipesTest {

    static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro";

    static String said(Step step) {
        return Telling.plain(step.events());
    }

    static Instance only(GameState s, String keyName) {
        List<Instance> found = s.cloud().instances().values().stream()
                .filter(i -> keyName.equals(i.keyName() == null ? "" : i.keyName())).toList();
        assertEquals(1, found.size(), "instances with key '" + keyName + "': " + found);
        return found.get(0);
    }

    /** From the launch scene: one launch without the key (terminated or not), one with it, then running. */
    static GameState twoLaunches(Engine engine, boolean terminateKeyless) {
        GameState s = TestPlaytest.start(engine, "ec2-launch", 1).state();
        s = engine.step(s, LAUNCH).state();
        if (terminateKeyless) {
            s = engine.step(s, "aws ec2 terminate-instances --instance-ids " + only(s, "").instanceId()).state();
        }
        s = engine.step(s, LAUNCH + " --key-name bakery").state();
        assertEquals("ec2-pending", s.sceneId());
        s = engine.step(s, "wait 60").state();
        assertEquals("ec2-firewall", s.sceneId());
        return s;
    }

    /** On to the Stop scene the way a player gets there: the SSH rule, then a file in RAM on the keyed instance. */
    static GameState toStop(Engine engine, GameState s) {
        s = engine.step(s, "aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP
                + " --protocol tcp --port 22 --cidr 203.0.113.25/32").state();
        s = engine.step(s, "ssh -i bakery.pem ec2-user@" + only(s, "bakery").publicIp()
                + " 'echo half-done order batch > /dev/shm/batch'").state();
        assertEquals("ec2-stop", s.sceneId());
        return s;
    }

    static GameState typeAll(Engine engine, GameState s, List<String> lines) {
        for (String line : lines) {
            s = engine.step(s, line).state();
        }
        return engine.step(s, "wait 120").state();
    }

    @Test
    void theSshSceneShowsTheAddressOfTheInstanceTheKeyOpens() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState s = twoLaunches(engine, false);
        String look = said(engine.step(s, "look"));
        assertTrue(look.contains(only(s, "bakery").publicIp()), look);
        assertFalse(look.contains(only(s, "").publicIp() + "."), "the keyless instance's address: " + look);
        assertTrue(look.contains("terminate-instances --instance-ids " + only(s, "").instanceId()),
                "the keyless instance still running is named, to terminate: " + look);
    }

    @Test
    void theStopScenesRecipeStopsTheKeyedInstanceAfterAKeylessOneWasTerminated() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState s = toStop(engine, twoLaunches(engine, true));
        String look = said(engine.step(s, "look"));
        List<String> recipe = Arrays.stream(look.split("\n")).map(String::strip)
                .filter(l -> l.startsWith("ID=$(") || l.startsWith("aws ec2 stop-instances")).toList();
        assertEquals(2, recipe.size(), look);
        GameState after = typeAll(engine, s, recipe);
        assertEquals("ec2-stopped", after.sceneId(), "the recipe typed as shown: " + recipe);
        assertEquals(InstanceState.STOPPED, only(after, "bakery").state());
    }

    @Test
    void theStopScenesLastHintStopsTheKeyedInstanceWhileAKeylessOneRuns() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState s = toStop(engine, twoLaunches(engine, false));
        Step hint = engine.step(engine.step(engine.step(s, "hint").state(), "hint").state(), "hint");
        Matcher m = Pattern.compile("Type: (ID=\\$\\(.*?\\)), then (aws ec2 stop-instances --instance-ids \\$ID)")
                .matcher(said(hint).replaceAll("\\s*\\n\\s*", " "));
        assertTrue(m.find(), said(hint));
        GameState after = typeAll(engine, hint.state(), List.of(m.group(1), m.group(2)));
        assertEquals("ec2-stopped", after.sceneId());
        assertEquals(InstanceState.STOPPED, only(after, "bakery").state());
        assertEquals(InstanceState.RUNNING, only(after, "").state());
    }

    @Test
    void stoppingTheKeylessInstanceIsNotTheLessonAndSaysSo() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState s = toStop(engine, twoLaunches(engine, false));
        Step stop = engine.step(s, "aws ec2 stop-instances --instance-ids " + only(s, "").instanceId());
        assertTrue(said(stop).contains("the instance without a key pair"), said(stop));
        GameState after = engine.step(stop.state(), "wait 120").state();
        assertEquals("ec2-stop", after.sceneId(), "the goal judges the instance with the batch in RAM");
    }

    @Test
    void terminatingAStoppedInstanceDoesNotClaimToReleaseAPublicIp() throws Exception {
        Engine sandbox = SandboxCommand.engine();
        GameState s = sandbox.step(sandbox.start(1).state(), LAUNCH).state();
        s = sandbox.step(s, "wait 60").state();
        String id = only(s, "").instanceId();
        String running = said(sandbox.step(s, "aws ec2 terminate-instances --instance-ids " + id));
        assertTrue(running.contains("releases both IPs"), running);
        s = sandbox.step(sandbox.step(s, "aws ec2 stop-instances --instance-ids " + id).state(), "wait 120").state();
        String stopped = said(sandbox.step(s, "aws ec2 terminate-instances --instance-ids " + id))
                .replaceAll("\\s+", " ");
        assertFalse(stopped.contains("both IPs"), stopped);
        assertTrue(stopped.contains("releases its private IP (its public IP went back at the stop)"), stopped);
    }
}
