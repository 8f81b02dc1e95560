package computequest.save;

import computequest.engine.Engine;
import computequest.engine.GameState;
import java.util.List;
import java.util.Optional;

/**
 * Undo steps loaded from a file whose states are rebuilt by replay only when first needed: at the first {@code undo}
 * that reaches them, or when a save must write a window of steps that starts inside them. Replaying a course's 20
 * steps runs most of the simulator, which a returning player's first screen does not need (README, Performance).
 *
 * @param steps   as read from the file: the oldest with its state, the others with their command only
 * @param current the state the last step's command led to (the saved state)
 */
public record DeferredUndo(Engine engine, List<SaveFile.UndoStep> steps, GameState current) {

    public DeferredUndo {
        steps = List.copyOf(steps);
    }

    /** Every step with its state, or empty when the commands no longer lead to {@code current}. */
    public Optional<List<SaveFile.UndoStep>> replay() {
        return Snapshots.replay(engine, steps, current);
    }

    public int size() {
        return steps.size();
    }
}
