package computequest.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import computequest.engine.View;
import computequest.ui.LanternaDraw.Options;
import computequest.ui.LanternaText.Line;
import computequest.ui.LanternaText.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * The cloud pane, measured then drawn: the full dashboard when it fits, else one line per resource, else the first
 * resources with a count of the rest, keeping the bill in view.
 *
 * @param changed whether some resource is marked {@code *}: the frame then says what the mark means
 */
record DashboardPane(List<Line> lines, boolean changed) {

    static DashboardPane measure(View view, View previous, int width, int height, boolean ascii) {
        return measure(view, previous, width, height, ascii, 0);
    }

    /**
     * @param top how far the player scrolled the pane down (F4, back up with F3), in lines of the full dashboard; 0
     *            shows the dashboard that fits, with the bill in view
     */
    static DashboardPane measure(View view, View previous, int width, int height, boolean ascii, int top) {
        if (view == null) {
            return new DashboardPane(List.of(), false);
        }
        if (top > 0) {
            LanternaDashboard.Parts full = LanternaDashboard.lines(view, previous, width, ascii);
            List<Line> all = full.all();
            if (all.size() > height && height >= 3) {
                int first = Math.min(top, all.size() - height + 1);
                List<Line> window = new ArrayList<>();
                window.add(Line.of(LanternaText.fit("  " + (ascii ? "^ " : "↑ ") + first + " more, F3", width, ascii),
                        Tone.DIM));
                int room = height - 1;
                int end = Math.min(all.size(), first + room);
                if (end < all.size()) {
                    end = first + room - 1;
                    window.addAll(all.subList(first, end));
                    window.add(Line.of(LanternaText.fit("  " + (ascii ? "v " : "↓ ") + (all.size() - end) + " more, F4",
                            width, ascii), Tone.DIM));
                } else {
                    window.addAll(all.subList(first, end));
                }
                return new DashboardPane(window, full.changed());
            }
        }
        LanternaDashboard.Parts parts = LanternaDashboard.lines(view, previous, width, ascii);
        if (parts.all().size() > height) {
            parts = LanternaDashboard.lines(view, previous, width, ascii, true);
        }
        List<Line> dash = parts.all();
        if (dash.size() > height) {
            List<Line> res = parts.resources();
            List<Line> bill = parts.bill();
            // the bill gets half the pane, or all the resources leave; each cut says how much it hides
            int billRoom = Math.max(Math.min(bill.size(), height / 2), height - res.size());
            if (bill.size() > billRoom) {
                int shown = Math.max(2, billRoom - 1);
                List<Line> cut = new ArrayList<>(bill.subList(0, shown));
                cut.add(Line.of(LanternaText.fit(moreBill(bill.size() - shown, width), width, ascii),
                        Tone.DIM));
                bill = cut;
            }
            int keep = Math.max(0, height - bill.size());
            if (res.size() > keep) {
                keep = Math.max(0, keep - 1);
                dash = new ArrayList<>(res.subList(0, keep));
                dash.add(Line.of(LanternaText.fit("  +" + (res.size() - keep) + " more lines, F4", width, ascii),
                        Tone.DIM));
            } else {
                dash = new ArrayList<>(res);
            }
            dash.addAll(bill);
        }
        return new DashboardPane(dash, parts.changed());
    }

    /** What the {@code *} mark means, to put on the pane's frame: as much of it as fits {@code room}, or nothing. */
    String legend(int room) {
        if (!changed) {
            return "";
        }
        for (String l : List.of(" * changed in your last step ", " * changed last step ", " * just changed ", " * new ")) {
            if (l.length() <= room) {
                return l;
            }
        }
        return "";
    }

    void draw(TextGraphics g, Options o) {
        int width = g.getSize().getColumns();
        int height = g.getSize().getRows();
        for (int i = 0; i < lines.size() && i < height; i++) {
            LanternaDraw.putLine(g, 0, i, lines.get(i), width, o);
        }
    }

    /** "+N more (type 'bill')", shorter where the pane is narrow, so the command is never cut. */
    static String moreBill(int n, int width) {
        String full = "  +" + n + " more (type 'bill')";
        return full.length() <= width ? full : "  +" + n + " more: bill";
    }
}
