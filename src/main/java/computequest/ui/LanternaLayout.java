package computequest.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import computequest.engine.View;
import computequest.present.Said;
import computequest.ui.LanternaDraw.Options;
import computequest.ui.LanternaText.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one full screen from the game's view, the transcript and the input state: it measures each pane, gives
 * it its own clipped area (as Lanterna's {@code TextGraphics.newTextGraphics(position, size)} does for components),
 * and draws the frames between them. A pure function of its arguments onto a {@link TextGraphics}: no input, no I/O,
 * so screens are tested on a virtual terminal.
 *
 * <pre>
 *  status bar: chapter, scene, score, simulated clock      {@link BarPanes#statusBar}
 *  +- Story ----------------------+ +- Cloud ----------+
 *  | narration (scrolls)          | | resources by kind |  {@link StoryPane}, {@link DashboardPane}
 *  +- Choices --------------------+ |                   |
 *  | 1. ...                       | | bill so far       |  {@link ChoicesPane}
 *  +------------------------------+ |                   |
 *  | &gt; input                      | |                   |  {@link BarPanes#inputLine}
 *  +------------------------------+ +-------------------+
 *  key hints                                               {@link BarPanes#keyHints}
 * </pre>
 */
final class LanternaLayout {

    static final int MIN_WIDTH = 60;
    static final int MIN_HEIGHT = 16;
    /** Prose is wrapped no wider than this, however wide the pane: long lines are hard to read. */
    static final int MAX_PROSE = 100;

    private LanternaLayout() {
    }

    /** One thing in the story pane: something the game said, or (style null) a line the player typed. */
    record Entry(Said.Style style, String text) {
        static Entry typed(String text) {
            return new Entry(null, text);
        }

        Said said() {
            return new Said(style, text);
        }
    }

    /**
     * Everything a screen shows.
     *
     * @param previous  the view before the last step, to mark what changed (may be null)
     * @param mark      index of the first transcript entry of the last step: in follow mode the pane shows it first
     * @param scrollTop first story line shown, or null to follow the newest output
     * @param selected  highlighted choice index, or -1
     * @param note      a one-line message in place of the key hints (completions, a warning), or null
     * @param continuing the line before ended in \ and the input line takes the rest of it
     */
    record Model(View view, View previous, List<Entry> transcript, int mark, String input, int cursor,
                 Integer scrollTop, int selected, String note, int cloudTop, boolean continuing) {
        Model {
            transcript = List.copyOf(transcript);
        }

        /** A model of a line of its own (not the rest of one that ended in \). */
        Model(View view, View previous, List<Entry> transcript, int mark, String input, int cursor, Integer scrollTop,
              int selected, String note, int cloudTop) {
            this(view, previous, transcript, mark, input, cursor, scrollTop, selected, note, cloudTop, false);
        }

        /** A model with the cloud pane at its top. */
        Model(View view, View previous, List<Entry> transcript, int mark, String input, int cursor, Integer scrollTop,
              int selected, String note) {
            this(view, previous, transcript, mark, input, cursor, scrollTop, selected, note, 0);
        }
    }

    /**
     * What was drawn, for the input loop: the story pane's first line, line count and height (for PgUp/PgDn), how far
     * PgDn moves (a page less one line; from a page with a pinned reaction, to the first hidden line), and where the
     * cursor goes (null: hidden).
     */
    record Rendered(int top, int total, int page, int step, TerminalPosition cursor, boolean tooSmall) {
    }

    static Rendered draw(TextGraphics g, TerminalSize size, Model m, Options o) {
        int w = size.getColumns();
        int h = size.getRows();
        LanternaDraw.reset(g);
        g.fill(' ');
        if (w < MIN_WIDTH || h < MIN_HEIGHT) {
            tooSmall(g, w, h, m, o);
            return new Rendered(0, 0, 1, 1, null, true);
        }
        BarPanes.statusBar(LanternaDraw.area(g, 0, 0, w, 1), m.view(), o);
        BarPanes.keyHints(LanternaDraw.area(g, 0, h - 1, w, 1), m, o);

        // Never narrower than an instance id with its change marker; at 80 columns an instance id with its state, and
        // a bill line with its amount, fit whole.
        int dashW = w >= 100 ? Math.max(34, Math.min(84, w * 2 / 5)) : Math.max(26, Math.min(40, w * 2 / 5 + 2));
        int leftW = w - dashW;
        int top = 1;
        int bottom = h - 2;
        int tw = leftW - 4;

        // Left column, from the bottom up: input line, choices, story.
        LanternaDraw.frame(g, 0, top, leftW, bottom, " Story ", o);
        int inputRow = bottom - 1;
        LanternaDraw.separator(g, 0, inputRow - 1, leftW, "", o);
        TerminalPosition typed = BarPanes.inputLine(LanternaDraw.area(g, 2, inputRow, tw, 1), m, o);
        TerminalPosition cursor = typed.withRelative(2, inputRow);

        int innerTop = top + 1;
        int storyBottom = inputRow - 2;
        ChoicesPane choices = ChoicesPane.measure(m.view() == null ? List.of() : m.view().choices(), m.selected(),
                tw, storyBottom - innerTop + 1, o);
        if (choices.height() > 0) {
            int choiceTop = storyBottom - choices.height() + 1;
            LanternaDraw.separator(g, 0, choiceTop - 1, leftW, choices.title(), o);
            choices.draw(LanternaDraw.area(g, 1, choiceTop, leftW - 2, choices.height()), o);
            storyBottom = choiceTop - 2;
        }

        int rows = Math.max(1, storyBottom - innerTop + 1);
        StoryPane story = StoryPane.measure(m, Math.min(tw, MAX_PROSE), rows);
        int markRow = story.markRow() >= 0 ? innerTop + story.markRow() : -1;
        if (markRow < 0 && story.below() > 0 && rows > 1) {
            // the story's last row says how much is below, inside the story: on the border it read as more choices
            story = StoryPane.measure(m, Math.min(tw, MAX_PROSE), rows - 1);
            markRow = innerTop + (story.markRow() >= 0 ? story.markRow() : rows - 1);
        }
        story.draw(LanternaDraw.area(g, 2, innerTop, tw, story.page()), o);
        scrollMarks(g, story, markRow, leftW, top, o);

        LanternaDraw.frame(g, leftW, top, w, bottom, " Cloud ", o);
        int dh = bottom - top - 1;
        DashboardPane cloud = DashboardPane.measure(m.view(), m.previous(), dashW - 4, dh, o.ascii(), m.cloudTop());
        cloud.draw(LanternaDraw.area(g, leftW + 2, top + 1, dashW - 4, dh), o);
        String legend = cloud.legend(dashW - 4 - " Cloud ".length() - 1);
        if (!legend.isEmpty()) {
            LanternaDraw.putRight(g, w - 2, top, legend, Tone.CHANGE, o);
        }
        return new Rendered(story.first(), story.lines().size(), story.page(),
                story.tail() > 0 ? story.head() : Math.max(1, story.page() - 1), cursor, false);
    }

    /**
     * "↑ 3 more, PgUp" on the story frame's top; "↓ 5 more lines, PgDn" on the story's last row, or above a pinned
     * reaction ({@code belowRow}).
     */
    private static void scrollMarks(TextGraphics g, StoryPane story, int belowRow, int leftW, int top, Options o) {
        if (story.first() > 0) {
            LanternaDraw.putRight(g, leftW - 2, top, " " + (o.ascii() ? "^ " : "↑ ") + story.first() + " more, PgUp ",
                    Tone.WARN, o);
        }
        if (belowRow >= 0) {
            String arrow = o.ascii() ? "v " : "↓ ";
            String more = arrow + story.below() + " more lines, PgDn";
            if (more.length() > leftW - 4) {
                more = arrow + story.below() + " more, PgDn";
            }
            LanternaDraw.putRight(g, leftW - 3, belowRow, more, Tone.WARN, o);
        }
    }

    /** What a screen too small for the game says; with a line typed, that line too, and why Enter did not run it. */
    private static void tooSmall(TextGraphics g, int w, int h, Model m, Options o) {
        List<String> msg = new ArrayList<>(List.of("This terminal is " + w + "x" + h + ".",
                "Compute Quest needs at least " + MIN_WIDTH + "x" + MIN_HEIGHT + ".",
                "Make the window larger, or play with --plain.", "Ctrl-C quits."));
        if (!m.input().isEmpty()) {
            msg.add("> " + m.input());
        }
        if (m.note() != null) {
            msg.add(m.note());
        }
        List<String> lines = new ArrayList<>();
        for (String s : msg) {
            lines.addAll(Wrap.lines(s, Math.max(1, w - 2), ""));
        }
        int y = Math.max(0, (h - lines.size()) / 2);
        for (int i = 0; i < lines.size() && y + i < h; i++) {
            String l = lines.get(i).length() > w ? lines.get(i).substring(0, w) : lines.get(i);
            LanternaDraw.put(g, Math.max(0, (w - l.length()) / 2), y + i, l, i == 1 ? Tone.BOLD : Tone.PLAIN, o);
        }
    }
}
