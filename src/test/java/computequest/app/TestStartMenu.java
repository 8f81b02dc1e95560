package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.save.SaveStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** For tests in other packages: the start menu as the game shows it, over a saves folder a test fills. */
public final class TestStartMenu {

    private TestStartMenu() {
    }

    /** The menu's own view (its title bar). */
    public static View view(Engine engine, Step fresh) {
        return StartMenu.view(engine, fresh);
    }

    /** Saves {@code state} under each name in {@code dir}, then returns what the menu shows for that folder. */
    public static List<Event> menu(Engine engine, Path dir, Clock clock, GameState state, String... names)
            throws java.io.IOException {
        SaveStore store = new SaveStore(dir);
        SaveSession session = SaveSession.newGame(engine, store, clock, state);
        for (String name : names) {
            if (session.save(name, state) instanceof computequest.engine.RequestResult.Failed f) {
                throw new IllegalStateException(f.why());
            }
        }
        return StartMenu.menu(store.list(), store, clock);
    }
}
