package computequest.story;

/**
 * What a scene asks the player to remember later (story/README.md, "Review cards, callbacks and adaptive steps").
 *
 * @param concept  {@code @concept NAME}: the concept the scene checks or practises, shown per concept by {@code map};
 *                 empty when unset
 * @param task     {@code @task CONDITION}: the small job {@code review} sets for this concept, done when the condition
 *                 holds in a scratch account; its {@code ~ run}/{@code ~ wait} lines prepare that account and its
 *                 {@code >} lines are the prompt. Null when the scene has none
 * @param callback {@code @callback SCENE-ID}: this scene is an on-call incident that brings back what that earlier
 *                 scene taught; null when it is not one
 * @param callbackFile the file of the {@code @callback} line and {@code callbackLineColumn} its line and column (see
 *                     {@link Position#pack}; {@link #callbackAt()} gives them as a Position, null when there is none)
 */
public record Recall(String concept, Goal task, String callback, String callbackFile, long callbackLineColumn) {

    /** The flag set when a {@code @concept} scene's goal was met without a hint ({@code fluent:SCENE-ID}). */
    public static final String FLUENT = "fluent:";
    /** The flag set when it needed the last (third) hint ({@code needed-help:SCENE-ID}). */
    public static final String NEEDED_HELP = "needed-help:";

    public static final Recall NONE = new Recall("", null, null, null);

    public Recall(String concept, Goal task, String callback, Position callbackAt) {
        this(concept, task, callback, Position.fileOf(callbackAt), Position.pack(callbackAt));
    }

    /** Where the {@code @callback} line is, or null. */
    public Position callbackAt() {
        return Position.of(callbackFile, callbackLineColumn);
    }

    public Recall {
        concept = concept == null ? "" : concept;
    }

    public boolean isEmpty() {
        return concept.isEmpty() && task == null && callback == null;
    }
}
