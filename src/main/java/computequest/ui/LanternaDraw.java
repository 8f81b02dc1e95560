package computequest.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import computequest.story.Printable;
import computequest.ui.LanternaText.Line;
import computequest.ui.LanternaText.Seg;
import computequest.ui.LanternaText.Tone;

/** Drawing primitives for the full screen: clipped areas, styled strings and lines, frames and separators. */
final class LanternaDraw {

    private LanternaDraw() {
    }

    record Options(boolean color, boolean ascii) {
    }

    record Box(char h, char v, char tl, char tr, char bl, char br, char lt, char rt) {
        static final Box UNICODE = new Box('─', '│', '┌', '┐', '└', '┘', '├', '┤');
        static final Box ASCII = new Box('-', '|', '+', '+', '+', '+', '+', '+');

        static Box of(Options o) {
            return o.ascii() ? ASCII : UNICODE;
        }
    }

    /** A graphics clipped to a rectangle, with (0, 0) at its top left: a pane draws only inside its own area. */
    static TextGraphics area(TextGraphics g, int x, int y, int width, int height) {
        return g.newTextGraphics(new TerminalPosition(x, y), new TerminalSize(Math.max(0, width), Math.max(0, height)));
    }

    static void frame(TextGraphics g, int x0, int y0, int x1, int y1, String title, Options o) {
        Box b = Box.of(o);
        int w = x1 - x0;
        put(g, x0, y0, b.tl() + String.valueOf(b.h()).repeat(w - 2) + b.tr(), Tone.DIM, o);
        put(g, x0, y1, b.bl() + String.valueOf(b.h()).repeat(w - 2) + b.br(), Tone.DIM, o);
        for (int y = y0 + 1; y < y1; y++) {
            put(g, x0, y, String.valueOf(b.v()), Tone.DIM, o);
            put(g, x1 - 1, y, String.valueOf(b.v()), Tone.DIM, o);
        }
        put(g, x0 + 2, y0, title, Tone.HEADING, o);
    }

    static void separator(TextGraphics g, int x0, int y, int x1, String title, Options o) {
        Box b = Box.of(o);
        put(g, x0, y, b.lt() + String.valueOf(b.h()).repeat(x1 - x0 - 2) + b.rt(), Tone.DIM, o);
        if (!title.isEmpty()) {
            put(g, x0 + 2, y, title, Tone.HEADING, o);
        }
    }

    static void putRight(TextGraphics g, int xEnd, int y, String s, Tone tone, Options o) {
        put(g, Math.max(0, xEnd - s.length()), y, s, tone, o);
    }

    static void putLine(TextGraphics g, int x, int y, Line line, int width, Options o) {
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

    static void put(TextGraphics g, int x, int y, String s, Tone tone, Options o) {
        reset(g);
        style(g, tone, o.color());
        g.putString(x, y, Printable.clean(s));
        reset(g);
    }

    /** The status bar's look: reverse video, or white on blue with colour. */
    static void putBar(TextGraphics g, int x, int y, String s, Options o) {
        reset(g);
        g.enableModifiers(SGR.REVERSE);
        if (o.color()) {
            g.disableModifiers(SGR.REVERSE);
            g.setBackgroundColor(TextColor.ANSI.BLUE);
            g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
            g.enableModifiers(SGR.BOLD);
        }
        g.putString(x, y, Printable.clean(s));
        reset(g);
    }

    static void reset(TextGraphics g) {
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
