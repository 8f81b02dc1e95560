package computequest.ui;

import java.util.ArrayList;
import java.util.List;

/** Styled text for the full-screen layout: a line is a list of segments, each with a tone the layout turns into
 * colour and attributes (or attributes only, without colour). */
final class LanternaText {

    private LanternaText() {
    }

    enum Tone { PLAIN, BOLD, HEADING, TYPED, OK, WRONG, CHANGE, HINT, SCORE, DIM, GOOD, WARN, BAD, SELECTED }

    record Seg(String text, Tone tone) {
    }

    record Line(List<Seg> segs) {
        Line {
            segs = List.copyOf(segs);
        }

        static Line of(String text, Tone tone) {
            return new Line(List.of(new Seg(text, tone)));
        }

        static Line blank() {
            return new Line(List.of());
        }

        int length() {
            int n = 0;
            for (Seg s : segs) {
                n += s.text().length();
            }
            return n;
        }

        String plain() {
            StringBuilder b = new StringBuilder();
            segs.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /** Splits a line that is too wide into pieces of at most {@code width} characters (for code and JSON). */
    static List<String> hardWrap(String s, int width) {
        List<String> out = new ArrayList<>();
        if (s.length() <= width || width < 1) {
            out.add(s);
            return out;
        }
        for (int i = 0; i < s.length(); i += width) {
            out.add(s.substring(i, Math.min(s.length(), i + width)));
        }
        return out;
    }

    /**
     * Fits a line of program output (a table, JSON, a status report) to a width: a line too long breaks at its last
     * space that fits, the rest indented two more than the line. A word (an id, ARN, URL or command) is never split:
     * one that does not fit after the indent goes on a line of its own, with as much of the indent as leaves it whole;
     * only one wider than the whole width is broken, where it must.
     */
    static List<String> softWrap(String s, int width) {
        return softWrap(s, width, true);
    }

    /**
     * @param split whether a word wider than the whole width is broken (a screen pane clips it otherwise): after the
     *              last separator that fits ('/', ':', ',', '.', '=', '[', '{', '(', '&', '?'; never '-', which ids
     *              are made of), else at the width; line mode leaves it whole, for the
     *              terminal to fold
     */
    static List<String> softWrap(String s, int width, boolean split) {
        List<String> out = new ArrayList<>();
        for (String l : wrapAtSpaces(s, width, split)) {
            out.add(spaces(l));
        }
        return out;
    }

    private static List<String> wrapAtSpaces(String s, int width, boolean split) {
        List<String> out = new ArrayList<>();
        int lead = 0;
        while (lead < s.length() && s.charAt(lead) == ' ') {
            lead++;
        }
        // the rest of a line is indented two more than the line, as far as its first word then fits (a JSON value
        // stays to the right of its key unless it would not fit there whole)
        int most = Math.min(lead + 2, Math.max(0, width / 3));
        int base = lead; // continuation lines are indented two more than this, as far as their first word fits
        // a row of two columns or more ("  bill      the bill by ...") hangs under its last column, as a table would
        int gap = s.lastIndexOf("  ", Math.min(s.length(), width));
        if (gap > lead) {
            int hang = gap;
            while (hang < s.length() && s.charAt(hang) == ' ') {
                hang++;
            }
            if (hang < s.length() && hang <= width * 2 / 3) {
                most = hang;
                base = hang - 2;
            }
        }
        String indent = " ".repeat(most);
        String rest = s;
        boolean first = true;
        while (rest.length() > width && width > 0) {
            int from = first ? lead : indent.length();
            int cut = rest.lastIndexOf(' ', width);
            while (cut > from && rest.charAt(cut - 1) == ' ') {
                cut--;
            }
            if (cut <= from) {
                // the word at 'from' does not fit after the indent: on a line of its own, whole if it can be
                int end = rest.indexOf(' ', from);
                end = end < 0 ? rest.length() : end;
                String word = rest.substring(from, end);
                if (from > 0 && !rest.substring(0, from).isBlank()) {
                    out.add(rest.substring(0, from).stripTrailing());
                }
                if (word.length() > width && split) {
                    out.addAll(broken(word, width));
                } else {
                    out.add(" ".repeat(Math.max(0, Math.min(from, width - word.length()))) + word);
                }
                String tail = rest.substring(end).stripLeading();
                if (tail.isEmpty()) {
                    return out;
                }
                indent = indent(tail, base, most, width);
                rest = indent + tail;
                first = false;
                continue;
            }
            out.add(rest.substring(0, cut));
            String tail = rest.substring(cut).stripLeading();
            indent = indent(tail, base, most, width);
            rest = indent + tail;
            first = false;
        }
        out.add(rest);
        return out;
    }

    /** Two more than the line's own indent, as far as the first word of what follows then fits whole. */
    private static String indent(String tail, int lead, int most, int width) {
        int word = tail.indexOf(' ') < 0 ? tail.length() : tail.indexOf(' ');
        return " ".repeat(Math.max(most, Math.min(lead + 2, width - word)));
    }

    /** A word wider than the width, in pieces from the first column: each ends after a separator when one fits, so
     * an id inside it (a subnet in a shorthand option) stays whole. */
    private static List<String> broken(String word, int width) {
        List<String> out = new ArrayList<>();
        String rest = word;
        while (rest.length() > width) {
            int at = -1;
            for (int i = Math.min(width, rest.length()) - 1; i > width / 2 && at < 0; i--) {
                if ("/:,.=[{(&?".indexOf(rest.charAt(i)) >= 0) {
                    at = i + 1;
                }
            }
            at = at < 0 ? width : at;
            out.add(rest.substring(0, at));
            rest = rest.substring(at);
        }
        out.add(rest);
        return out;
    }

    /** No-break spaces (which no wrapping breaks at, e.g. inside a badge's name) printed as the spaces they are. */
    static String spaces(String line) {
        return line.indexOf('\u00A0') < 0 ? line : line.replace('\u00A0', ' ');
    }

    /**
     * Tabs as spaces to the next 8-column stop, line by line ({@code --output text} separates values with tabs): a
     * tab is one character but up to eight columns, so wrapping must see the spaces, and the screen draws no tab.
     */
    static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                do {
                    b.append(' ');
                    column++;
                } while (column % 8 != 0);
            } else {
                b.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return b.toString();
    }

    /** Cuts text to a width, marking the cut with an ellipsis. */
    static String fit(String s, int width, boolean ascii) {
        if (width <= 0) {
            return "";
        }
        if (s.length() <= width) {
            return s;
        }
        String dots = ascii ? "..." : "…";
        if (width <= dots.length()) {
            return s.substring(0, width);
        }
        return s.substring(0, width - dots.length()) + dots;
    }
}
