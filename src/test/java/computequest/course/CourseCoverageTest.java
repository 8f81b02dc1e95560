package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.CoverageCheck;
import computequest.story.Diagnostic;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * story/coverage.tsv maps each concept from the notes to the scenes that teach it and the scene whose @goal
 * practises it; {@code author check} reads it through the {@code coverage} rule.
 */
class CourseCoverageTest {

    static final Path COVERAGE = Path.of("story/coverage.tsv");

    static Story story() throws Exception {
        StoryParser.Parsed p = StoryParser.parseDirectory(Path.of("story"));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return p.story();
    }

    @Test
    void everyConceptIsTaughtAndPractisedInRealScenes() throws Exception {
        String text = Files.readString(COVERAGE);
        assertTrue(CoverageCheck.rows(text).size() >= 30, "the notes have more concepts than that");
        assertEquals(List.of(), CoverageCheck.check("coverage.tsv", text, story()));
    }

    @Test
    void aConceptWithoutATaskOrWithUnknownScenesIsReportedAtItsCell() throws Exception {
        String bad = "concept\tteaching\tpractice\n"
                + "Orphan concept\t\t\n"
                + "Ghost scenes\tno-such-scene\tec2-lanch\n"
                + "Task without goal\twelcome\twelcome\n";
        List<Diagnostic> problems = CoverageCheck.check("c.tsv", bad, story());
        assertEquals(List.of("c.tsv:2:16", "c.tsv:2:17", "c.tsv:3:14", "c.tsv:3:28", "c.tsv:4:27"),
                problems.stream().map(d -> d.position().toString()).toList());
        assertTrue(problems.get(0).message().contains("no scene teaches"));
        assertTrue(problems.get(1).message().contains("no scene practises"));
        assertTrue(problems.get(2).message().contains("'no-such-scene' does not exist"));
        assertEquals("did you mean 'ec2-launch'?", problems.get(3).hint());
        assertTrue(problems.get(4).message().contains("has no @goal"));
    }
}
