package computequest.story;

import java.util.List;

/**
 * A choice offered in a scene.
 *
 * @param target   the scene it leads to, or null to stay (a wrong answer explained by its feedback)
 * @param feedback what the game says when it is taken, explaining why
 */
public record Choice(String text, String target, List<Condition> conditions, List<Effect> effects,
                     String feedback, Position position) {
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
