package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.app.AuthorCheck;
import computequest.story.Diagnostic;
import computequest.story.Scene;
import computequest.story.StoryRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The course's teaching rules live in story/rules.txt and {@code ./play author check} enforces them; this test runs
 * that same check on the course, and pins the rules so a rule cannot quietly be dropped to make a scene pass.
 * Each rule's own behaviour is tested on fixtures in computequest.story.RuleCheckTest.
 */
class CourseStructureTest {

    static final Path STORY = Path.of("story");

    @Test
    void theCoursePassesItsOwnAuthorCheckWithNoWarnings() throws Exception {
        AuthorCheck.Report r = AuthorCheck.run(STORY, false);
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("golden transcripts: 4 compared")), r.notes().toString());
        assertTrue(r.walkthroughs() >= 8, "walkthroughs: " + r.walkthroughs());
    }

    @Test
    void theCourseKeepsItsTeachingRules() throws Exception {
        List<Diagnostic> problems = new ArrayList<>();
        StoryRules rules = StoryRules.parse(StoryRules.FILE, Files.readString(STORY.resolve(StoryRules.FILE)), problems);
        assertEquals(List.of(), problems);
        Map<String, String> want = Map.ofEntries(Map.entry("objective", "required"), Map.entry("hints", "3"),
                Map.entry("choice-length", "74"), Map.entry("explain-wrong-choices", "yes"),
                Map.entry("quiz-per-chapter", "1"), Map.entry("endings", "3"), Map.entry("badges", "10"),
                Map.entry("figures", "figures.txt"), Map.entry("coverage", "coverage.tsv"),
                Map.entry("walkthroughs", "run"), Map.entry("walkthrough-reach", "scenes"),
                Map.entry("transcripts", "../src/test/resources/transcripts"), Map.entry("warnings", "error"));
        want.forEach((name, value) -> assertEquals(value, rules.value(name), "rule " + name));
        assertEquals(List.of("6"), rules.exceptions("quiz-per-chapter"), "only the finale has no knowledge check");
    }

    @Test
    void theCourseHasSixChaptersWithAKnowledgeCheckInEachButTheFinale() throws Exception {
        Set<String> chapters = new LinkedHashSet<>();
        Set<String> quizzed = new LinkedHashSet<>();
        for (Scene s : CourseCoverageTest.story().scenes().values()) {
            chapters.add(s.chapter());
            if (s.quiz()) {
                quizzed.add(s.chapter());
            }
        }
        assertEquals(6, chapters.size(), chapters.toString());
        assertEquals(5, quizzed.size(), quizzed.toString());
        assertTrue(quizzed.stream().noneMatch(c -> c.startsWith("6")), quizzed.toString());
    }
}
