package computequest.present;

import computequest.engine.Bill;
import computequest.engine.View;
import computequest.sim.Cloud;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of {@code bill}: the total, the total by service, every charge by resource, then what runs now per hour
 * and per month at that rate, one line under another so two ways of running the same work compare hour for hour.
 */
public final class BillText {

    private BillText() {
    }

    public static String of(Bill bill) {
        StringBuilder b = new StringBuilder();
        b.append("Bill so far: ").append(Dollars.amount(bill.total())).append(" after ")
                .append(View.duration(bill.clockSeconds())).append(" (about; On-Demand prices, ").append(Cloud.REGION)
                .append(")\n");
        List<Bill.Line> charged = bill.lines().stream().filter(l -> l.usd() > 0).toList();
        if (charged.isEmpty()) {
            b.append("Nothing has cost money yet.\n");
        } else {
            b.append("\nBy service:\n");
            Map<String, Double> services = inOrder(bill.byService());
            int sw = services.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (Map.Entry<String, Double> e : services.entrySet()) {
                b.append("  ").append(pad(e.getKey(), sw)).append("  ").append(Dollars.amount(e.getValue()))
                        .append('\n');
            }
            b.append("\nBy resource:\n");
            table(b, "  ", byResource(charged), charged, l -> List.of(Dollars.amount(l.usd())));
        }
        List<Bill.Line> running = bill.lines().stream().filter(l -> l.usdPerHour() > 0).toList();
        if (running.isEmpty()) {
            b.append("\nNothing is billed by the hour right now.");
        } else {
            b.append("\nBilled now, per hour and per month at that rate (").append((int) Bill.HOURS_PER_MONTH)
                    .append(" hours), by service:\n");
            Map<String, List<Bill.Line>> services = new LinkedHashMap<>();
            running.forEach(l -> services.computeIfAbsent(l.service(), k -> new ArrayList<>()).add(l));
            for (Map.Entry<String, List<Bill.Line>> e : inOrder(services).entrySet()) {
                double perHour = e.getValue().stream().mapToDouble(Bill.Line::usdPerHour).sum();
                b.append("  ").append(e.getKey()).append(": ").append(Dollars.perHour(perHour)).append(", ")
                        .append(Dollars.perMonth(perHour * Bill.HOURS_PER_MONTH)).append('\n');
                table(b, "    ", byResource(e.getValue()), running, l -> List.of(Dollars.perHour(l.usdPerHour()),
                        Dollars.perMonth(l.usdPerHour() * Bill.HOURS_PER_MONTH)));
            }
            b.append("  Together: ").append(Dollars.perHour(bill.usdPerHour())).append(", ")
                    .append(Dollars.perMonth(bill.usdPerHour() * Bill.HOURS_PER_MONTH)).append('\n');
        }
        if (bill.lines().stream().anyMatch(l -> l.service().equals("Lambda"))) {
            b.append("Lambda bills per request and per millisecond of run time, so it has no hourly rate.\n");
        }
        return b.toString().stripTrailing();
    }

    /** The order services are listed in: compute first, so EC2 and Fargate come one under the other. */
    private static final List<String> SERVICES = List.of("EC2", "Fargate", "Lambda", "Lightsail", "EKS", "EBS",
            "Public IPv4");

    /** Services in {@link #SERVICES} order, any other after them. */
    private static <V> Map<String, V> inOrder(Map<String, V> byService) {
        Map<String, V> out = new LinkedHashMap<>();
        SERVICES.stream().filter(byService::containsKey).forEach(k -> out.put(k, byService.get(k)));
        byService.forEach(out::putIfAbsent);
        return out;
    }

    /** The lines with each resource's charges together, resources in the order they first cost money. */
    private static List<Bill.Line> byResource(List<Bill.Line> lines) {
        Map<String, List<Bill.Line>> groups = new LinkedHashMap<>();
        lines.forEach(l -> groups.computeIfAbsent(l.resourceId(), k -> new ArrayList<>()).add(l));
        return groups.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Each resource's id on a line of its own, then its charges under it, indented, with the amounts in columns as
     * wide as {@code alignedWith} needs, so tables one under another line up. Keeping the id off the charge lines keeps
     * them narrow enough for the story pane beside the cloud pane, where a three-column row used to wrap raggedly.
     */
    private static void table(StringBuilder b, String indent, List<Bill.Line> lines, List<Bill.Line> alignedWith,
                              java.util.function.Function<Bill.Line, List<String>> amounts) {
        int whatW = alignedWith.stream().mapToInt(l -> l.description().length()).max().orElse(0);
        int[] amountW = new int[amounts.apply(lines.get(0)).size()];
        for (Bill.Line l : alignedWith) {
            List<String> a = amounts.apply(l);
            for (int i = 0; i < a.size(); i++) {
                amountW[i] = Math.max(amountW[i], a.get(i).length());
            }
        }
        String last = null;
        for (Bill.Line l : lines) {
            if (!l.resourceId().equals(last)) {
                b.append(indent).append(l.resourceId()).append('\n');
            }
            last = l.resourceId();
            b.append(indent).append("  ").append(pad(l.description(), whatW));
            List<String> a = amounts.apply(l);
            for (int i = 0; i < a.size(); i++) {
                b.append("  ").append(" ".repeat(amountW[i] - a.get(i).length())).append(a.get(i));
            }
            b.append('\n');
        }
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}
