package computequest.story;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that parse but do not do what their author meant: each gets a warning at its position. The checks that need
 * the whole story (choices in an ending, loops that never end) are in {@link StoryValidator}.
 */
final class Traps {

    private Traps() {
    }

    /** Whether the game fills in {@code ${...}} values in this line: prose, {@code @hint} and {@code >} feedback. */
    private static boolean filled(String trimmed) {
        char c = trimmed.charAt(0);
        return trimmed.startsWith("@hint ") || c == '>' || (c != '@' && c != '*' && c != '~' && c != '?'
                && !trimmed.startsWith("::"));
    }

    /**
     * One non-comment line of a story file.
     *
     * @param afterBlocks whether the scene already has a choice, {@code @goal}, {@code @check} or {@code @on}
     */
    static void line(String trimmed, String file, int line, int col, boolean afterBlocks, List<Diagnostic> out) {
        if (trimmed.isEmpty()) {
            return;
        }
        // The regex only on lines that hold the letters (a regex search on every line of a large story is costly),
        // and compiled only when one does (a compile at every game start is costly too).
        Matcher todo = trimmed.contains("TODO") ? Todo.PATTERN.matcher(trimmed) : null;
        if (todo != null && todo.find()) {
            out.add(Diagnostic.warning(new Position(file, line, col + todo.start()), "'TODO' is still in"
                    + " this line, and players would see it", "write the text, or make the line a // comment"));
        }
        int dollar = trimmed.indexOf("${");
        if (dollar >= 0 && filled(trimmed)) {
            Interpolation.check(trimmed, new Position(file, line, col), out);
        } else if (dollar >= 0 && !trimmed.startsWith("@setup") && !trimmed.startsWith("~")) {
            out.add(Diagnostic.warning(new Position(file, line, col + dollar), "'${' is shown to the"
                    + " player as it is here: values are filled in only in prose, @hint and '>' feedback (and"
                    + " ids in @setup lines and walkthroughs)", "move the value into the prose, or write the text"
                    + " without it"));
        }
        if (afterBlocks && trimmed.startsWith("~") && col == 1) {
            out.add(Diagnostic.warning(new Position(file, line, col), "this '~' is not indented, so it runs every time the player enters the"
                    + " scene, not when the choice, @goal, @check or @on above it fires",
                    "indent it under the line it belongs to, or move it above the first choice"));
        }
    }

    /** {@code \bTODO\b}, compiled the first time a line holds the letters. */
    private static final class Todo {
        static final Pattern PATTERN = Pattern.compile("\\bTODO\\b");
    }
}
