package computequest.save;

import computequest.engine.GameState;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * Undo within a session: the state before each of the last {@value #LIMIT} commands that changed something. A command
 * that changed nothing but the turn counter ('look', 'help', a wrong choice without effects) is not recorded, so 'undo'
 * always takes back a real change. The states share structure (the cloud's maps are persistent), so a step costs
 * about what it changed; the limit bounds the rest, so a session of any length keeps memory bounded. Not thread-safe;
 * the game loop owns it.
 */
public final class UndoHistory {

    /** The most steps kept in memory; older ones are dropped first. */
    public static final int LIMIT = 1_000;

    private final ArrayDeque<SaveFile.UndoStep> steps = new ArrayDeque<>();
    /** Loaded steps older than every step in {@link #steps}, not replayed yet; null when there are none. */
    private DeferredUndo deferred;
    /** Whether deferred steps were dropped because they no longer replay (told once, at the next undo). */
    private boolean dropped;

    public UndoHistory(List<SaveFile.UndoStep> initial) {
        replace(initial);
    }

    /** A history that starts with loaded steps, replayed only when first needed. */
    public UndoHistory(DeferredUndo loaded) {
        replace(loaded);
    }

    /** Records {@code before} if {@code command} changed the state in more than the turn counter. */
    public void record(String command, GameState before, GameState after) {
        if (!sameApartFromTurn(before, after)) {
            if (deferred != null && steps.size() + deferred.size() >= LIMIT) {
                settle();
            }
            steps.addLast(new SaveFile.UndoStep(command, before));
            while (steps.size() > LIMIT) {
                steps.removeFirst();
            }
        }
    }

    /**
     * What {@link #undo(GameState)} took back: the last command that changed something, and the commands after it
     * that only looked (their sole effect was the simulated time every cloud command takes), oldest first.
     */
    public record Undone(SaveFile.UndoStep step, List<String> lookedOnly) {
        public Undone {
            lookedOnly = List.copyOf(lookedOnly);
        }
    }

    /**
     * Takes back the last command that changed something, if any. Every cloud command lets two simulated seconds
     * pass, so a describe or 'aws --version' is a step of its own; undo takes it back together with the change
     * before it instead of stopping at it (a playtester's 'undo' after 'aws --version' took back only two seconds).
     * A 'wait' is a change: it is what the player asked for.
     */
    public Optional<Undone> undo(GameState current) {
        if (steps.isEmpty()) {
            settle();
        }
        int change = lastChange(current);
        if (change < 0 && deferred != null) {
            settle();
            change = lastChange(current);
        }
        if (change < 0) {
            return Optional.empty();
        }
        List<String> looked = new java.util.ArrayList<>();
        while (steps.size() > change + 1) {
            looked.add(0, steps.pollLast().command());
        }
        return Optional.of(new Undone(steps.pollLast(), looked));
    }

    /** Takes back the newest step alone, as recorded: tests compare two histories step by step with it. */
    Optional<SaveFile.UndoStep> newest() {
        if (steps.isEmpty()) {
            settle();
        }
        return Optional.ofNullable(steps.pollLast());
    }

    /** The index in {@link #steps} of the newest step that did more than let time pass, or -1. */
    private int lastChange(GameState current) {
        List<SaveFile.UndoStep> all = List.copyOf(steps);
        GameState after = current;
        for (int i = all.size() - 1; i >= 0; i--) {
            SaveFile.UndoStep s = all.get(i);
            if (!onlyTimePassed(s.command(), s.before(), after)) {
                return i;
            }
            after = s.before();
        }
        return -1;
    }

    /** Whether {@code after} is {@code before} with nothing but simulated time run on, and the command no 'wait'. */
    static boolean onlyTimePassed(String command, GameState before, GameState after) {
        String c = command.strip().toLowerCase(java.util.Locale.ROOT);
        if (c.equals("wait") || c.startsWith("wait ") || after.cloud().clock() <= before.cloud().clock()) {
            return false;
        }
        computequest.sim.Cloud ran = computequest.sim.CloudSim.advance(before.cloud(),
                after.cloud().clock() - before.cloud().clock()).cloud();
        return sameApartFromTurn(before.withCloud(ran), after);
    }

    /**
     * Whether loaded steps were dropped, since the last call, because their commands no longer replay to the saved
     * state (a save from another version of the game); the caller tells the player.
     */
    public boolean takeDropped() {
        boolean d = dropped;
        dropped = false;
        return d;
    }

    public List<SaveFile.UndoStep> steps() {
        settle();
        return List.copyOf(steps);
    }

    /**
     * The last {@code n} steps as a save writes them: the oldest with its state, the others need only their
     * command. Loaded steps are replayed only when the window starts inside them after newer steps.
     */
    public List<SaveFile.UndoStep> lastForSave(int n) {
        if (deferred != null && steps.isEmpty() && deferred.size() <= n) {
            return deferred.steps();
        }
        List<SaveFile.UndoStep> all = steps();
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    public int size() {
        settle();
        return steps.size();
    }

    public void replace(List<SaveFile.UndoStep> next) {
        deferred = null;
        dropped = false;
        steps.clear();
        next.subList(Math.max(0, next.size() - LIMIT), next.size()).forEach(steps::addLast);
    }

    /** Starts again from loaded steps, replayed when first needed. */
    public void replace(DeferredUndo loaded) {
        replace(List.of());
        deferred = loaded.steps().isEmpty() ? null : loaded;
    }

    /** Replays the deferred steps, if any, and puts them before the newer ones. */
    private void settle() {
        if (deferred == null) {
            return;
        }
        DeferredUndo d = deferred;
        deferred = null;
        Optional<List<SaveFile.UndoStep>> older = d.replay();
        if (older.isEmpty()) {
            dropped = true;
            return;
        }
        List<SaveFile.UndoStep> o = older.get();
        for (int i = o.size() - 1; i >= 0; i--) {
            steps.addFirst(o.get(i));
        }
        while (steps.size() > LIMIT) {
            steps.removeFirst();
        }
    }

    public static boolean sameApartFromTurn(GameState a, GameState b) {
        // The laptop's shell history changes with every line typed there, and the hint level with every 'hint': only
        // the rest is worth an undo step (so 'undo' after a hint takes back the last command, not the hint).
        return a.withTurn(0).withHintsShown(0).withLaptop(a.laptop().withoutHistory())
                .equals(b.withTurn(0).withHintsShown(0).withLaptop(b.laptop().withoutHistory()));
    }
}
