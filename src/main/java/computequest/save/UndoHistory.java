package computequest.save;

import computequest.engine.GameState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unlimited undo within a session: the state before every command that changed something. A command that changed
 * nothing but the turn counter ('look', 'help', a wrong choice without effects) is not recorded, so 'undo' always
 * takes back a real change. Not thread-safe; the game loop owns it.
 */
public final class UndoHistory {

    private final List<SaveFile.UndoStep> steps = new ArrayList<>();

    public UndoHistory(List<SaveFile.UndoStep> initial) {
        steps.addAll(initial);
    }

    /** Records {@code before} if {@code command} changed the state in more than the turn counter. */
    public void record(String command, GameState before, GameState after) {
        if (!sameApartFromTurn(before, after)) {
            steps.add(new SaveFile.UndoStep(command, before));
        }
    }

    /** Takes back the last change, if any. */
    public Optional<SaveFile.UndoStep> undo() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.remove(steps.size() - 1));
    }

    public List<SaveFile.UndoStep> steps() {
        return List.copyOf(steps);
    }

    public int size() {
        return steps.size();
    }

    public void replace(List<SaveFile.UndoStep> next) {
        steps.clear();
        steps.addAll(next);
    }

    public static boolean sameApartFromTurn(GameState a, GameState b) {
        return a.withTurn(0).equals(b.withTurn(0));
    }
}
