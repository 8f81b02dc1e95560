package computequest.save;

import computequest.engine.GameState;
import java.time.Instant;
import java.util.List;

/**
 * One save file, as written to disk: a header that can be read without the story, the full game state, and the
 * most recent undo steps. Only the state is saved, never the story content (the story is read live at start); the
 * story's id and content hash tell whether the story was edited since.
 *
 * @param format               always {@link SaveCodec#FORMAT}: tells our files from other JSON
 * @param formatVersion        the save format this file was written in
 * @param minCompatibleVersion the oldest reader format that can still load this file
 * @param storyId              the {@code @story} id the game was playing
 * @param storyHash            {@code Story.contentHash()} when saved
 * @param seed                 the seed the game started with
 * @param created              when this game was started (wall clock, supplied by the app)
 * @param lastPlayed           when this file was written
 * @param playedSeconds        wall-clock seconds spent playing this game, over all sessions
 * @param summary              what the listing shows, readable without the story
 * @param state                the full game state: scene, simulated cloud (clock, bill, random state), score, flags
 * @param undo                 the last undo steps, oldest first (at most {@link SaveCodec#UNDO_KEPT})
 */
public record SaveFile(String format, int formatVersion, int minCompatibleVersion, String storyId, String storyHash,
                       long seed, Instant created, Instant lastPlayed, long playedSeconds, Summary summary,
                       GameState state, List<UndoStep> undo) {

    public SaveFile {
        undo = undo == null ? List.of() : List.copyOf(undo);
    }

    /**
     * What a listing shows about a save.
     *
     * @param chapter       the chapter heading of the scene when saved, e.g. "1 Virtual machines"
     * @param scenesVisited scenes the player has been to, as the in-game {@code map} counts them (one ending)
     * @param scenesTotal   scenes on the way through when saved, as {@code map} counts them (older saves: every scene)
     */
    public record Summary(String sceneId, String sceneTitle, String chapter, int scenesVisited, int scenesTotal,
                          int score, boolean ended) {
    }

    /** One undoable command: what was typed, and the state before it. */
    public record UndoStep(String command, GameState before) {
    }
}
