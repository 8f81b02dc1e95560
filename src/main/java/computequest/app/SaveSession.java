package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.save.SaveException;
import computequest.save.SaveFile;
import computequest.save.SaveStore;
import computequest.save.SavesTable;
import computequest.save.Snapshots;
import computequest.save.UndoHistory;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One play session's saving: carries out the engine's SAVE/LOAD/LIST_SAVES/UNDO requests, keeps the undo history,
 * and autosaves (slot {@value SaveStore#AUTOSAVE}) at each scene change, on quit, at end of input or Ctrl-C, and from
 * the shutdown hook on SIGTERM. A failed save is reported and the game goes on. The methods are synchronized because
 * the shutdown hook calls in from another thread.
 */
final class SaveSession {

    /** The state after a step, and the events to show (requests replaced by their results). */
    record Outcome(GameState state, List<Event> events) {
    }

    private Engine engine;
    private final SaveStore store;
    private final Clock clock;
    private final UndoHistory history;
    private Instant created;
    private long playedBefore;
    private Instant sessionStart;
    private String slot;
    private final GameState initial;
    private GameState autosaved;
    private volatile GameState current;
    private boolean closed;
    private boolean autosaveWarned;

    private SaveSession(Engine engine, SaveStore store, Clock clock, GameState state, Instant created,
                        long playedBefore, String slot, List<SaveFile.UndoStep> undo) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
        this.current = state;
        this.autosaved = state;
        this.initial = state;
        this.created = created;
        this.playedBefore = playedBefore;
        this.sessionStart = clock.instant();
        this.slot = slot;
        this.history = new UndoHistory(undo);
    }

    static SaveSession newGame(Engine engine, SaveStore store, Clock clock, GameState start) {
        return new SaveSession(engine, store, clock, start, clock.instant(), 0, null, List.of());
    }

    static SaveSession resumed(Engine engine, SaveStore store, Clock clock, String name, Snapshots.Resumed r) {
        return new SaveSession(engine, store, clock, r.state(), r.save().created(), r.save().playedSeconds(),
                slotFor(name), r.undo());
    }

    /** Loads a save and builds the first step: what the player reads on resuming. */
    static Step resumeStep(Engine engine, String name, Snapshots.Resumed r, Clock clock) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(Event.Kind.INFO, "Resuming '" + name + "', saved " + SavesTable.date(r.save().lastPlayed(),
                clock.getZone()) + " (played " + played(r.save().playedSeconds()) + ")."));
        r.notes().forEach(n -> events.add(new Event(Event.Kind.INFO, n)));
        events.addAll(look(engine, r.state()));
        return new Step(r.state(), events);
    }

    private static String slotFor(String name) {
        return name.equals(SaveStore.AUTOSAVE) || name.endsWith(".bak") ? null : name;
    }

    /** After the in-game 'reload', saves describe the story as it is now. */
    synchronized void useEngine(Engine e) {
        engine = e;
    }

    GameState current() {
        return current;
    }

    SaveStore store() {
        return store;
    }

    List<SaveFile.UndoStep> undoSteps() {
        return history.steps();
    }

    /** Handles what one step asked for, records undo, autosaves on a scene change or quit. */
    synchronized Outcome after(String line, GameState before, Step step) {
        GameState state = step.state();
        List<Event> out = new ArrayList<>();
        boolean request = false;
        for (Event e : step.events()) {
            switch (e.kind()) {
                case SAVE -> {
                    request = true;
                    out.addAll(save(e.text().isEmpty() ? (slot == null ? "save" : slot) : e.text(), state));
                }
                case LOAD -> {
                    request = true;
                    Optional<Outcome> loaded = load(e.text(), state, out);
                    if (loaded.isPresent()) {
                        state = loaded.get().state();
                        out.addAll(loaded.get().events());
                    }
                }
                case LIST_SAVES -> {
                    request = true;
                    out.add(new Event(Event.Kind.STATUS, SavesTable.render(store, store.list(), clock.getZone())));
                }
                case UNDO -> {
                    request = true;
                    Optional<SaveFile.UndoStep> u = history.undo();
                    if (u.isEmpty()) {
                        out.add(new Event(Event.Kind.INFO, "Nothing to undo: no command has changed anything yet"
                                + " in this game."));
                    } else {
                        state = u.get().before().withTurn(state.turn());
                        out.add(new Event(Event.Kind.OK, "Undone: '" + u.get().command() + "'. The game, the cloud"
                                + " and the bill are back as they were before it."));
                        out.addAll(look(engine, state));
                    }
                }
                case QUIT -> {
                    current = state;
                    out.addAll(autosaveOnExit(state));
                    out.add(e);
                    closed = true;
                }
                default -> out.add(e);
            }
        }
        if (!request) {
            history.record(line.strip(), before, state);
        }
        current = state;
        if (!closed && !before.sceneId().equals(state.sceneId())) {
            out.addAll(autosave(state));
        }
        return new Outcome(state, out);
    }

    /** At end of input or Ctrl-C: autosaves, and says so. */
    synchronized List<Event> onExit(GameState state) {
        current = state;
        if (closed) {
            return List.of();
        }
        closed = true;
        return autosaveOnExit(state);
    }

    /** From the shutdown hook (SIGTERM, or Ctrl-C while not reading): autosaves the last complete state. */
    synchronized void onShutdown(PrintStream err) {
        if (closed) {
            return;
        }
        closed = true;
        for (Event e : autosaveOnExit(current)) {
            err.println("compute-quest: " + e.text());
        }
    }

    /** Nothing is written when nothing happened, so opening a new game and leaving never replaces an autosave. */
    private List<Event> autosaveOnExit(GameState state) {
        if (UndoHistory.sameApartFromTurn(state, initial)) {
            return List.of();
        }
        List<Event> r = UndoHistory.sameApartFromTurn(state, autosaved) ? List.of() : autosave(state);
        if (r.isEmpty()) {
            return List.of(new Event(Event.Kind.INFO, "Your progress is saved ('" + SaveStore.AUTOSAVE + "'): ./play"
                    + " --continue picks up here."));
        }
        return r;
    }

    /** Autosaves quietly; only the first failure in a session is reported, so a read-only folder does not nag. */
    private List<Event> autosave(GameState state) {
        try {
            write(SaveStore.AUTOSAVE, state);
            autosaved = state;
            return List.of();
        } catch (SaveException e) {
            if (autosaveWarned) {
                return List.of();
            }
            autosaveWarned = true;
            return List.of(new Event(Event.Kind.WRONG, "Autosave failed: " + e.getMessage()));
        }
    }

    private List<Event> save(String name, GameState state) {
        Optional<String> bad = SaveStore.nameProblem(name);
        if (bad.isPresent()) {
            return List.of(new Event(Event.Kind.WRONG, bad.get()));
        }
        try {
            List<String> notes = write(name, state);
            slot = slotFor(name);
            List<Event> out = new ArrayList<>();
            notes.forEach(n -> out.add(new Event(Event.Kind.INFO, n)));
            out.add(new Event(Event.Kind.OK, "Saved as '" + name + "' (" + store.file(name) + "). Load it with 'load "
                    + name + "', or ./play --load " + name + "."));
            return out;
        } catch (SaveException e) {
            return List.of(new Event(Event.Kind.WRONG, e.getMessage()));
        }
    }

    private List<String> write(String name, GameState state) throws SaveException {
        Instant now = clock.instant();
        long played = playedBefore + Math.max(0, Duration.between(sessionStart, now).getSeconds());
        return store.save(name, Snapshots.of(engine.story(), state, created, now, played, history.steps()));
    }

    private Optional<Outcome> load(String name, GameState state, List<Event> out) {
        Optional<String> bad = SaveStore.nameProblem(name.endsWith(".bak") ? name.substring(0, name.length() - 4) : name);
        if (bad.isPresent()) {
            out.add(new Event(Event.Kind.WRONG, bad.get()));
            return Optional.empty();
        }
        try {
            SaveFile f = store.load(name);
            Snapshots.Resumed r = Snapshots.resume(engine, f, store.file(name));
            history.replace(r.undo());
            created = f.created();
            playedBefore = f.playedSeconds();
            sessionStart = clock.instant();
            slot = slotFor(name);
            GameState loaded = r.state().withTurn(state.turn());
            return Optional.of(new Outcome(loaded, resumeStep(engine, name, r, clock).events()));
        } catch (SaveException e) {
            out.add(new Event(Event.Kind.WRONG, "Cannot load '" + name + "': " + e.getMessage() + " Your game goes on"
                    + " as it was."));
            return Optional.empty();
        }
    }

    /** The scene's heading, prose and choices, as 'look' shows them; the state is not changed. */
    private static List<Event> look(Engine engine, GameState s) {
        return engine.step(s, "look").events();
    }

    private static String played(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        return h > 0 ? h + "h " + m + "m" : m > 0 ? m + "m" : seconds + "s";
    }
}
