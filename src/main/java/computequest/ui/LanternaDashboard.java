package computequest.ui;

import computequest.engine.View;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cloud dashboard: every resource the simulation reports, grouped by kind, with the few attributes that matter
 * for each known kind and id plus state for any other kind; then the running bill. Resources that are new or changed
 * since the previous step are marked with {@code *}.
 */
final class LanternaDashboard {

    private LanternaDashboard() {
    }

    /** Kinds in the order they are shown, with their headings; other kinds follow, by name. */
    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        String[][] h = {
            {"instance", "EC2 instances"}, {"lightsail-instance", "Lightsail instances"}, {"image", "Your AMIs"},
            {"ecs-cluster", "ECS clusters"}, {"container-instance", "Container instances"},
            {"service", "ECS services"}, {"task", "ECS tasks"}, {"task-definition", "Task definitions"},
            {"load-balancer", "Load balancers"}, {"eks-cluster", "EKS clusters"}, {"nodegroup", "Node groups"},
            {"node", "Kubernetes nodes"}, {"fargate-profile", "Fargate profiles"}, {"deployment", "Deployments"},
            {"pod", "Pods"}, {"function", "Lambda functions"}, {"trigger", "Triggers"},
            {"ecr-repository", "ECR repositories"}, {"ecr-image", "ECR images"}, {"local-image", "Local images"},
            {"s3-bucket", "S3 buckets"}, {"dynamodb-table", "DynamoDB tables"},
        };
        for (String[] p : h) {
            HEADINGS.put(p[0], p[1]);
        }
    }

    /** Kinds the dashboard never lists as resources (the bill has its own section, the clock is in the status bar). */
    private static final Set<String> HIDDEN = Set.of("bill", "clock");

    /** The dashboard: resources first, then the bill, which the layout keeps in view when space runs out. */
    record Parts(List<Line> resources, List<Line> bill) {
        List<Line> all() {
            List<Line> out = new ArrayList<>(resources);
            out.addAll(bill);
            return out;
        }
    }

    /** Public catalogue images are not the player's resources; the bill and clock have their own places. */
    static boolean shown(Resource r) {
        return !HIDDEN.contains(r.kind()) && !(r.kind().equals("image") && r.attr("owner").equals("amazon"));
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
        Map<String, List<Resource>> byKind = new LinkedHashMap<>();
        for (Resource r : view.resources()) {
            if (shown(r)) {
                byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> kinds = new ArrayList<>(byKind.keySet());
        List<String> order = new ArrayList<>(HEADINGS.keySet());
        kinds.sort(Comparator.comparingInt((String k) -> order.contains(k) ? order.indexOf(k) : order.size())
                .thenComparing(k -> k));
        Map<String, Map<String, String>> before = new HashMap<>();
        if (previous != null) {
            for (Resource r : previous.resources()) {
                before.put(r.kind() + "/" + r.id(), r.attrs());
            }
        }
        boolean anyChanged = false;
        for (String kind : kinds) {
            List<Resource> rs = byKind.get(kind);
            if (!out.isEmpty() && !compact) {
                out.add(Line.blank());
            }
            out.add(Line.of(LanternaText.fit(HEADINGS.getOrDefault(kind, kind) + " (" + rs.size() + ")", width, ascii),
                    Tone.HEADING));
            List<List<Seg>> rows = new ArrayList<>();
            List<Boolean> changed = new ArrayList<>();
            for (Resource r : rs) {
                List<Seg> cells = cells(r);
                if (compact) {
                    List<Seg> two = new ArrayList<>(List.of(cells.get(0)));
                    cells.stream().skip(1).filter(c -> !c.text().isEmpty()).findFirst().ifPresent(two::add);
                    int room = width - 3 - (two.size() > 1 ? two.get(1).text().length() : 0);
                    two.set(0, new Seg(LanternaText.fit(two.get(0).text(), Math.max(4, room), ascii), Tone.BOLD));
                    cells = two;
                }
                rows.add(cells);
                boolean c = previous != null && !r.attrs().equals(before.get(kind + "/" + r.id()));
                changed.add(c);
                anyChanged |= c;
            }
            out.addAll(table(rows, changed, width, ascii));
        }
        if (kinds.isEmpty()) {
            out.add(Line.of("Nothing running yet.", Tone.DIM));
            out.add(Line.of(LanternaText.fit("What you launch shows here.", width, ascii), Tone.DIM));
        }
        if (anyChanged) {
            String legend = "  * changed in the last step";
            out.add(Line.of(legend.length() <= width ? legend : LanternaText.fit("  * just changed", width, ascii),
                    Tone.DIM));
        }
        List<Line> bill = new ArrayList<>();
        bill.add(Line.blank());
        bill.addAll(bill(view, width, ascii));
        return new Parts(out, bill);
    }

    /** Id first, then the attributes that matter for the kind; an empty text is an attribute with no value. */
    static List<Seg> cells(Resource r) {
        List<Seg> c = new ArrayList<>();
        c.add(new Seg(r.id(), Tone.BOLD));
        switch (r.kind()) {
            case "instance" -> {
                c.add(state(r.attr("state")));
                c.add(plain(r.attr("type")));
                c.add(plain(r.attr("az")));
                c.add(plain(r.attr("public-ip").isEmpty() ? "no public IP" : r.attr("public-ip")));
            }
            case "lightsail-instance" -> {
                c.add(state(r.attr("state")));
                c.add(plain(r.attr("bundle")));
                c.add(plain(r.attr("public-ip")));
                c.add(plain(labelled("$", r.attr("monthly-usd"), "/mo")));
            }
            case "image" -> c.add(plain(r.attr("name")));
            case "ecs-cluster" -> {
                c.add(state(r.attr("status")));
                c.add(plain(labelled("tasks ", r.attr("running-tasks"), "")));
                c.add(plain(labelled("services ", r.attr("services"), "")));
                c.add(plain(labelled("hosts ", r.attr("container-instances"), "")));
            }
            case "container-instance" -> {
                c.add(plain(r.attr("ec2-instance")));
                c.add("true".equals(r.attr("agent-connected")) ? new Seg("agent up", Tone.GOOD)
                        : r.attr("agent-connected").isEmpty() ? plain("") : new Seg("agent down", Tone.BAD));
                c.add(plain(r.attr("az")));
            }
            case "service" -> {
                c.add(ratio(r.attr("running"), r.attr("desired"), "running"));
                c.add(plain(r.attr("launch-type")));
                c.add(plain(r.attr("cluster")));
            }
            case "task" -> {
                c.add(state(r.attr("status")));
                c.add(plain(r.attr("launch-type")));
                c.add(plain(r.attr("az")));
                c.add(plain(r.attr("service")));
            }
            case "task-definition" -> {
                c.add(plain(r.attr("compatibilities")));
                c.add(plain(r.attr("cpu").isEmpty() ? "" : r.attr("cpu") + " CPU/" + r.attr("memory") + " MiB"));
            }
            case "load-balancer" -> c.add(plain(labelled("targets ", r.attr("targets"), "")));
            case "eks-cluster", "dynamodb-table" -> {
                c.add(state(r.attr("status")));
                c.add(plain(r.attr("billing-mode")));
            }
            case "nodegroup" -> {
                c.add(state(r.attr("status")));
                c.add(plain(r.attr("instance-type")));
                c.add(plain(labelled("desired ", r.attr("desired"), "")));
            }
            case "node" -> {
                c.add(plain(r.attr("ec2-instance")));
                c.add(plain(r.attr("az")));
            }
            case "fargate-profile" -> c.add(plain(labelled("namespace ", r.attr("namespace"), "")));
            case "deployment" -> c.add(ratio(r.attr("ready"), r.attr("replicas"), "ready"));
            case "pod" -> {
                c.add(state(r.attr("status")));
                c.add(plain("true".equals(r.attr("fargate")) ? "Fargate" : r.attr("node")));
                c.add(plain(r.attr("az")));
            }
            case "function" -> {
                c.add(plain(r.attr("runtime")));
                c.add(plain(labelled("", r.attr("memory"), " MB")));
                c.add(plain(labelled("calls ", r.attr("invocations"), "")));
                c.add(r.attr("last-status").isEmpty() ? plain("") : new Seg("last " + r.attr("last-status")
                        + labelled(" ", r.attr("last-duration-ms"), " ms"), tone(r.attr("last-status"))));
            }
            case "trigger" -> {
                c.add(plain(r.attr("type")));
                c.add(plain(labelled("-> ", r.attr("function"), "")));
            }
            case "ecr-repository" -> c.add(plain(r.attr("uri")));
            case "ecr-image" -> c.add(plain(labelled("", r.attr("repository"), ":" + r.attr("tag"))));
            case "local-image" -> c.add(plain(r.attr("tag")));
            case "s3-bucket" -> c.add(plain(labelled("objects ", r.attr("objects"), "")));
            default -> {
                String st = !r.attr("state").isEmpty() ? r.attr("state") : r.attr("status");
                c.add(state(st));
            }
        }
        return c;
    }

    private static String labelled(String prefix, String value, String suffix) {
        return value == null || value.isEmpty() ? "" : prefix + value + suffix;
    }

    private static Seg plain(String s) {
        return new Seg(s, Tone.PLAIN);
    }

    private static Seg ratio(String have, String want, String word) {
        if (have.isEmpty() && want.isEmpty()) {
            return plain("");
        }
        Tone t = have.equals(want) ? Tone.GOOD : Tone.WARN;
        return new Seg(have + "/" + want + " " + word, t);
    }

    private static Seg state(String s) {
        return new Seg(s, tone(s));
    }

    /** Green for settled and working, yellow for on the way, red for stopped or failed, dim for gone. */
    static Tone tone(String state) {
        String s = state.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "running", "active", "available", "ready", "ok", "success", "succeeded", "in-service" -> Tone.GOOD;
            case "pending", "provisioning", "creating", "starting", "stopping", "shutting-down", "updating",
                 "deprovisioning", "activating", "draining", "containercreating", "updating-status" -> Tone.WARN;
            case "terminated", "deleted", "inactive" -> Tone.DIM;
            case "stopped", "failed", "error", "timeout", "unhealthy", "crashloopbackoff" -> Tone.BAD;
            default -> Tone.PLAIN;
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

    private static List<Line> bill(View view, int width, boolean ascii) {
        List<Line> out = new ArrayList<>();
        String total = view.billTotalText();
        String head = "Bill so far".length() + 1 + total.length() <= width ? "Bill so far" : "Bill";
        out.add(new Line(List.of(new Seg(head, Tone.HEADING),
                new Seg(" ".repeat(Math.max(1, width - head.length() - total.length())), Tone.PLAIN),
                new Seg(total, Tone.BOLD))));
        List<LineItem> items = new ArrayList<>(view.bill());
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
        int amountW = items.stream().mapToInt(li -> li.usdText().length()).max().orElse(0);
        for (LineItem li : items) {
            String amount = li.usdText();
            String what = li.description().isEmpty() ? li.resourceId() : li.resourceId() + "  " + li.description();
            int room = Math.max(1, width - 2 - amountW - 1);
            String shown = LanternaText.fit(what, room, ascii);
            out.add(new Line(List.of(new Seg("  " + shown, Tone.PLAIN),
                    new Seg(" ".repeat(width - 2 - shown.length() - amount.length()), Tone.PLAIN),
                    new Seg(amount, Tone.PLAIN))));
        }
        if (items.isEmpty()) {
            out.add(Line.of("  nothing billed yet", Tone.DIM));
        }
        return out;
    }
}
