package computequest.ui;

import computequest.engine.View;
import computequest.present.Cell;
import computequest.present.Dollars;
import computequest.present.Tables;
import computequest.sim.LineItem;
import computequest.sim.Resource;
import computequest.ui.LanternaText.Line;
import computequest.ui.LanternaText.Seg;
import computequest.ui.LanternaText.Tone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cloud dashboard: every resource the simulation reports, grouped by kind, with the few attributes that matter
 * for each known kind and id plus state for any other kind; then the running bill. Resources that are new or changed
 * since the previous step are marked with {@code *}.
 */
final class LanternaDashboard {

    private LanternaDashboard() {
    }

    /**
     * The dashboard: resources first, then the bill, which the layout keeps in view when space runs out.
     *
     * @param changed whether a resource is marked {@code *} (changed in the last step): the pane's frame says what
     *                the mark means
     */
    record Parts(List<Line> resources, List<Line> bill, boolean changed) {
        List<Line> all() {
            List<Line> out = new ArrayList<>(resources);
            out.addAll(bill);
            return out;
        }
    }

    /** The dashboard's lines for a pane {@code width} characters wide. */
    static Parts lines(View view, View previous, int width, boolean ascii) {
        return lines(view, previous, width, ascii, false);
    }

    /**
     * @param compact one line per resource (id and its first attribute, usually the state) and no blank lines, for
     *                when the full dashboard does not fit
     */
    static Parts lines(View view, View previous, int width, boolean ascii, boolean compact) {
        List<Line> out = new ArrayList<>();
        Map<String, Map<String, String>> before = new HashMap<>();
        if (previous != null) {
            for (Resource r : previous.resources()) {
                before.put(r.kind() + "/" + r.id(), r.attrs());
            }
        }
        boolean anyChanged = false;
        java.util.Set<String> foldedIds = new java.util.HashSet<>();
        Map<Tables.Table, List<Resource>> groups = focusFirst(Tables.group(view.resources()), view.focus());
        for (var group : groups.entrySet()) {
            Tables.Table table = group.getKey();
            List<Resource> rs = group.getValue();
            // ended resources (terminated, stopped tasks, deleted) fold into one line once they are not news
            List<Resource> over = rs.stream().filter(r -> ended(r)
                    && (previous == null || r.attrs().equals(before.get(r.kind() + "/" + r.id())))).toList();
            List<Resource> folded = !over.isEmpty() && over.size() < rs.size() || over.size() > 1 ? over : List.of();
            rs = rs.stream().filter(r -> !folded.contains(r)).toList();
            folded.forEach(r -> foldedIds.add(r.id()));
            if (!out.isEmpty() && !compact) {
                out.add(Line.blank());
            }
            out.add(Line.of(LanternaText.fit(table.heading() + " (" + group.getValue().size() + ")", width, ascii),
                    Tone.HEADING));
            List<List<Seg>> rows = new ArrayList<>();
            List<Boolean> changed = new ArrayList<>();
            for (Resource r : rs) {
                List<Seg> cells = cells(table, r);
                if (compact) {
                    List<Seg> two = new ArrayList<>(List.of(cells.get(0)));
                    cells.stream().skip(1).filter(c -> !c.text().isEmpty()).findFirst().ifPresent(two::add);
                    int room = width - 3 - (two.size() > 1 ? two.get(1).text().length() : 0);
                    two.set(0, new Seg(LanternaText.fit(two.get(0).text(), Math.max(4, room), ascii), Tone.BOLD));
                    cells = two;
                }
                rows.add(cells);
                boolean c = previous != null && !r.attrs().equals(before.get(r.kind() + "/" + r.id()));
                changed.add(c);
                anyChanged |= c;
            }
            out.addAll(table(rows, changed, width, ascii));
            if (!folded.isEmpty()) {
                out.add(Line.of(LanternaText.fit("  +" + folded.size() + " " + endedWord(folded) + " (folded)", width,
                        ascii), Tone.DIM));
            }
        }
        if (groups.isEmpty()) {
            out.add(Line.of("Nothing running yet.", Tone.DIM));
            out.add(Line.of(LanternaText.fit("What you launch shows here.", width, ascii), Tone.DIM));
        }
        List<Line> bill = new ArrayList<>();
        bill.add(Line.blank());
        bill.addAll(bill(view, width, ascii, foldedIds));
        return new Parts(out, bill, anyChanged);
    }

    /** "terminated" when every folded resource is in that state, else "ended". */
    private static String endedWord(List<Resource> folded) {
        List<String> states = folded.stream().map(r -> (r.attr("state").isEmpty() ? r.attr("status") : r.attr("state"))
                .toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return states.size() == 1 && !states.get(0).isEmpty() ? states.get(0) : "ended";
    }

    /**
     * The groups whose kinds the scene looks at first, in the order it names them; then the other kinds of those
     * kinds' services (an ECS scene about container instances shows its clusters next); the rest as they were,
     * which is by service.
     */
    static Map<Tables.Table, List<Resource>> focusFirst(Map<Tables.Table, List<Resource>> groups, List<String> focus) {
        Map<Tables.Table, List<Resource>> out = new LinkedHashMap<>();
        for (String kind : focus) {
            groups.forEach((t, rs) -> {
                if (t.kind().equals(kind)) {
                    out.putIfAbsent(t, rs);
                }
            });
        }
        for (String kind : focus) {
            String service = Tables.serviceOf(kind);
            groups.forEach((t, rs) -> {
                if (Tables.serviceOf(t.kind()).equals(service)) {
                    out.putIfAbsent(t, rs);
                }
            });
        }
        groups.forEach(out::putIfAbsent);
        return out;
    }

    /** Whether a resource is over: a terminated instance, a stopped task, anything deleted. */
    static boolean ended(Resource r) {
        String s = (r.attr("state") + " " + r.attr("status")).strip().toLowerCase(java.util.Locale.ROOT);
        return s.equals("terminated") || s.equals("stopped") && r.kind().equals("task") || s.equals("deleted")
                || s.equals("inactive");
    }

    /** A resource's row in its kind's table, as styled segments; an empty text is a column with no value. */
    static List<Seg> cells(Tables.Table table, Resource r) {
        return table.row(r).stream().map(c -> new Seg(c.text(), tone(c.tone()))).toList();
    }

    static Tone tone(Cell.Tone t) {
        return switch (t) {
            case PLAIN -> Tone.PLAIN;
            case BOLD -> Tone.BOLD;
            case GOOD -> Tone.GOOD;
            case WARN -> Tone.WARN;
            case BAD -> Tone.BAD;
            case DIM -> Tone.DIM;
        };
    }

    /**
     * Rows as an aligned table when they fit the width; otherwise each row packs its cells onto as many indented
     * lines as it needs. The first two columns are a change marker.
     */
    static List<Line> table(List<List<Seg>> rows, List<Boolean> changed, int width, boolean ascii) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] w = new int[cols];
        for (List<Seg> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                w[i] = Math.max(w[i], Math.max(1, row.get(i).text().length()));
            }
        }
        int total = 2;
        for (int i = 0; i < cols; i++) {
            total += w[i] + (i == 0 ? 0 : 2);
        }
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Seg> row = rows.get(r);
            Seg mark = new Seg(changed.get(r) ? "* " : "  ", Tone.CHANGE);
            if (total <= width) {
                List<Seg> segs = new ArrayList<>();
                segs.add(mark);
                for (int i = 0; i < row.size(); i++) {
                    Seg s = row.get(i);
                    String t = s.text().isEmpty() ? "-" : s.text();
                    if (i > 0) {
                        segs.add(new Seg("  ", Tone.PLAIN));
                    }
                    segs.add(new Seg(t, s.text().isEmpty() ? Tone.DIM : s.tone()));
                    if (i < row.size() - 1) {
                        segs.add(new Seg(" ".repeat(w[i] - t.length()), Tone.PLAIN));
                    }
                }
                out.add(new Line(segs));
            } else {
                List<Seg> segs = new ArrayList<>();
                segs.add(mark);
                int len = 2;
                int start = 2;
                for (Seg s : row) {
                    if (s.text().isEmpty()) {
                        continue;
                    }
                    int room = len == 2 ? width - 2 : width - 4; // the id has a line of its own if it needs one
                    String t = s.text().length() > room ? LanternaText.fit(s.text(), room, ascii) : s.text();
                    if (len > start && len + 1 + t.length() > width) {
                        out.add(new Line(segs));
                        segs = new ArrayList<>();
                        segs.add(new Seg("    ", Tone.PLAIN));
                        len = 4;
                        start = 4;
                    } else if (len > start) {
                        segs.add(new Seg(" ", Tone.PLAIN));
                        len++;
                    }
                    segs.add(new Seg(t, s.tone()));
                    len += t.length();
                }
                out.add(new Line(segs));
            }
        }
        return out;
    }

    /**
     * @param folded the resources folded above as ended: their lines add up to one, so old bills do not fill the
     *               list
     */
    private static List<Line> bill(View view, int width, boolean ascii, java.util.Set<String> folded) {
        List<Line> out = new ArrayList<>();
        String total = Dollars.amount(view.billTotal());
        String head = "Bill so far".length() + 1 + total.length() <= width ? "Bill so far" : "Bill";
        out.add(new Line(List.of(new Seg(head, Tone.HEADING),
                new Seg(" ".repeat(Math.max(1, width - head.length() - total.length())), Tone.PLAIN),
                new Seg(total, Tone.BOLD))));
        List<LineItem> items = new ArrayList<>();
        double endedUsd = 0;
        java.util.Set<String> endedIds = new java.util.TreeSet<>();
        for (LineItem li : view.bill()) {
            // a Fargate task's bill line names it by the first 8 characters of its id
            if (folded.contains(li.resourceId()) || li.resourceId().length() >= 8
                    && folded.stream().anyMatch(id -> id.startsWith(li.resourceId()))) {
                endedUsd += li.usd();
                endedIds.add(li.resourceId());
            } else {
                items.add(li);
            }
        }
        if (width < 60) {
            // Narrow: one line per resource, its items added up.
            Map<String, Double> perResource = new LinkedHashMap<>();
            items.forEach(li -> perResource.merge(li.resourceId(), li.usd(), Double::sum));
            items = new ArrayList<>();
            for (Map.Entry<String, Double> e : perResource.entrySet()) {
                items.add(new LineItem(e.getKey(), "", e.getValue()));
            }
        }
        items.sort(Comparator.comparing(LineItem::resourceId)
                .thenComparing(Comparator.comparingDouble(LineItem::usd).reversed()));
        int amountW = items.stream().mapToInt(li -> Dollars.amount(li.usd()).length()).max().orElse(0);
        for (LineItem li : items) {
            String amount = Dollars.amount(li.usd());
            String what = li.description().isEmpty() ? li.resourceId() : li.resourceId() + "  " + li.description();
            int room = Math.max(1, width - 2 - amountW - 1);
            String shown = LanternaText.fit(what, room, ascii);
            out.add(new Line(List.of(new Seg("  " + shown, Tone.PLAIN),
                    new Seg(" ".repeat(width - 2 - shown.length() - amount.length()), Tone.PLAIN),
                    new Seg(amount, Tone.PLAIN))));
        }
        if (!endedIds.isEmpty()) {
            String amount = Dollars.amount(endedUsd);
            String what = LanternaText.fit("+" + endedIds.size() + " ended (folded)", Math.max(1, width - 2
                    - Math.max(amountW, amount.length()) - 1), ascii);
            out.add(new Line(List.of(new Seg("  " + what, Tone.DIM),
                    new Seg(" ".repeat(Math.max(1, width - 2 - what.length() - amount.length())), Tone.PLAIN),
                    new Seg(amount, Tone.DIM))));
        }
        if (items.isEmpty() && endedIds.isEmpty()) {
            out.add(Line.of("  nothing billed yet", Tone.DIM));
        }
        return out;
    }
}
