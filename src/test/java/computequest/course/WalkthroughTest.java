package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.sim.CloudSim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Plays the walkthrough scripts (src/test/resources/walkthroughs) through the engine from the first scene and
 * checks where they end. They need the simulated services of chapters 1-5 (Lightsail, ECR and docker, ECS, EKS,
 * Lambda); until the sim has them the test is skipped, and the transcripts cover the part that plays.
 */
class WalkthroughTest {

    static final Path DIR = Path.of("src/test/resources/walkthroughs");

    static boolean simHasEveryService() {
        return CloudSim.knowsOperation("lightsail", "create-instances") && CloudSim.knowsOperation("ecr", "create-repository")
                && CloudSim.knowsOperation("ecs", "create-service") && CloudSim.knowsOperation("eks", "create-nodegroup")
                && CloudSim.knowsOperation("lambda", "invoke") && CloudSim.knowsOperation("apigatewayv2", "create-api");
    }

    static GameState play(String script) throws Exception {
        Engine engine = new Engine(CourseCoverageTest.story());
        GameState s = engine.start(1).state();
        for (String line : Files.readAllLines(DIR.resolve(script))) {
            s = engine.step(s, line).state();
        }
        return s;
    }

    @Test
    void theWholeCoursePlaysToTheBestEnding() throws Exception {
        Assumptions.assumeTrue(simHasEveryService(), "the sim does not have every service yet");
        GameState s = play("full-course.script");
        assertTrue(s.ended(), "stopped at " + s.sceneId());
        assertEquals("fin-end-best", s.sceneId());
        long scenes = CourseCoverageTest.story().scenes().values().stream().filter(sc -> !sc.ending()).count();
        assertEquals(scenes, s.visited().size() - 1, "every scene but the other endings is visited");
        assertTrue(s.badges().contains("Chief Cloud Architect"), s.badges().toString());
    }

    @Test
    void theTypicalMistakesStillFinish() throws Exception {
        Assumptions.assumeTrue(simHasEveryService(), "the sim does not have every service yet");
        GameState s = play("full-course-mistakes.script");
        assertTrue(s.ended(), "stopped at " + s.sceneId());
        assertEquals("fin-end-good", s.sceneId());
        assertTrue(s.flags().keySet().stream().anyMatch(f -> f.startsWith("quiz-miss:")), "the script misses quiz answers");
    }

    @Test
    void theScriptsStartLikeTheTranscripts() throws Exception {
        // The transcripts play the first part of each script; they must not drift apart.
        for (String[] pair : List.of(new String[] {"full-course.script", "03-full-course.in"},
                new String[] {"full-course-mistakes.script", "04-full-course-mistakes.in"})) {
            List<String> script = Files.readAllLines(DIR.resolve(pair[0]));
            List<String> in = Files.readAllLines(Path.of("src/test/resources/transcripts").resolve(pair[1]));
            int shared = 0;
            while (shared < in.size() && shared < script.size() && in.get(shared).equals(script.get(shared))) {
                shared++;
            }
            assertTrue(shared >= 40, pair[1] + " shares only " + shared + " lines with " + pair[0]);
        }
    }
}
