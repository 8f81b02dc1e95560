package computequest.story;

import java.util.List;

/**
 * A state of the simulated cloud the scene waits for, checked after every cloud command and every wait.
 *
 * @param target   the scene to move to when it holds, or null for a {@code @check}: feedback only
 * @param feedback what the game says when it holds
 */
public record Goal(Condition condition, String target, List<Effect> effects, String feedback, String file,
                   long lineColumn) implements Located {
    public Goal(Condition condition, String target, List<Effect> effects, String feedback, Position position) {
        this(condition, target, effects, feedback, Position.fileOf(position), Position.pack(position));
    }

    public Goal {
        effects = List.copyOf(effects);
    }

    public boolean isCheck() {
        return target == null;
    }
}
