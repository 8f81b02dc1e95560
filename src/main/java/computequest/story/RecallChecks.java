package computequest.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checker's rules for review cards, on-call callbacks and knowledge checks (story/README.md, "Review cards,
 * callbacks and adaptive steps"):
 * <ul>
 *   <li>{@code @callback SCENE-ID} names a scene of an earlier chapter, and the incident has a {@code @goal} that
 *       resolves it;</li>
 *   <li>{@code @task} is not in a {@code @quiz} scene (a question's card replays the question);</li>
 *   <li>a knowledge check's right answer is not much longer than every other choice: learners learn to pick the
 *       longest answer.</li>
 * </ul>
 */
final class RecallChecks {

    /** A right answer this many times as long as the longest wrong one gives itself away. */
    static final double GIVEAWAY_RATIO = 1.5;

    private RecallChecks() {
    }

    /** @param suggest a "did you mean" hint for a scene id that does not exist */
    static List<Diagnostic> check(Story story, Function<String, String> suggest) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> chapters = new ArrayList<>();
        for (Scene s : story.scenes().values()) {
            Recall r = s.recall();
            if (r.callback() != null) {
                if (chapters.isEmpty()) {
                    chapters = chapters(story); // in story order; only callbacks need them
                }
                callback(story.scenes(), chapters, s, suggest, out);
            }
            if (r.task() != null && s.quiz()) {
                out.add(Diagnostic.error(r.task().position(), "a @quiz scene cannot have a @task: its review card"
                        + " asks the question again", "move the @task to the scene where the player practises it"));
            }
            if (s.quiz()) {
                giveaway(s, out);
            }
        }
        return out;
    }

    private static List<String> chapters(Story story) {
        List<String> chapters = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Scene s : story.scenes().values()) {
            if (seen.add(s.chapter())) {
                chapters.add(s.chapter());
            }
        }
        return chapters;
    }

    private static void callback(Map<String, Scene> scenes, List<String> chapters, Scene s,
                                 Function<String, String> suggest, List<Diagnostic> out) {
        Recall r = s.recall();
        Scene earlier = scenes.get(r.callback());
        if (earlier == null) {
            out.add(Diagnostic.error(r.callbackAt(), "@callback names '" + r.callback() + "', which is not a scene",
                    suggest.apply(r.callback())));
            return;
        }
        if (chapters.indexOf(earlier.chapter()) >= chapters.indexOf(s.chapter())) {
            out.add(Diagnostic.error(r.callbackAt(), "@callback " + r.callback() + " is in chapter '"
                    + earlier.chapter() + "', not in a chapter before this one ('" + s.chapter() + "')",
                    "a callback brings back something from an earlier chapter"));
        }
        if (s.goals().stream().allMatch(Goal::isCheck)) {
            out.add(Diagnostic.error(s.position(), "the on-call incident '" + s.id() + "' has no @goal that resolves"
                    + " it", "add '@goal CONDITION -> next-scene' for the state that fixes the incident"));
        }
    }

    private static void giveaway(Scene s, List<Diagnostic> out) {
        int longestWrong = 0;
        List<Choice> right = new ArrayList<>();
        for (Choice c : s.choices()) {
            if (c.isRight()) {
                right.add(c);
            } else {
                longestWrong = Math.max(longestWrong, c.text().length());
            }
        }
        for (Choice c : right) {
            if (longestWrong > 0 && c.text().length() > GIVEAWAY_RATIO * longestWrong) {
                out.add(Diagnostic.warning(c.position(), "the right answer (" + c.text().length() + " characters) is"
                        + " much longer than every other choice (the longest has " + longestWrong + ")",
                        "shorten it or lengthen a wrong one: players learn to pick the longest answer"));
            }
        }
    }
}
