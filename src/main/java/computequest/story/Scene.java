package computequest.story;

import java.util.List;

/**
 * One scene: prose, then what the player can do in it.
 *
 * @param chapter  the chapter heading it belongs to, e.g. "1 Virtual machines"
 * @param text     prose paragraphs separated by blank lines
 * @param onEnter  effects applied each time the scene is entered
 * @param hints    tiers in order: a nudge, then the concept, then the command
 * @param ending   whether the story ends here
 * @param objective what the player must do here, restated by the {@code objective} command; empty if unset
 * @param quiz     whether this scene is a knowledge-check question
 * @param setup    {@code @setup} effects: only for playtests that jump here ({@code ./play --from}), they stand for
 *                 what a player has done since the previous scene on the shortest path from the start
 * @param recall   its {@code @concept}, {@code @task} and {@code @callback} lines, for review and on-call incidents
 * @param file     the story file it is in, and {@code lineColumn} the line and column of its {@code ::} line (see
 *                 {@link Position#pack}; {@link #position()} gives them as a Position)
 */
public record Scene(String id, String title, String chapter, String text, List<Choice> choices, List<Goal> goals,
                    List<Reaction> reactions, List<String> hints, List<Effect> onEnter, boolean ending,
                    String objective, boolean quiz, String file, long lineColumn, List<Effect> setup, Recall recall,
                    List<ProseMark> marks)
        implements Located {

    public Scene(String id, String title, String chapter, String text, List<Choice> choices, List<Goal> goals,
                 List<Reaction> reactions, List<String> hints, List<Effect> onEnter, boolean ending,
                 String objective, boolean quiz, Position position, List<Effect> setup, Recall recall,
                 List<ProseMark> marks) {
        this(id, title, chapter, text, choices, goals, reactions, hints, onEnter, ending, objective, quiz,
                Position.fileOf(position), Position.pack(position), setup, recall, marks);
    }

    /** A scene whose prose marks are not known (made in code, not read from a file). */
    public Scene(String id, String title, String chapter, String text, List<Choice> choices, List<Goal> goals,
                 List<Reaction> reactions, List<String> hints, List<Effect> onEnter, boolean ending,
                 String objective, boolean quiz, Position position, List<Effect> setup, Recall recall) {
        this(id, title, chapter, text, choices, goals, reactions, hints, onEnter, ending, objective, quiz, position,
                setup, recall, List.of());
    }

    public Scene {
        recall = recall == null ? Recall.NONE : recall;
        setup = List.copyOf(setup);
        choices = List.copyOf(choices);
        goals = List.copyOf(goals);
        reactions = List.copyOf(reactions);
        hints = List.copyOf(hints);
        onEnter = List.copyOf(onEnter);
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** A scene with nothing to recall. */
    public Scene(String id, String title, String chapter, String text, List<Choice> choices, List<Goal> goals,
                 List<Reaction> reactions, List<String> hints, List<Effect> onEnter, boolean ending,
                 String objective, boolean quiz, Position position, List<Effect> setup) {
        this(id, title, chapter, text, choices, goals, reactions, hints, onEnter, ending, objective, quiz, position,
                setup, Recall.NONE);
    }

    /** A scene without {@code @setup} lines. */
    public Scene(String id, String title, String chapter, String text, List<Choice> choices, List<Goal> goals,
                 List<Reaction> reactions, List<String> hints, List<Effect> onEnter, boolean ending,
                 String objective, boolean quiz, Position position) {
        this(id, title, chapter, text, choices, goals, reactions, hints, onEnter, ending, objective, quiz, position,
                List.of());
    }
}
