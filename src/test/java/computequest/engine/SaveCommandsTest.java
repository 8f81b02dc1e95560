package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.present.Telling;
import computequest.story.StoryParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine turns save/load/saves/undo into requests for the app, and does no I/O itself. */
class SaveCommandsTest {

    final Engine engine = new Engine(StoryParser.parse(Map.of("t.story", EngineTest.STORY)).story());
    final GameState start = engine.start(1).state();

    Request only(String line) {
        Step step = engine.step(start, line);
        assertEquals(List.of(), step.events());
        assertEquals(1, step.requests().size(), step.requests().toString());
        return step.requests().get(0);
    }

    String refusal(String line) {
        Step step = engine.step(start, line);
        assertEquals(List.of(), step.requests());
        assertEquals(1, step.events().size(), step.events().toString());
        return ((Event.Feedback) step.events().get(0)).text();
    }

    @Test
    void theCommandsBecomeRequestsWithTheName() {
        assertEquals(new Request.Save(""), only("save"));
        assertEquals(new Request.Save("before-ecs"), only("save before-ecs"));
        assertEquals(new Request.Load("autosave"), only("LOAD autosave"));
        assertEquals(new Request.ListSaves(), only("saves"));
        assertEquals(new Request.Undo(), only("undo"));
        assertEquals(new Request.Reload(), only("reload"));
        assertEquals(new Request.Quit(), only("quit"));
        assertEquals(new Request.EditFile("t.story", 3), only("edit"), "the file and line of the current scene");
    }

    @Test
    void malformedCommandsAreExplained() {
        assertTrue(refusal("load").contains("load needs the name of a save"));
        assertTrue(refusal("save my game").contains("at most one name"));
        assertTrue(refusal("undo 3").contains("undo takes nothing after it"));
    }

    @Test
    void theStateIsUntouchedApartFromTheTurn() {
        assertEquals(start.withTurn(start.turn() + 1), engine.step(start, "save x").state());
    }

    @Test
    void theyWorkAfterTheEndingAndAreInHelpAndCompletion() {
        GameState ended = start.withEnded(true);
        assertEquals(List.of(new Request.Save("x")), engine.step(ended, "save x").requests());
        assertTrue(Telling.plain(engine.step(start, "help").events()).matches("(?s).*\\n  undo +take back.*"));
        assertTrue(engine.completions(start).containsAll(List.of("save", "load", "saves", "undo")));
    }
}
