package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.story.StoryParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A scene's goal is met by what the player did: a refused command never completes a goal that already held before
 * it, and the roll-back incident is resolved only once the service's new tasks run.
 */
class GoalEarnedTest {

    static final String GOOD = "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json";

    static Engine engine() throws Exception {
        return new Engine(StoryParser.parseDirectory(Path.of("story")).story());
    }

    @Test
    void aRefusedRegistrationDoesNotCompleteTheGoalAnEarlierRegistrationMet() throws Exception {
        Engine engine = engine();
        // registered early, in the role scene, then the role: the task-definition scene starts with its goal true
        GameState there = engine.step(TestPlaytest.start(engine, "far-role", 1).state(), GOOD).state();
        there = engine.step(there, "aws iam create-role --role-name ecsTaskExecutionRole"
                + " --assume-role-policy-document file://trust-ecs-tasks.json").state();
        there = engine.step(there, "aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn"
                + " arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy").state();
        assertEquals("far-taskdef", there.sceneId());

        Step refused = engine.step(there, RefusalFeedbackTest.REGISTER);
        String said = RefusalFeedbackTest.said(refused);
        assertTrue(said.contains("awsvpc") || said.contains("ClientException"), said);
        assertEquals("far-taskdef", refused.state().sceneId(), "a refusal earned nothing:\n" + said);
        assertFalse(said.contains("Registered."), said);
        assertEquals(there.score(), refused.state().score());

        String why = RefusalFeedbackTest.said(engine.step(refused.state(), "why"));
        assertFalse(why.contains("simulated time must pass"), why);
        String whyText = computequest.present.Telling.plain(engine.step(refused.state(), "why").events());
        assertTrue(whyText.contains("holds already") && whyText.contains("a refused command does not"), whyText);

        Step registered = engine.step(refused.state(), GOOD);
        assertEquals("far-run", registered.state().sceneId(), "registering again is met");
        assertTrue(RefusalFeedbackTest.said(registered).contains("Registered."));
    }

    @Test
    void theRollBackIsResolvedOnlyOnceTheNewTasksRun() throws Exception {
        Engine engine = engine();
        GameState s = TestPlaytest.start(engine, "far-oncall", 1).state();
        Step update = engine.step(s, "aws ecs update-service --cluster bakery --service web-fargate"
                + " --task-definition web-fargate:1");
        String said = RefusalFeedbackTest.said(update);
        assertEquals("far-oncall", update.state().sceneId(), "the new tasks are still PENDING:\n" + said);
        assertFalse(said.contains("Resolved."), said);
        assertTrue(said.contains("wait while it replaces the tasks"), said);

        GameState later = update.state();
        for (int i = 0; i < 10 && later.sceneId().equals("far-oncall"); i++) {
            later = engine.step(later, "wait 10").state();
        }
        assertEquals("ch4-quiz-1", later.sceneId(), "resolved once the new tasks run");
    }
}
