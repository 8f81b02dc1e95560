package computequest.engine;

/**
 * Something the player asked for that needs the outside world (files, the story folder, the end of the session).
 * The engine does no I/O, so it returns these in a {@link Step}; the app carries each out and gives the engine the
 * {@link RequestResult} through {@link Engine#resolve}.
 */
public sealed interface Request {

    /** Save the game; an empty name means the slot this game was last saved to or loaded from. */
    record Save(String name) implements Request {
    }

    /** Go back to a save. */
    record Load(String name) implements Request {
    }

    /** List the saves. */
    record ListSaves() implements Request {
    }

    /** Take back the last command that changed something. */
    record Undo() implements Request {
    }

    /** Read the story files again (for authors). */
    record Reload() implements Request {
    }

    /**
     * Play a chapter from its start ({@code chapter N}, {@code restart}, {@code finale}): the app saves the game as it
     * is, then builds the state the chapter expects, as {@code ./play --from} does, and answers with a
     * {@link RequestResult.Loaded}.
     *
     * @param sceneId the chapter's first scene
     */
    record StartChapter(int number, String title, String sceneId) implements Request {
    }

    /** Leave the game. */
    record Quit() implements Request {
    }

    /**
     * Open a file of the learner's laptop in an editor ({@code edit FILE}, {@code nano FILE}, {@code vi FILE}).
     *
     * @param path the file's path in the home folder
     * @param text what it holds now ("" for a new file)
     */
    record EditLaptopFile(String path, String text) implements Request {
    }

    /** Open the story file that holds the current scene, at its line (for authors). */
    record EditFile(String file, int line) implements Request {
    }
}
