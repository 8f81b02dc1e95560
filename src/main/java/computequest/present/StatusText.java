package computequest.present;

import computequest.engine.Event;
import computequest.engine.ProgressMap;
import computequest.engine.View;
import computequest.sim.Cloud;
import computequest.sim.LineItem;
import computequest.sim.Resource;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text of {@code status}: the clock and score, the player's resources as tables, the bill, the badges. */
public final class StatusText {

    private StatusText() {
    }

    public static String of(Event.Status s) {
        StringBuilder b = new StringBuilder();
        b.append("Simulated time: ").append(View.duration(s.clockSeconds())).append(" | Region ").append(Cloud.REGION)
                .append(" | Score ").append(s.score()).append('\n');
        b.append(resources(s.resources()));
        List<LineItem> lines = s.bill();
        if (lines.isEmpty()) {
            b.append("Bill: nothing yet.");
        } else {
            b.append("Bill so far (about; On-Demand prices, ").append(Cloud.REGION).append("):\n");
            // columns as wide as their longest cell (a snapshot's id is longer than an instance's), at least as
            // wide as an instance id and the usual description, so the amounts line up under each other
            int idW = 19;
            int whatW = 33;
            for (LineItem li : lines) {
                idW = Math.max(idW, li.resourceId().length());
                whatW = Math.max(whatW, li.description().length());
            }
            String row = "  %-" + idW + "s  %-" + whatW + "s  %s%n";
            for (LineItem li : lines) {
                b.append(String.format(Locale.ROOT, row, li.resourceId(), li.description(), Dollars.amount(li.usd())));
            }
            b.append("  Total: ").append(Dollars.amount(s.billTotal()))
                    .append(" (by service, and per hour and month: type 'bill')");
        }
        if (!s.badges().isEmpty()) {
            b.append('\n').append(ProgressMap.badgeLine(s.badges(), 0));
        }
        return b.toString().stripTrailing();
    }

    /** Each kind's table with its column headings; a column no resource has a value in is left out. */
    static String resources(List<Resource> resources) {
        Map<Tables.Table, List<Resource>> groups = Tables.group(resources);
        if (groups.isEmpty()) {
            return "Nothing in your cloud yet.\n";
        }
        StringBuilder b = new StringBuilder();
        for (var g : groups.entrySet()) {
            Tables.Table t = g.getKey();
            List<List<Cell>> rows = g.getValue().stream().map(t::row).toList();
            int cols = t.columns().size();
            int[] w = new int[cols];
            boolean[] used = new boolean[cols];
            for (int i = 0; i < cols; i++) {
                w[i] = t.columns().get(i).header().length();
                for (List<Cell> row : rows) {
                    w[i] = Math.max(w[i], row.get(i).text().length());
                    used[i] |= !row.get(i).text().isEmpty();
                }
            }
            b.append(t.heading()).append(" (").append(rows.size()).append("):\n");
            b.append(line(t.columns().stream().map(Tables.Column::header).toList(), w, used));
            for (List<Cell> row : rows) {
                b.append(line(row.stream().map(c -> c.text().isEmpty() ? "-" : c.text()).toList(), w, used));
            }
        }
        return b.toString();
    }

    private static String line(List<String> cells, int[] w, boolean[] used) {
        StringBuilder b = new StringBuilder(" ");
        for (int i = 0; i < cells.size(); i++) {
            if (used[i]) {
                b.append(' ').append(cells.get(i)).append(" ".repeat(w[i] - cells.get(i).length())).append(' ');
            }
        }
        return b.toString().stripTrailing() + "\n";
    }
}
