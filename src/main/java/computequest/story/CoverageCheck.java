package computequest.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The concept table (the {@code coverage} rule): tab-separated rows of concept, teaching scenes (comma-separated) and
 * the practice scene, after one header row; {@code #} lines are comments. Every concept needs a scene that teaches it
 * and a practice scene with a {@code @goal}, and every name must be a scene of the story.
 */
public final class CoverageCheck {

    private CoverageCheck() {
    }

    /** One concept row, with the column each cell starts at. */
    public record Row(int line, String concept, List<String> teaching, int teachingColumn, String practice,
                      int practiceColumn) {
    }

    public static List<Row> rows(String text) {
        List<Row> out = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].replace("\r", "");
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                continue;
            }
            String[] cols = raw.split("\t", -1);
            List<String> teaching = new ArrayList<>();
            if (cols.length > 1) {
                for (String s : cols[1].split(",")) {
                    if (!s.isBlank()) {
                        teaching.add(s.strip());
                    }
                }
            }
            int teachCol = cols[0].length() + 2;
            int practiceCol = cols.length > 1 ? teachCol + cols[1].length() + 1 : teachCol;
            out.add(new Row(i + 1, cols[0].strip(), teaching, teachCol, cols.length > 2 ? cols[2].strip() : "",
                    practiceCol));
        }
        return out;
    }

    /** Every problem with the table against the story, at its line and column in {@code file}. */
    public static List<Diagnostic> check(String file, String text, Story story) {
        List<Diagnostic> problems = new ArrayList<>();
        Suggest suggest = new Suggest();
        for (Row r : rows(text)) {
            String what = " (concept '" + r.concept() + "')";
            Position teachAt = new Position(file, r.line(), r.teachingColumn());
            Position practiceAt = new Position(file, r.line(), r.practiceColumn());
            if (r.teaching().isEmpty()) {
                problems.add(Diagnostic.error(teachAt, "no scene teaches this concept" + what,
                        "name the scenes that teach it in the second column, separated by commas"));
            }
            for (String id : r.teaching()) {
                if (story.scene(id).isEmpty()) {
                    problems.add(Diagnostic.error(teachAt, "the teaching scene '" + id + "' does not exist" + what,
                            suggest.hint(id, story.scenes().keySet(), "fix the scene id")));
                }
            }
            if (r.practice().isEmpty()) {
                problems.add(Diagnostic.error(practiceAt, "no scene practises this concept in the simulated cloud"
                        + what, "name a scene with a @goal in the third column"));
                continue;
            }
            Scene task = story.scene(r.practice()).orElse(null);
            if (task == null) {
                problems.add(Diagnostic.error(practiceAt, "the practice scene '" + r.practice() + "' does not exist"
                        + what, suggest.hint(r.practice(), story.scenes().keySet(), "fix the scene id")));
            } else if (task.goals().stream().allMatch(Goal::isCheck)) {
                problems.add(Diagnostic.error(practiceAt, "the practice scene '" + r.practice() + "' has no @goal"
                        + what, "practice means a task in the simulated cloud: pick a scene with a @goal"));
            }
        }
        return problems;
    }
}
