package computequest.app;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.ui.Frontend;
import java.io.IOException;
import java.util.Optional;

/** Reads input from a frontend, steps the engine, shows the result; stops at quit or end of input. */
final class GameLoop {

    private final Engine engine;
    private final Frontend frontend;
    private GameState state;

    GameLoop(Engine engine, Frontend frontend, Step first) throws IOException {
        this.engine = engine;
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
            frontend.show(View.of(engine, state), step.events());
            if (step.quits()) {
                return;
            }
        }
    }

    GameState state() {
        return state;
    }
}
