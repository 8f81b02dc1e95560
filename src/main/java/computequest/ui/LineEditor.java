package computequest.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in editor of line mode: the file as numbered lines, changed one line at a time with short commands.
 * It holds no I/O; {@link LineFrontend} (and the walkthrough runner, for scripted edits) prints what {@link #handle} answers and feeds it the next line typed.
 */
public final class LineEditor {

    static final String HELP = """
            Commands:  p            print the file with line numbers
                       r N TEXT     replace line N with TEXT
                       i N TEXT     insert TEXT as a new line N (the lines after it move down)
                       a TEXT       add TEXT as a new last line
                       d N          delete line N
                       w            save and close
                       q            close without saving
                       help         this list""";

    private final String path;
    private final List<String> lines;
    private final boolean endsWithNewline;
    private boolean changed;

    /** What the editor says to a command, and whether the editor closed (with the text saved, or null). */
    public record Reply(String text, boolean closed, String saved) {
    }

    public LineEditor(String path, String text) {
        this.path = path;
        this.lines = new ArrayList<>(text.isEmpty() ? List.of() : List.of(text.split("\n", -1)));
        this.endsWithNewline = text.isEmpty() || text.endsWith("\n");
        if (endsWithNewline && !lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** The opening screen: what the file is, the commands, and the file itself. */
    String opening() {
        return "Editing " + path + " (" + lines.size() + " line" + (lines.size() == 1 ? "" : "s")
                + "). Type a command at edit>; 'help' lists them.\n" + HELP + "\n" + numbered();
    }

    String numbered() {
        if (lines.isEmpty()) {
            return "(the file is empty: add a line with a TEXT)";
        }
        StringBuilder b = new StringBuilder();
        int width = Integer.toString(lines.size()).length();
        for (int i = 0; i < lines.size(); i++) {
            b.append(String.format("%" + width + "d| %s%n", i + 1, lines.get(i)));
        }
        return b.toString().stripTrailing();
    }

    String text() {
        String joined = String.join("\n", lines);
        return lines.isEmpty() ? "" : endsWithNewline ? joined + "\n" : joined;
    }

    public Reply handle(String typed) {
        String cmd = typed.strip();
        String word = cmd.split("\\s+", 2)[0];
        switch (word) {
            case "", "p", "print" -> {
                return say(numbered());
            }
            case "help", "?", "h" -> {
                return say(HELP);
            }
            case "w", "save", "wq", "x" -> {
                return new Reply("Saved " + path + ".", true, text());
            }
            case "q", "quit", "q!" -> {
                return new Reply(changed ? "Closed " + path + " without saving your changes." : "Closed " + path + ".",
                        true, null);
            }
            case "a" -> {
                lines.add(rest(typed, 1));
                changed = true;
                return say("Added line " + lines.size() + ".");
            }
            case "r", "i", "d" -> {
                return numberedCommand(word, typed);
            }
            default -> {
                return say("'" + word + "' is not an editor command. " + HELP);
            }
        }
    }

    private Reply numberedCommand(String word, String typed) {
        String[] parts = typed.strip().split("\\s+", 3);
        int n;
        try {
            n = Integer.parseInt(parts.length > 1 ? parts[1] : "");
        } catch (NumberFormatException e) {
            return say(word + " needs a line number: " + (word.equals("d") ? "d 3" : word + " 3 TEXT"));
        }
        int max = word.equals("i") ? lines.size() + 1 : lines.size();
        if (n < 1 || n > max) {
            return say("There is no line " + n + ": the file has " + lines.size() + " line"
                    + (lines.size() == 1 ? "" : "s") + ".");
        }
        changed = true;
        switch (word) {
            case "r" -> {
                lines.set(n - 1, rest(typed, 2));
                return say(String.format("%d| %s", n, lines.get(n - 1)));
            }
            case "i" -> {
                lines.add(n - 1, rest(typed, 2));
                return say(String.format("%d| %s", n, lines.get(n - 1)));
            }
            default -> {
                String gone = lines.remove(n - 1);
                return say("Deleted line " + n + ": " + gone);
            }
        }
    }

    /** The text after the first {@code words} words, keeping its own spacing after the one blank that ends them. */
    private static String rest(String typed, int words) {
        int i = 0;
        String s = typed.stripLeading();
        for (int w = 0; w < words; w++) {
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (w < words - 1) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
            }
        }
        return i < s.length() ? s.substring(i + 1) : "";
    }

    private static Reply say(String text) {
        return new Reply(text, false, null);
    }
}
