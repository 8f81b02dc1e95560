package computequest.story;

import java.util.List;

/**
 * A choice offered in a scene.
 *
 * @param target   the scene it leads to, or null to stay (a wrong answer explained by its feedback)
 * @param feedback what the game says when it is taken, explaining why
 * @param file     the story file it is in, and {@code lineColumn} its line and column (see {@link Position#pack})
 */
public record Choice(String text, String target, List<Condition> conditions, List<Effect> effects,
                     String feedback, String file, long lineColumn) implements Located {
    public Choice(String text, String target, List<Condition> conditions, List<Effect> effects, String feedback,
                  Position position) {
        this(text, target, conditions, effects, feedback, Position.fileOf(position), Position.pack(position));
    }

    public Choice {
        conditions = List.copyOf(conditions);
        effects = List.copyOf(effects);
    }

    /** A right answer: it moves on or earns points, and costs nothing. Anything else is a wrong one. */
    public boolean isRight() {
        boolean costly = effects.stream().anyMatch(e -> e instanceof Effect.Score sc && sc.delta() < 0);
        boolean credited = effects.stream().anyMatch(e -> e instanceof Effect.Score sc && sc.delta() > 0);
        return !costly && (target != null || credited);
    }
}
