package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.Rng;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The simulated EC2 API: AMIs, instance types, the default VPC and the instance lifecycle. */
public final class Ec2Ops {

    private Ec2Ops() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("ec2", "run-instances", "Launch instances from an AMI into the default VPC.", List.of(
                        Param.req("--image-id", "The AMI to launch from, e.g. ami-0a1b2c3d4e5f60001 (aws ec2 describe-images)."),
                        Param.req("--instance-type", "The size: t3.micro, m5.large... (aws ec2 describe-instance-types)."),
                        Param.opt("--count", "How many to launch: N, or MIN:MAX (1 by default), within your vCPU quota."),
                        Param.opt("--min-count", "The fewest to launch (with --max-count, as in the API)."),
                        Param.opt("--max-count", "The most to launch; as many as the vCPU quota allows, at least --min-count."),
                        Param.opt("--hibernation-options", "Configured=true lets the instance hibernate later. Only at launch."),
                        Param.opt("--block-device-mappings", "Root volume settings, e.g. DeviceName=/dev/xvda,Ebs={Encrypted=true,VolumeSize=8}"),
                        Param.opt("--subnet-id", "A default subnet, which picks the Availability Zone."),
                        Param.opt("--placement", "AvailabilityZone=us-east-1a picks the zone."),
                        Param.opt("--key-name", "The key pair whose private key will open SSH (aws ec2 create-key-pair)."),
                        Param.list("--security-group-ids", false, "Security groups (the VPC's default group otherwise)."),
                        Param.flag("--associate-public-ip-address", "Give it a public IP (default subnets do anyway)."),
                        Param.flag("--no-associate-public-ip-address", "No public IP: reachable only inside the VPC."),
                        Param.opt("--credit-specification", "CpuCredits=standard or unlimited, for burstable t types."),
                        Param.list("--tag-specifications", false, "Tags, e.g. ResourceType=instance,Tags=[{Key=Name,Value=web}]"),
                        Param.opt("--user-data", "A boot script. On the ECS-optimized AMI, one that writes ECS_CLUSTER=name to /etc/ecs/ecs.config joins that cluster: file://ecs-user-data.sh"),
                        Param.opt("--iam-instance-profile", "Name=PROFILE: the role the instance's software acts as (ECS container instances need ecsInstanceRole).")), Ec2Ops::runInstances),
                new Operation("ec2", "describe-instances", "Show instances, their state, zone and addresses.", List.of(
                        Param.list("--instance-ids", false, "Only these instances."),
                        Param.list("--filters", false, "e.g. Name=instance-state-name,Values=running")), Ec2Describe::describeInstances),
                new Operation("ec2", "start-instances", "Start stopped instances (stopped -> pending -> running).", List.of(
                        Param.list("--instance-ids", true, "The instances to start.")), Ec2Lifecycle::startInstances),
                new Operation("ec2", "stop-instances", "Stop running instances; RAM is lost unless you hibernate.", List.of(
                        Param.list("--instance-ids", true, "The instances to stop."),
                        Param.flag("--hibernate", "Save RAM to the EBS root volume (needs hibernation enabled at launch)."),
                        Param.flag("--force", "Stop without a clean shutdown.")), Ec2Lifecycle::stopInstances),
                new Operation("ec2", "reboot-instances", "Reboot running instances: RAM is cleared, nothing else changes.", List.of(
                        Param.list("--instance-ids", true, "The instances to reboot.")), Ec2Lifecycle::rebootInstances),
                new Operation("ec2", "terminate-instances", "Delete instances for good; the root volume goes too.", List.of(
                        Param.list("--instance-ids", true, "The instances to terminate.")), Ec2Lifecycle::terminateInstances),
                new Operation("ec2", "create-image", "Make an AMI from an instance's root volume.", List.of(
                        Param.req("--instance-id", "The instance to copy."),
                        Param.req("--name", "A name for the new AMI."),
                        Param.opt("--description", "A description."),
                        Param.flag("--no-reboot", "Do not reboot the instance first (the image may be inconsistent)."),
                        Param.flag("--reboot", "Reboot first (the default)."),
                        Param.list("--tag-specifications", false, "Tags for the AMI, e.g. ResourceType=image,Tags=[{Key=k,Value=v}]")),
                        Ec2Images::createImage),
                new Operation("ec2", "describe-images", "List AMIs: Amazon's catalog and your own.", List.of(
                        Param.list("--image-ids", false, "Only these AMIs."),
                        Param.list("--owners", false, "amazon, self, or an account id."),
                        Param.list("--filters", false, "e.g. Name=platform,Values=windows or Name=tag:Type,Values=Custom")),
                        Ec2Images::describeImages),
                new Operation("ec2", "describe-instance-types", "Show instance types with vCPUs, memory and price.", List.of(
                        Param.list("--instance-types", false, "Only these types."),
                        Param.list("--filters", false, "e.g. Name=hibernation-supported,Values=true")),
                        Ec2Describe::describeInstanceTypes),
                new Operation("ec2", "modify-instance-attribute", "Change one attribute of an instance, e.g. resize a stopped one.",
                        List.of(Param.req("--instance-id", "The instance to change."),
                        Param.opt("--instance-type", "The new type, e.g. t3.small or Value=t3.small (while stopped)."),
                        Param.opt("--source-dest-check", "{\"Value\": false} lets it forward traffic (NAT, routers)."),
                        Param.opt("--sriov-net-support", "simple: enhanced networking (the Nitro types have ENA anyway)."),
                        Param.opt("--block-device-mappings", "[{\"DeviceName\": ..., \"Ebs\": {\"DeleteOnTermination\": false}}]"),
                        Param.opt("--attribute", "An attribute to set with --value, e.g. userData."),
                        Param.opt("--value", "The value for --attribute.")), Ec2Lifecycle::modifyInstanceAttribute),
                new Operation("ec2", "describe-vpcs", "Show the default VPC.", List.of(
                        Param.list("--vpc-ids", false, "Only these VPCs."),
                        Param.list("--filters", false, "e.g. Name=is-default,Values=true")), Ec2Describe::describeVpcs),
                new Operation("ec2", "describe-subnets", "Show the default subnets, one per Availability Zone.", List.of(
                        Param.list("--subnet-ids", false, "Only these subnets."),
                        Param.list("--filters", false, "e.g. Name=vpc-id,Values=" + Catalog.VPC_ID)),
                        Ec2Describe::describeSubnets),
                new Operation("ec2", "create-tags", "Add or overwrite tags on instances and AMIs.", List.of(
                        Param.list("--resources", true, "The instance and AMI ids to tag."),
                        Param.list("--tags", true, "Key=Name,Value=web [Key=team,Value=blue ...]")), Ec2Images::createTags));
    }

    // ---- launch ----

    /**
     * Windows AMIs refuse ED25519 key pairs: Windows logs in with a password, which EC2 encrypts with the pair's
     * public key, and ED25519 can only sign. (The code and wording as AWS answers; seen in public bug reports.)
     */
    private static void requireKeyFits(Ec2Access.KeyPair key, Image image) {
        if (image.platform().equals("Windows") && key.keyType().equals("ed25519")) {
            throw new CliException("Unsupported", "ED25519 key pairs are not supported with Windows AMIs. Choose a"
                    + " different key pair type and try again. (A Windows instance is opened with its Administrator"
                    + " password, not SSH; EC2 encrypts that password with the key pair's public key, and an ED25519"
                    + " key can only sign, not encrypt. Make an RSA pair for it: aws ec2 create-key-pair --key-name "
                    + key.name() + "-rsa --key-type rsa --query KeyMaterial --output text > " + key.name() + "-rsa.pem)");
        }
    }

    private static Operation.Result runInstances(Cloud cloud, Invocation call) {
        String imageId = call.value("--image-id");
        Image image = Ec2Snapshots.launchable(cloud, imageId);
        String typeName = call.value("--instance-type");
        InstanceType type = InstanceType.named(typeName).orElseThrow(() -> new CliException("InvalidParameterValue",
                "Invalid value '" + typeName + "' for InstanceType." + Suggest.didYouMean(typeName, typeNames())
                        + " This game has: " + String.join(", ", typeNames()) + "."));
        int count = Ec2Quota.count(cloud, call, type);
        if (call.has("--key-name")) {
            requireKeyFits(Ec2AccessOps.keyPair(cloud, call.value("--key-name")), image);
        }
        for (String g : call.list("--security-group-ids")) {
            Ec2AccessOps.group(cloud, g);
        }
        boolean hibernation = call.has("--hibernation-options") && parseHibernation(call.value("--hibernation-options"));
        RootVolume root = BlockDeviceMappings.parse(call.value("--block-device-mappings"), image);
        if (hibernation) {
            requireHibernationPossible(type, root, image);
        }
        String zone = pickZone(call, cloud);
        Map<String, String> tags = Ec2Tags.fromSpecifications(call.list("--tag-specifications"), "instance");
        boolean publicAddress = !call.has("--no-associate-public-ip-address");
        List<Instance> launched = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        String userData = call.valueOrFile("--user-data");
        if (userData == null && call.request().has("UserData")) {
            userData = call.request().get("UserData").getAsString(); // a script with newlines, through --cli-input-json
        }
        String ecsCluster = ecsClusterOf(userData, image);
        String profile = Ec2Roles.profile(cloud, call);
        String keyName = call.value("--key-name", "");
        Identity who = new Identity(keyName, keyName.isEmpty() ? ""
                : SshLogin.publicKey(cloud.access().keyPairs().get(keyName).material()), call.list("--security-group-ids"));
        for (int n = 0; n < count; n++) {
            Launched l = launch(cloud, image, type, zone, hibernation, root, tags, ecsCluster, who);
            cloud = l.cloud();
            Instance i = l.instance();
            // One call launches into one subnet: the first instance's zone (given, or the one EC2 picked) holds all.
            zone = i.availabilityZone();
            if (!publicAddress) {
                i = i.withPublicIp(null);
                cloud = cloud.withInstance(i);
            }
            if (!profile.isEmpty()) {
                cloud = cloud.withIam(cloud.iam().withInstanceProfile(i.instanceId(), profile));
            }
            launched.add(i);
            changes.add(i.instanceId() + ": launched as pending in " + i.availabilityZone()
                    + " (default VPC, public subnet), from " + (image.sourceInstanceId() == null
                    || image.sourceInstanceId().isEmpty() ? image.description() : "your AMI " + image.name() + " ("
                    + image.imageId() + ", made from " + image.sourceInstanceId() + ")") + ". "
                    + (publicAddress ? "It gets public IP " + i.publicIp() + " because default subnets hand one out."
                    : "No public IP (--no-associate-public-ip-address): only the VPC can reach it.")
                    + " Its instance hours bill once it runs; its EBS volume"
                    + (publicAddress ? " and public IPv4 address bill" : " bills") + " from now."
                    + (i.extraVolumes().isEmpty() ? "" : " Besides the root volume it gets "
                    + i.extraVolumes().entrySet().stream().map(v -> v.getKey() + " (" + v.getValue() + " GiB gp3)")
                    .collect(java.util.stream.Collectors.joining(", ")) + ", billed like the root volume until the"
                    + " instance is terminated, which deletes them."));
        }
        // the agent's line is one or the other: it registers, or it cannot for want of a role
        List<String> agentWarning = ecsCluster.isEmpty() ? List.of()
                : Ec2Roles.ecsAgentWarning(cloud, profile, ecsCluster);
        boolean named = userData != null && !Ec2Roles.ecsCluster(userData).equals("default");
        List<String> others = cloud.ecs().clusters().keySet().stream().filter(c -> !c.equals("default")).sorted()
                .toList();
        if (!ecsCluster.isEmpty() && !named && !others.isEmpty()) {
            String which = others.size() == 1 ? others.get(0) : "NAME";
            changes.add("Its ECS agent will join the cluster its user data names in ECS_CLUSTER; with none, it makes"
                    + " and joins one called 'default', not " + String.join(" or ", others) + ". To join "
                    + (others.size() == 1 ? which : "one") + ", launch with user data that writes it to"
                    + " /etc/ecs/ecs.config: --user-data '" + Ec2Roles.script(which) + "'"
                    + (which.equals("bakery") ? " (the laptop's file://ecs-user-data.sh)." : "."));
        } else if (!ecsCluster.isEmpty()) {
            String missing = cloud.ecs().clusters().containsKey(ecsCluster) || !named ? ""
                    : "there is no such cluster yet: create it with aws ecs create-cluster --cluster-name " + ecsCluster;
            if (agentWarning.isEmpty()) {
                changes.add("Its ECS agent will register it to cluster '" + ecsCluster + "' as a container instance once"
                        + " it is running" + (missing.isEmpty() ? "." : " (" + missing + ")."));
            } else if (!missing.isEmpty()) {
                changes.add("Its user data names cluster '" + ecsCluster + "': " + missing + ".");
            }
        } else if (userData != null && userData.contains("ECS_CLUSTER")) {
            changes.add("The user data names an ECS cluster, but " + image.description() + " has no ECS agent,"
                    + " so nothing will register. Use the Amazon Linux 2023 ECS-optimized AMI ("
                    + Catalog.ECS_AMI + ").");
        }
        if (image.platform().equals("Windows")) {
            changes.add("Windows costs more per hour than Linux on the same type: the licence is in the price. The"
                    + " game has no verified Windows rate, so its bill shows the Linux rate and marks the line Windows.");
        }
        if (!ecsCluster.isEmpty()) {
            changes.addAll(agentWarning);
            if (Ec2Roles.ignoredUserData(userData) != null) {
                changes.add(Ec2Roles.ignoredUserData(userData));
            }
        }
        String reservationId = "r-0" + cloud.rng().next().hex(16);
        cloud = cloud.withRng(cloud.rng().next().rest());
        JsonArray out = new JsonArray();
        for (Instance i : launched) {
            Instance placed = i.withReservation(reservationId);
            cloud = cloud.withInstance(placed);
            out.add(Ec2Describe.instanceJson(cloud, placed));
        }
        changes.add(reservationId + ": one reservation holds the " + launched.size() + " instance"
                + (launched.size() == 1 ? "" : "s") + " this call launched; describe-instances lists it under that id.");
        if (call.has("--credit-specification")) {
            changes.add("CPU credits (" + call.value("--credit-specification") + ") apply to burstable t types; the game"
                    + " bills every type at its On-Demand rate and does not model credit surcharges.");
        }
        return new Operation.Result(cloud, Ec2Describe.reservationJson(reservationId, out), changes);
    }

    public record Launched(Cloud cloud, Instance instance) {
    }

    /** The key pair a launch names, the public key it puts on the instance, and the security groups. */
    record Identity(String keyName, String launchKey, List<String> securityGroups) {
        static final Identity NONE = new Identity("", "", List.of());
    }

    /** Puts one new pending instance into the cloud: shared by run-instances and EKS node groups. */
    public static Launched launch(Cloud cloud, Image image, InstanceType type, String zone, boolean hibernation,
                           RootVolume root, Map<String, String> tags, String ecsCluster) {
        return launch(cloud, image, type, zone, hibernation, root, tags, ecsCluster, Identity.NONE);
    }

    public static Launched launch(Cloud cloud, Image image, InstanceType type, String zone, boolean hibernation,
                           RootVolume root, Map<String, String> tags, String ecsCluster, Identity who) {
        Rng.Draw idDraw = cloud.rng().next();
        Rng.Draw ipDraw = idDraw.rest().next();
        Rng.Draw zoneDraw = ipDraw.rest().next();
        cloud = cloud.withRng(zoneDraw.rest());
        String az = zone != null ? zone : Catalog.ZONES.get(zoneDraw.below(Catalog.ZONES.size()));
        String id = "i-0" + idDraw.hex(16);
        // A drawn address that a live instance already holds moves to the next free one, as a subnet never hands
        // out one address twice.
        int host = ipDraw.below(4000);
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Instance other : cloud.instances().values()) {
            if (other.state() != InstanceState.TERMINATED) {
                taken.add(other.privateIp());
            }
        }
        for (int tries = 0; tries < 4000 && taken.contains(Catalog.privateIp(az, host)); tries++) {
            host = (host + 1) % 4000;
        }
        Instance i = new Instance(id, image.imageId(), type.name(), az, Catalog.subnetId(az),
                Catalog.privateIp(az, host), publicIp(ipDraw.value()), InstanceState.PENDING,
                cloud.clock(), cloud.clock(), hibernation, root.encrypted(), root.sizeGib(), false, -1,
                Map.of(), image.diskFiles(), tags, ecsCluster, who.keyName(), null, who.securityGroups(),
                who.launchKey(), root.extra());
        return new Launched(cloud.withInstance(i), i);
    }

    /** The cluster the ECS agent joins: only on the ECS-optimized AMI; "default" when no script names one. */
    static String ecsClusterOf(String userData, Image image) {
        if (!image.ecsOptimized()) {
            return "";
        }
        return Ec2Roles.ecsCluster(userData);
    }

    static List<String> typeNames() {
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

    public static void requireHibernationPossible(InstanceType type, RootVolume root, Image image) {
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
                    + " 'DeviceName=" + image.rootDeviceName() + ",Ebs={Encrypted=true}'.");
        }
        if (root.sizeGib() < Catalog.HIBERNATION_OS_GIB + Math.ceil(type.memoryGib())) {
            throw new CliException("UnsupportedHibernationConfiguration", "The root volume (" + root.sizeGib()
                    + " GiB) must hold the operating system and all " + type.memoryGib() + " GiB of RAM. Make it at least "
                    + (int) (Catalog.HIBERNATION_OS_GIB + Math.ceil(type.memoryGib())) + " GiB with VolumeSize.");
        }
    }

    /** The parts of a block-device mapping the game uses, read from shorthand or JSON. */
    /**
     * The volumes a launch's block-device mappings ask for ({@link BlockDeviceMappings}): the root, and extra EBS
     * volumes under other device names.
     *
     * @param extra device name to size in GiB, in the order given
     */
    public record RootVolume(boolean encrypted, int sizeGib, Map<String, String> extra) {
        public RootVolume(boolean encrypted, int sizeGib) {
            this(encrypted, sizeGib, Map.of());
        }

        public RootVolume {
            extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
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
            Ec2Ids.subnet(subnet);
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

    static String publicIp(long bits) {
        int a = (int) ((bits >>> 8) & 0xff);
        int b = (int) ((bits >>> 16) & 0xff);
        int c = (int) ((bits >>> 24) & 0xfe) + 1;
        String[] firsts = {"3", "18", "34", "44", "52", "54"};
        return firsts[(int) Math.floorMod(bits, (long) firsts.length)] + "." + (a % 250 + 1) + "." + b + "." + c;
    }

    /** Ends a billed running period, topping it up to the 60-second minimum. */
    public static Cloud closeRunPeriod(Cloud cloud, Instance i, long now) {
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
}
