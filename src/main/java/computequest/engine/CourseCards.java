package computequest.engine;

import computequest.review.Card;
import computequest.story.Condition;
import computequest.story.Effect;
import computequest.story.Goal;
import computequest.story.Recall;
import computequest.story.Scene;
import computequest.story.Story;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the course itself records for review and adaptive guidance: the first answer to each knowledge check, the
 * first time each {@code @task} scene's goal is met, and how much help that took.
 */
final class CourseCards {

    /** Set when a {@code @concept} scene's goal was met without a hint: the story may let the player skip ahead. */
    static final String FLUENT = Recall.FLUENT;
    /** Set when it needed the last (third) hint: the story may give one more guided step. */
    static final String NEEDED_HELP = Recall.NEEDED_HELP;
    /** Hint tiers that count as "needed the answer": the third is the command itself. */
    static final int LAST_TIER = 3;

    private CourseCards() {
    }

    /** Only the first answer to a knowledge check scores: a later try keeps its feedback and loses its points. */
    static List<Effect> credit(Scene scene, GameState s, List<Effect> effects) {
        if (!scene.quiz() || !s.flags().containsKey(ProgressMap.QUIZ_MISS + scene.id())) {
            return effects;
        }
        return effects.stream().filter(e -> !(e instanceof Effect.Score sc && sc.delta() > 0)).toList();
    }

    /** The first answer to a knowledge check makes its card; the third hint counts as a miss. */
    static GameState answered(Scene scene, GameState s, boolean wrong) {
        if (!scene.quiz()) {
            return s;
        }
        boolean right = !wrong && s.hintsShown() < LAST_TIER;
        return s.withLearning(s.learning().withDeck(s.learning().deck().firstTry(scene.id(), Card.Kind.QUESTION,
                concept(scene), right)));
    }

    /** A goal met: a {@code @task} scene makes its card, and a {@code @concept} scene sets the adaptive flags. */
    static GameState practised(Scene scene, GameState s) {
        boolean struggled = s.hintsShown() >= LAST_TIER;
        if (scene.recall().task() != null) {
            s = s.withLearning(s.learning().withDeck(s.learning().deck().firstTry(scene.id(), Card.Kind.TASK,
                    concept(scene), !struggled)));
        }
        if (!scene.recall().concept().isEmpty()) {
            Map<String, String> flags = new LinkedHashMap<>(s.flags());
            if (s.hintsShown() == 0) {
                flags.put(FLUENT + scene.id(), "true");
            }
            s = s.withFlags(flags);
        }
        return s;
    }

    /**
     * After a hint: once a {@code @concept} scene's third (last) hint is shown, {@code needed-help:SCENE-ID} is set at
     * once, so the scene's own {@code @goal}s can send the player to one more guided step.
     */
    static GameState hinted(Scene scene, GameState s) {
        if (scene.recall().concept().isEmpty() || s.hintsShown() < LAST_TIER
                || s.flags().containsKey(NEEDED_HELP + scene.id())) {
            return s;
        }
        Map<String, String> flags = new LinkedHashMap<>(s.flags());
        flags.put(NEEDED_HELP + scene.id(), "true");
        return s.withFlags(flags);
    }

    /** Scenes only some players reach: the targets of goals that test a {@code needed-help:} flag. */
    static Set<String> extraSteps(Story story) {
        Set<String> out = new HashSet<>();
        for (Scene sc : story.scenes().values()) {
            for (Goal g : sc.goals()) {
                if (g.target() != null && testsNeededHelp(g.condition())) {
                    out.add(g.target());
                }
            }
        }
        return out;
    }

    private static boolean testsNeededHelp(Condition c) {
        return c instanceof Condition.Flag f ? !f.negated() && f.name().startsWith(NEEDED_HELP)
                : c instanceof Condition.All all && all.parts().stream().anyMatch(CourseCards::testsNeededHelp);
    }

    static String concept(Scene scene) {
        return scene.recall().concept().isEmpty() ? scene.title() : scene.recall().concept();
    }

    /** A session starts on {@code date}; says so when cards are due. */
    static Step startSession(GameState s, LocalDate date) {
        GameState after = s.withLearning(s.learning().withDeck(s.learning().deck().startSession(date.toEpochDay())));
        int due = after.learning().deck().due().size();
        List<Event> events = due == 0 || after.learning().reviewing() ? List.of()
                : List.of(Event.info(due + (due == 1 ? " review card is" : " review cards are")
                        + " due today. Type 'review' to play " + (due == 1 ? "it" : "them") + " (a few minutes)."));
        return new Step(after, events);
    }
}
