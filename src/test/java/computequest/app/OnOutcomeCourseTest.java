package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import computequest.engine.Engine;
import computequest.engine.GameState;
import org.junit.jupiter.api.Test;

/**
 * The course's "the player did this" flags are set by {@code @on ok}: a command that fails no longer counts, so no
 * flag has to be cleared again by another command.
 */
class OnOutcomeCourseTest {

    static final String CREATE_API = "aws apigatewayv2 create-api --name resize-api --protocol-type HTTP --target"
            + " arn:aws:lambda:us-east-1:123456789012:function:resize";

    @Test
    void aCurlThatFailedBeforeTheApiExistedDoesNotCountForTheResizeScene() throws Exception {
        Engine engine = TranscriptTest.storyEngine();
        GameState s = Playtest.start(engine, "lam-resize", 1).state();
        assertEquals("lam-resize", s.sceneId());
        s = engine.step(s, "curl 'https://abc123.execute-api.us-east-1.amazonaws.com/gallery/wedding-cake.jpg?width=300'")
                .state();
        assertFalse(s.flags().containsKey("called-api"), "the curl failed: there is no API yet");
        s = engine.step(s, CREATE_API).state();
        assertEquals("lam-resize", s.sceneId(), "creating the API alone does not finish the scene");
    }

    @Test
    void stoppingATaskThatDoesNotExistDoesNotCountAsBreakingTheService() throws Exception {
        Engine engine = TranscriptTest.storyEngine();
        GameState s = Playtest.start(engine, "ecs-recover", 1).state();
        String scene = s.sceneId();
        s = engine.step(s, "aws ecs stop-task --cluster bakery --task no-such-task").state();
        s = engine.step(s, "wait").state();
        assertFalse(s.flags().containsKey("broke-service-task"));
        assertEquals(scene, s.sceneId(), "the service was never broken, so the scene goes on");
    }
}
