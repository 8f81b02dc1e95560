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

    public UndoHistory(List<SaveFile.UndoStep> initial) {
        replace(initial);
    }

    /** Records {@code before} if {@code command} changed the state in more than the turn counter. */
    public void record(String command, GameState before, GameState after) {
        if (!sameApartFromTurn(before, after)) {
            steps.addLast(new SaveFile.UndoStep(command, before));
            while (steps.size() > LIMIT) {
                steps.removeFirst();
            }
        }
    }

    /** Takes back the last change, if any. */
    public Optional<SaveFile.UndoStep> undo() {
        return Optional.ofNullable(steps.pollLast());
    }

    public List<SaveFile.UndoStep> steps() {
        return List.copyOf(steps);
    }

    public int size() {
        return steps.size();
    }

    public void replace(List<SaveFile.UndoStep> next) {
        steps.clear();
        next.subList(Math.max(0, next.size() - LIMIT), next.size()).forEach(steps::addLast);
    }

    public static boolean sameApartFromTurn(GameState a, GameState b) {
        // The laptop's shell history changes with every line typed there, and the hint level with every 'hint': only
        // the rest is worth an undo step (so 'undo' after a hint takes back the last command, not the hint).
        return a.withTurn(0).withHintsShown(0).withLaptop(a.laptop().withoutHistory())
                .equals(b.withTurn(0).withHintsShown(0).withLaptop(b.laptop().withoutHistory()));
    }
}
