package computequest.save;

import java.time.Instant;
import java.util.List;

/**
 * A save file as written to disk: {@link SaveFile}'s header, with the game state in the save records
 * ({@link GameSave}) instead of the engine's and the simulator's own records.
 */
record SavedFile(String format, int formatVersion, int minCompatibleVersion, String storyId, String storyHash,
                 long seed, Instant created, Instant lastPlayed, long playedSeconds, SaveFile.Summary summary,
                 GameSave state, List<Undo> undo) {

    /** One undo step: the command, and the state before it (only the oldest step carries one since format 2). */
    record Undo(String command, GameSave before) {
    }

    static SavedFile save(SaveFile f) {
        return new SavedFile(f.format(), f.formatVersion(), f.minCompatibleVersion(), f.storyId(), f.storyHash(),
                f.seed(), f.created(), f.lastPlayed(), f.playedSeconds(), f.summary(), GameSave.save(f.state()),
                Saves.list(f.undo(), u -> new Undo(u.command(), GameSave.save(u.before()))));
    }

    SaveFile load() {
        return new SaveFile(format, formatVersion, minCompatibleVersion, storyId, storyHash, seed, created, lastPlayed,
                playedSeconds, summary, GameSave.load(state),
                Saves.list(undo, u -> new SaveFile.UndoStep(u.command(), GameSave.load(u.before()))));
    }

    /**
     * A save's header alone, for listings: decoding it builds no adapters for the game state's records, which a cold
     * start would otherwise pay for just to list the saves (README, Performance).
     */
    record Header(String format, int formatVersion, int minCompatibleVersion, String storyId, String storyHash,
                  long seed, Instant created, Instant lastPlayed, long playedSeconds, SaveFile.Summary summary) {

        /** The header as a SaveFile without state, as reading the whole file without its state gives. */
        SaveFile load() {
            return new SaveFile(format, formatVersion, minCompatibleVersion, storyId, storyHash, seed, created,
                    lastPlayed, playedSeconds, summary, null, null);
        }
    }
}
