package computequest.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.story.StoryParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The story's note on the broken Fargate task definition follows the service's refusal only: a playtester who had
 * broken the file's JSON was told that the refusal named bridge networking and a missing image, which it did not.
 */
class RefusalFeedbackTest {

    static final String REGISTER = "aws ecs register-task-definition --cli-input-json file://broken-taskdef.json";

    static String said(Step step) {
        StringBuilder b = new StringBuilder();
        for (Event e : step.events()) {
            if (e instanceof Event.Feedback f) {
                b.append(f.text()).append('\n');
            } else if (e instanceof Event.Output o) {
                b.append(o.text()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theNoteFollowsTheServicesRefusalNotAJsonSyntaxError() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState start = TestPlaytest.start(engine, "far-taskdef", 1).state();

        String refused = said(engine.step(start, REGISTER));
        assertTrue(refused.contains("ClientException") && refused.contains("bridge networking"), refused);

        GameState edited = engine.step(start, "echo '{\"family\": ' > broken-taskdef.json").state();
        String syntax = said(engine.step(edited, REGISTER));
        assertTrue(syntax.contains("Invalid JSON") || syntax.contains("JSON"), syntax);
        assertFalse(syntax.contains("bridge networking"), "no note about a refusal that did not happen:\n" + syntax);
    }
}
