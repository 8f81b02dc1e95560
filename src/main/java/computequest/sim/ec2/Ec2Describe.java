package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** EC2's describe operations (instances, instance types, the default VPC and subnets) and the instance JSON. */
final class Ec2Describe {

    private static final Map<String, Function<Instance, List<String>>> INSTANCE_FILTERS = new LinkedHashMap<>();
    private static final Map<String, Function<InstanceType, List<String>>> TYPE_FILTERS = new LinkedHashMap<>();
    private static final Map<String, Function<String, List<String>>> SUBNET_FILTERS = new LinkedHashMap<>();

    static {
        INSTANCE_FILTERS.put("instance-id", i -> List.of(i.instanceId()));
        INSTANCE_FILTERS.put("instance-state-name", i -> List.of(i.state().apiName()));
        INSTANCE_FILTERS.put("instance-type", i -> List.of(i.instanceType()));
        INSTANCE_FILTERS.put("image-id", i -> List.of(i.imageId()));
        INSTANCE_FILTERS.put("availability-zone", i -> List.of(i.availabilityZone()));
        INSTANCE_FILTERS.put("subnet-id", i -> List.of(i.subnetId()));
        INSTANCE_FILTERS.put("vpc-id", i -> List.of(Catalog.VPC_ID));
        INSTANCE_FILTERS.put("key-name", i -> List.of(i.keyName()));
        INSTANCE_FILTERS.put("reservation-id", i -> List.of(i.reservationId()));
        INSTANCE_FILTERS.put("private-ip-address", i -> List.of(i.privateIp()));
        INSTANCE_FILTERS.put("ip-address", i -> i.publicIp() == null ? List.of() : List.of(i.publicIp()));
        INSTANCE_FILTERS.put("instance.group-id", Instance::securityGroups);
        INSTANCE_FILTERS.put("placement-group-name", i -> List.of());
        INSTANCE_FILTERS.put("placement-partition-number", i -> List.of());
        TYPE_FILTERS.put("instance-type", t -> List.of(t.name()));
        TYPE_FILTERS.put("hibernation-supported", t -> List.of(Boolean.toString(t.hibernationSupported())));
        TYPE_FILTERS.put("vcpu-info.default-vcpus", t -> List.of(Integer.toString(t.vcpus())));
        TYPE_FILTERS.put("memory-info.size-in-mib", t -> List.of(Long.toString((long) (t.memoryGib() * 1024))));
        TYPE_FILTERS.put("current-generation", t -> List.of(Boolean.toString(!t.family().equals("t2"))));
        TYPE_FILTERS.put("burstable-performance-supported", t -> List.of(Boolean.toString(t.family().startsWith("t"))));
        SUBNET_FILTERS.put("vpc-id", z -> List.of(Catalog.VPC_ID));
        SUBNET_FILTERS.put("subnet-id", z -> List.of(Catalog.subnetId(z)));
        SUBNET_FILTERS.put("availability-zone", List::of);
        SUBNET_FILTERS.put("default-for-az", z -> List.of("true"));
        SUBNET_FILTERS.put("state", z -> List.of("available"));
    }

    private Ec2Describe() {
    }

    static Operation.Result describeInstances(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--instance-ids");
        for (String id : ids) {
            Ec2Lifecycle.find(cloud, id);
        }
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), INSTANCE_FILTERS, "instances");
        Map<String, JsonArray> byReservation = new LinkedHashMap<>();
        for (Instance i : cloud.instances().values()) {
            if (!ids.isEmpty() && !ids.contains(i.instanceId())) {
                continue;
            }
            if (!Ec2Filters.matches(i, i.tags(), filters, INSTANCE_FILTERS)) {
                continue;
            }
            byReservation.computeIfAbsent(i.reservationId(), r -> new JsonArray()).add(instanceJson(cloud, i));
        }
        JsonArray reservations = new JsonArray();
        byReservation.forEach((r, instances) -> reservations.add(reservationJson(r, instances)));
        JsonObject res = new JsonObject();
        res.add("Reservations", reservations);
        return new Operation.Result(cloud, res, List.of());
    }

    /** One reservation: what run-instances answers and what describe-instances lists, one per launch call. */
    static JsonObject reservationJson(String reservationId, JsonArray instances) {
        JsonObject r = new JsonObject();
        r.add("Groups", new JsonArray());
        r.add("Instances", instances);
        r.addProperty("OwnerId", Cloud.ACCOUNT_ID);
        r.addProperty("ReservationId", reservationId);
        return r;
    }

    static JsonObject instanceJson(Cloud cloud, Instance i) {
        Map<String, String> imageDisk = cloud.images().containsKey(i.imageId())
                ? cloud.images().get(i.imageId()).diskFiles() : i.disk();
        boolean gone = i.state() == InstanceState.TERMINATED;
        String hex = i.instanceId().substring(2);
        JsonObject o = new JsonObject();
        o.addProperty("AmiLaunchIndex", 0);
        o.addProperty("ImageId", i.imageId());
        o.addProperty("InstanceId", i.instanceId());
        o.addProperty("InstanceType", i.instanceType());
        if (!i.keyName().isEmpty()) {
            o.addProperty("KeyName", i.keyName());
        }
        o.addProperty("LaunchTime", Catalog.timestamp(i.launchTime()));
        JsonObject monitoring = new JsonObject();
        monitoring.addProperty("State", "disabled");
        o.add("Monitoring", monitoring);
        JsonObject placement = new JsonObject();
        placement.addProperty("AvailabilityZone", i.availabilityZone());
        placement.addProperty("GroupName", "");
        placement.addProperty("Tenancy", "default");
        o.add("Placement", placement);
        o.addProperty("PrivateDnsName", gone ? "" : Catalog.privateDns(i.privateIp()));
        if (!gone) {
            o.addProperty("PrivateIpAddress", i.privateIp());
        }
        o.add("ProductCodes", new JsonArray());
        o.addProperty("PublicDnsName", Catalog.publicDns(i.publicIp()));
        if (i.publicIp() != null) {
            o.addProperty("PublicIpAddress", i.publicIp());
        }
        o.add("State", Ec2Lifecycle.stateJson(i.state()));
        o.addProperty("StateTransitionReason", i.state() == InstanceState.STOPPED || gone
                ? "User initiated (" + Catalog.timestamp(i.stateSince()).replace("T", " ").replace("+00:00", " GMT)") : "");
        if (!gone) {
            o.addProperty("SubnetId", i.subnetId());
            o.addProperty("VpcId", Catalog.VPC_ID);
        }
        o.addProperty("Architecture", "x86_64");
        JsonArray disks = new JsonArray();
        List<String> devices = new ArrayList<>(List.of(Image.rootDeviceName(imageDisk)));
        devices.addAll(i.extraVolumes().keySet());
        for (int n = 0; n < devices.size() && !gone; n++) {
            JsonObject ebs = new JsonObject();
            ebs.addProperty("AttachTime", Catalog.timestamp(i.launchTime()));
            ebs.addProperty("DeleteOnTermination", true);
            ebs.addProperty("Status", "attached");
            ebs.addProperty("VolumeId", "vol-" + (n == 0 ? hex : hex.substring(1) + n));
            JsonObject disk = new JsonObject();
            disk.addProperty("DeviceName", devices.get(n));
            disk.add("Ebs", ebs);
            disks.add(disk);
        }
        o.add("BlockDeviceMappings", disks);
        o.addProperty("ClientToken", "");
        o.addProperty("EbsOptimized", false);
        o.addProperty("EnaSupport", true);
        JsonObject hib = new JsonObject();
        hib.addProperty("Configured", i.hibernationConfigured());
        o.add("HibernationOptions", hib);
        o.add("NetworkInterfaces", gone ? new JsonArray() : networkInterfaces(i, hex));
        o.addProperty("RootDeviceName", Image.rootDeviceName(imageDisk));
        o.addProperty("RootDeviceType", "ebs");
        o.add("SecurityGroups", gone ? new JsonArray() : groups(i));
        o.addProperty("SourceDestCheck", true);
        if (!i.tags().isEmpty()) {
            o.add("Tags", Ec2Tags.json(i.tags()));
        }
        o.addProperty("VirtualizationType", "hvm");
        launchDefaults(o, i, Image.windows(imageDisk));
        return o;
    }

    /** Settings every launch gets when run-instances does not name them: AWS prints them all the same. */
    private static void launchDefaults(JsonObject o, Instance i, boolean windows) {
        JsonObject cpu = new JsonObject();
        int threads = i.type().vcpus() >= 2 && !i.type().family().equals("t2") ? 2 : 1;
        cpu.addProperty("CoreCount", i.type().vcpus() / threads);
        cpu.addProperty("ThreadsPerCore", threads);
        o.add("CpuOptions", cpu);
        JsonObject capacity = new JsonObject();
        capacity.addProperty("CapacityReservationPreference", "open");
        o.add("CapacityReservationSpecification", capacity);
        JsonObject enclave = new JsonObject();
        enclave.addProperty("Enabled", false);
        o.add("EnclaveOptions", enclave);
        o.addProperty("Hypervisor", "xen");
        JsonObject metadata = new JsonObject();
        metadata.addProperty("State", i.state() == InstanceState.PENDING ? "pending" : "applied");
        metadata.addProperty("HttpTokens", "required");
        metadata.addProperty("HttpPutResponseHopLimit", 2);
        metadata.addProperty("HttpEndpoint", "enabled");
        metadata.addProperty("HttpProtocolIpv6", "disabled");
        metadata.addProperty("InstanceMetadataTags", "disabled");
        o.add("MetadataOptions", metadata);
        JsonObject maintenance = new JsonObject();
        maintenance.addProperty("AutoRecovery", "default");
        o.add("MaintenanceOptions", maintenance);
        if (windows) {
            o.addProperty("Platform", "windows");
        }
        o.addProperty("PlatformDetails", windows ? "Windows" : "Linux/UNIX");
        o.addProperty("UsageOperation", windows ? "RunInstances:0002" : "RunInstances");
        o.addProperty("UsageOperationUpdateTime", Catalog.timestamp(i.launchTime()));
        JsonObject dns = new JsonObject();
        dns.addProperty("HostnameType", "ip-name");
        dns.addProperty("EnableResourceNameDnsARecord", false);
        dns.addProperty("EnableResourceNameDnsAAAARecord", false);
        o.add("PrivateDnsNameOptions", dns);
        String reason = switch (i.state()) {
            case PENDING -> "pending";
            case STOPPED, STOPPING -> "Client.UserInitiatedShutdown";
            case SHUTTING_DOWN, TERMINATED -> "Client.UserInitiatedShutdown";
            case RUNNING -> null;
        };
        if (reason != null) {
            JsonObject r = new JsonObject();
            r.addProperty("Code", reason);
            r.addProperty("Message", reason.equals("pending") ? "pending"
                    : "Client.UserInitiatedShutdown: User initiated shutdown");
            o.add("StateReason", r);
        }
    }

    private static JsonArray groups(Instance i) {
        JsonArray out = new JsonArray();
        for (String id : i.securityGroups()) {
            JsonObject g = new JsonObject();
            g.addProperty("GroupName", id.equals(Catalog.DEFAULT_SECURITY_GROUP) ? "default" : id);
            g.addProperty("GroupId", id);
            out.add(g);
        }
        return out;
    }

    /** The primary network interface: the private IP, and the public IP associated with it. */
    private static JsonArray networkInterfaces(Instance i, String hex) {
        JsonObject association = null;
        if (i.publicIp() != null) {
            association = new JsonObject();
            association.addProperty("IpOwnerId", "amazon");
            association.addProperty("PublicDnsName", Catalog.publicDns(i.publicIp()));
            association.addProperty("PublicIp", i.publicIp());
        }
        JsonObject eni = new JsonObject();
        if (association != null) {
            eni.add("Association", association);
        }
        JsonObject attachment = new JsonObject();
        attachment.addProperty("AttachTime", Catalog.timestamp(i.launchTime()));
        attachment.addProperty("AttachmentId", "eni-attach-" + hex);
        attachment.addProperty("DeleteOnTermination", true);
        attachment.addProperty("DeviceIndex", 0);
        attachment.addProperty("Status", "attached");
        attachment.addProperty("NetworkCardIndex", 0);
        eni.add("Attachment", attachment);
        eni.addProperty("Description", "");
        eni.add("Groups", groups(i));
        eni.add("Ipv6Addresses", new JsonArray());
        eni.addProperty("MacAddress", hex.substring(1, 3) + ":" + hex.substring(3, 5) + ":" + hex.substring(5, 7)
                + ":" + hex.substring(7, 9) + ":" + hex.substring(9, 11) + ":" + hex.substring(11, 13));
        eni.addProperty("NetworkInterfaceId", "eni-" + hex);
        eni.addProperty("OwnerId", Cloud.ACCOUNT_ID);
        eni.addProperty("PrivateDnsName", Catalog.privateDns(i.privateIp()));
        eni.addProperty("PrivateIpAddress", i.privateIp());
        JsonObject primary = new JsonObject();
        if (association != null) {
            primary.add("Association", association.deepCopy());
        }
        primary.addProperty("Primary", true);
        primary.addProperty("PrivateDnsName", Catalog.privateDns(i.privateIp()));
        primary.addProperty("PrivateIpAddress", i.privateIp());
        JsonArray addresses = new JsonArray();
        addresses.add(primary);
        eni.add("PrivateIpAddresses", addresses);
        eni.addProperty("SourceDestCheck", true);
        eni.addProperty("Status", "in-use");
        eni.addProperty("SubnetId", i.subnetId());
        eni.addProperty("VpcId", Catalog.VPC_ID);
        eni.addProperty("InterfaceType", "interface");
        JsonArray out = new JsonArray();
        out.add(eni);
        return out;
    }

    static Operation.Result describeInstanceTypes(Cloud cloud, Invocation call) {
        List<String> wanted = call.list("--instance-types");
        for (String w : wanted) {
            if (InstanceType.named(w).isEmpty()) {
                throw new CliException("InvalidInstanceType", "The instance type '" + w + "' does not exist in this"
                        + " game." + Suggest.didYouMean(w, Ec2Ops.typeNames()));
            }
        }
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), TYPE_FILTERS, "instance types");
        JsonArray out = new JsonArray();
        for (InstanceType t : InstanceType.all()) {
            if (!wanted.isEmpty() && !wanted.contains(t.name()) || !Ec2Filters.matches(t, Map.of(), filters, TYPE_FILTERS)) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("InstanceType", t.name());
            o.addProperty("CurrentGeneration", !t.family().equals("t2"));
            o.addProperty("BurstablePerformanceSupported", t.family().startsWith("t"));
            JsonObject cpu = new JsonObject();
            cpu.addProperty("DefaultVCpus", t.vcpus());
            o.add("VCpuInfo", cpu);
            JsonObject mem = new JsonObject();
            mem.addProperty("SizeInMiB", (long) (t.memoryGib() * 1024));
            o.add("MemoryInfo", mem);
            JsonObject processor = new JsonObject();
            JsonArray arch = new JsonArray();
            arch.add("x86_64");
            processor.add("SupportedArchitectures", arch);
            o.add("ProcessorInfo", processor);
            JsonArray roots = new JsonArray();
            roots.add("ebs");
            o.add("SupportedRootDeviceTypes", roots);
            o.addProperty("HibernationSupported", t.hibernationSupported());
            o.addProperty("OnDemandUsdPerHour", t.usdPerHour());
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("InstanceTypes", out);
        return new Operation.Result(cloud, res, List.of("Prices are On-Demand, Linux, us-east-1, and change over time:"
                + " treat them as 'about'. (Real describe-instance-types has no price; the game adds it.)"));
    }

    static Operation.Result describeVpcs(Cloud cloud, Invocation call) {
        for (String id : call.list("--vpc-ids")) {
            if (!id.equals(Catalog.VPC_ID)) {
                Ec2Ids.vpc(id);
                throw new CliException("InvalidVpcID.NotFound", "The vpc ID '" + id + "' does not exist."
                        + " This account has only the default VPC, " + Catalog.VPC_ID + ".");
            }
        }
        Map<String, Function<String, List<String>>> vpcFilters = new LinkedHashMap<>();
        vpcFilters.put("vpc-id", v -> List.of(Catalog.VPC_ID));
        vpcFilters.put("is-default", v -> List.of("true"));
        vpcFilters.put("state", v -> List.of("available"));
        vpcFilters.put("cidr", v -> List.of(Catalog.VPC_CIDR));
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), vpcFilters, "VPCs");
        JsonArray arr = new JsonArray();
        if (Ec2Filters.matches(Catalog.VPC_ID, Map.of(), filters, vpcFilters)) {
            JsonObject vpc = new JsonObject();
            vpc.addProperty("CidrBlock", Catalog.VPC_CIDR);
            vpc.addProperty("DhcpOptionsId", "dopt-0c0ffee0defa17c0d");
            vpc.addProperty("State", "available");
            vpc.addProperty("VpcId", Catalog.VPC_ID);
            vpc.addProperty("OwnerId", Cloud.ACCOUNT_ID);
            vpc.addProperty("InstanceTenancy", "default");
            JsonObject cidr = new JsonObject();
            cidr.addProperty("AssociationId", "vpc-cidr-assoc-0c0ffee0defa17c0d");
            cidr.addProperty("CidrBlock", Catalog.VPC_CIDR);
            JsonObject cidrState = new JsonObject();
            cidrState.addProperty("State", "associated");
            cidr.add("CidrBlockState", cidrState);
            JsonArray cidrs = new JsonArray();
            cidrs.add(cidr);
            vpc.add("CidrBlockAssociationSet", cidrs);
            vpc.addProperty("IsDefault", true);
            arr.add(vpc);
        }
        JsonObject res = new JsonObject();
        res.add("Vpcs", arr);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result describeSubnets(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--subnet-ids");
        for (String id : ids) {
            if (Catalog.ZONES.stream().noneMatch(z -> Catalog.subnetId(z).equals(id))) {
                Ec2Ids.subnet(id);
                throw new CliException("InvalidSubnetID.NotFound", "The subnet ID '" + id + "' does not exist."
                        + " See the default subnets with: aws ec2 describe-subnets");
            }
        }
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), SUBNET_FILTERS, "subnets");
        JsonArray arr = new JsonArray();
        for (String z : Catalog.ZONES) {
            if (!ids.isEmpty() && !ids.contains(Catalog.subnetId(z)) || !Ec2Filters.matches(z, Map.of(), filters, SUBNET_FILTERS)) {
                continue;
            }
            JsonObject s = new JsonObject();
            s.addProperty("AvailabilityZone", z);
            s.addProperty("AvailabilityZoneId", Ec2Regions.zoneId(z));
            s.addProperty("AvailableIpAddressCount", 4091);
            s.addProperty("CidrBlock", Catalog.subnetCidr(z));
            s.addProperty("DefaultForAz", true);
            s.addProperty("MapPublicIpOnLaunch", true);
            s.addProperty("MapCustomerOwnedIpOnLaunch", false);
            s.addProperty("State", "available");
            s.addProperty("SubnetId", Catalog.subnetId(z));
            s.addProperty("VpcId", Catalog.VPC_ID);
            s.addProperty("OwnerId", Cloud.ACCOUNT_ID);
            s.addProperty("AssignIpv6AddressOnCreation", false);
            s.add("Ipv6CidrBlockAssociationSet", new JsonArray());
            s.addProperty("SubnetArn", "arn:aws:ec2:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":subnet/"
                    + Catalog.subnetId(z));
            s.addProperty("EnableDns64", false);
            s.addProperty("Ipv6Native", false);
            JsonObject dns = new JsonObject();
            dns.addProperty("HostnameType", "ip-name");
            dns.addProperty("EnableResourceNameDnsARecord", false);
            dns.addProperty("EnableResourceNameDnsAAAARecord", false);
            s.add("PrivateDnsNameOptionsOnLaunch", dns);
            arr.add(s);
        }
        JsonObject res = new JsonObject();
        res.add("Subnets", arr);
        return new Operation.Result(cloud, res, List.of());
    }
}
