package computequest.sim.lightsail;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Money;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lightsail: pick a blueprint and a bundle, pay one price for server, SSD, transfer and DNS, by the hour up to a monthly
 * cap, for as long as the instance exists (stopped too). Its public IP changes on every stop and start unless a static
 * IP ({@link LightsailStaticIps}) is attached.
 */
public final class LightsailOps {

    public static final long PENDING_SECONDS = 60;
    public static final long STOPPING_SECONDS = 30;

    /**
     * Lightsail's hourly rate is the monthly price over the hours of a 31-day month, so no month costs more than the
     * bundle price: $5 a month is about $0.0067 an hour (the Lightsail FAQ's figures).
     */
    static final double HOURS_IN_LONGEST_MONTH = 744;

    public record Bundle(String id, double usdPerMonth, double ramGb, int vcpus, int diskGb, int transferTb) {
        double usdPerHour() {
            return usdPerMonth / HOURS_IN_LONGEST_MONTH;
        }
    }

    /** A cloud that drew a new public IPv4 address, and the address. */
    record Addressed(Cloud cloud, String ip) {
    }

    static Addressed newIp(Cloud cloud) {
        Cloud.Drawn d = cloud.draw(8);
        return new Addressed(d.cloud(), address(d.draw().value()));
    }

    /**
     * An address made from a name and the moment it is handed out, without drawing from the account's random numbers,
     * so that static IPs and restarts do not move the ids everything after them draws.
     */
    static String addressFor(String what, long now) {
        return address(Long.parseLong(computequest.sim.ecr.EcrOps.digest("lightsail-ip|" + what + "|" + now)
                .substring(7, 22), 16));
    }

    private static String address(long bits) {
        return "3." + (80 + Math.floorMod(bits, 100)) + "." + Math.floorMod(bits >> 8, 250) + "."
                + (1 + Math.floorMod(bits >> 16, 250));
    }

    public record Blueprint(String id, String name, String type) {
    }

    public static final List<Bundle> BUNDLES = List.of(
            new Bundle("nano_3_0", 5, 0.5, 2, 20, 1),
            new Bundle("micro_3_0", 7, 1, 2, 40, 2),
            new Bundle("small_3_0", 12, 2, 2, 60, 3),
            new Bundle("medium_3_0", 24, 4, 2, 80, 4),
            new Bundle("large_3_0", 44, 8, 2, 160, 5));

    public static final List<Blueprint> BLUEPRINTS = List.of(
            new Blueprint("wordpress", "WordPress", "app"),
            new Blueprint("lamp_8_bitnami", "LAMP (PHP 8)", "app"),
            new Blueprint("nodejs", "Node.js", "app"),
            new Blueprint("mean", "MEAN (MongoDB, Express, Angular, Node.js)", "app"),
            new Blueprint("nginx", "Nginx", "app"),
            new Blueprint("joomla", "Joomla", "app"),
            new Blueprint("drupal", "Drupal", "app"),
            new Blueprint("magento", "Magento", "app"),
            new Blueprint("amazon_linux_2023", "Amazon Linux 2023", "os"),
            new Blueprint("ubuntu_24_04", "Ubuntu 24.04 LTS", "os"),
            new Blueprint("debian_12", "Debian 12", "os"));

    private LightsailOps() {
    }

    public static List<Operation> operations() {
        List<Operation> all = new ArrayList<>(instanceOperations());
        all.addAll(LightsailStaticIps.operations());
        return all;
    }

    private static List<Operation> instanceOperations() {
        return List.of(
                new Operation("lightsail", "get-blueprints", "List blueprints: apps (WordPress...) and plain operating systems.",
                        List.of(), LightsailOps::getBlueprints),
                new Operation("lightsail", "get-bundles", "List bundles (plans) with their monthly price.",
                        List.of(), LightsailOps::getBundles),
                new Operation("lightsail", "create-instances", "Create Lightsail instances from a blueprint and a bundle.", List.of(
                        Param.list("--instance-names", true, "Names for the new instances, e.g. my-blog."),
                        Param.req("--availability-zone", "The zone, e.g. us-east-1a."),
                        Param.req("--blueprint-id", "What to install, e.g. wordpress (aws lightsail get-blueprints)."),
                        Param.req("--bundle-id", "The plan, e.g. nano_3_0 for $5 a month (aws lightsail get-bundles).")),
                        LightsailOps::createInstances),
                new Operation("lightsail", "get-instances", "Show your Lightsail instances.", List.of(), LightsailOps::getInstances),
                new Operation("lightsail", "get-instance", "Show one Lightsail instance.", List.of(
                        Param.req("--instance-name", "The instance.")), LightsailOps::getInstance),
                new Operation("lightsail", "stop-instance", "Stop an instance (the monthly price keeps running).", List.of(
                        Param.req("--instance-name", "The instance."),
                        Param.flag("--force", "Stop without a clean shutdown.")), LightsailOps::stopInstance),
                new Operation("lightsail", "start-instance", "Start a stopped instance.", List.of(
                        Param.req("--instance-name", "The instance.")), LightsailOps::startInstance),
                new Operation("lightsail", "delete-instance", "Delete an instance; billing ends.", List.of(
                        Param.req("--instance-name", "The instance."),
                        Param.flag("--force-delete-add-ons", "Also delete its add-ons (none are simulated).")),
                        LightsailOps::deleteInstance),
                new Operation("lightsail", "get-instance-state", "Show one instance's state (running, stopped...).",
                        List.of(Param.req("--instance-name", "The instance.")), LightsailOps::getInstanceState),
                new Operation("lightsail", "reboot-instance", "Restart a running instance: same IP, same disk.",
                        List.of(Param.req("--instance-name", "The instance.")), LightsailOps::rebootInstance));
    }

    static Blueprint blueprint(String id) {
        return BLUEPRINTS.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow(() ->
                new CliException("InvalidInputException", "The blueprint '" + id + "' does not exist."
                        + Suggest.didYouMean(id, BLUEPRINTS.stream().map(Blueprint::id).toList())
                        + " List them with: aws lightsail get-blueprints"));
    }

    public static Bundle bundle(String id) {
        return BUNDLES.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow(() -> new CliException(
                "InvalidInputException", "The bundle '" + id + "' does not exist." + Suggest.didYouMean(id,
                        BUNDLES.stream().map(Bundle::id).toList()) + " List them with: aws lightsail get-bundles"));
    }

    private static Operation.Result getBlueprints(Cloud cloud, Invocation call) {
        JsonArray out = new JsonArray();
        for (Blueprint b : BLUEPRINTS) {
            JsonObject o = new JsonObject();
            o.addProperty("blueprintId", b.id());
            o.addProperty("name", b.name());
            o.addProperty("type", b.type());
            o.addProperty("isActive", true);
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("blueprints", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result getBundles(Cloud cloud, Invocation call) {
        JsonArray out = new JsonArray();
        for (Bundle b : BUNDLES) {
            JsonObject o = new JsonObject();
            o.addProperty("bundleId", b.id());
            o.addProperty("price", b.usdPerMonth());
            o.addProperty("ramSizeInGb", b.ramGb());
            o.addProperty("cpuCount", b.vcpus());
            o.addProperty("diskSizeInGb", b.diskGb());
            o.addProperty("transferPerMonthInGb", b.transferTb() * 1024);
            o.addProperty("isActive", true);
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("bundles", out);
        return new Operation.Result(cloud, res, List.of("Each price covers the server, its SSD, the data transfer"
                + " allowance and DNS, billed by the hour up to the monthly price. A static IP is free while attached."
                + " IPv6-only bundles are cheaper, from $3.50."));
    }

    private static Operation.Result createInstances(Cloud cloud, Invocation call) {
        String zone = call.value("--availability-zone");
        if (!Catalog.ZONES.contains(zone)) {
            throw new CliException("InvalidInputException", "The Availability Zone '" + zone + "' is not valid."
                    + Suggest.didYouMean(zone, Catalog.ZONES));
        }
        String bp = call.value("--blueprint-id");
        Blueprint blueprint = blueprint(bp);
        Bundle bundle = bundle(call.value("--bundle-id"));
        List<String> changes = new ArrayList<>();
        JsonArray ops = new JsonArray();
        for (String name : call.list("--instance-names")) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{1,254}")) {
                throw new CliException("InvalidInputException", "'" + name + "' is not a valid instance name: use"
                        + " letters, digits, '-', '_' and '.'.");
            }
            if (cloud.lightsail().instances().containsKey(name)) {
                throw new CliException("InvalidInputException", "Some names are already in use: " + name);
            }
        }
        for (String name : call.list("--instance-names")) {
            Addressed a = newIp(cloud);
            cloud = a.cloud();
            String ip = a.ip();
            LightsailState.Box box = new LightsailState.Box(name, blueprint.id(), bundle.id(), zone, "pending",
                    cloud.clock(), ip, cloud.clock());
            cloud = cloud.withLightsail(cloud.lightsail().with(box));
            ops.add(LightsailJson.operation(box, "CreateInstance", cloud.clock(), false));
            changes.add("Lightsail " + name + ": pending, " + blueprint.name() + " on the " + bundle.id() + " bundle ("
                    + fmt(bundle.ramGb()) + " GB RAM, " + bundle.vcpus() + " vCPU, " + bundle.diskGb() + " GB SSD, "
                    + bundle.transferTb() + " TB transfer) for " + Money.usd(bundle.usdPerMonth()) + " a month, about "
                    + String.format(java.util.Locale.ROOT, "$%.4f", bundle.usdPerHour()) + " an hour up to that, billed while it exists, stopped or not."
                    + " Public IP " + ip + " and DNS come with it; no VPC, security group or EBS to manage. That IP"
                    + " changes on every stop and start: attach a static IP (free while attached) to keep one.");
        }
        JsonObject res = new JsonObject();
        res.add("operations", ops);
        return new Operation.Result(cloud, res, changes);
    }

    private static String fmt(double d) {
        return d == Math.floor(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static LightsailState.Box find(Cloud cloud, String name) {
        LightsailState.Box b = cloud.lightsail().instances().get(name);
        if (b == null) {
            throw new CliException("NotFoundException", "The Instance does not exist: " + name + "."
                    + Suggest.didYouMean(name, cloud.lightsail().instances().keySet()));
        }
        return b;
    }

    private static Operation.Result getInstances(Cloud cloud, Invocation call) {
        JsonArray out = new JsonArray();
        cloud.lightsail().instances().values().forEach(b -> out.add(LightsailJson.instance(b)));
        JsonObject res = new JsonObject();
        res.add("instances", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result getInstance(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("instance", LightsailJson.instance(find(cloud, call.value("--instance-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result getInstanceState(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("state", LightsailJson.state(find(cloud, call.value("--instance-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result rebootInstance(Cloud cloud, Invocation call) {
        LightsailState.Box b = find(cloud, call.value("--instance-name"));
        if (!b.state().equals("running")) {
            throw new CliException("InvalidInputException", "You can't reboot " + b.name() + " while it is "
                    + b.state() + ". Only a running instance reboots.");
        }
        JsonObject res = new JsonObject();
        JsonArray ops = new JsonArray();
        ops.add(LightsailJson.operation(b, "RebootInstance", cloud.clock(), true));
        res.add("operations", ops);
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": rebooted. It keeps its public IP "
                + b.publicIp() + " and its disk; programs start again from boot. Billing does not change."));
    }

    private static Operation.Result stopInstance(Cloud cloud, Invocation call) {
        LightsailState.Box b = find(cloud, call.value("--instance-name"));
        if (!b.state().equals("running")) {
            throw new CliException("InvalidInputException", "You can't stop " + b.name() + " while it is "
                    + b.state() + ". Only a running instance stops.");
        }
        cloud = cloud.withLightsail(cloud.lightsail().with(b.withState("stopping", cloud.clock())));
        JsonObject res = new JsonObject();
        JsonArray ops = new JsonArray();
        ops.add(LightsailJson.operation(b, "StopInstance", cloud.clock(), false));
        res.add("operations", ops);
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": running -> stopping. "
                + (b.staticIp() != null ? "Its static IP " + b.publicIp() + " stays attached."
                : "Its public IP " + b.publicIp() + " is released once it stops; it gets a new one on start, unless you"
                + " attach a static IP first.") + " Unlike EC2, a stopped Lightsail instance is still billed the bundle"
                + " price; delete it to stop paying."));
    }

    private static Operation.Result startInstance(Cloud cloud, Invocation call) {
        LightsailState.Box b = find(cloud, call.value("--instance-name"));
        if (!b.state().equals("stopped")) {
            throw new CliException("InvalidInputException", "You can't start " + b.name() + " while it is "
                    + b.state() + ". Only a stopped instance starts.");
        }
        String said;
        if (b.staticIp() == null) {
            String ip = addressFor(b.name(), cloud.clock());
            b = b.withAddress(ip, null);
            said = "a new public IP, " + ip + " (anyone using the old one has lost the site: a static IP"
                    + " prevents that).";
        } else {
            said = "same static IP " + b.publicIp() + ".";
        }
        cloud = cloud.withLightsail(cloud.lightsail().with(b.withState("pending", cloud.clock())));
        JsonObject res = new JsonObject();
        JsonArray ops = new JsonArray();
        ops.add(LightsailJson.operation(b, "StartInstance", cloud.clock(), false));
        res.add("operations", ops);
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": stopped -> pending, " + said));
    }

    private static Operation.Result deleteInstance(Cloud cloud, Invocation call) {
        LightsailState.Box b = find(cloud, call.value("--instance-name"));
        if (b.state().equals("pending") || b.state().equals("stopping")) {
            throw new CliException("InvalidInputException", "You can't delete " + b.name() + " while it is "
                    + b.state() + ". Wait a moment (try: wait).");
        }
        String kept = "";
        if (b.staticIp() != null) {
            LightsailState.StaticIp s = cloud.lightsail().staticIps().get(b.staticIp());
            cloud = cloud.withLightsail(cloud.lightsail().with(new LightsailState.StaticIp(s.name(), s.ip(), s.zone(),
                    s.createdAt(), null, cloud.clock())));
            kept = " Its static IP " + s.name() + " (" + s.ip() + ") stays yours, now unattached: free for an hour,"
                    + " then billed until you attach or release it.";
        }
        cloud = cloud.withLightsail(cloud.lightsail().without(b.name()));
        JsonObject res = new JsonObject();
        JsonArray ops = new JsonArray();
        ops.add(LightsailJson.operation(b, "DeleteInstance", cloud.clock(), false));
        res.add("operations", ops);
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": deleted. Billing for it ends now."
                + kept));
    }

    // ---- time ----

    public static long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (LightsailState.Box b : cloud.lightsail().instances().values()) {
            if (b.state().equals("pending")) {
                next = Math.min(next, b.stateSince() + PENDING_SECONDS);
            } else if (b.state().equals("stopping")) {
                next = Math.min(next, b.stateSince() + STOPPING_SECONDS);
            }
        }
        return next;
    }

    public static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (LightsailState.Box b : List.copyOf(cloud.lightsail().instances().values())) {
            if (b.state().equals("pending") && b.stateSince() + PENDING_SECONDS == now) {
                cloud = cloud.withLightsail(cloud.lightsail().with(b.withState("running", now)));
                changes.add("Lightsail " + b.name() + ": pending -> running at " + b.publicIp() + ".");
            } else if (b.state().equals("stopping") && b.stateSince() + STOPPING_SECONDS == now) {
                LightsailState.Box stopped = b.withState("stopped", now);
                cloud = cloud.withLightsail(cloud.lightsail().with(b.staticIp() == null
                        ? stopped.withAddress(null, null) : stopped));
                changes.add("Lightsail " + b.name() + ": stopping -> stopped (still billed while it exists).");
            }
        }
        return cloud;
    }

    /** The bundle price, prorated per second of a 730-hour month, for as long as the instance exists. */
    public static Cloud accrue(Cloud cloud, long seconds) {
        for (LightsailState.Box b : cloud.lightsail().instances().values()) {
            cloud = cloud.charge(b.name(), "Lightsail " + b.bundleId() + " bundle",
                    bundle(b.bundleId()).usdPerHour() * seconds / 3600.0);
        }
        return LightsailStaticIps.accrue(cloud, seconds);
    }

    public static Map<String, String> attrs(LightsailState.Box b) {
        return Copy.ordered("id", b.name(), "blueprint", b.blueprintId(), "bundle", b.bundleId(), "state", b.state(),
                "public-ip", b.publicIp() == null ? "" : b.publicIp(), "monthly-usd",
                fmt(bundle(b.bundleId()).usdPerMonth()), "static-ip", b.staticIp() == null ? "" : b.staticIp());
    }
}
