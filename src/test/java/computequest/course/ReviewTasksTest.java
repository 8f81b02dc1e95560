package computequest.course;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import computequest.story.Effect;
import computequest.story.Goal;
import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every {@code @task} in the course: its scratch account can be prepared, and the job is not already done there. */
class ReviewTasksTest {

    @Test
    void everyTaskStartsUndoneInAPreparedScratchAccount() throws Exception {
        Story story = CourseCoverageTest.story();
        Engine engine = new Engine(story);
        List<String> tasks = new ArrayList<>();
        for (Scene scene : story.scenes().values()) {
            Goal task = scene.recall().task();
            if (task == null) {
                continue;
            }
            tasks.add(scene.id());
            Cloud c = Cloud.fresh(1);
            for (Effect e : task.effects()) {
                if (e instanceof Effect.Run r) {
                    Outcome o = CloudSim.execute(c, r.command());
                    assertTrue(o.ok(), scene.id() + ": '" + r.command() + "' failed: " + o.output());
                    c = o.cloud();
                } else if (e instanceof Effect.Wait w) {
                    c = CloudSim.advance(c, w.seconds()).cloud();
                }
            }
            GameState s = new GameState(scene.id(), c, 0, Map.of(), List.of(), List.of(), 0, false, 1, 0);
            assertFalse(engine.holds(task.condition(), s), scene.id() + ": the task is done before the player starts");
            assertFalse(task.feedback().isBlank(), scene.id() + ": a task needs a prompt ('>' lines)");
        }
        assertTrue(tasks.size() >= 15, "tasks: " + tasks);
    }
}
