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
    private final SaveSession saves;
    private GameState state;

    GameLoop(Engine engine, Frontend frontend, Step first) throws IOException {
        this(engine, frontend, first, null, null);
    }

    /** With {@code reloader} set, the in-game 'reload' command re-reads the story files. */
    GameLoop(Engine engine, Frontend frontend, Step first, StoryReloader reloader) throws IOException {
        this(engine, frontend, first, reloader, null);
    }

    /** With {@code saves} set, save/load/saves/undo work and the game autosaves; without, they are refused. */
    GameLoop(Engine engine, Frontend frontend, Step first, StoryReloader reloader, SaveSession saves)
            throws IOException {
        this.engine = engine;
        this.reloader = reloader;
        this.saves = saves;
        this.frontend = frontend;
        this.state = first.state();
        frontend.show(View.of(engine, state), first.events());
    }

    /** Plays until the player quits or input ends. */
    void run() throws IOException {
        while (true) {
            Optional<String> line = frontend.read(View.of(engine, state));
            if (line.isEmpty()) {
                if (saves != null) {
                    frontend.show(View.of(engine, state), saves.onExit(state));
                }
                return;
            }
            GameState before = state;
            Step step = engine.step(state, line.get());
            state = step.state();
            List<Event> events = reload(step.events());
            if (saves != null) {
                saves.useEngine(engine);
                SaveSession.Outcome o = saves.after(line.get(), before, new Step(state, events));
                state = o.state();
                events = o.events();
            } else {
                events = events.stream().map(GameLoop::noSaving).toList();
            }
            frontend.show(View.of(engine, state), events);
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

    private static Event noSaving(Event e) {
        return switch (e.kind()) {
            case SAVE, LOAD, LIST_SAVES, UNDO -> new Event(Event.Kind.WRONG, "Saving, loading and undo are not"
                    + " available here.");
            default -> e;
        };
    }

    GameState state() {
        return state;
    }
}
