package computequest.engine;

/**
 * Something for a renderer to show. The kind tells it how: renderers mark {@link Kind#OK} and {@link Kind#WRONG}
 * with a text label as well as colour, so meaning never rests on colour alone.
 */
public record Event(Kind kind, String text) {

    public enum Kind {
        /** A scene's heading: chapter and title. */
        SCENE,
        /** Story prose. */
        NARRATION,
        /** One numbered choice. */
        CHOICE,
        /** An action was right; the text says why. */
        OK,
        /** An action was wrong or refused; the text says why. */
        WRONG,
        /** Neutral information from the game. */
        INFO,
        /** What a cloud command printed (JSON, table, text). */
        OUTPUT,
        /** A change in the simulated cloud, with its cost. */
        CHANGE,
        HINT,
        HELP,
        STATUS,
        SCORE,
        /** The story reached an ending. */
        ENDING,
        /** The player asked to leave. */
        QUIT,
        /** The player asked to reload the story files; the app does it (the engine does no I/O). */
        RELOAD,
        /** Requests the app carries out (the engine does no I/O); the text is the save name, or empty. */
        SAVE,
        LOAD,
        LIST_SAVES,
        UNDO
    }

    public Event {
        if (kind == null || text == null) {
            throw new IllegalArgumentException("an event needs a kind and a text, got " + kind + "/" + text);
        }
    }
}
