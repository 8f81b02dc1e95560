package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.present.Telling;
import computequest.story.StoryParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Save, load, undo and reload through the request path, as the app drives it: {@link Engine#step} returns the
 * request as a value and changes nothing else; the app's result goes back through {@link Engine#resolve}, the only
 * place a loaded or undone state replaces the current one.
 */
class RequestPathTest {

    static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro";

    final Engine engine = EngineTest.engine();
    final GameState start = engine.start(1).state();

    /** Steps one line and checks that it asks for exactly {@code expected}, with nothing shown and nothing changed. */
    Step ask(GameState s, String line, Request expected) {
        Step step = engine.step(s, line);
        assertEquals(List.of(expected), step.requests());
        assertEquals(List.of(), step.events(), "a request shows nothing until it is resolved");
        assertEquals(s.withTurn(s.turn() + 1), step.state(), "a request changes nothing but the turn");
        return step;
    }

    @Test
    void saveAsksForTheNameAndTheResultIsTold() {
        Step asked = ask(start, "save before-ec2", new Request.Save("before-ec2"));
        Step done = engine.resolve(asked.state(), new RequestResult.Saved("before-ec2", "saves/before-ec2.json",
                List.of("Kept the old one as before-ec2.json.bak."), "./play"));
        assertEquals(asked.state(), done.state(), "saving never changes the game");
        assertEquals(List.of(Event.info("Kept the old one as before-ec2.json.bak."), Event.ok("Saved as 'before-ec2'"
                + " (saves/before-ec2.json). Load it with 'load before-ec2', or ./play --load before-ec2.")),
                done.events());
        Step failed = engine.resolve(asked.state(), new RequestResult.Failed("The disk is full."));
        assertEquals(List.of(Event.wrong("The disk is full.")), failed.events());
    }

    @Test
    void loadPlaysOnFromTheLoadedStateKeepingTheTurnAndShowsItsScene() {
        GameState saved = engine.step(start, "1").state();
        assertEquals("b", saved.sceneId());
        Step asked = ask(start.withTurn(7), "load checkpoint", new Request.Load("checkpoint"));
        Step loaded = engine.resolve(asked.state(), new RequestResult.Loaded(saved, List.of("Resuming 'checkpoint'.")));
        assertEquals(saved.withTurn(8), loaded.state(), "the loaded state, with this session's turn count");
        assertEquals(Event.info("Resuming 'checkpoint'."), loaded.events().get(0));
        assertEquals(new Event.SceneHeading("", "B"), loaded.events().get(1), "then the loaded scene, as 'look' shows it");
        assertEquals(new Event.Narration("Launch something."), loaded.events().get(2));
    }

    @Test
    void undoGoesBackToTheStateBeforeTheCommand() {
        GameState atB = engine.step(start, "1").state();
        GameState launched = engine.step(atB, LAUNCH).state();
        assertFalse(launched.cloud().instances().isEmpty());
        Step asked = ask(launched, "undo", new Request.Undo());
        Step undone = engine.resolve(asked.state(), new RequestResult.Undone(LAUNCH, atB, List.of()));
        assertEquals(atB.withTurn(asked.state().turn()), undone.state());
        assertTrue(undone.state().cloud().instances().isEmpty(), "the instance is gone again");
        assertTrue(Telling.plain(undone.events()).startsWith("[ok] Undone: '" + LAUNCH + "'."), undone.events().toString());
        assertTrue(undone.events().contains(new Event.SceneHeading("", "B")));
        Step nothing = engine.resolve(asked.state(), new RequestResult.NothingToUndo());
        assertEquals(asked.state(), nothing.state());
        assertTrue(Telling.plain(nothing.events()).contains("Nothing to undo"));
    }

    @Test
    void reloadIsResolvedByTheNewEngineAndKeepsTheState() {
        GameState atB = engine.step(start, "1").state();
        Step asked = ask(atB, "reload", new Request.Reload());
        Engine edited = new Engine(StoryParser.parse(Map.of("t.story", EngineTest.STORY.replace("@title B",
                "@title B, edited"))).story());
        Step reloaded = edited.resolve(asked.state(), new RequestResult.Reloaded(3, "story", 0, "./play"));
        assertEquals(asked.state(), reloaded.state(), "the cloud, score and flags are kept");
        assertTrue(Telling.plain(reloaded.events()).startsWith("[ok] Reloaded 3 scenes from story."));
        assertEquals("B, edited", View.of(edited, reloaded.state()).sceneTitle());
        Step refused = engine.resolve(asked.state(), new RequestResult.Failed("Not reloaded: a broken file."));
        assertEquals(List.of(Event.wrong("Not reloaded: a broken file.")), refused.events());
    }

    @Test
    void quitIsARequestAndItsResultSaysGoodbyeAfterTheAppsNotes() {
        Step asked = ask(start, "quit", new Request.Quit());
        assertTrue(asked.quits());
        Step done = engine.resolve(asked.state(), new RequestResult.Quitting(List.of(Event.info("Saved."))));
        assertEquals(Event.info("Saved."), done.events().get(0));
        assertTrue(done.events().get(1) instanceof Event.Farewell);
    }
}
