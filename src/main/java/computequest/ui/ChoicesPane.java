package computequest.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import computequest.present.ChoiceLines;
import computequest.ui.LanternaDraw.Options;
import computequest.ui.LanternaText.Line;
import computequest.ui.LanternaText.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices box, measured then drawn: every choice numbered and wrapped, the highlighted one in reverse, and as many
 * lines as fit (at most half the room), scrolled so the highlighted choice shows.
 *
 * @param lines  the lines shown, in order
 * @param title  the separator's title above the box
 * @param count  how many choices there are
 */
record ChoicesPane(List<Line> lines, String title, int count) {

    static final ChoicesPane NONE = new ChoicesPane(List.of(), "", 0);

    int height() {
        return lines.size();
    }

    boolean clipped() {
        return title.length() > " Choices ".length();
    }

    /** @param room rows the story column has for the story and the choices together */
    static ChoicesPane measure(List<String> choices, int selected, int width, int room, Options o) {
        List<Line> all = new ArrayList<>();
        List<Integer> choiceOf = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            boolean sel = i == selected;
            String marker = sel ? (o.ascii() ? "> " : "▶ ") : "  ";
            List<String> wrapped = Wrap.lines(ChoiceLines.line(i, choices.get(i)), width - 2, "   ");
            for (int j = 0; j < wrapped.size(); j++) {
                for (String piece : LanternaText.hardWrap(wrapped.get(j), width - 2)) {
                    all.add(Line.of((j == 0 && choiceOf.lastIndexOf(i) < 0 ? marker : "  ") + piece,
                            sel ? Tone.SELECTED : Tone.PLAIN));
                    choiceOf.add(i);
                }
            }
        }
        if (all.isEmpty()) {
            return NONE;
        }
        // up to half the room, so choices wrap whole (an AMI's id stays readable) before they are cut to a line each
        int height = Math.min(all.size(), Math.max(2, room / 2 + 1));
        if (all.size() > height && choices.size() <= height) {
            return compact(choices, selected, width, height, o);
        }
        int first = 0;
        if (selected >= 0 && choiceOf.lastIndexOf(selected) >= height) {
            first = Math.min(choiceOf.indexOf(selected), all.size() - height);
        }
        boolean clipped = first + height < all.size() || first > 0;
        String title = clipped ? " Choices (" + choices.size() + "; " + (o.ascii() ? "Up/Down" : "↑↓")
                + " shows all) " : " Choices ";
        return new ChoicesPane(all.subList(first, first + height), title, choices.size());
    }

    /**
     * Every choice on a line of its own, cut to the width, when their wrapped lines do not all fit but one line each
     * does (a small screen): the highlighted one in full if the others still fit beside it.
     */
    private static ChoicesPane compact(List<String> choices, int selected, int width, int height, Options o) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            boolean sel = i == selected;
            String marker = sel ? (o.ascii() ? "> " : "▶ ") : "  ";
            List<String> wrapped = Wrap.lines(ChoiceLines.line(i, choices.get(i)), width - 2, "   ");
            if (sel && out.size() + wrapped.size() + (choices.size() - i - 1) <= height) {
                for (int j = 0; j < wrapped.size(); j++) {
                    out.add(Line.of((j == 0 ? marker : "  ") + LanternaText.fit(wrapped.get(j), width - 2, o.ascii()),
                            Tone.SELECTED));
                }
            } else {
                out.add(Line.of(marker + LanternaText.fit(ChoiceLines.line(i, choices.get(i)), width - 2, o.ascii()),
                        sel ? Tone.SELECTED : Tone.PLAIN));
            }
        }
        String title = " Choices (" + choices.size() + "; " + (o.ascii() ? "Up/Down" : "↑↓") + " reads each) ";
        return new ChoicesPane(out, title, choices.size());
    }

    /** Draws into an area one column wider on each side than the text, so the highlight bar spans the box. */
    void draw(TextGraphics g, Options o) {
        int width = g.getSize().getColumns();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.segs().get(0).tone() == Tone.SELECTED) {
                LanternaDraw.put(g, 0, i, " ".repeat(width), Tone.SELECTED, o);
            }
            LanternaDraw.putLine(g, 1, i, l, width - 2, o);
        }
    }
}
