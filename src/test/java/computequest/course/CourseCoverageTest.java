package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Scene;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * story/coverage.tsv maps each concept from the notes to the scenes that teach it and the scene whose @goal
 * practises it in the simulated cloud. Every concept needs both, and every name must be a real scene.
 */
class CourseCoverageTest {

    static final Path COVERAGE = Path.of("story/coverage.tsv");

    record Row(int line, String concept, List<String> teaching, String practice) {
    }

    static List<Row> rows(String text) {
        List<Row> out = new ArrayList<>();
        String[] lines = text.split("\n");
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                continue;
            }
            String[] cols = lines[i].split("\t", -1);
            List<String> teaching = new ArrayList<>();
            if (cols.length > 1) {
                for (String s : cols[1].split(",")) {
                    if (!s.isBlank()) {
                        teaching.add(s.strip());
                    }
                }
            }
            out.add(new Row(i + 1, cols[0].strip(), teaching, cols.length > 2 ? cols[2].strip() : ""));
        }
        return out;
    }

    /** Every problem with the coverage table against the story, as "line N: ..." messages. */
    static List<String> problems(List<Row> rows, Story story) {
        List<String> problems = new ArrayList<>();
        for (Row r : rows) {
            String where = "coverage.tsv line " + r.line() + " (" + r.concept() + "): ";
            if (r.teaching().isEmpty()) {
                problems.add(where + "no scene teaches it");
            }
            for (String id : r.teaching()) {
                if (story.scene(id).isEmpty()) {
                    problems.add(where + "teaching scene '" + id + "' does not exist");
                }
            }
            if (r.practice().isEmpty()) {
                problems.add(where + "no sim task practises it");
            } else {
                Scene task = story.scene(r.practice()).orElse(null);
                if (task == null) {
                    problems.add(where + "practice scene '" + r.practice() + "' does not exist");
                } else if (task.goals().stream().noneMatch(g -> !g.isCheck())) {
                    problems.add(where + "practice scene '" + r.practice() + "' has no @goal");
                }
            }
        }
        return problems;
    }

    static Story story() throws Exception {
        StoryParser.Parsed p = StoryParser.parseDirectory(Path.of("story"));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return p.story();
    }

    @Test
    void everyConceptIsTaughtAndPractisedInRealScenes() throws Exception {
        List<Row> rows = rows(Files.readString(COVERAGE));
        assertTrue(rows.size() >= 30, "the notes have more concepts than " + rows.size());
        assertEquals(List.of(), problems(rows, story()));
    }

    @Test
    void aConceptWithoutATaskOrWithUnknownScenesIsReported() throws Exception {
        String bad = "concept\tteaching\tpractice\n"
                + "Orphan concept\t\t\n"
                + "Ghost scenes\tno-such-scene\tno-such-task\n"
                + "Task without goal\twelcome\twelcome\n";
        List<String> problems = problems(rows(bad), story());
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no scene teaches it"));
        assertTrue(problems.get(1).contains("no sim task"));
        assertTrue(problems.get(2).contains("'no-such-scene' does not exist"));
        assertTrue(problems.get(3).contains("'no-such-task' does not exist"));
        assertTrue(problems.get(4).contains("has no @goal"));
    }
}
