package computequest.sim.lightsail;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.story.Suggest;
import java.util.List;

/**
 * Lightsail static IPs: an instance's own public IP changes on every stop and start, so a site that must keep its
 * address attaches a static IP. It is free while attached; left unattached for more than an hour, it is billed.
 */
final class LightsailStaticIps {

    /** A static IP unattached for more than an hour costs this (the Lightsail FAQ's public IPv4 rate). */
    static final double UNATTACHED_USD_PER_HOUR = 0.005;
    static final long FREE_UNATTACHED_SECONDS = 3600;

    private LightsailStaticIps() {
    }

    static List<Operation> operations() {
        Param ipName = Param.req("--static-ip-name", "The static IP's name, e.g. marta-ip.");
        return List.of(
                new Operation("lightsail", "allocate-static-ip", "Reserve a static IP (free while attached).",
                        List.of(ipName), LightsailStaticIps::allocate),
                new Operation("lightsail", "attach-static-ip", "Give an instance the static IP: it keeps it across"
                        + " stop and start.", List.of(ipName, Param.req("--instance-name", "The instance.")),
                        LightsailStaticIps::attach),
                new Operation("lightsail", "detach-static-ip", "Take the static IP off its instance (which gets a new"
                        + " address).", List.of(ipName), LightsailStaticIps::detach),
                new Operation("lightsail", "release-static-ip", "Give the static IP back; it stops being billed.",
                        List.of(ipName), LightsailStaticIps::release),
                new Operation("lightsail", "get-static-ip", "Show one static IP.", List.of(ipName),
                        LightsailStaticIps::getOne),
                new Operation("lightsail", "get-static-ips", "List your static IPs.", List.of(),
                        LightsailStaticIps::getAll));
    }

    static LightsailState.StaticIp find(Cloud cloud, String name) {
        LightsailState.StaticIp s = cloud.lightsail().staticIps().get(name);
        if (s == null) {
            throw new CliException("NotFoundException", "The StaticIp does not exist: " + name + "."
                    + Suggest.didYouMean(name, cloud.lightsail().staticIps().keySet())
                    + " Allocate one with aws lightsail allocate-static-ip --static-ip-name " + name);
        }
        return s;
    }

    private static Operation.Result allocate(Cloud cloud, Invocation call) {
        String name = call.value("--static-ip-name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{1,254}")) {
            throw new CliException("InvalidInputException", "'" + name + "' is not a valid name: use letters, digits,"
                    + " '-', '_' and '.'.");
        }
        if (cloud.lightsail().staticIps().containsKey(name)) {
            throw new CliException("InvalidInputException", "A static IP named " + name + " already exists.");
        }
        String ip = LightsailOps.addressFor("static|" + name, cloud.clock());
        String zone = Catalog.ZONES.get(0);
        LightsailState.StaticIp s = new LightsailState.StaticIp(name, ip, zone, cloud.clock(), null, cloud.clock());
        cloud = cloud.withLightsail(cloud.lightsail().with(s));
        return result(cloud, List.of(LightsailJson.operation(name, "StaticIp", zone, "AllocateStaticIp", cloud.clock())),
                "Static IP " + name + ": " + ip + " is yours until you release it. Attach it to an instance"
                        + " (aws lightsail attach-static-ip --static-ip-name " + name + " --instance-name NAME): it is"
                        + " free while attached, and billed once it has been unattached for more than an hour.");
    }

    private static Operation.Result attach(Cloud cloud, Invocation call) {
        LightsailState.StaticIp s = find(cloud, call.value("--static-ip-name"));
        LightsailState.Box b = LightsailOps.find(cloud, call.value("--instance-name"));
        if (s.attachedTo() != null) {
            throw new CliException("InvalidInputException", "The static IP " + s.name() + " is already attached to "
                    + s.attachedTo() + ". Detach it first: aws lightsail detach-static-ip --static-ip-name " + s.name());
        }
        if (b.staticIp() != null) {
            throw new CliException("InvalidInputException", "The instance " + b.name() + " already has the static IP "
                    + b.staticIp() + ".");
        }
        String old = b.publicIp();
        cloud = cloud.withLightsail(cloud.lightsail().with(b.withAddress(s.ip(), s.name()))
                .with(new LightsailState.StaticIp(s.name(), s.ip(), s.zone(), s.createdAt(), b.name(), -1)));
        return result(cloud, List.of(LightsailJson.operation(s.name(), "StaticIp", s.zone(), "AttachStaticIp",
                cloud.clock()), LightsailJson.operation(b.name(), "Instance", b.zone(), "AttachStaticIp", cloud.clock())),
                "Lightsail " + b.name() + ": its public IP is now the static IP " + s.ip() + (old == null ? ""
                        : " (its old address " + old + " is released)") + ". It keeps this address through every"
                        + " stop and start; point your DNS at it. Free while it stays attached.");
    }

    private static Operation.Result detach(Cloud cloud, Invocation call) {
        LightsailState.StaticIp s = find(cloud, call.value("--static-ip-name"));
        if (s.attachedTo() == null) {
            throw new CliException("InvalidInputException", "The static IP " + s.name() + " is not attached to an"
                    + " instance.");
        }
        Unattached u = unattach(cloud, s);
        return result(u.cloud(), List.of(LightsailJson.operation(s.name(), "StaticIp", s.zone(), "DetachStaticIp",
                cloud.clock())), u.sentence() + " " + s.ip() + " stays yours: free for an hour unattached, then about $"
                + UNATTACHED_USD_PER_HOUR + " an hour until you attach or release it.");
    }

    private static Operation.Result release(Cloud cloud, Invocation call) {
        LightsailState.StaticIp s = find(cloud, call.value("--static-ip-name"));
        String sentence = "";
        if (s.attachedTo() != null) {
            Unattached u = unattach(cloud, s);
            cloud = u.cloud();
            sentence = u.sentence() + " ";
        }
        cloud = cloud.withLightsail(cloud.lightsail().withoutStaticIp(s.name()));
        return result(cloud, List.of(LightsailJson.operation(s.name(), "StaticIp", s.zone(), "ReleaseStaticIp",
                cloud.clock())), sentence + "Static IP " + s.name() + " (" + s.ip() + ") is released: it is no longer"
                + " yours or billed.");
    }

    private record Unattached(Cloud cloud, String sentence) {
    }

    /** Takes a static IP off its instance, which gets a new dynamic address if it is up. */
    static Unattached unattach(Cloud cloud, LightsailState.StaticIp s) {
        LightsailState.Box b = cloud.lightsail().instances().get(s.attachedTo());
        String sentence = "";
        if (b != null) {
            String ip = null;
            if (!b.state().equals("stopped")) {
                ip = LightsailOps.addressFor(b.name(), cloud.clock());
            }
            cloud = cloud.withLightsail(cloud.lightsail().with(b.withAddress(ip, null)));
            sentence = "Lightsail " + b.name() + " lost the static IP" + (ip == null ? "." : " and got the new address "
                    + ip + ".");
        }
        cloud = cloud.withLightsail(cloud.lightsail().with(new LightsailState.StaticIp(s.name(), s.ip(), s.zone(),
                s.createdAt(), null, cloud.clock())));
        return new Unattached(cloud, sentence);
    }

    private static Operation.Result getOne(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("staticIp", LightsailJson.staticIp(find(cloud, call.value("--static-ip-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result getAll(Cloud cloud, Invocation call) {
        JsonArray out = new JsonArray();
        cloud.lightsail().staticIps().values().forEach(s -> out.add(LightsailJson.staticIp(s)));
        JsonObject res = new JsonObject();
        res.add("staticIps", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result result(Cloud cloud, List<JsonObject> operations, String sentence) {
        JsonArray ops = new JsonArray();
        operations.forEach(ops::add);
        JsonObject res = new JsonObject();
        res.add("operations", ops);
        return new Operation.Result(cloud, res, List.of(sentence));
    }

    /** Bills every static IP for the part of the next {@code seconds} after its first free unattached hour. */
    static Cloud accrue(Cloud cloud, long seconds) {
        long from = cloud.clock();
        for (LightsailState.StaticIp s : cloud.lightsail().staticIps().values()) {
            if (s.attachedTo() != null) {
                continue;
            }
            long billedFrom = Math.max(from, s.unattachedSince() + FREE_UNATTACHED_SECONDS);
            long billed = from + seconds - billedFrom;
            if (billed > 0) {
                cloud = cloud.charge(s.name(), "Lightsail static IP, unattached", UNATTACHED_USD_PER_HOUR * billed / 3600.0);
            }
        }
        return cloud;
    }
}
