package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Choice;
import computequest.story.Goal;
import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The course's teaching rules, checked over the real story. */
class CourseStructureTest {

    @Test
    void everyPlayableSceneHasAnObjectiveAndThreeHintTiers() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Scene s : CourseCoverageTest.story().scenes().values()) {
            if (s.ending()) {
                continue;
            }
            if (s.objective().isEmpty()) {
                problems.add(s.id() + ": no @objective");
            }
            if (s.hints().size() < 3) {
                problems.add(s.id() + ": " + s.hints().size() + " hints, want a nudge, the concept and the command");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void choicesFitOnOneLineOfAnEightyColumnTerminal() throws Exception {
        List<String> tooLong = new ArrayList<>();
        for (Scene s : CourseCoverageTest.story().scenes().values()) {
            for (Choice c : s.choices()) {
                if (c.text().length() > 74) {
                    tooLong.add(s.id() + ": " + c.text().length() + " characters: " + c.text());
                }
            }
        }
        assertEquals(List.of(), tooLong, "'  N. ' plus the text must fit in 80 columns");
    }

    @Test
    void everyWrongChoiceExplainsWhy() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Scene s : CourseCoverageTest.story().scenes().values()) {
            for (Choice c : s.choices()) {
                if (c.target() == null && c.feedback().isBlank()) {
                    problems.add(s.id() + ": '" + c.text() + "' stays without saying why");
                }
            }
            for (Goal g : s.goals()) {
                if (g.isCheck() && g.feedback().isBlank()) {
                    problems.add(s.id() + ": a @check at " + g.position() + " says nothing");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyChapterHasAKnowledgeCheckWithExplainedAnswersAndScores() throws Exception {
        Story story = CourseCoverageTest.story();
        Map<String, Integer> quizzes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Scene s : story.scenes().values()) {
            quizzes.merge(s.chapter(), s.quiz() ? 1 : 0, Integer::sum);
            if (s.quiz()) {
                boolean right = s.choices().stream().anyMatch(c -> c.target() != null && !c.feedback().isBlank());
                boolean wrong = s.choices().stream().anyMatch(c -> c.target() == null && !c.feedback().isBlank());
                if (!right || !wrong) {
                    problems.add(s.id() + ": a quiz needs an explained right answer and an explained wrong one");
                }
            }
        }
        quizzes.forEach((chapter, n) -> {
            if (n == 0 && !chapter.startsWith("6")) {
                problems.add("chapter '" + chapter + "' has no @quiz scene");
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(6, quizzes.size(), "chapters: " + quizzes.keySet());
    }

    @Test
    void theCourseHasBadgesAndSeveralEndings() throws Exception {
        Story story = CourseCoverageTest.story();
        long endings = story.scenes().values().stream().filter(Scene::ending).count();
        assertTrue(endings >= 3, "the finale should end differently by choice; endings: " + endings);
        long badges = story.scenes().values().stream().flatMap(s -> {
            List<computequest.story.Effect> all = new ArrayList<>(s.onEnter());
            s.choices().forEach(c -> all.addAll(c.effects()));
            s.goals().forEach(g -> all.addAll(g.effects()));
            return all.stream();
        }).filter(e -> e instanceof computequest.story.Effect.Badge).count();
        assertTrue(badges >= 10, "badges: " + badges);
    }

    @Test
    void everyChapterEndLeadsOnAndTheFinaleIsReachable() throws Exception {
        Story story = CourseCoverageTest.story();
        // Walk every target from the start: every scene must be reachable.
        List<String> seen = new ArrayList<>(List.of(story.start()));
        for (int i = 0; i < seen.size(); i++) {
            Scene s = story.scene(seen.get(i)).orElseThrow();
            List<String> next = new ArrayList<>();
            s.choices().forEach(c -> next.add(c.target()));
            s.goals().forEach(g -> next.add(g.target()));
            for (String t : next) {
                if (t != null && !seen.contains(t)) {
                    seen.add(t);
                }
            }
        }
        List<String> unreachable = story.scenes().keySet().stream().filter(id -> !seen.contains(id)).toList();
        assertEquals(List.of(), unreachable);
    }
}
