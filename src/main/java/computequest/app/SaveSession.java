package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.RequestResult;
import computequest.engine.Step;
import computequest.save.SaveCodec;
import computequest.save.SaveException;
import computequest.save.SaveFile;
import computequest.save.SaveStore;
import computequest.save.SavesTable;
import computequest.save.Snapshots;
import computequest.save.UndoHistory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One play session's saving: carries out the save, load, saves and undo requests (each answers with a
 * {@link RequestResult} for the engine), keeps the undo history, and autosaves (slot {@value SaveStore#AUTOSAVE}) at
 * each scene change, on quit, at end of input or Ctrl-C, and from the shutdown hook on SIGTERM. A failed save is
 * reported and the game goes on. The methods are synchronized because the shutdown hook calls in from another thread.
 */
final class SaveSession {

    private final SaveStore store;
    private final Clock clock;
    private final UndoHistory history;
    private Instant created;
    private long playedBefore;
    private Instant sessionStart;
    private String slot;
    private GameState initial;
    private GameState autosaved;
    /** Started with --plain (see {@link #playingPlain}). */
    private boolean plain;
    /** The save this session was resumed from, or null for a new game. */
    private String resumedFrom;
    private volatile GameState current;
    private volatile Engine engine;
    private boolean closed;
    private boolean autosaveWarned;
    private final OtherAutosave otherAutosave;
    /** The state last kept under a name of the player's (or a kept name), which no autosave replaces; or null. */
    private GameState safe;

    private SaveSession(Engine engine, SaveStore store, Clock clock, GameState state, Instant created,
                        long playedBefore, String slot, UndoHistory history) {
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
        this.history = history;
        this.otherAutosave = new OtherAutosave(store, clock);
    }


    static SaveSession newGame(Engine engine, SaveStore store, Clock clock, GameState start) {
        return new SaveSession(engine, store, clock, start, clock.instant(), 0, null, new UndoHistory(List.of()));
    }

    static SaveSession resumed(Engine engine, SaveStore store, Clock clock, String name, Snapshots.Resumed r) {
        SaveSession s = new SaveSession(engine, store, clock, r.state(), r.save().created(), r.save().playedSeconds(),
                slotFor(name), r.history());
        s.resumedFrom = name;
        return s;
    }

    /** Loads a save and builds the first step: what the player reads on resuming. */
    static Step resumeStep(Engine engine, String name, Snapshots.Resumed r, Clock clock) {
        return engine.resolve(r.state(), loaded(name, r, clock));
    }

    private static RequestResult.Loaded loaded(String name, Snapshots.Resumed r, Clock clock) {
        List<String> notes = new ArrayList<>();
        notes.add("Resuming '" + name + "', saved " + SavesTable.date(r.save().lastPlayed(), clock.getZone())
                + " (played " + played(r.save().playedSeconds()) + ").");
        notes.addAll(r.notes());
        return new RequestResult.Loaded(r.state(), notes);
    }

    private static String slotFor(String name) {
        return name.equals(SaveStore.AUTOSAVE) || name.endsWith(".bak") ? null : name;
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

    /**
     * After a turn: a typed command that changed something can be undone, and a scene change autosaves.
     *
     * @param engine  the engine the game goes on with (a reload may have replaced it)
     * @param request whether the turn was a request (save, load, undo...), which is never itself undone
     * @return what to tell the player: an autosave failure, or nothing
     */
    synchronized List<Event> afterTurn(Engine engine, String line, GameState before, GameState after,
                                       boolean request) {
        this.engine = engine;
        if (!request) {
            history.record(line.strip(), before, after);
        }
        current = after;
        if (!closed && !before.sceneId().equals(after.sceneId())) {
            return List.copyOf(autosave(after));
        }
        return List.of();
    }

    synchronized RequestResult save(String typed, GameState state) {
        String name = SaveStore.typed(typed);
        String as = name.isEmpty() ? (slot == null ? "save" : slot) : name;
        Optional<String> bad = SaveStore.nameProblem(as);
        if (bad.isPresent()) {
            return new RequestResult.Failed(bad.get());
        }
        try {
            List<String> notes = write(as, state);
            slot = slotFor(as);
            if (slot != null) {
                safe = state;
            }
            return new RequestResult.Saved(as, store.file(as).toString(), notes, PlayName.command() + savesOption());
        } catch (SaveException e) {
            return new RequestResult.Failed(e.getMessage());
        }
    }

    /**
     * Before a chapter starts over: keeps the game as it is under {@code name} (with its undo steps), then starts an
     * empty undo history for the chapter; the slot a plain {@code save} writes to stays as it was.
     */
    synchronized RequestResult keepBeforeJump(String name, GameState state) {
        try {
            String as = keepFresh(name, state);
            history.replace(List.of());
            return new RequestResult.Saved(as, store.file(as).toString(), List.of(), PlayName.command());
        } catch (SaveException e) {
            return new RequestResult.Failed(e.getMessage());
        }
    }

    /**
     * Keeps the game as it is under a name no save has yet ({@code base}, {@code base-2}, ...), so a game kept
     * before a jump or a load is never replaced by the next one.
     *
     * @return the name it is kept under
     */
    private String keepFresh(String base, GameState state) throws SaveException {
        String as = store.saveFresh(base, snapshot(state));
        safe = state;
        return as;
    }

    synchronized RequestResult load(String typed) {
        String name = SaveStore.typed(typed);
        Optional<String> bad = SaveStore.nameProblem(name.endsWith(".bak") ? name.substring(0, name.length() - 4) : name);
        if (bad.isPresent()) {
            return new RequestResult.Failed(bad.get());
        }
        List<String> kept = new ArrayList<>();
        try {
            SaveFile f = store.load(name);
            Snapshots.Resumed r = Snapshots.resumeDeferred(engine, f, store.file(name));
            if (progressAtRisk()) {
                try {
                    String as = keepFresh("before-load", current);
                    kept.add("Your game as it was is kept as '" + as + "': 'load " + as + "' goes back to it.");
                } catch (SaveException e) {
                    return new RequestResult.Failed("'" + name + "' not loaded: your game could not be kept first, and"
                            + " loading would lose it. " + e.getMessage());
                }
            }
            if (r.deferred() != null) {
                history.replace(r.deferred());
            } else {
                history.replace(r.undo());
            }
            created = f.created();
            playedBefore = f.playedSeconds();
            sessionStart = clock.instant();
            slot = slotFor(name);
            RequestResult.Loaded l = loaded(name, r, clock);
            kept.addAll(l.notes());
            safe = slot == null ? null : r.state();
            return new RequestResult.Loaded(l.state(), kept);
        } catch (SaveException e) {
            return new RequestResult.Failed("Cannot load '" + name + "': " + e.getMessage() + " Your game goes on as"
                    + " it was.");
        }
    }

    /**
     * Whether the game as it is would be lost if another replaced it: it is kept only in the autosave (which the
     * next one overwrites) or nowhere. A new game not yet played, or a game just saved under a name, is safe.
     */
    private boolean progressAtRisk() {
        if (safe != null && UndoHistory.sameApartFromTurn(current, safe)) {
            return false;
        }
        boolean fromNamed = resumedFrom != null && slotFor(resumedFrom) != null;
        return !((resumedFrom == null || fromNamed) && UndoHistory.sameApartFromTurn(current, initial));
    }

    synchronized RequestResult list() {
        return new RequestResult.Listed(SavesTable.render(store, store.list(), clock.getZone(),
                PlayName.command() + savesOption()));
    }

    synchronized RequestResult undo() {
        Optional<UndoHistory.Undone> u = history.undo(current);
        if (u.isEmpty() && history.takeDropped()) {
            return new RequestResult.Failed("Nothing to undo: the undo history saved with this game no longer replays"
                    + " in this version of the game, so it was dropped.");
        }
        return u.isEmpty() ? new RequestResult.NothingToUndo()
                : new RequestResult.Undone(u.get().step().command(), u.get().step().before(), u.get().lookedOnly());
    }

    /**
     * The state play starts from, once the session has begun (the review deck set to today): leaving from there, or
     * from a state that differs only in the turn, writes nothing.
     */
    synchronized void begun(GameState state) {
        initial = state;
        current = state;
    }

    /** On 'quit': autosaves, and says so. */
    synchronized RequestResult quit(GameState state) {
        current = state;
        closed = true;
        return new RequestResult.Quitting(autosaveOnExit(state));
    }

    /** At end of input or Ctrl-C: autosaves, and says so. */
    synchronized List<Event> onExit(GameState state) {
        current = state;
        if (closed) {
            return List.of();
        }
        closed = true;
        return List.copyOf(autosaveOnExit(state));
    }

    /** From the shutdown hook (SIGTERM, or Ctrl-C while not reading): autosaves the last complete state. */
    synchronized void onShutdown(PrintStream err) {
        if (closed) {
            return;
        }
        closed = true;
        for (Event.Feedback e : autosaveOnExit(current)) {
            err.println("compute-quest: " + e.text());
        }
    }

    /**
     * Nothing is written when nothing happened, so opening a new game and leaving never replaces an autosave. The
     * player is told the progress is saved only when it is on disk, and otherwise why not.
     */
    private List<Event.Feedback> autosaveOnExit(GameState state) {
        if (UndoHistory.sameApartFromTurn(state, initial)) {
            if (resumedFrom == null) {
                return List.of();
            }
            // a game resumed and left unchanged: its save is as it was, and the way back is told all the same
            String back = resumedFrom.equals(SaveStore.AUTOSAVE) ? PlayName.command() + " --continue"
                    : PlayName.command() + " --load " + PlayName.shellWord(resumedFrom);
            return List.of(Event.info("Your game is saved as you found it ('" + resumedFrom + "'): " + back
                    + savesOption() + " picks up here."));
        }
        if (!UndoHistory.sameApartFromTurn(state, autosaved)) {
            Optional<SaveException> failed = writeAutosave(state);
            if (failed.isPresent() && store.shared()) {
                return keptAside(state, failed.get());
            }
            if (failed.isPresent()) {
                return List.of(Event.wrong("Your progress could not be saved: " + failed.get().getMessage()));
            }
        }
        List<Event.Feedback> out = new ArrayList<>(otherAutosave.note(savesOption()));
        out.add(Event.info("Your progress is saved ('" + SaveStore.AUTOSAVE + "'): " + PlayName.command()
                + " --continue" + savesOption() + " picks up here."));
        return out;
    }

    /**
     * On leaving while another game holds the folder: the autosave is that game's, so this game's progress is kept
     * under a dated name no file has, and the player is told how to get it back.
     */
    private List<Event.Feedback> keptAside(GameState state, SaveException whyNot) {
        String base = SaveStore.AUTOSAVE + "-" + OtherAutosave.KEPT.format(clock.instant().atZone(clock.getZone()));
        try {
            String as = keepFresh(base, state);
            return List.of(Event.info("Another Compute Quest game is still playing with the saves in " + store.dir()
                    + ", so its autosave was left alone: your progress is saved as '" + as + "'. "
                    + PlayName.command() + " --load " + as + savesOption() + " picks up here."));
        } catch (SaveException e) {
            return List.of(Event.wrong("Your progress could not be saved: " + whyNot.getMessage() + " Nor under a name"
                    + " of its own: " + e.getMessage()));
        }
    }

    /** Autosaves quietly; only the first failure in a session is reported, so a read-only folder does not nag. */
    private List<Event.Feedback> autosave(GameState state) {
        Optional<SaveException> failed = writeAutosave(state);
        if (failed.isEmpty() || autosaveWarned) {
            return otherAutosave.note(savesOption());
        }
        autosaveWarned = true;
        return List.of(Event.wrong("Autosave failed: " + failed.get().getMessage()));
    }

    private Optional<SaveException> writeAutosave(GameState state) {
        try {
            // the other game may have quit since; while it plays, its autosave is neither replaced nor copied
            if (!store.shared() || store.reclaim()) {
                otherAutosave.keep(created);
            }
            write(SaveStore.AUTOSAVE, state);
            autosaved = state;
            return Optional.empty();
        } catch (SaveException e) {
            return Optional.of(e);
        }
    }

    /** {@code --saves DIR} when the saves are not in the default folder, so the hint can be typed as it is. */
    private String savesOption() {
        return (plain ? " --plain" : "")
                + (store.dir().toAbsolutePath().normalize().equals(SaveStore.defaultDir().toAbsolutePath().normalize())
                ? "" : " --saves " + PlayName.shellWord(store.dir().toString()));
    }

    /** The game was started with --plain: the way back it names keeps line mode (a screen reader's way to play). */
    void playingPlain() {
        plain = true;
    }

    private List<String> write(String name, GameState state) throws SaveException {
        return store.save(name, snapshot(state));
    }

    private SaveFile snapshot(GameState state) {
        Instant now = clock.instant();
        long played = playedBefore + Math.max(0, Duration.between(sessionStart, now).getSeconds());
        return Snapshots.of(engine.story(), state, created, now, played, history.lastForSave(SaveCodec.UNDO_KEPT));
    }

    private static String played(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        return h > 0 ? h + "h " + m + "m" : m > 0 ? m + "m" : seconds + "s";
    }
}
