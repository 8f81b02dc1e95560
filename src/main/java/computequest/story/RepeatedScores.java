package computequest.story;

import java.util.List;

/**
 * Points a player can farm: a {@code ~ score +N} that fires again each time its line does. An {@code @on} reaction
 * fires on every matching command, and has no guard. A choice fires each time it is taken: again and again when it
 * has no {@code ->} (the player stays and may pick it once more), or when its scene can be entered again (a path
 * from its target leads back). A choice is guarded when a {@code ? not flag NAME} line hides it once its own
 * {@code ~ flag NAME} has run; a {@code @quiz} scene scores only its first answer, so it needs no guard.
 */
final class RepeatedScores {

    private RepeatedScores() {
    }

    static void check(SceneIndex index, List<Diagnostic> out) {
        int[] components = null;
        for (int i = 0; i < index.size(); i++) {
            Scene s = index.scenes[i];
            for (Reaction r : s.reactions()) {
                Effect.Score points = points(r.effects());
                if (points != null) {
                    out.add(Diagnostic.warning(points.position(), "these points come again every time a command"
                            + " matches this @on, so a player can farm them", "give points in a @goal (or a choice"
                            + " guarded by '? not flag NAME' and '~ flag NAME'); an @on should only explain"));
                }
            }
            if (s.quiz()) {
                continue;
            }
            for (Choice c : s.choices()) {
                Effect.Score points = points(c.effects());
                if (points == null || guarded(c)) {
                    continue;
                }
                boolean repeats = c.target() == null;
                int target = repeats ? -1 : index.number(c.target());
                if (target >= 0) {
                    // A path from the target leads back here exactly when both lie in one strongly connected part.
                    components = components != null ? components : index.components();
                    repeats = components[target] == components[i];
                }
                if (repeats) {
                    out.add(Diagnostic.warning(points.position(), c.target() == null ? "this choice has no '->', so"
                            + " the player may pick it again and these points come each time" : "a path from '"
                            + c.target() + "' leads back to '" + s.id() + "', so these points come each time the"
                            + " player takes this choice again", "guard it: add '? not flag NAME' under the choice and"
                            + " '~ flag NAME' with the points, so it scores once"));
                }
            }
        }
    }

    /** The first effect that adds points, or null. */
    private static Effect.Score points(List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.Score sc && sc.delta() > 0) {
                return sc;
            }
        }
        return null;
    }

    /**
     * Whether a {@code ? not flag NAME} line hides the choice once its own effects set NAME; the test may be one part
     * of an {@code and} ({@code ? score >= 10 and not flag NAME}), since every part must hold.
     */
    private static boolean guarded(Choice c) {
        for (Condition cond : c.conditions()) {
            if (hides(cond, c.effects())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hides(Condition cond, List<Effect> effects) {
        if (cond instanceof Condition.All all) {
            for (Condition part : all.parts()) {
                if (hides(part, effects)) {
                    return true;
                }
            }
        } else if (cond instanceof Condition.Flag f && f.negated()) {
            for (Effect e : effects) {
                if (e instanceof Effect.SetFlag set && set.name().equals(f.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
