package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.StoryParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine turns save/load/saves/undo into requests for the app, and does no I/O itself. */
class SaveCommandsTest {

    final Engine engine = new Engine(StoryParser.parse(Map.of("t.story", EngineTest.STORY)).story());
    final GameState start = engine.start(1).state();

    Event only(String line) {
        List<Event> events = engine.step(start, line).events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void theCommandsBecomeRequestsWithTheName() {
        assertEquals(new Event(Event.Kind.SAVE, ""), only("save"));
        assertEquals(new Event(Event.Kind.SAVE, "before-ecs"), only("save before-ecs"));
        assertEquals(new Event(Event.Kind.LOAD, "autosave"), only("LOAD autosave"));
        assertEquals(new Event(Event.Kind.LIST_SAVES, ""), only("saves"));
        assertEquals(new Event(Event.Kind.UNDO, ""), only("undo"));
    }

    @Test
    void malformedCommandsAreExplained() {
        assertTrue(only("load").text().contains("load needs the name of a save"));
        assertTrue(only("save my game").text().contains("at most one name"));
        assertTrue(only("undo 3").text().contains("undo takes nothing after it"));
    }

    @Test
    void theStateIsUntouchedApartFromTheTurn() {
        assertEquals(start.withTurn(start.turn() + 1), engine.step(start, "save x").state());
    }

    @Test
    void theyWorkAfterTheEndingAndAreInHelpAndCompletion() {
        GameState ended = start.withEnded(true);
        assertEquals(Event.Kind.SAVE, engine.step(ended, "save x").events().get(0).kind());
        assertTrue(engine.step(start, "help").events().get(0).text().contains("undo            take back"));
        assertTrue(engine.completions(start).containsAll(List.of("save", "load", "saves", "undo")));
    }
}
