package computequest.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The simulated EC2 API: AMIs, instance types, the default VPC and the instance lifecycle. */
final class Ec2Ops {

    private static final int MAX_COUNT = 20;

    private Ec2Ops() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("ec2", "run-instances", "Launch instances from an AMI into the default VPC.", List.of(
                        Param.req("--image-id", "The AMI to launch from, e.g. ami-0a1b2c3d4e5f60001 (aws ec2 describe-images)."),
                        Param.req("--instance-type", "The size: t3.micro, m5.large... (aws ec2 describe-instance-types)."),
                        Param.opt("--count", "How many to launch, 1 to " + MAX_COUNT + " (1 by default)."),
                        Param.opt("--min-count", "The fewest to launch (with --max-count, as in the API)."),
                        Param.opt("--max-count", "The most to launch; the game launches this many."),
                        Param.opt("--hibernation-options", "Configured=true lets the instance hibernate later. Only at launch."),
                        Param.opt("--block-device-mappings", "Root volume settings, e.g. DeviceName=/dev/xvda,Ebs={Encrypted=true,VolumeSize=8}"),
                        Param.opt("--subnet-id", "A default subnet, which picks the Availability Zone."),
                        Param.opt("--placement", "AvailabilityZone=us-east-1a picks the zone."),
                        Param.opt("--key-name", "A key pair for SSH (accepted; the game lets you in without one)."),
                        Param.list("--security-group-ids", false, "Security groups (the default one is used)."),
                        Param.opt("--tag-specifications", "Tags, e.g. ResourceType=instance,Tags=[{Key=Name,Value=web}]"),
                        Param.opt("--user-data", "A boot script. On the ECS-optimized AMI, 'ECS_CLUSTER=name' (or echo ECS_CLUSTER=name >> /etc/ecs/ecs.config) joins that ECS cluster.")), Ec2Ops::runInstances),
                new Operation("ec2", "describe-instances", "Show instances, their state, zone and addresses.", List.of(
                        Param.list("--instance-ids", false, "Only these instances."),
                        Param.list("--filters", false, "e.g. Name=instance-state-name,Values=running")), Ec2Ops::describeInstances),
                new Operation("ec2", "start-instances", "Start stopped instances (stopped -> pending -> running).", List.of(
                        Param.list("--instance-ids", true, "The instances to start.")), Ec2Ops::startInstances),
                new Operation("ec2", "stop-instances", "Stop running instances; RAM is lost unless you hibernate.", List.of(
                        Param.list("--instance-ids", true, "The instances to stop."),
                        Param.flag("--hibernate", "Save RAM to the EBS root volume (needs hibernation enabled at launch)."),
                        Param.flag("--force", "Stop without a clean shutdown.")), Ec2Ops::stopInstances),
                new Operation("ec2", "reboot-instances", "Reboot running instances: RAM is cleared, nothing else changes.", List.of(
                        Param.list("--instance-ids", true, "The instances to reboot.")), Ec2Ops::rebootInstances),
                new Operation("ec2", "terminate-instances", "Delete instances for good; the root volume goes too.", List.of(
                        Param.list("--instance-ids", true, "The instances to terminate.")), Ec2Ops::terminateInstances),
                new Operation("ec2", "create-image", "Make an AMI from an instance's root volume.", List.of(
                        Param.req("--instance-id", "The instance to copy."),
                        Param.req("--name", "A name for the new AMI."),
                        Param.opt("--description", "A description."),
                        Param.flag("--no-reboot", "Do not reboot the instance first (the image may be inconsistent)."),
                        Param.flag("--reboot", "Reboot first (the default).")), Ec2Ops::createImage),
                new Operation("ec2", "describe-images", "List AMIs: Amazon's catalog and your own.", List.of(
                        Param.list("--image-ids", false, "Only these AMIs."),
                        Param.list("--owners", false, "amazon, self, or an account id.")), Ec2Ops::describeImages),
                new Operation("ec2", "describe-instance-types", "Show instance types with vCPUs, memory and price.", List.of(
                        Param.list("--instance-types", false, "Only these types.")), Ec2Ops::describeInstanceTypes),
                new Operation("ec2", "modify-instance-attribute", "Change a stopped instance's type (resize).", List.of(
                        Param.req("--instance-id", "The instance to change."),
                        Param.req("--instance-type", "The new type, e.g. t3.small or Value=t3.small.")), Ec2Ops::modifyInstanceAttribute),
                new Operation("ec2", "describe-vpcs", "Show the default VPC.", List.of(
                        Param.list("--vpc-ids", false, "Only these VPCs.")), Ec2Ops::describeVpcs),
                new Operation("ec2", "describe-subnets", "Show the default subnets, one per Availability Zone.", List.of(
                        Param.list("--subnet-ids", false, "Only these subnets.")), Ec2Ops::describeSubnets));
    }

    // ---- launch ----

    private static Operation.Result runInstances(Cloud cloud, Invocation call) {
        String imageId = call.value("--image-id");
        Image image = cloud.images().get(imageId);
        if (image == null) {
            throw new CliException("InvalidAMIID.NotFound", "The image id '[" + imageId + "]' does not exist."
                    + Suggest.didYouMean(imageId, cloud.images().keySet())
                    + " List the AMIs with: aws ec2 describe-images");
        }
        String typeName = call.value("--instance-type");
        InstanceType type = InstanceType.named(typeName).orElseThrow(() -> new CliException("InvalidParameterValue",
                "Invalid value '" + typeName + "' for InstanceType." + Suggest.didYouMean(typeName, typeNames())
                        + " This game has: " + String.join(", ", typeNames()) + "."));
        int count = call.intValue("--count", 1, 1, MAX_COUNT);
        if (call.has("--max-count") || call.has("--min-count")) {
            if (call.has("--count")) {
                throw new CliException("InvalidParameterCombination", "Give --count, or --min-count and --max-count,"
                        + " not both.");
            }
            int min = call.intValue("--min-count", 1, 1, MAX_COUNT);
            count = call.intValue("--max-count", min, 1, MAX_COUNT);
            if (count < min) {
                throw new CliException("InvalidParameterValue", "--max-count (" + count + ") is below --min-count ("
                        + min + ").");
            }
        }
        boolean hibernation = call.has("--hibernation-options") && parseHibernation(call.value("--hibernation-options"));
        RootVolume root = RootVolume.parse(call.value("--block-device-mappings"));
        if (hibernation) {
            requireHibernationPossible(type, root, image);
        }
        String zone = pickZone(call, cloud);
        Map<String, String> tags = parseTags(call.value("--tag-specifications"));
        JsonArray out = new JsonArray();
        List<String> changes = new ArrayList<>();
        String ecsCluster = ecsClusterOf(call.value("--user-data"), image);
        for (int n = 0; n < count; n++) {
            Launched l = launch(cloud, image, type, zone, hibernation, root, tags, ecsCluster);
            cloud = l.cloud();
            Instance i = l.instance();
            out.add(instanceJson(i, cloud));
            changes.add(i.instanceId() + ": launched as pending in " + i.availabilityZone()
                    + " (default VPC, public subnet), from "
                    + image.description() + ". It gets public IP " + i.publicIp()
                    + " because default subnets hand one out. Not billed until it is running.");
        }
        if (!ecsCluster.isEmpty()) {
            changes.add("Its ECS agent will register it to cluster '" + ecsCluster + "' as a container instance once it"
                    + " is running" + (cloud.ecs().clusters().containsKey(ecsCluster) ? "."
                    : " (there is no such cluster yet: create it with aws ecs create-cluster --cluster-name "
                    + ecsCluster + ")."));
        } else if (call.has("--user-data") && call.value("--user-data").contains("ECS_CLUSTER")) {
            changes.add("The user data names an ECS cluster, but " + image.description() + " has no ECS agent,"
                    + " so nothing will register. Use the Amazon Linux 2023 ECS-optimized AMI ("
                    + Catalog.ECS_AMI + ").");
        }
        JsonObject res = new JsonObject();
        res.addProperty("ReservationId", "r-0" + cloud.rng().next().hex(16));
        res.addProperty("OwnerId", Cloud.ACCOUNT_ID);
        res.add("Instances", out);
        cloud = cloud.withRng(cloud.rng().next().rest());
        return new Operation.Result(cloud, res, changes);
    }

    record Launched(Cloud cloud, Instance instance) {
    }

    /** Puts one new pending instance into the cloud: shared by run-instances and EKS node groups. */
    static Launched launch(Cloud cloud, Image image, InstanceType type, String zone, boolean hibernation,
                           RootVolume root, Map<String, String> tags, String ecsCluster) {
        Rng.Draw idDraw = cloud.rng().next();
        Rng.Draw ipDraw = idDraw.rest().next();
        Rng.Draw zoneDraw = ipDraw.rest().next();
        cloud = cloud.withRng(zoneDraw.rest());
        String az = zone != null ? zone : Catalog.ZONES.get(zoneDraw.below(Catalog.ZONES.size()));
        String id = "i-0" + idDraw.hex(16);
        Instance i = new Instance(id, image.imageId(), type.name(), az, Catalog.subnetId(az),
                Catalog.privateIp(az, ipDraw.below(4000)), publicIp(ipDraw.value()), InstanceState.PENDING,
                cloud.clock(), cloud.clock(), hibernation, root.encrypted(), root.sizeGib(), false, -1,
                Map.of(), image.diskFiles(), tags, ecsCluster);
        return new Launched(cloud.withInstance(i), i);
    }

    private static final Pattern ECS_CLUSTER = Pattern.compile("ECS_CLUSTER=([A-Za-z0-9_-]+)");

    /** The cluster the ECS agent joins: only on the ECS-optimized AMI; "default" when the user data names none. */
    static String ecsClusterOf(String userData, Image image) {
        if (!image.ecsOptimized()) {
            return "";
        }
        if (userData != null) {
            Matcher m = ECS_CLUSTER.matcher(userData);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "default";
    }

    private static List<String> typeNames() {
        return InstanceType.all().stream().map(InstanceType::name).toList();
    }

    private static boolean parseHibernation(String v) {
        String s = v.replace(" ", "").toLowerCase(Locale.ROOT);
        if (s.equals("configured=true") || s.equals("{\"configured\":true}")) {
            return true;
        }
        if (s.equals("configured=false") || s.equals("{\"configured\":false}")) {
            return false;
        }
        throw new CliException("InvalidParameterValue",
                "--hibernation-options takes Configured=true or Configured=false, not '" + v + "'.");
    }

    static void requireHibernationPossible(InstanceType type, RootVolume root, Image image) {
        if (!type.hibernationSupported()) {
            throw new CliException("UnsupportedHibernationConfiguration",
                    type.name() + " does not support hibernation.");
        }
        if (type.memoryGib() > Catalog.HIBERNATION_MAX_RAM_GIB) {
            throw new CliException("UnsupportedHibernationConfiguration",
                    "Hibernation needs under 150 GiB of RAM; " + type.name() + " has " + type.memoryGib() + " GiB.");
        }
        if (!root.encrypted()) {
            throw new CliException("UnsupportedHibernationConfiguration", "Hibernation saves RAM to the root volume,"
                    + " so that volume must be encrypted. Add --block-device-mappings"
                    + " 'DeviceName=/dev/xvda,Ebs={Encrypted=true}'.");
        }
        if (root.sizeGib() < Catalog.HIBERNATION_OS_GIB + Math.ceil(type.memoryGib())) {
            throw new CliException("UnsupportedHibernationConfiguration", "The root volume (" + root.sizeGib()
                    + " GiB) must hold the operating system and all " + type.memoryGib() + " GiB of RAM. Make it at least "
                    + (int) (Catalog.HIBERNATION_OS_GIB + Math.ceil(type.memoryGib())) + " GiB with VolumeSize.");
        }
    }

    /** The parts of a block-device mapping the game uses, read from shorthand or JSON. */
    record RootVolume(boolean encrypted, int sizeGib) {
        private static final Pattern ENCRYPTED = Pattern.compile("\"?Encrypted\"?\\s*[=:]\\s*\"?(true|false)\"?",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern SIZE = Pattern.compile("\"?VolumeSize\"?\\s*[=:]\\s*\"?(\\d+)\"?",
                Pattern.CASE_INSENSITIVE);

        static RootVolume parse(String mapping) {
            if (mapping == null) {
                return new RootVolume(false, Catalog.DEFAULT_ROOT_GIB);
            }
            Matcher e = ENCRYPTED.matcher(mapping);
            Matcher s = SIZE.matcher(mapping);
            boolean encrypted = e.find() && e.group(1).equalsIgnoreCase("true");
            int size = Catalog.DEFAULT_ROOT_GIB;
            if (s.find()) {
                size = Integer.parseInt(s.group(1));
                if (size < Catalog.DEFAULT_ROOT_GIB || size > 16384) {
                    throw new CliException("InvalidBlockDeviceMapping", "VolumeSize must be from "
                            + Catalog.DEFAULT_ROOT_GIB + " GiB (the AMI's snapshot) to 16384 GiB, not " + size + ".");
                }
            }
            return new RootVolume(encrypted, size);
        }
    }

    private static String pickZone(Invocation call, Cloud cloud) {
        String subnet = call.value("--subnet-id");
        if (subnet != null) {
            for (String z : Catalog.ZONES) {
                if (Catalog.subnetId(z).equals(subnet)) {
                    return z;
                }
            }
            throw new CliException("InvalidSubnetID.NotFound", "The subnet ID '" + subnet + "' does not exist."
                    + " See the default subnets with: aws ec2 describe-subnets");
        }
        String placement = call.value("--placement");
        if (placement != null) {
            Matcher m = Pattern.compile("AvailabilityZone\"?\\s*[=:]\\s*\"?([a-z0-9-]+)").matcher(placement);
            if (!m.find() || !Catalog.ZONES.contains(m.group(1))) {
                throw new CliException("InvalidParameterValue", "--placement needs AvailabilityZone=<zone>, one of "
                        + String.join(", ", Catalog.ZONES) + ".");
            }
            return m.group(1);
        }
        return null;
    }

    private static Map<String, String> parseTags(String spec) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (spec == null) {
            return tags;
        }
        Matcher m = Pattern.compile("\\{?\"?Key\"?\\s*[=:]\\s*\"?([^,\"}]+)\"?\\s*,\\s*\"?Value\"?\\s*[=:]\\s*\"?([^,\"}]*)\"?")
                .matcher(spec);
        while (m.find()) {
            tags.put(m.group(1).trim(), m.group(2).trim());
        }
        return tags;
    }

    private static String publicIp(long bits) {
        int a = (int) ((bits >>> 8) & 0xff);
        int b = (int) ((bits >>> 16) & 0xff);
        int c = (int) ((bits >>> 24) & 0xfe) + 1;
        String[] firsts = {"3", "18", "34", "44", "52", "54"};
        return firsts[(int) Math.floorMod(bits, (long) firsts.length)] + "." + (a % 250 + 1) + "." + b + "." + c;
    }

    // ---- lifecycle ----

    private static Instance find(Cloud cloud, String id) {
        Instance i = cloud.instances().get(id);
        if (i == null) {
            if (!id.matches("i-[0-9a-f]{8,17}")) {
                throw new CliException("InvalidInstanceID.Malformed", "Invalid id: '" + id
                        + "'. Instance ids look like i-0123456789abcdef0.");
            }
            throw new CliException("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist."
                    + Suggest.didYouMean(id, cloud.instances().keySet()));
        }
        return i;
    }

    private static CliException wrongState(Instance i, String action) {
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

    private static Operation.Result startInstances(Cloud cloud, Invocation call) {
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
            Instance next = i.withState(InstanceState.PENDING, cloud.clock()).withPublicIp(publicIp(ip.value()));
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

    private static Operation.Result stopInstances(Cloud cloud, Invocation call) {
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
                cloud = closeRunPeriod(cloud, i, cloud.clock());
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

    private static Operation.Result rebootInstances(Cloud cloud, Invocation call) {
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

    private static Operation.Result terminateInstances(Cloud cloud, Invocation call) {
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
                cloud = closeRunPeriod(cloud, i, cloud.clock());
            }
            cloud = cloud.withInstance(i.withState(InstanceState.SHUTTING_DOWN, cloud.clock()).withRunStartedAt(-1)
                    .withRam(Map.of()).withHibernated(false));
            out.add(stateChange(id, i.state(), InstanceState.SHUTTING_DOWN));
            changes.add(id + ": " + i.state().apiName() + " -> shutting-down. Terminating deletes the root volume"
                    + " (DeleteOnTermination) and releases both IPs. This cannot be undone.");
        }
        JsonObject res = new JsonObject();
        res.add("TerminatingInstances", out);
        return new Operation.Result(cloud, res, changes);
    }

    /** Ends a billed running period, topping it up to the 60-second minimum. */
    static Cloud closeRunPeriod(Cloud cloud, Instance i, long now) {
        if (i.runStartedAt() < 0) {
            return cloud;
        }
        long ran = now - i.runStartedAt();
        if (ran >= Catalog.MINIMUM_BILLED_SECONDS) {
            return cloud;
        }
        double topUp = i.type().usdPerHour() * (Catalog.MINIMUM_BILLED_SECONDS - ran) / 3600.0;
        return cloud.withLedger(cloud.ledger().charge(i.instanceId(), i.instanceType() + " instance", topUp));
    }

    private static JsonObject stateChange(String id, InstanceState from, InstanceState to) {
        JsonObject o = new JsonObject();
        o.addProperty("InstanceId", id);
        o.add("CurrentState", stateJson(to));
        o.add("PreviousState", stateJson(from));
        return o;
    }

    private static JsonObject stateJson(InstanceState s) {
        JsonObject o = new JsonObject();
        o.addProperty("Code", s.code());
        o.addProperty("Name", s.apiName());
        return o;
    }

    // ---- images ----

    private static Operation.Result createImage(Cloud cloud, Invocation call) {
        Instance i = find(cloud, call.value("--instance-id"));
        if (i.state() != InstanceState.RUNNING && i.state() != InstanceState.STOPPED) {
            throw wrongState(i, "imaged");
        }
        String name = call.value("--name");
        for (Image existing : cloud.images().values()) {
            if (existing.name().equals(name)) {
                throw new CliException("InvalidAMIName.Duplicate", "AMI name '" + name + "' is already in use by "
                        + existing.imageId() + ". Pick another name.");
            }
        }
        if (!name.matches("[A-Za-z0-9()\\[\\] ./'@_-]{3,128}")) {
            throw new CliException("InvalidAMIName.Malformed", "An AMI name is 3 to 128 letters, digits, spaces"
                    + " and ( ) [ ] . / - ' @ _; '" + name + "' is not.");
        }
        Rng.Draw d = cloud.rng().next();
        cloud = cloud.withRng(d.rest());
        String amiId = "ami-0" + d.hex(16);
        Image base = cloud.images().get(i.imageId());
        String platform = base == null ? "Linux/UNIX" : base.platform();
        Image image = new Image(amiId, name, platform, call.value("--description", "Made from " + i.instanceId()),
                "self", i.instanceId(), cloud.clock(), i.disk());
        cloud = cloud.withImage(image);
        List<String> changes = new ArrayList<>();
        changes.add(amiId + ": a new AMI made from " + i.instanceId() + "'s root volume (" + i.disk().size()
                + (i.disk().size() == 1 ? " file" : " files") + "). Launch as many copies as you like with --image-id " + amiId + ".");
        if (i.state() == InstanceState.RUNNING && !call.has("--no-reboot")) {
            cloud = cloud.withInstance(i.withRam(Map.of()));
            changes.add(i.instanceId() + " was rebooted first so the disk was consistent; its RAM was cleared."
                    + " (--no-reboot skips that, at the risk of a half-written file.)");
        }
        JsonObject res = new JsonObject();
        res.addProperty("ImageId", amiId);
        return new Operation.Result(cloud, res, changes);
    }

    private static Operation.Result describeImages(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--image-ids");
        List<String> owners = call.list("--owners");
        for (String id : ids) {
            if (!cloud.images().containsKey(id)) {
                throw new CliException("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist."
                        + Suggest.didYouMean(id, cloud.images().keySet()));
            }
        }
        JsonArray out = new JsonArray();
        for (Image img : cloud.images().values()) {
            if (!ids.isEmpty() && !ids.contains(img.imageId())) {
                continue;
            }
            boolean self = img.ownerAlias().equals("self");
            if (!owners.isEmpty() && !(owners.contains(self ? "self" : "amazon") || (self && owners.contains(Cloud.ACCOUNT_ID)))) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("ImageId", img.imageId());
            o.addProperty("Name", img.name());
            o.addProperty("Description", img.description());
            o.addProperty("PlatformDetails", img.platform());
            o.addProperty("OwnerId", self ? Cloud.ACCOUNT_ID : "137112412989");
            o.addProperty("State", "available");
            o.addProperty("RootDeviceType", "ebs");
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("Images", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result describeInstanceTypes(Cloud cloud, Invocation call) {
        List<String> wanted = call.list("--instance-types");
        for (String w : wanted) {
            if (InstanceType.named(w).isEmpty()) {
                throw new CliException("InvalidInstanceType", "The instance type '" + w + "' does not exist in this"
                        + " game." + Suggest.didYouMean(w, typeNames()));
            }
        }
        JsonArray out = new JsonArray();
        for (InstanceType t : InstanceType.all()) {
            if (!wanted.isEmpty() && !wanted.contains(t.name())) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("InstanceType", t.name());
            JsonObject cpu = new JsonObject();
            cpu.addProperty("DefaultVCpus", t.vcpus());
            o.add("VCpuInfo", cpu);
            JsonObject mem = new JsonObject();
            mem.addProperty("SizeInMiB", (long) (t.memoryGib() * 1024));
            o.add("MemoryInfo", mem);
            o.addProperty("HibernationSupported", t.hibernationSupported());
            o.addProperty("OnDemandUsdPerHour", t.usdPerHour());
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("InstanceTypes", out);
        return new Operation.Result(cloud, res, List.of("Prices are On-Demand, Linux, us-east-1, and change over time:"
                + " treat them as 'about'. (Real describe-instance-types has no price; the game adds it.)"));
    }

    private static Operation.Result modifyInstanceAttribute(Cloud cloud, Invocation call) {
        Instance i = find(cloud, call.value("--instance-id"));
        String raw = call.value("--instance-type");
        String typeName = raw.replaceAll("[{}\" ]", "").replaceFirst("^Value[=:]", "");
        InstanceType type = InstanceType.named(typeName).orElseThrow(() -> new CliException("InvalidParameterValue",
                "Invalid value '" + typeName + "' for InstanceType." + Suggest.didYouMean(typeName, typeNames())));
        if (i.state() != InstanceState.STOPPED) {
            throw new CliException("IncorrectInstanceState", "The instance '" + i.instanceId() + "' is "
                    + i.state().apiName() + ". Its type can only change while it is stopped: stop it, resize, start it.");
        }
        if (i.hibernationConfigured() && type.memoryGib() + Catalog.HIBERNATION_OS_GIB > i.rootVolumeGib()) {
            throw new CliException("UnsupportedHibernationConfiguration", "This instance hibernates to a "
                    + i.rootVolumeGib() + " GiB root volume, too small for " + type.name() + "'s RAM.");
        }
        cloud = cloud.withInstance(i.withType(type.name()));
        return new Operation.Result(cloud, new JsonObject(), List.of(i.instanceId() + ": resized from "
                + i.instanceType() + " to " + type.name() + " (" + type.vcpus() + " vCPU, " + type.memoryGib()
                + " GiB, about " + Money.usd(type.usdPerHour()) + "/hour). That is EC2's resizable capacity."));
    }

    private static Operation.Result describeVpcs(Cloud cloud, Invocation call) {
        for (String id : call.list("--vpc-ids")) {
            if (!id.equals(Catalog.VPC_ID)) {
                throw new CliException("InvalidVpcID.NotFound", "The vpc ID '" + id + "' does not exist."
                        + " This account has only the default VPC, " + Catalog.VPC_ID + ".");
            }
        }
        JsonObject vpc = new JsonObject();
        vpc.addProperty("VpcId", Catalog.VPC_ID);
        vpc.addProperty("CidrBlock", Catalog.VPC_CIDR);
        vpc.addProperty("IsDefault", true);
        vpc.addProperty("State", "available");
        JsonArray arr = new JsonArray();
        arr.add(vpc);
        JsonObject res = new JsonObject();
        res.add("Vpcs", arr);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result describeSubnets(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--subnet-ids");
        JsonArray arr = new JsonArray();
        for (String z : Catalog.ZONES) {
            if (!ids.isEmpty() && !ids.contains(Catalog.subnetId(z))) {
                continue;
            }
            JsonObject s = new JsonObject();
            s.addProperty("SubnetId", Catalog.subnetId(z));
            s.addProperty("VpcId", Catalog.VPC_ID);
            s.addProperty("AvailabilityZone", z);
            s.addProperty("CidrBlock", Catalog.subnetCidr(z));
            s.addProperty("DefaultForAz", true);
            s.addProperty("MapPublicIpOnLaunch", true);
            arr.add(s);
        }
        JsonObject res = new JsonObject();
        res.add("Subnets", arr);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result describeInstances(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--instance-ids");
        for (String id : ids) {
            find(cloud, id);
        }
        Map<String, String> filters = parseFilters(call.list("--filters"));
        JsonArray instances = new JsonArray();
        for (Instance i : cloud.instances().values()) {
            if (!ids.isEmpty() && !ids.contains(i.instanceId())) {
                continue;
            }
            if (!matches(i, filters)) {
                continue;
            }
            instances.add(instanceJson(i, cloud));
        }
        JsonArray reservations = new JsonArray();
        if (!instances.isEmpty()) {
            JsonObject r = new JsonObject();
            r.addProperty("OwnerId", Cloud.ACCOUNT_ID);
            r.add("Instances", instances);
            reservations.add(r);
        }
        JsonObject res = new JsonObject();
        res.add("Reservations", reservations);
        return new Operation.Result(cloud, res, List.of());
    }

    private static final Map<String, java.util.function.Function<Instance, String>> FILTERS = Map.of(
            "instance-state-name", i -> i.state().apiName(),
            "instance-type", Instance::instanceType,
            "image-id", Instance::imageId,
            "availability-zone", Instance::availabilityZone);

    private static Map<String, String> parseFilters(List<String> specs) {
        Map<String, String> out = new HashMap<>();
        for (String spec : specs) {
            Matcher m = Pattern.compile("Name=([a-z-]+),Values=([^ ]+)").matcher(spec);
            if (!m.matches()) {
                throw new CliException("InvalidParameterValue", "A filter looks like Name=instance-state-name,Values=running;"
                        + " '" + spec + "' does not.");
            }
            if (!FILTERS.containsKey(m.group(1))) {
                throw new CliException("InvalidParameterValue", "The filter '" + m.group(1) + "' is not simulated."
                        + Suggest.didYouMean(m.group(1), FILTERS.keySet()) + " Simulated: "
                        + String.join(", ", FILTERS.keySet().stream().sorted().toList()) + ".");
            }
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static boolean matches(Instance i, Map<String, String> filters) {
        for (var f : filters.entrySet()) {
            List<String> allowed = List.of(f.getValue().split(","));
            if (!allowed.contains(FILTERS.get(f.getKey()).apply(i))) {
                return false;
            }
        }
        return true;
    }

    static JsonObject instanceJson(Instance i, Cloud cloud) {
        JsonObject o = new JsonObject();
        o.addProperty("InstanceId", i.instanceId());
        o.addProperty("ImageId", i.imageId());
        o.addProperty("InstanceType", i.instanceType());
        o.add("State", stateJson(i.state()));
        JsonObject placement = new JsonObject();
        placement.addProperty("AvailabilityZone", i.availabilityZone());
        o.add("Placement", placement);
        o.addProperty("VpcId", Catalog.VPC_ID);
        o.addProperty("SubnetId", i.subnetId());
        o.addProperty("PrivateIpAddress", i.state() == InstanceState.TERMINATED ? null : i.privateIp());
        if (i.publicIp() != null) {
            o.addProperty("PublicIpAddress", i.publicIp());
        }
        JsonObject hib = new JsonObject();
        hib.addProperty("Configured", i.hibernationConfigured());
        o.add("HibernationOptions", hib);
        o.addProperty("RootDeviceType", "ebs");
        if (!i.tags().isEmpty()) {
            JsonArray tags = new JsonArray();
            i.tags().forEach((k, v) -> {
                JsonObject t = new JsonObject();
                t.addProperty("Key", k);
                t.addProperty("Value", v);
                tags.add(t);
            });
            o.add("Tags", tags);
        }
        return o;
    }
}
