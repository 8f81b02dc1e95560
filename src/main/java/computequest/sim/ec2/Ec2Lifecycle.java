package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Money;
import computequest.sim.Operation;
import computequest.sim.Rng;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The EC2 instance lifecycle: start, stop (and hibernate), reboot, terminate, and resizing a stopped instance. */
final class Ec2Lifecycle {

    private Ec2Lifecycle() {
    }

    static Instance find(Cloud cloud, String id) {
        Instance i = cloud.instances().get(id);
        if (i == null) {
            Ec2Ids.instance(id);
            throw new CliException("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist."
                    + Suggest.didYouMean(id, cloud.instances().keySet()));
        }
        return i;
    }

    static CliException wrongState(Instance i, String action) {
        return new CliException("IncorrectInstanceState", "The instance '" + i.instanceId() + "' is "
                + i.state().apiName() + ", so it cannot be " + action + ". " + lifecycleHint(i.state()));
    }

    private static String lifecycleHint(InstanceState s) {
        return switch (s) {
            case PENDING -> "Wait for it to be running (try: wait).";
            case RUNNING -> "A running instance can be stopped, rebooted or terminated.";
            case STOPPING -> "Wait until it is stopped.";
            case STOPPED -> "A stopped instance can be started, resized or terminated.";
            case SHUTTING_DOWN, TERMINATED -> "A terminated instance is gone for good; launch a new one.";
        };
    }

    // A handler may throw at any id: the caller then keeps the cloud it had, so a command with one bad id among
    // several changes nothing, as on AWS. No separate validation pass is needed for that.

    static Operation.Result startInstances(Cloud cloud, Invocation call) {
        JsonArray out = new JsonArray();
        List<String> changes = new ArrayList<>();
        for (String id : call.list("--instance-ids")) {
            Instance i = find(cloud, id);
            if (i.state() == InstanceState.RUNNING || i.state() == InstanceState.PENDING) {
                out.add(stateChange(id, i.state(), i.state()));
                changes.add(id + " is already " + i.state().apiName() + "; nothing to start.");
                continue;
            }
            if (i.state() != InstanceState.STOPPED) {
                throw wrongState(i, "started");
            }
            Rng.Draw ip = cloud.rng().next();
            cloud = cloud.withRng(ip.rest());
            Instance next = i.withState(InstanceState.PENDING, cloud.clock()).withPublicIp(Ec2Ops.publicIp(ip.value()));
            String ram = i.hibernated()
                    ? "Its RAM comes back from the root volume, so programs resume where they were."
                    : "It boots fresh: RAM starts empty.";
            next = next.withHibernated(false);
            cloud = cloud.withInstance(next);
            out.add(stateChange(id, i.state(), InstanceState.PENDING));
            changes.add(id + ": stopped -> pending. " + ram + " New public IP " + next.publicIp()
                    + " (the old one was released at stop; the private IP " + i.privateIp() + " stays).");
        }
        JsonObject res = new JsonObject();
        res.add("StartingInstances", out);
        return new Operation.Result(cloud, res, changes);
    }

    static Operation.Result stopInstances(Cloud cloud, Invocation call) {
        boolean hibernate = call.has("--hibernate");
        JsonArray out = new JsonArray();
        List<String> changes = new ArrayList<>();
        for (String id : call.list("--instance-ids")) {
            Instance i = find(cloud, id);
            if (i.state() == InstanceState.STOPPED || i.state() == InstanceState.STOPPING) {
                continue;
            }
            if (i.state() != InstanceState.RUNNING) {
                throw wrongState(i, hibernate ? "hibernated" : "stopped");
            }
            if (hibernate) {
                if (!i.hibernationConfigured()) {
                    throw new CliException("UnsupportedHibernationConfiguration", "The instance '" + id
                            + "' was not launched with hibernation enabled, and it cannot be turned on later."
                            + " Launch with --hibernation-options Configured=true and an encrypted root volume.");
                }
            }
        }
        for (String id : call.list("--instance-ids")) {
            Instance i = find(cloud, id);
            if (i.state() == InstanceState.STOPPED || i.state() == InstanceState.STOPPING) {
                out.add(stateChange(id, i.state(), i.state()));
                changes.add(id + " is already " + i.state().apiName() + ".");
                continue;
            }
            Instance next = i.withState(InstanceState.STOPPING, cloud.clock()).withHibernated(hibernate);
            if (hibernate) {
                changes.add(id + ": running -> stopping (hibernate). RAM (" + describeRam(i)
                        + ") is being written to the encrypted root volume; this part is still billed.");
            } else {
                cloud = Ec2Ops.closeRunPeriod(cloud, i, cloud.clock());
                next = next.withRunStartedAt(-1).withRam(Map.of());
                changes.add(id + ": running -> stopping. RAM (" + describeRam(i)
                        + ") is lost; the EBS root volume keeps its files. Compute billing stops.");
            }
            cloud = cloud.withInstance(next);
            out.add(stateChange(id, i.state(), InstanceState.STOPPING));
        }
        JsonObject res = new JsonObject();
        res.add("StoppingInstances", out);
        return new Operation.Result(cloud, res, changes);
    }

    private static String describeRam(Instance i) {
        if (i.ram().isEmpty()) {
            return "nothing in /dev/shm";
        }
        return String.join(", ", i.ram().keySet().stream().sorted().toList());
    }

    static Operation.Result rebootInstances(Cloud cloud, Invocation call) {
        List<String> changes = new ArrayList<>();
        for (String id : call.list("--instance-ids")) {
            Instance i = find(cloud, id);
            if (i.state() != InstanceState.RUNNING) {
                throw wrongState(i, "rebooted");
            }
        }
        for (String id : call.list("--instance-ids")) {
            Instance i = find(cloud, id);
            cloud = cloud.withInstance(i.withRam(Map.of()));
            changes.add(id + ": rebooted. It stays running with the same IPs and disk; RAM was cleared.");
        }
        return new Operation.Result(cloud, new JsonObject(), changes);
    }

    static Operation.Result terminateInstances(Cloud cloud, Invocation call) {
        JsonArray out = new JsonArray();
        List<String> changes = new ArrayList<>();
        for (String id : call.list("--instance-ids")) {
            Instance i = find(cloud, id);
            if (i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN) {
                out.add(stateChange(id, i.state(), i.state()));
                changes.add(id + " is already " + i.state().apiName() + ".");
                continue;
            }
            if (i.state() == InstanceState.RUNNING || (i.state() == InstanceState.STOPPING && i.hibernated())) {
                cloud = Ec2Ops.closeRunPeriod(cloud, i, cloud.clock());
            }
            cloud = cloud.withInstance(i.withState(InstanceState.SHUTTING_DOWN, cloud.clock()).withRunStartedAt(-1)
                    .withRam(Map.of()).withHibernated(false));
            out.add(stateChange(id, i.state(), InstanceState.SHUTTING_DOWN));
            String ips = i.publicIp() != null ? "releases both IPs"
                    : i.state() == InstanceState.STOPPED ? "releases its private IP (its public IP went back at the stop)"
                    : "releases its private IP (it has no public IP)";
            changes.add(id + ": " + i.state().apiName() + " -> shutting-down. Terminating deletes the root volume"
                    + " (DeleteOnTermination) and " + ips + ". This cannot be undone.");
        }
        JsonObject res = new JsonObject();
        res.add("TerminatingInstances", out);
        return new Operation.Result(cloud, res, changes);
    }

    private static JsonObject stateChange(String id, InstanceState from, InstanceState to) {
        JsonObject o = new JsonObject();
        o.addProperty("InstanceId", id);
        o.add("CurrentState", stateJson(to));
        o.add("PreviousState", stateJson(from));
        return o;
    }

    static JsonObject stateJson(InstanceState s) {
        JsonObject o = new JsonObject();
        o.addProperty("Code", s.code());
        o.addProperty("Name", s.apiName());
        return o;
    }

    static Operation.Result modifyInstanceAttribute(Cloud cloud, Invocation call) {
        Instance i = find(cloud, call.value("--instance-id"));
        List<String> given = new ArrayList<>();
        for (String p : List.of("--instance-type", "--source-dest-check", "--sriov-net-support", "--block-device-mappings",
                "--attribute")) {
            if (call.has(p)) {
                given.add(p);
            }
        }
        if (given.size() != 1) {
            throw new CliException("InvalidParameterCombination", given.isEmpty()
                    ? "Name one attribute to change, e.g. --instance-type t3.small (while stopped)."
                    : "Only one attribute can be modified at a time; this call names " + String.join(", ", given) + ".");
        }
        if (!call.has("--instance-type")) {
            return otherAttribute(cloud, call, i, given.get(0));
        }
        String raw = call.value("--instance-type");
        String typeName = raw.replaceAll("[{}\" ]", "").replaceFirst("^Value[=:]", "");
        InstanceType type = InstanceType.named(typeName).orElseThrow(() -> new CliException("InvalidParameterValue",
                "Invalid value '" + typeName + "' for InstanceType." + Suggest.didYouMean(typeName, Ec2Ops.typeNames())));
        if (i.state() != InstanceState.STOPPED) {
            throw new CliException("IncorrectInstanceState", "The instance '" + i.instanceId() + "' is "
                    + i.state().apiName() + ". Its type can only change while it is stopped: " + switch (i.state()) {
                        case STOPPING -> "it is on its way; wait until it is stopped, then resize and start it.";
                        case PENDING -> "wait until it is running, stop it, then resize and start it.";
                        case SHUTTING_DOWN, TERMINATED -> "this one is being terminated and can never be resized;"
                                + " launch a new instance of the type you want.";
                        default -> "stop it, resize, start it.";
                    });
        }
        if (i.hibernationConfigured()) {
            throw new CliException("UnsupportedHibernationConfiguration", "The instance '" + i.instanceId() + "' has"
                    + " hibernation enabled, and an instance with hibernation enabled cannot change its type. Hibernation"
                    + " is chosen at launch and cannot be turned off, so to get another size, launch a new instance of"
                    + " that type.");
        }
        cloud = cloud.withInstance(i.withType(type.name()));
        return new Operation.Result(cloud, new JsonObject(), List.of(i.instanceId() + ": resized from "
                + i.instanceType() + " to " + type.name() + " (" + type.vcpus() + " vCPU, " + type.memoryGib()
                + " GiB, about " + Money.usd(type.usdPerHour()) + "/hour). That is EC2's resizable capacity."));
    }

    /** Attributes the game records only as a teaching sentence: AWS accepts them, nothing the game models changes. */
    private static Operation.Result otherAttribute(Cloud cloud, Invocation call, Instance i, String param) {
        String id = i.instanceId();
        String sentence = switch (param) {
            case "--source-dest-check" -> id + ": source/destination check set to "
                    + call.value(param, "true").replaceAll("[{}\" ]|Value[=:]", "") + ". With it off, the instance may forward"
                    + " traffic that is not addressed to it, as a NAT instance or router must.";
            case "--sriov-net-support" -> id + ": SR-IOV (enhanced networking) set to " + call.value(param)
                    + ". The current Nitro types already use ENA, so nothing changes here.";
            case "--block-device-mappings" -> id + ": block device settings changed. With DeleteOnTermination false the"
                    + " volume outlives the instance (and keeps being billed) after terminate.";
            default -> {
                if (!"userData".equals(call.value("--attribute")) || !call.has("--value")) {
                    throw new CliException("InvalidParameterValue", "This game changes --attribute userData (with"
                            + " --value) only.");
                }
                if (i.state() != InstanceState.STOPPED) {
                    throw new CliException("IncorrectInstanceState", "The instance '" + id + "' is "
                            + i.state().apiName() + ". User data can only change while it is stopped.");
                }
                yield id + ": user data replaced. It runs at the next boot only if the script asks to run on every"
                        + " boot; by default cloud-init runs user data once, at first launch.";
            }
        };
        return new Operation.Result(cloud, new JsonObject(), List.of(sentence));
    }
}
