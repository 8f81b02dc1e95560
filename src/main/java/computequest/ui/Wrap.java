package computequest.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping, only ever at spaces: prose fills the width; lines that are indented or look like code, JSON or tables
 * break at a space with the rest indented. A word longer than the width stays whole, on a line of its own.
 */
final class Wrap {

    private Wrap() {
    }

    /**
     * @param indent put in front of every wrapped continuation line
     */
    static List<String> lines(String text, int width, String indent) {
        List<String> out = new ArrayList<>();
        for (String l : wrapped(text, width, indent)) {
            out.add(LanternaText.spaces(l));
        }
        return out;
    }

    /**
     * A scene's heading between '==' marks, as both renderers draw it: one too long for the width goes on under its
     * text, and the closing '==' stays with the last word (a no-break space), never alone on a line.
     */
    static List<String> heading(String text, int width) {
        return lines("== " + text + "\u00A0==", width, "   ");
    }

    /** The indent that puts a numbered line's continuation under its text ("1. " gives three spaces), else none. */
    static String hanging(String text) {
        java.util.regex.Matcher m = NUMBERED.matcher(text);
        return m.lookingAt() ? " ".repeat(m.end()) : "";
    }

    /**
     * A numbered info line (the start menu's saves) as line mode shows it, as the full screen does (StoryPane.info): it
     * goes on under its text, past the number, and so do the pieces of a word too long for the width.
     */
    static List<String> hangingLines(String text, int width) {
        String hang = hanging(text);
        List<String> out = new ArrayList<>();
        for (String l : lines(text, width, hang)) {
            if (!hang.isEmpty() && l.length() > width && l.startsWith(hang) && width - hang.length() >= 10) {
                LanternaText.softWrap(l.substring(hang.length()), width - hang.length()).forEach(p -> out.add(hang + p));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\d{1,2}\\. (?=\\S)");

    /**
     * A shell variable's assignment, {@code AWS_REGION=VALUE} (upper case, as environment variables are named): where
     * it may break, after the '='. Not a CLI shorthand ({@code Type=forward,...}) or an option ({@code --image=}),
     * which stay whole.
     */
    private static final java.util.regex.Pattern ASSIGNMENT = java.util.regex.Pattern.compile("[A-Z_][A-Z0-9_]*=(?=\\S)");

    /**
     * An indented line wrapped at spaces, and a variable's assignment that does not fit where it falls also after its
     * '=' ({@code export AWS_SECRET_ACCESS_KEY=} above the key itself), not before its name or inside its value. Where the
     * rows fall is worked out as the wrapping does it (a space opened after the '=' must end up at a break: if one
     * does not, the line is wrapped as it was).
     */
    static List<String> code(String line, int width) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder opened = new StringBuilder(line.substring(0, lead));
        List<String> names = new ArrayList<>();
        int column = lead;
        boolean rowStart = true;
        for (String word : line.substring(lead).split(" ", -1)) {
            int need = (rowStart ? 0 : 1) + word.length();
            java.util.regex.Matcher m = ASSIGNMENT.matcher(word);
            opened.append(opened.length() == lead ? "" : " ");
            if (column + need <= width) {
                column += need;
                opened.append(word);
            } else if (m.lookingAt() && column + need - word.length() + m.end() <= width) {
                names.add(word.substring(0, m.end()) + " ");
                opened.append(word, 0, m.end()).append(' ').append(word.substring(m.end()));
                column = lead + 2 + word.length() - m.end(); // the value begins the next row
            } else {
                column = lead + 2 + word.length();
                opened.append(word);
            }
            rowStart = false;
        }
        if (!names.isEmpty()) {
            List<String> out = LanternaText.softWrap(opened.toString(), width, false);
            if (out.stream().noneMatch(l -> names.stream().anyMatch(l::contains))) {
                return out;
            }
        }
        return LanternaText.softWrap(line, width, false);
    }

    private static List<String> wrapped(String text, int width, String indent) {
        List<String> out = new ArrayList<>();
        int w = Math.max(indent.length() + 10, width);
        for (String para : text.split("\n", -1)) {
            if (para.length() <= w) {
                out.add(para);
                continue;
            }
            if (para.startsWith(" ") || para.startsWith("{") || para.startsWith("|") || para.startsWith("-")) {
                // code, JSON, tables: at spaces, indented; an assignment too long for a line also after its '='
                out.addAll(code(para, w));
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                boolean fresh = line.length() == 0 || line.toString().equals(indent);
                if (!fresh && line.length() + 1 + word.length() > w) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(indent);
                    fresh = true;
                }
                if (!fresh) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }
}
