package computequest.save;

import computequest.engine.GameState;
import computequest.story.Scene;
import computequest.story.Story;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Makes a {@link SaveFile} from a game, and puts a loaded one back into the story as it is now. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * A save of {@code state}; only the last {@link SaveCodec#UNDO_KEPT} undo steps go into the file.
     *
     * @param created       when the game began (wall clock)
     * @param now           the time of this save (wall clock)
     * @param playedSeconds time played over all sessions
     */
    public static SaveFile of(Story story, GameState state, Instant created, Instant now, long playedSeconds,
                              List<SaveFile.UndoStep> undo) {
        Optional<Scene> scene = story.scene(state.sceneId());
        int visited = (int) state.visited().stream().filter(id -> story.scenes().containsKey(id)).count();
        SaveFile.Summary summary = new SaveFile.Summary(state.sceneId(), scene.map(Scene::title).orElse(state.sceneId()),
                scene.map(Scene::chapter).orElse(""), visited, story.scenes().size(), state.score(), state.ended());
        List<SaveFile.UndoStep> kept = undo.subList(Math.max(0, undo.size() - SaveCodec.UNDO_KEPT), undo.size());
        return new SaveFile(SaveCodec.FORMAT, SaveCodec.VERSION, SaveCodec.MIN_COMPATIBLE, story.id(),
                story.contentHash(), state.seed(), created, now, playedSeconds, summary, state, kept);
    }

    /**
     * A loaded save placed in the story as it is now.
     *
     * @param notes what the player should know (the story changed, the scene moved)
     */
    public record Resumed(SaveFile save, GameState state, List<SaveFile.UndoStep> undo, List<String> notes) {
    }

    /**
     * Puts a save back into the current story. If the story was edited and the save's scene is gone, play resumes
     * at the first scene of the same chapter (file order), else at the story's start, with the cloud, bill, score and
     * flags kept; the undo steps are dropped then, as they may point at scenes that are gone.
     *
     * @throws SaveException when the save belongs to another story
     */
    public static Resumed resume(Story story, SaveFile save, Path file) throws SaveException {
        if (!story.id().equals(save.storyId())) {
            throw new SaveException(file, "is a save for the story '" + save.storyId() + "', not for this story ('"
                    + story.id() + "').");
        }
        GameState s = save.state();
        List<String> notes = new ArrayList<>();
        List<SaveFile.UndoStep> undo = save.undo();
        boolean edited = !Objects.equals(story.contentHash(), save.storyHash());
        if (story.scene(s.sceneId()).isEmpty()) {
            String chapter = save.summary() == null ? "" : save.summary().chapter();
            Optional<Scene> first = chapter.isEmpty() ? Optional.empty() : story.scenes().values().stream()
                    .filter(sc -> sc.chapter().equals(chapter)).findFirst();
            String target = first.map(Scene::id).orElse(story.start());
            s = s.withScene(target).withEnded(false);
            if (!s.visited().contains(target)) {
                List<String> v = new ArrayList<>(s.visited());
                v.add(target);
                s = s.withVisited(v);
            }
            notes.add("The story has changed since this save: the scene '" + save.state().sceneId() + "' no longer"
                    + " exists, so you resume at " + (first.isPresent() ? "the start of chapter " + chapter
                    : "the start of the story") + ". Your cloud, bill, score and flags are as you left them.");
            undo = List.of();
        } else if (edited) {
            notes.add("The story has been edited since this save; you resume at the same scene.");
            undo = undo.stream().filter(u -> story.scene(u.before().sceneId()).isPresent()).toList();
        }
        return new Resumed(save, s, undo, notes);
    }
}
