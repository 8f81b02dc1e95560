package computequest.save;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.ProgressMap;
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

    /** What the player reads when undo steps that no longer replay are dropped. */
    public static final String UNDO_DROPPED = "Undo history from before the story changed was dropped.";

    /**
     * A save of {@code state}; only the last {@link SaveCodec#UNDO_KEPT} undo steps go into the file, and only the
     * oldest of them with its full state: the others keep just their command, and {@link #resume} rebuilds their
     * states by replaying the commands (the engine is deterministic).
     *
     * @param created       when the game began (wall clock)
     * @param now           the time of this save (wall clock)
     * @param playedSeconds time played over all sessions
     */
    public static SaveFile of(Story story, GameState state, Instant created, Instant now, long playedSeconds,
                              List<SaveFile.UndoStep> undo) {
        Optional<Scene> scene = story.scene(state.sceneId());
        ProgressMap.SceneCount scenes = ProgressMap.scenes(story, state); // as the in-game map counts them
        SaveFile.Summary summary = new SaveFile.Summary(state.sceneId(), scene.map(Scene::title).orElse(state.sceneId()),
                scene.map(Scene::chapter).orElse(""), scenes.seen(), scenes.total(), state.score(), state.ended());
        List<SaveFile.UndoStep> last = undo.subList(Math.max(0, undo.size() - SaveCodec.UNDO_KEPT), undo.size());
        List<SaveFile.UndoStep> kept = new ArrayList<>(last.size());
        for (int i = 0; i < last.size(); i++) {
            SaveFile.UndoStep u = last.get(i);
            kept.add(i == 0 ? u : new SaveFile.UndoStep(u.command(), null));
        }
        return new SaveFile(SaveCodec.FORMAT, SaveCodec.VERSION, SaveCodec.MIN_COMPATIBLE, story.id(),
                story.contentHash(), state.seed(), created, now, playedSeconds, summary, state, kept);
    }

    /**
     * A loaded save placed in the story as it is now.
     *
     * @param undo     the undo steps with their states (empty when they are deferred)
     * @param notes    what the player should know (the story changed, the scene moved)
     * @param deferred undo steps to replay when first needed, or null: see {@link #resumeDeferred}
     */
    public record Resumed(SaveFile save, GameState state, List<SaveFile.UndoStep> undo, List<String> notes,
                          DeferredUndo deferred) {

        Resumed(SaveFile save, GameState state, List<SaveFile.UndoStep> undo, List<String> notes) {
            this(save, state, undo, notes, null);
        }

        /** The undo history the session starts with. */
        public UndoHistory history() {
            return deferred == null ? new UndoHistory(undo) : new UndoHistory(deferred);
        }
    }

    /**
     * {@link #resume(Engine, SaveFile, Path)}, but when the story is unchanged and the steps need replaying, the
     * replay waits until the first undo reaches them or a save needs their states (it runs most of the simulator,
     * which the first screen does not need). The state, scene and notes are the same as {@code resume} gives; if the
     * replay later fails (a save from another version of the game), the steps are dropped then.
     */
    public static Resumed resumeDeferred(Engine engine, SaveFile save, Path file) throws SaveException {
        Story story = engine.story();
        boolean unchanged = story.id().equals(save.storyId()) && Objects.equals(story.contentHash(), save.storyHash())
                && story.scene(save.state().sceneId()).isPresent();
        boolean replays = !save.undo().isEmpty() && save.undo().get(0).before() != null
                && save.undo().stream().anyMatch(u -> u.before() == null);
        if (!unchanged || !replays) {
            return resume(engine, save, file);
        }
        return new Resumed(save, save.state(), List.of(), List.of(), new DeferredUndo(engine, save.undo(),
                save.state()));
    }

    /** {@link #resume(Engine, SaveFile, Path)} with an engine for {@code story}. */
    public static Resumed resume(Story story, SaveFile save, Path file) throws SaveException {
        return resume(new Engine(story), save, file);
    }

    /**
     * Puts a save back into the current story. If the story was edited and the save's scene is gone, play resumes
     * at the first scene of the same chapter (file order), else at the story's start, with the cloud, bill, score and
     * flags kept; the undo steps are dropped then, as they may point at scenes that are gone.
     *
     * <p>Undo steps saved without their state (format 2) are rebuilt by replay: each step's state is the previous
     * step's state after the previous step's command, and the last step's state after its command must be the saved
     * state (apart from the turn counter). When that does not hold (the story was edited, so the commands now do
     * something else) the undo steps are dropped with a note; the load itself never fails for it. Steps saved with
     * full states (format 1) are kept as they are when the story is unchanged, and checked the same way when it was
     * edited.
     *
     * @throws SaveException when the save belongs to another story
     */
    public static Resumed resume(Engine engine, SaveFile save, Path file) throws SaveException {
        Story story = engine.story();
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
        }
        if (!undo.isEmpty()) {
            boolean complete = undo.stream().allMatch(u -> u.before() != null);
            if (!complete || edited) {
                Optional<List<SaveFile.UndoStep>> replayed = replay(engine, undo, save.state());
                if (replayed.isPresent()) {
                    undo = replayed.get();
                } else {
                    undo = List.of();
                    notes.add(UNDO_DROPPED);
                }
            }
        }
        return new Resumed(save, s, undo, notes);
    }

    /**
     * The undo steps with every state filled in, when the commands replay from the first step's state to
     * {@code current}; a state present in the file must match its replay. Empty when the chain does not hold.
     */
    static Optional<List<SaveFile.UndoStep>> replay(Engine engine, List<SaveFile.UndoStep> undo, GameState current) {
        List<SaveFile.UndoStep> out = new ArrayList<>(undo.size());
        GameState before = undo.get(0).before();
        if (before == null) {
            return Optional.empty();
        }
        try {
            for (int i = 0; i < undo.size(); i++) {
                SaveFile.UndoStep u = undo.get(i);
                if (u.before() != null) {
                    if (!UndoHistory.sameApartFromTurn(u.before(), before)) {
                        return Optional.empty();
                    }
                    before = u.before();
                }
                if (u.command() == null || engine.story().scene(before.sceneId()).isEmpty()) {
                    return Optional.empty();
                }
                out.add(new SaveFile.UndoStep(u.command(), before));
                before = engine.step(before, u.command()).state();
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return UndoHistory.sameApartFromTurn(before, current) ? Optional.of(List.copyOf(out)) : Optional.empty();
    }
}
