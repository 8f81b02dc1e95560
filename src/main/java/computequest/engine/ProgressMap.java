package computequest.engine;

import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code map} (or {@code progress}) command: each chapter in story order with the scenes seen, the knowledge-check
 * questions answered right the first time, and the badges earned. Built from the story and {@link GameState#visited()}.
 */
public final class ProgressMap {

    /** The flag the engine sets when a quiz question got a wrong answer; the question then no longer counts as right. */
    static final String QUIZ_MISS = "quiz-miss:";

    private ProgressMap() {
    }

    record ChapterProgress(String chapter, int seen, int total, int quizRight, int quizAnswered, int quizTotal,
                           boolean current, boolean done) {
    }

    /** Scenes seen, of the scenes on the way through. */
    public record SceneCount(int seen, int total) {
    }

    /**
     * The scenes seen and the scenes on the way through, as {@code map} counts them: alternative endings count as one,
     * and an extra guided step only for a player who was given it.
     */
    public static SceneCount scenes(Story story, GameState s) {
        int seen = 0;
        int total = 0;
        for (ChapterProgress c : chapters(story, s)) {
            seen += c.seen();
            total += c.total();
        }
        return new SceneCount(seen, total);
    }

    /**
     * Every scene in the order play reaches it (breadth first from the start), not the order of the files; scenes no
     * path reaches come after, in file order. Chapters are listed in this order too.
     */
    static List<Scene> inPlayOrder(Story story) {
        List<Scene> ordered = new ArrayList<>();
        for (String id : new computequest.story.StoryGraph(story).shortestPathTree(story.start()).keySet()) {
            ordered.add(story.scenes().get(id));
        }
        story.scene(story.start()).ifPresent(start -> ordered.add(0, start));
        java.util.Set<String> placed = new java.util.HashSet<>();
        ordered.forEach(sc -> placed.add(sc.id()));
        for (Scene sc : story.scenes().values()) {
            if (placed.add(sc.id())) {
                ordered.add(sc);
            }
        }
        return ordered;
    }

    static List<ChapterProgress> chapters(Story story, GameState s) {
        Map<String, List<Scene>> byChapter = new LinkedHashMap<>();
        List<Scene> ordered = inPlayOrder(story);
        java.util.Set<String> extra = CourseCards.extraSteps(story);
        for (Scene sc : ordered) {
            if (extra.contains(sc.id()) && !s.visited().contains(sc.id())) {
                continue; // an extra guided step counts only for the players it was added for
            }
            byChapter.computeIfAbsent(sc.chapter().isEmpty() ? "Other" : sc.chapter(), k -> new ArrayList<>()).add(sc);
        }
        List<String> order = new ArrayList<>(byChapter.keySet());
        String currentChapter = story.scene(s.sceneId()).map(Scene::chapter).orElse("");
        int currentIndex = order.indexOf(currentChapter.isEmpty() ? "Other" : currentChapter);
        List<ChapterProgress> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<Scene> scenes = byChapter.get(order.get(i));
            int seen = 0;
            int quizTotal = 0;
            int answered = 0;
            int right = 0;
            boolean endingSeen = false;
            boolean hasEnding = false;
            int total = 0;
            for (Scene sc : scenes) {
                boolean visited = s.visited().contains(sc.id());
                // Alternative endings count as one step: a player reaches only one of them.
                if (sc.ending()) {
                    hasEnding = true;
                    endingSeen |= visited;
                } else {
                    total++;
                    if (visited) {
                        seen++;
                    }
                }
                if (sc.quiz()) {
                    quizTotal++;
                    boolean done = visited && (!sc.id().equals(s.sceneId()) || s.ended());
                    if (done) {
                        answered++;
                        if (!s.flags().containsKey(QUIZ_MISS + sc.id())) {
                            right++;
                        }
                    }
                }
            }
            if (hasEnding) {
                total++;
                seen += endingSeen ? 1 : 0;
            }
            boolean current = i == currentIndex;
            boolean done = seen > 0 && (i < currentIndex || endingSeen || s.ended());
            out.add(new ChapterProgress(order.get(i), seen, total, right, answered, quizTotal, current, done));
        }
        return out;
    }

    static String render(Story story, GameState s) {
        StringBuilder b = new StringBuilder("Course map (scenes seen/total; quiz answers right first try):\n");
        for (ChapterProgress c : chapters(story, s)) {
            String mark = c.done() ? "[done]" : c.current() ? "[here]" : c.seen() > 0 ? "[part]" : "[    ]";
            b.append(String.format("  %s %-24s %3d/%-3d", mark, c.chapter(), c.seen(), c.total()));
            if (c.quizTotal() > 0) {
                b.append("  quiz ").append(c.quizRight()).append('/').append(c.quizTotal()).append(" first try");
                if (c.quizAnswered() < c.quizTotal()) {
                    b.append(", ").append(c.quizTotal() - c.quizAnswered()).append(" to go");
                }
            }
            while (b.charAt(b.length() - 1) == ' ') {
                b.setLength(b.length() - 1);
            }
            b.append('\n');
        }
        b.append(ReviewMap.render(s.learning().deck()));
        String score = "Score " + s.score() + ". ";
        b.append(score).append(badgeLine(s.badges(), score.length()));
        return b.toString();
    }

    /**
     * "Badges: A, B, C." on one line: each renderer wraps it at spaces to its own width. The spaces inside a badge's
     * name are no-break spaces (U+00A0), so a name never breaks across lines; renderers print them as spaces.
     */
    public static String badgeLine(List<String> badges, int startColumn) {
        return badges.isEmpty() ? "Badges: none yet." : "Badges: " + String.join(", ", badges.stream()
                .map(b -> b.replace(' ', NO_BREAK)).toList()) + ".";
    }

    /** A space the renderers never wrap at, and print as a plain space. */
    public static final char NO_BREAK = '\u00A0';

    /** What the player must do now: the scene's @objective, or what its choices or goals ask for. */
    static String objective(Scene scene, int visibleChoices, boolean ended) {
        if (ended) {
            return "The story has ended. Type 'map' to see what you covered, or 'quit'.";
        }
        String head = "Objective (" + scene.title() + "): ";
        if (!scene.objective().isEmpty()) {
            return head + scene.objective();
        }
        if (visibleChoices > 0) {
            return head + (scene.quiz() ? "answer the question" : "make a choice")
                    + (visibleChoices == 1 ? ": type 1." : ": pick 1-" + visibleChoices + ".");
        }
        if (!scene.goals().isEmpty()) {
            return head + "do what the scene asks in the simulated cloud. Type 'hint' if you are stuck.";
        }
        return head + "read the scene again with 'look'.";
    }
}
