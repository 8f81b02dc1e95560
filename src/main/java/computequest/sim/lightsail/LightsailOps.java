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

/** Lightsail: pick a blueprint and a bundle, pay one monthly price for server, SSD, transfer, static IP and DNS. */
public final class LightsailOps {

    public static final long PENDING_SECONDS = 60;
    public static final long STOPPING_SECONDS = 30;

    public record Bundle(String id, double usdPerMonth, double ramGb, int vcpus, int diskGb, int transferTb) {
        double usdPerHour() {
            return usdPerMonth / Catalog.HOURS_PER_MONTH;
        }
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
                + " allowance, a static IP and DNS. IPv6-only bundles are cheaper, from $3.50."));
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
            Cloud.Drawn d = cloud.draw(8);
            cloud = d.cloud();
            long bits = d.draw().value();
            String ip = "3." + (80 + Math.floorMod(bits, 100)) + "." + Math.floorMod(bits >> 8, 250) + "."
                    + (1 + Math.floorMod(bits >> 16, 250));
            LightsailState.Box box = new LightsailState.Box(name, blueprint.id(), bundle.id(), zone, "pending",
                    cloud.clock(), ip, cloud.clock());
            cloud = cloud.withLightsail(cloud.lightsail().with(box));
            ops.add(LightsailJson.operation(box, "CreateInstance", cloud.clock(), false));
            changes.add("Lightsail " + name + ": pending, " + blueprint.name() + " on the " + bundle.id() + " bundle ("
                    + fmt(bundle.ramGb()) + " GB RAM, " + bundle.vcpus() + " vCPU, " + bundle.diskGb() + " GB SSD, "
                    + bundle.transferTb() + " TB transfer) for " + Money.usd(bundle.usdPerMonth()) + " a month, about "
                    + Money.usd(bundle.usdPerHour()) + " an hour (" + Money.usd(bundle.usdPerMonth()) + " / 730 h)."
                    + " Static IP " + ip + " and DNS are included; no VPC, security group or EBS to manage.");
        }
        JsonObject res = new JsonObject();
        res.add("operations", ops);
        return new Operation.Result(cloud, res, changes);
    }

    private static String fmt(double d) {
        return d == Math.floor(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static LightsailState.Box find(Cloud cloud, String name) {
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
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": rebooted. It keeps its static IP "
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
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": running -> stopping. Its static"
                + " IP stays. Unlike EC2, a stopped Lightsail instance is still billed the bundle price; delete it"
                + " to stop paying."));
    }

    private static Operation.Result startInstance(Cloud cloud, Invocation call) {
        LightsailState.Box b = find(cloud, call.value("--instance-name"));
        if (!b.state().equals("stopped")) {
            throw new CliException("InvalidInputException", "You can't start " + b.name() + " while it is "
                    + b.state() + ". Only a stopped instance starts.");
        }
        cloud = cloud.withLightsail(cloud.lightsail().with(b.withState("pending", cloud.clock())));
        JsonObject res = new JsonObject();
        JsonArray ops = new JsonArray();
        ops.add(LightsailJson.operation(b, "StartInstance", cloud.clock(), false));
        res.add("operations", ops);
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": stopped -> pending, same static IP "
                + b.publicIp() + "."));
    }

    private static Operation.Result deleteInstance(Cloud cloud, Invocation call) {
        LightsailState.Box b = find(cloud, call.value("--instance-name"));
        if (b.state().equals("pending") || b.state().equals("stopping")) {
            throw new CliException("InvalidInputException", "You can't delete " + b.name() + " while it is "
                    + b.state() + ". Wait a moment (try: wait).");
        }
        cloud = cloud.withLightsail(cloud.lightsail().without(b.name()));
        JsonObject res = new JsonObject();
        JsonArray ops = new JsonArray();
        ops.add(LightsailJson.operation(b, "DeleteInstance", cloud.clock(), false));
        res.add("operations", ops);
        return new Operation.Result(cloud, res, List.of("Lightsail " + b.name() + ": deleted. Billing for it ends now."));
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
                cloud = cloud.withLightsail(cloud.lightsail().with(b.withState("stopped", now)));
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
        return cloud;
    }

    public static Map<String, String> attrs(LightsailState.Box b) {
        return Copy.ordered("id", b.name(), "blueprint", b.blueprintId(), "bundle", b.bundleId(), "state", b.state(),
                "public-ip", b.publicIp(), "monthly-usd", fmt(bundle(b.bundleId()).usdPerMonth()));
    }
}
