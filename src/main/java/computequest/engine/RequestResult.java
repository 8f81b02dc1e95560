package computequest.engine;

import java.util.List;

/** What the app found when it carried out a {@link Request}; {@link Engine#resolve} turns it into a step. */
public sealed interface RequestResult {

    /**
     * Saved as {@code name} in {@code file}; {@code notes} are remarks such as a backup kept; {@code play} is the
     * game's command as the player started it (./play, or a link's name), for the way back from the shell.
     */
    record Saved(String name, String file, List<String> notes, String play) implements RequestResult {
        public Saved {
            notes = List.copyOf(notes);
        }
    }

    /** A save was read: play goes on from its state. {@code notes} say which save and anything repaired. */
    record Loaded(GameState state, List<String> notes) implements RequestResult {
        public Loaded {
            notes = List.copyOf(notes);
        }
    }

    /** The saves, as a table. */
    record Listed(String table) implements RequestResult {
    }

    /**
     * The last change was taken back: play goes on from {@code before}, the state before {@code command}; {@code
     * lookedOnly} are the commands after it that changed nothing but the simulated time, taken back with it.
     */
    record Undone(String command, GameState before, List<String> lookedOnly) implements RequestResult {
        public Undone {
            lookedOnly = List.copyOf(lookedOnly);
        }
    }

    /** There was nothing to undo. */
    record NothingToUndo() implements RequestResult {
    }

    /**
     * The story was read again; the engine that receives this result is the new one. {@code play} is the game's
     * command as the player started it, for the author check the warnings point to.
     */
    record Reloaded(int scenes, String dir, long warnings, String play) implements RequestResult {
    }

    /** The session ends; {@code notes} are what the app did on the way out (the autosave). */
    record Quitting(List<Event.Feedback> notes) implements RequestResult {
        public Quitting {
            notes = List.copyOf(notes);
        }
    }

    /** The file was opened and closed again in the author's editor. */
    record Edited(String file) implements RequestResult {
    }

    /** The editor closed on a laptop file: {@code text} is what was saved, or null when it closed without saving. */
    record LaptopFileEdited(String path, String text) implements RequestResult {
    }

    /**
     * Not an answer to a request: a play session starts on {@code today} (the app passes the date, so the engine never
     * reads a clock). Review cards fall due by it.
     */
    record SessionStarted(java.time.LocalDate today) implements RequestResult {
    }

    /** The request could not be carried out; {@code why} says so in a sentence the player can act on. */
    record Failed(String why) implements RequestResult {
    }
}
