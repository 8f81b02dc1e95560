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
 */
record DashboardPane(List<Line> lines) {

    static DashboardPane measure(View view, View previous, int width, int height, boolean ascii) {
        if (view == null) {
            return new DashboardPane(List.of());
        }
        LanternaDashboard.Parts parts = LanternaDashboard.lines(view, previous, width, ascii);
        if (parts.all().size() > height) {
            parts = LanternaDashboard.lines(view, previous, width, ascii, true);
        }
        List<Line> dash = parts.all();
        if (dash.size() > height) {
            List<Line> res = parts.resources();
            List<Line> bill = parts.bill();
            if (bill.size() > height / 2) {
                int shown = Math.max(2, height / 2 - 1);
                List<Line> cut = new ArrayList<>(bill.subList(0, shown));
                cut.add(Line.of(LanternaText.fit("  +" + (bill.size() - shown) + " more (type 'bill')", width, ascii),
                        Tone.DIM));
                bill = cut;
            }
            int keep = Math.max(0, height - bill.size() - 1);
            dash = new ArrayList<>(res.subList(0, Math.min(keep, res.size())));
            dash.add(Line.of(LanternaText.fit("  +" + (res.size() - keep) + " more lines", width, ascii), Tone.DIM));
            dash.addAll(bill);
        }
        return new DashboardPane(dash);
    }

    void draw(TextGraphics g, Options o) {
        int width = g.getSize().getColumns();
        int height = g.getSize().getRows();
        for (int i = 0; i < lines.size() && i < height; i++) {
            LanternaDraw.putLine(g, 0, i, lines.get(i), width, o);
        }
    }
}
