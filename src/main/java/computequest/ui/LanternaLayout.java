package computequest.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import computequest.engine.Event;
import computequest.engine.View;
import computequest.story.Printable;
import computequest.ui.LanternaText.Line;
import computequest.ui.LanternaText.Seg;
import computequest.ui.LanternaText.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one full screen from the game's view, the transcript and the input state. A pure function of its arguments
 * onto a {@link TextGraphics}: no input, no I/O, so screens are tested on a virtual terminal.
 *
 * <pre>
 *  status bar: chapter, scene, score, simulated clock
 *  +- Story ----------------------+ +- Cloud ----------+
 *  | narration (scrolls)          | | resources by kind |
 *  +- Choices --------------------+ |                   |
 *  | 1. ...                       | | bill so far       |
 *  +------------------------------+ |                   |
 *  | &gt; input                      | |                   |
 *  +------------------------------+ +-------------------+
 *  key hints
 * </pre>
 */
final class LanternaLayout {

    static final int MIN_WIDTH = 60;
    static final int MIN_HEIGHT = 16;
    /** Prose is wrapped no wider than this, however wide the pane: long lines are hard to read. */
    static final int MAX_PROSE = 100;

    private LanternaLayout() {
    }

    /** One thing in the story pane: an event from the engine, or (kind null) a line the player typed. */
    record Entry(Event.Kind kind, String text) {
        static Entry typed(String text) {
            return new Entry(null, text);
        }
    }

    record Options(boolean color, boolean ascii) {
    }

    /**
     * Everything a screen shows.
     *
     * @param previous  the view before the last step, to mark what changed (may be null)
     * @param mark      index of the first transcript entry of the last step: in follow mode the pane shows it first
     * @param scrollTop first story line shown, or null to follow the newest output
     * @param selected  highlighted choice index, or -1
     * @param note      a one-line message in place of the key hints (completions, a warning), or null
     */
    record Model(View view, View previous, List<Entry> transcript, int mark, String input, int cursor,
                 Integer scrollTop, int selected, String note) {
        Model {
            transcript = List.copyOf(transcript);
        }
    }

    /**
     * What was drawn, for the input loop: the story pane's first line, line count and height (for PgUp/PgDn), and
     * where the cursor goes (null: hidden).
     */
    record Rendered(int top, int total, int page, TerminalPosition cursor, boolean tooSmall) {
    }

    static Rendered draw(TextGraphics g, TerminalSize size, Model m, Options o) {
        int w = size.getColumns();
        int h = size.getRows();
        reset(g);
        g.fill(' ');
        if (w < MIN_WIDTH || h < MIN_HEIGHT) {
            tooSmall(g, w, h, o);
            return new Rendered(0, 0, 1, null, true);
        }
        Box box = o.ascii() ? Box.ASCII : Box.UNICODE;
        statusBar(g, w, m.view(), o);
        hints(g, w, h - 1, m, o);

        // Never narrower than an instance id with its change marker.
        int dashW = w >= 100 ? Math.max(34, Math.min(84, w * 2 / 5)) : Math.max(26, w * 2 / 5);
        int leftW = w - dashW;
        int top = 1;
        int bottom = h - 2;
        int tw = leftW - 4;

        // Left column, from the bottom up: input line, choices, story.
        frame(g, 0, top, leftW, bottom, " Story ", box, o);
        int inputRow = bottom - 1;
        separator(g, 0, inputRow - 1, leftW, "", box, o);
        TerminalPosition cursor = inputLine(g, 2, inputRow, tw, m, o);

        List<Line> choiceLines = new ArrayList<>();
        List<Integer> choiceOf = new ArrayList<>();
        List<String> choices = m.view() == null ? List.of() : m.view().choices();
        for (int i = 0; i < choices.size(); i++) {
            boolean sel = i == m.selected();
            String marker = sel ? (o.ascii() ? "> " : "▶ ") : "  ";
            List<String> wrapped = Wrap.lines((i + 1) + ". " + choices.get(i), tw - 2, "   ");
            for (int j = 0; j < wrapped.size(); j++) {
                for (String piece : LanternaText.hardWrap(wrapped.get(j), tw - 2)) {
                    choiceLines.add(Line.of((j == 0 && choiceOf.lastIndexOf(i) < 0 ? marker : "  ") + piece,
                            sel ? Tone.SELECTED : Tone.PLAIN));
                    choiceOf.add(i);
                }
            }
        }
        int innerTop = top + 1;
        int storyBottom = inputRow - 2; // last story row
        String choicesTitle = "";
        if (!choiceLines.isEmpty()) {
            int avail = storyBottom - innerTop + 1;
            int ch = Math.min(choiceLines.size(), Math.max(2, avail / 3 + 1));
            int first = 0;
            if (m.selected() >= 0) {
                int selFirst = choiceOf.indexOf(m.selected());
                int selLast = choiceOf.lastIndexOf(m.selected());
                if (selLast >= ch) {
                    first = Math.min(selFirst, choiceLines.size() - ch);
                }
            }
            int choiceTop = storyBottom - ch + 1;
            boolean clipped = first + ch < choiceLines.size() || first > 0;
            choicesTitle = clipped ? " Choices (" + choices.size() + "; " + (o.ascii() ? "Up/Down" : "↑↓")
                    + " shows all) " : " Choices ";
            separator(g, 0, choiceTop - 1, leftW, choicesTitle, box, o);
            for (int i = 0; i < ch; i++) {
                Line l = choiceLines.get(first + i);
                if (l.segs().get(0).tone() == Tone.SELECTED) {
                    put(g, 1, choiceTop + i, " ".repeat(leftW - 2), Tone.SELECTED, o);
                }
                putLine(g, 2, choiceTop + i, l, tw, o);
            }
            storyBottom = choiceTop - 2;
        }

        // Story text.
        int page = Math.max(1, storyBottom - innerTop + 1);
        int nw = Math.min(tw, MAX_PROSE);
        List<Line> story = new ArrayList<>();
        int markLine = 0;
        for (int i = 0; i < m.transcript().size(); i++) {
            // Follow the newest output from its start, or from the newest scene in it: that is what to read next.
            if (i == m.mark() || i > m.mark() && m.transcript().get(i).kind() == Event.Kind.SCENE) {
                markLine = story.size();
            }
            story.addAll(entryLines(m.transcript().get(i), nw, story.isEmpty()));
        }
        if (m.mark() >= m.transcript().size()) {
            markLine = story.size();
        }
        int maxTop = Math.max(0, story.size() - page);
        int first;
        if (m.scrollTop() == null) {
            first = story.size() - markLine > page ? markLine : maxTop;
            if (first == markLine && first < maxTop && story.get(first).segs().isEmpty()) {
                first++; // no blank line at the top of the pane
            }
        } else {
            first = Math.max(0, Math.min(maxTop, m.scrollTop()));
        }
        for (int i = 0; i < page && first + i < story.size(); i++) {
            putLine(g, 2, innerTop + i, story.get(first + i), tw, o);
        }
        if (first > 0) {
            putRight(g, leftW - 2, top, " " + (o.ascii() ? "^ " : "↑ ") + first + " more, PgUp ", Tone.WARN, o);
        }
        int below = story.size() - first - page;
        if (below > 0) {
            String more = " " + (o.ascii() ? "v " : "↓ ") + below + " more, PgDn ";
            if (2 + choicesTitle.length() + 1 + more.length() + 2 > leftW) {
                more = " " + (o.ascii() ? "v " : "↓ ") + below + " more ";
                if (choicesTitle.length() > " Choices ".length()) {
                    separator(g, 0, storyBottom + 1, leftW, " Choices (" + choices.size() + ") ", box, o);
                }
            }
            putRight(g, leftW - 2, storyBottom + 1, more, Tone.WARN, o);
        }

        // Dashboard.
        int dx = leftW;
        frame(g, dx, top, w, bottom, " Cloud ", box, o);
        int dw = dashW - 4;
        int dh = bottom - top - 1;
        LanternaDashboard.Parts parts = m.view() == null ? new LanternaDashboard.Parts(List.of(), List.of())
                : LanternaDashboard.lines(m.view(), m.previous(), dw, o.ascii());
        List<Line> dash = parts.all();
        if (dash.size() > dh) {
            parts = LanternaDashboard.lines(m.view(), m.previous(), dw, o.ascii(), true);
            dash = parts.all();
        }
        if (dash.size() > dh) {
            List<Line> res = parts.resources();
            List<Line> bill = parts.bill();
            if (bill.size() > dh / 2) {
                bill = bill.subList(0, Math.max(2, dh / 2));
            }
            int keep = Math.max(0, dh - bill.size() - 1);
            dash = new ArrayList<>(res.subList(0, Math.min(keep, res.size())));
            dash.add(Line.of(LanternaText.fit("  +" + (res.size() - keep) + " more lines", dw, o.ascii()), Tone.DIM));
            dash.addAll(bill);
        }
        for (int i = 0; i < dash.size() && i < dh; i++) {
            putLine(g, dx + 2, top + 1 + i, dash.get(i), dw, o);
        }
        return new Rendered(first, story.size(), page, cursor, false);
    }

    /** The lines one transcript entry takes at a width. */
    static List<Line> entryLines(Entry e, int width, boolean first) {
        List<Line> out = new ArrayList<>();
        if (e.kind() == null) {
            out.add(Line.blank());
            for (String l : LanternaText.softWrap("> " + e.text(), width)) {
                out.add(Line.of(l, Tone.TYPED));
            }
            return out;
        }
        switch (e.kind()) {
            case CHOICE -> {
                // The current choices have their own box; past ones are in the player's typed answers.
            }
            case SCENE -> {
                if (!first) {
                    out.add(Line.blank());
                }
                for (String l : Wrap.lines("== " + e.text() + " ==", width, "   ")) {
                    out.add(Line.of(l, Tone.HEADING));
                }
            }
            case NARRATION, INFO -> add(out, Wrap.lines(e.text(), width, ""), width, Tone.PLAIN);
            case OUTPUT, HELP, STATUS, QUIT -> add(out, List.of(e.text().split("\n", -1)), width, Tone.PLAIN);
            default -> add(out, Wrap.lines(TextStyle.label(e.kind()) + e.text(), width, "    "), width, tone(e.kind()));
        }
        return out;
    }

    private static void add(List<Line> out, List<String> lines, int width, Tone tone) {
        for (String l : lines) {
            for (String piece : LanternaText.softWrap(l, width)) {
                out.add(Line.of(piece, tone));
            }
        }
    }

    static Tone tone(Event.Kind kind) {
        return switch (kind) {
            case OK, ENDING -> Tone.OK;
            case SCORE -> Tone.SCORE;
            case WRONG -> Tone.WRONG;
            case CHANGE -> Tone.CHANGE;
            case HINT -> Tone.HINT;
            default -> Tone.PLAIN;
        };
    }

    private static void statusBar(TextGraphics g, int w, View v, Options o) {
        String sep = o.ascii() ? " | " : " · ";
        String right = v == null ? "" : (v.badges().isEmpty() ? "" : "Badges " + v.badges().size() + sep)
                + "Score " + v.score() + sep + "Time " + v.clock() + " ";
        String left = " Compute Quest";
        if (v != null) {
            if (!v.chapter().isEmpty()) {
                left += sep + "Ch " + v.chapter();
            }
            left += sep + v.sceneTitle() + (v.ended() ? sep + "The end" : "");
        }
        left = LanternaText.fit(left, Math.max(0, w - right.length() - 1), o.ascii());
        String bar = left + " ".repeat(Math.max(0, w - left.length() - right.length())) + right;
        put(g, 0, 0, LanternaText.fit(bar, w, o.ascii()), null, o, true);
    }

    private static void hints(TextGraphics g, int w, int row, Model m, Options o) {
        String text;
        Tone tone = Tone.DIM;
        if (m.note() != null) {
            text = m.note();
            tone = Tone.HINT;
        } else {
            boolean choosing = m.view() != null && !m.view().choices().isEmpty() && m.input().isEmpty();
            String arrows = o.ascii() ? "Up/Dn" : "↑↓";
            // By importance; as many as fit are shown, in this order.
            List<String> keys = choosing
                    ? List.of(arrows + " pick", "Enter choose", "^C quit", "PgUp/PgDn scroll", "Tab complete",
                            "^P history", "F2 hint", "F1 help")
                    : List.of(arrows + " history", "Tab complete", "^C quit", "PgUp/PgDn scroll", "F2 hint",
                            "F1 help");
            List<String> shown = new ArrayList<>();
            int len = 0;
            for (String k : keys) {
                if (len + k.length() + (shown.isEmpty() ? 0 : 2) <= w - 2) {
                    len += k.length() + (shown.isEmpty() ? 0 : 2);
                    shown.add(k);
                }
            }
            List<String> order = List.of(arrows + " pick", "Enter choose", arrows + " history", "Tab complete",
                    "PgUp/PgDn scroll", "^P history", "F1 help", "F2 hint", "^C quit");
            shown.sort(java.util.Comparator.comparingInt(order::indexOf));
            text = String.join("  ", shown);
        }
        put(g, 1, row, LanternaText.fit(text, w - 2, o.ascii()), tone, o);
    }

    private static TerminalPosition inputLine(TextGraphics g, int x, int row, int width, Model m, Options o) {
        String prompt = "> ";
        int room = Math.max(1, width - prompt.length());
        int offset = Math.max(0, m.cursor() - room + 1);
        String shown = m.input().substring(Math.min(offset, m.input().length()));
        put(g, x, row, prompt, Tone.TYPED, o);
        if (m.input().isEmpty()) {
            String placeholder;
            if (m.selected() >= 0 && m.view() != null && m.selected() < m.view().choices().size()) {
                placeholder = "Enter picks choice " + (m.selected() + 1);
            } else if (m.view() != null && !m.view().choices().isEmpty()) {
                placeholder = "type a number, a command, or 'help'";
            } else {
                placeholder = "type a command, or 'help' or 'hint'";
            }
            put(g, x + 2, row, LanternaText.fit(placeholder, room - 1, o.ascii()), Tone.DIM, o);
        } else {
            String visible = shown.substring(0, Math.min(shown.length(), room));
            if (offset > 0 && !visible.isEmpty()) {
                visible = (o.ascii() ? "<" : "…") + visible.substring(1); // more to the left
            }
            put(g, x + 2, row, visible, Tone.TYPED, o);
        }
        return new TerminalPosition(x + 2 + m.cursor() - offset, row);
    }

    private static void tooSmall(TextGraphics g, int w, int h, Options o) {
        List<String> msg = new ArrayList<>();
        msg.add("This terminal is " + w + "x" + h + ".");
        msg.add("Compute Quest needs at least " + MIN_WIDTH + "x" + MIN_HEIGHT + ".");
        msg.add("Make the window larger, or play with --plain.");
        msg.add("Ctrl-C quits.");
        List<String> lines = new ArrayList<>();
        for (String s : msg) {
            lines.addAll(Wrap.lines(s, Math.max(1, w - 2), ""));
        }
        int y = Math.max(0, (h - lines.size()) / 2);
        for (int i = 0; i < lines.size() && y + i < h; i++) {
            String l = lines.get(i).length() > w ? lines.get(i).substring(0, w) : lines.get(i);
            put(g, Math.max(0, (w - l.length()) / 2), y + i, l, i == 1 ? Tone.BOLD : Tone.PLAIN, o);
        }
    }

    // ---- drawing primitives ----

    private record Box(char h, char v, char tl, char tr, char bl, char br, char lt, char rt) {
        static final Box UNICODE = new Box('─', '│', '┌', '┐', '└', '┘', '├', '┤');
        static final Box ASCII = new Box('-', '|', '+', '+', '+', '+', '+', '+');
    }

    private static void frame(TextGraphics g, int x0, int y0, int x1, int y1, String title, Box b, Options o) {
        int w = x1 - x0;
        put(g, x0, y0, b.tl() + String.valueOf(b.h()).repeat(w - 2) + b.tr(), Tone.DIM, o);
        put(g, x0, y1, b.bl() + String.valueOf(b.h()).repeat(w - 2) + b.br(), Tone.DIM, o);
        for (int y = y0 + 1; y < y1; y++) {
            put(g, x0, y, String.valueOf(b.v()), Tone.DIM, o);
            put(g, x1 - 1, y, String.valueOf(b.v()), Tone.DIM, o);
        }
        put(g, x0 + 2, y0, title, Tone.HEADING, o);
    }

    private static void separator(TextGraphics g, int x0, int y, int x1, String title, Box b, Options o) {
        put(g, x0, y, b.lt() + String.valueOf(b.h()).repeat(x1 - x0 - 2) + b.rt(), Tone.DIM, o);
        if (!title.isEmpty()) {
            put(g, x0 + 2, y, title, Tone.HEADING, o);
        }
    }

    private static void putRight(TextGraphics g, int xEnd, int y, String s, Tone tone, Options o) {
        put(g, Math.max(0, xEnd - s.length()), y, s, tone, o);
    }

    private static void putLine(TextGraphics g, int x, int y, Line line, int width, Options o) {
        int col = 0;
        for (Seg s : line.segs()) {
            if (col >= width) {
                break;
            }
            String t = s.text().length() > width - col ? s.text().substring(0, width - col) : s.text();
            put(g, x + col, y, t, s.tone(), o);
            col += t.length();
        }
    }

    private static void put(TextGraphics g, int x, int y, String s, Tone tone, Options o) {
        put(g, x, y, s, tone, o, false);
    }

    private static void put(TextGraphics g, int x, int y, String s, Tone tone, Options o, boolean bar) {
        reset(g);
        if (bar) {
            g.enableModifiers(SGR.REVERSE);
            if (o.color()) {
                g.disableModifiers(SGR.REVERSE);
                g.setBackgroundColor(TextColor.ANSI.BLUE);
                g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
                g.enableModifiers(SGR.BOLD);
            }
        } else {
            style(g, tone, o.color());
        }
        g.putString(x, y, Printable.clean(s));
        reset(g);
    }

    private static void reset(TextGraphics g) {
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.clearModifiers();
    }

    /** Colour only when allowed; bold and reverse carry meaning in both (labels carry it in words). */
    private static void style(TextGraphics g, Tone tone, boolean color) {
        if (tone == null) {
            return;
        }
        switch (tone) {
            case BOLD, TYPED -> g.enableModifiers(SGR.BOLD);
            case HEADING -> {
                g.enableModifiers(SGR.BOLD);
                fg(g, color, TextColor.ANSI.CYAN_BRIGHT);
            }
            case SELECTED -> g.enableModifiers(SGR.REVERSE, SGR.BOLD);
            case OK, SCORE, GOOD -> fg(g, color, TextColor.ANSI.GREEN_BRIGHT);
            case WRONG, BAD -> fg(g, color, TextColor.ANSI.RED_BRIGHT);
            case CHANGE -> fg(g, color, TextColor.ANSI.CYAN);
            case HINT, WARN -> fg(g, color, TextColor.ANSI.YELLOW_BRIGHT);
            case DIM -> fg(g, color, TextColor.ANSI.BLACK_BRIGHT);
            default -> {
            }
        }
    }

    private static void fg(TextGraphics g, boolean color, TextColor c) {
        if (color) {
            g.setForegroundColor(c);
        }
    }
}
