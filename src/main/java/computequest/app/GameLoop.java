package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.ui.Frontend;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reads input from a frontend, steps the engine, shows the result; stops at quit or end of input. */
final class GameLoop {

    private Engine engine;
    private final Frontend frontend;
    private final StoryReloader reloader;
    private GameState state;

    GameLoop(Engine engine, Frontend frontend, Step first) throws IOException {
        this(engine, frontend, first, null);
    }

    /** With {@code reloader} set, the in-game 'reload' command re-reads the story files. */
    GameLoop(Engine engine, Frontend frontend, Step first, StoryReloader reloader) throws IOException {
        this.engine = engine;
        this.reloader = reloader;
        this.frontend = frontend;
        this.state = first.state();
        frontend.show(View.of(engine, state), first.events());
    }

    /** Plays until the player quits or input ends. */
    void run() throws IOException {
        while (true) {
            Optional<String> line = frontend.read(View.of(engine, state));
            if (line.isEmpty()) {
                return;
            }
            Step step = engine.step(state, line.get());
            state = step.state();
            frontend.show(View.of(engine, state), reload(step.events()));
            if (step.quits()) {
                return;
            }
        }
    }

    /** Carries out a RELOAD event: the engine may change, the game state never does. */
    private List<Event> reload(List<Event> events) {
        if (events.stream().noneMatch(e -> e.kind() == Event.Kind.RELOAD)) {
            return events;
        }
        if (reloader == null) {
            return List.of(new Event(Event.Kind.WRONG, "Reloading is not available here."));
        }
        StoryReloader.Reloaded r = reloader.reload(engine, state);
        engine = r.engine();
        return r.events();
    }

    GameState state() {
        return state;
    }
}
