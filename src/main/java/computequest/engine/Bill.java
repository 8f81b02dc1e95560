package computequest.engine;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.LineItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bill as the {@code bill} command reads it: each charge with its service, what it has cost so far and what it
 * costs per hour now. The rate is measured, not looked up: one simulated second is run on a copy of the cloud and
 * each line's growth is scaled to an hour, so every kind of charge the simulator has gets a rate, and a pending or
 * stopped instance shows only what really accrues (its volume and address).
 *
 * @param lines        every charge, in the order it first cost money (new ones that start accruing now last)
 * @param total        the bill so far, in US dollars
 * @param clockSeconds the simulated time the bill is read at
 */
public record Bill(List<Line> lines, double total, long clockSeconds) {

    /** Hours in the month AWS prices assume: a monthly figure is the hourly rate times this. */
    public static final double HOURS_PER_MONTH = Catalog.HOURS_PER_MONTH;

    public Bill {
        lines = List.copyOf(lines);
    }

    /**
     * One charge.
     *
     * @param service    the AWS service it belongs to: EC2, EBS, Public IPv4, Fargate, EKS, Lambda, Lightsail
     * @param usd        what it has cost so far
     * @param usdPerHour what it costs per hour at this moment (0 for charges per request, such as Lambda's)
     */
    public record Line(String service, String resourceId, String description, double usd, double usdPerHour) {
    }

    /** The bill of a cloud now. */
    public static Bill of(Cloud cloud) {
        Map<String, LineItem> now = new LinkedHashMap<>();
        cloud.ledger().lines().forEach(li -> now.put(li.resourceId() + " " + li.description(), li));
        Map<String, LineItem> next = new LinkedHashMap<>(now);
        CloudSim.advance(cloud, 1).cloud().ledger().lines()
                .forEach(li -> next.put(li.resourceId() + " " + li.description(), li));
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, LineItem> e : next.entrySet()) {
            LineItem later = e.getValue();
            LineItem before = now.get(e.getKey());
            double usd = before == null ? 0 : before.usd();
            double perHour = Math.max(0, later.usd() - usd) * 3600;
            out.add(new Line(service(later.description()), later.resourceId(), later.description(), usd,
                    perHour < 1e-9 ? 0 : perHour));
        }
        return new Bill(out, cloud.ledger().total(), cloud.clock());
    }

    /** What all the running charges cost per hour now. */
    public double usdPerHour() {
        return lines.stream().mapToDouble(Line::usdPerHour).sum();
    }

    /** The total so far of each service, in the order the services first appear. */
    public Map<String, Double> byService() {
        Map<String, Double> out = new LinkedHashMap<>();
        lines.stream().filter(l -> l.usd() > 0).forEach(l -> out.merge(l.service(), l.usd(), Double::sum));
        return out;
    }

    /** The AWS service a charge belongs to, from how the simulator describes it. */
    static String service(String description) {
        if (description.endsWith(" instance")) {
            return "EC2";
        }
        for (String s : List.of("EBS", "Fargate", "EKS", "Lambda", "Lightsail")) {
            if (description.startsWith(s)) {
                return s;
            }
        }
        return description.startsWith("public IPv4") ? "Public IPv4" : "Other";
    }
}
