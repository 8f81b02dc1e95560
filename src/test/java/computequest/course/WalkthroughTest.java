package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Request;
import computequest.engine.RequestResult;
import computequest.engine.Step;
import computequest.ui.LineEditor;
import computequest.story.Goal;
import computequest.story.Scene;
import computequest.story.StoryGraph;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Plays the full-course transcript inputs (src/test/resources/transcripts/03-full-course.in and
 * 04-full-course-mistakes.in) through the engine from the first scene, and checks where each one ends and what it
 * earned, reading the game state rather than the screen.
 */
class WalkthroughTest {

    static final Path DIR = Path.of("src/test/resources/transcripts");

    static GameState play(String script) throws Exception {
        Engine engine = new Engine(CourseCoverageTest.story());
        GameState s = engine.start(1).state();
        LineEditor editing = null;
        String path = null;
        for (String line : Files.readAllLines(DIR.resolve(script))) {
            if (editing != null) {
                // An edit FILE request is served as line mode serves it: the lines after it are editor commands.
                LineEditor.Reply reply = editing.handle(line);
                if (reply.closed()) {
                    s = engine.resolve(s, new RequestResult.LaptopFileEdited(path, reply.saved())).state();
                    editing = null;
                }
                continue;
            }
            Step step = engine.step(s, line);
            s = step.state();
            for (Request r : step.requests()) {
                if (r instanceof Request.EditLaptopFile e) {
                    editing = new LineEditor(e.path(), e.text());
                    path = e.path();
                }
            }
        }
        return s;
    }

    @Test
    void theWholeCoursePlaysToTheBestEnding() throws Exception {
        GameState s = play("03-full-course.in");
        assertTrue(s.ended(), "stopped at " + s.sceneId());
        assertEquals("fin-end-best", s.sceneId());
        long scenes = CourseCoverageTest.story().scenes().values().stream().filter(sc -> !sc.ending()).count();
        assertEquals(scenes - extraSteps().size(), s.visited().size() - 1,
                "every scene but the other endings and the extra guided steps is visited");
        assertTrue(s.badges().contains("Chief Cloud Architect"), s.badges().toString());
        assertTrue(s.flags().keySet().stream().noneMatch(f -> f.startsWith("quiz-miss:")), "every quiz right first time");
    }

    /** Scenes only a player who needed the last hint reaches: targets of goals on a needed-help: flag. */
    static Set<String> extraSteps() throws Exception {
        Set<String> out = new TreeSet<>();
        for (Scene sc : CourseCoverageTest.story().scenes().values()) {
            for (Goal g : sc.goals()) {
                if (g.target() != null && StoryGraph.text(g.condition()).contains("flag needed-help:")) {
                    out.add(g.target());
                }
            }
        }
        return out;
    }

    @Test
    void theTypicalMistakesStillFinish() throws Exception {
        GameState s = play("04-full-course-mistakes.in");
        assertTrue(s.ended(), "stopped at " + s.sceneId());
        assertEquals("fin-end-good", s.sceneId());
        assertTrue(s.flags().keySet().stream().anyMatch(f -> f.startsWith("quiz-miss:")), "the script misses quiz answers");
        assertTrue(s.flags().containsKey("misfit"), "the finale placed a workload badly");
    }
}
