package computequest.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import computequest.present.Said.Style;
import computequest.ui.LanternaDraw.Options;
import computequest.ui.LanternaText.Line;
import computequest.ui.LanternaText.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * The story pane, measured then drawn: the transcript as wrapped lines, and which page of them shows. Following the
 * newest output, it shows the last step from its start, or from the newest scene in it: what to read next. A step
 * that stays in its scene and is too long for the page keeps its reaction (the [ok], [not quite] and notes after the
 * command's output) pinned to the bottom of the page, under the mark that says how much of the output is hidden.
 *
 * @param lines every line of the transcript
 * @param first the first line shown
 * @param page  how many lines show
 * @param tail  how many of the last lines are pinned to the page's bottom, below the mark row; 0: none
 */
record StoryPane(List<Line> lines, int first, int page, int tail) {

    StoryPane(List<Line> lines, int first, int page) {
        this(lines, first, page, 0);
    }

    /** The rows from {@code first} on: the whole page, or with a pinned tail, the rows above its mark. */
    int head() {
        return tail == 0 ? page : page - tail - 1;
    }

    /** Lines below the rows from {@code first} on, not counting a pinned tail. */
    int below() {
        return Math.max(0, lines.size() - tail - first - head());
    }

    /** The row of the "more lines" mark when the page has a pinned tail, or -1. */
    int markRow() {
        return tail == 0 ? -1 : head();
    }

    static StoryPane measure(LanternaLayout.Model m, int width, int page) {
        List<Line> story = new ArrayList<>();
        int markLine = 0;
        int turnLine = 0;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < m.transcript().size(); i++) {
            starts.add(story.size());
            if (i == m.mark()) {
                turnLine = story.size();
            }
            if (i == m.mark() || i > m.mark() && m.transcript().get(i).style() == Style.HEADING) {
                markLine = story.size();
            }
            story.addAll(entryLines(m.transcript().get(i), width, story.isEmpty()));
        }
        if (m.mark() >= m.transcript().size()) {
            markLine = story.size();
            turnLine = markLine;
        }
        int maxTop = Math.max(0, story.size() - page);
        int first;
        int tail = m.scrollTop() == null && markLine == turnLine && story.size() - markLine > page
                ? story.size() - reactionStart(m, starts, story.size()) : 0;
        int from = markLine < story.size() && story.get(markLine).segs().isEmpty() ? markLine + 1 : markLine;
        if (tail > 0 && tail + 2 <= page && story.size() - from > page) {
            // the step's start, the mark, then its reaction: what the game made of the command stays in sight
            return new StoryPane(story, from, page, tail);
        } else if (m.scrollTop() == null) {
            // A new scene too long for the page starts near the top, but what the turn said just before it (the
            // feedback on a choice, a goal's "[ok]") keeps up to a third of the page above it, whole entries only.
            int lead = markLine;
            for (int start : starts) {
                if (start >= Math.max(turnLine, markLine - page / 3) && start < markLine) {
                    lead = start;
                    break;
                }
            }
            first = story.size() - markLine > page ? Math.min(maxTop, lead) : maxTop;
            if (first < maxTop && story.get(first).segs().isEmpty()) {
                first++; // no blank line at the top of the pane
            }
        } else {
            first = Math.max(0, Math.min(maxTop, m.scrollTop()));
        }
        return new StoryPane(story, first, page);
    }

    /**
     * The first line of the step's reaction: the entries at its end that the game said about the command (feedback,
     * notes, points, an error), after its output and cloud changes; the transcript's end when there are none.
     */
    private static int reactionStart(LanternaLayout.Model m, List<Integer> starts, int end) {
        int i = m.transcript().size();
        while (i - 1 > m.mark() && isReaction(m.transcript().get(i - 1).style())) {
            i--;
        }
        return i == m.transcript().size() ? end : starts.get(i);
    }

    private static boolean isReaction(Style style) {
        return style != null && switch (style) {
            case OK, WRONG, INFO, SCORE, HINT, CHOICE -> true;
            default -> false;
        };
    }

    void draw(TextGraphics g, Options o) {
        int width = g.getSize().getColumns();
        for (int i = 0; i < head() && first + i < lines.size() - tail; i++) {
            LanternaDraw.putLine(g, 0, i, lines.get(first + i), width, o);
        }
        for (int i = 0; i < tail; i++) {
            LanternaDraw.putLine(g, 0, page - tail + i, lines.get(lines.size() - tail + i), width, o);
        }
    }

    /** The lines one transcript entry takes at a width. */
    static List<Line> entryLines(LanternaLayout.Entry e, int width, boolean first) {
        e = new LanternaLayout.Entry(e.style(), LanternaText.expandTabs(e.text()));
        List<Line> out = new ArrayList<>();
        if (e.style() == null) {
            out.add(Line.blank());
            for (String l : LanternaText.softWrap("> " + e.text(), width)) {
                out.add(Line.of(l, Tone.TYPED));
            }
            return out;
        }
        switch (e.style()) {
            case CHOICE -> {
                // The current choices have their own box; past ones are in the player's typed answers.
            }
            case HEADING -> {
                if (!first) {
                    out.add(Line.blank());
                }
                for (String l : Wrap.heading(e.text(), width)) {
                    out.add(Line.of(l, Tone.HEADING));
                }
            }
            case PROSE -> add(out, Wrap.lines(e.text(), width, ""), width, Tone.PLAIN);
            case INFO -> info(out, e.text(), width);
            case PREFORMATTED -> {
                List<String> lines = List.of(e.text().split("\n", -1));
                if (isWideTable(lines, width)) {
                    // an --output table wider than the pane: cut each row, so the borders stay in line
                    add(out, List.of("(table cut to the pane: widen the window, or use --output text)"), width,
                            Tone.DIM);
                    lines.forEach(l -> out.add(Line.of(LanternaText.fit(l, width, true), Tone.PLAIN)));
                } else {
                    // help wrapped for 80 columns is joined again, to be wrapped once; borderless tables keep columns
                    add(out, Columns.fitBlock(Columns.unwrapped(lines, width), width), width, Tone.PLAIN);
                }
            }
            default -> add(out, Wrap.lines(e.said().label() + e.text(), width, "    "), width, tone(e.style()));
        }
        return out;
    }

    /** The AWS CLI's --output table: every row a border or cells, and some row wider than the pane. */
    static boolean isWideTable(List<String> lines, int width) {
        boolean wide = false;
        for (String l : lines) {
            if (!l.isEmpty() && "|+-".indexOf(l.charAt(0)) < 0) {
                return false;
            }
            wide |= l.length() > width;
        }
        return wide && lines.size() > 2;
    }

    /**
     * A numbered line (the start menu's saves) goes on under its text, past the number, and so do the pieces of a
     * word too long for the pane (a long save name); any other line wraps as prose.
     */
    private static void info(List<Line> out, String text, int width) {
        String hang = Wrap.hanging(text);
        for (String l : Wrap.lines(text, width, hang)) {
            if (!hang.isEmpty() && l.length() > width && l.startsWith(hang) && width - hang.length() >= 10) {
                LanternaText.softWrap(l.substring(hang.length()), width - hang.length())
                        .forEach(piece -> out.add(Line.of(hang + piece, Tone.PLAIN)));
            } else {
                add(out, List.of(l), width, Tone.PLAIN);
            }
        }
    }

    private static void add(List<Line> out, List<String> lines, int width, Tone tone) {
        for (String l : lines) {
            for (String piece : LanternaText.softWrap(l, width)) {
                out.add(Line.of(piece, tone));
            }
        }
    }

    static Tone tone(Style style) {
        return switch (style) {
            case OK, ENDING -> Tone.OK;
            case SCORE -> Tone.SCORE;
            case WRONG -> Tone.WRONG;
            case CHANGE -> Tone.CHANGE;
            case HINT -> Tone.HINT;
            default -> Tone.PLAIN;
        };
    }
}
