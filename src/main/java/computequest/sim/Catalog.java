package computequest.sim;

import computequest.sim.ec2.Image;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixed facts of the simulated region: public AMIs, the default VPC and its subnets, prices. */
public final class Catalog {

    public static final String ECS_AMI = "ami-0a1b2c3d4e5f60004";
    public static final String EKS_AMI = "ami-0a1b2c3d4e5f60005";
    public static final String VPC_ID = "vpc-0c0ffee0defa17c0d";
    public static final String VPC_CIDR = "172.31.0.0/16";
    /** The default VPC's security group, which instances join when the launch names none. */
    public static final String DEFAULT_SECURITY_GROUP = "sg-0c0ffee0defa17c01";

    /**
     * The default VPC's and security group's ids as older saves hold them: before they were hexadecimal like AWS's,
     * and then with 18 hexadecimal digits where AWS's have 17.
     */
    private static final java.util.Map<String, String> RENAMED = java.util.Map.of("vpc-0c0ffee0default", VPC_ID,
            "sg-0c0ffee0default01", DEFAULT_SECURITY_GROUP, "vpc-0c0ffee0defa17c0de", VPC_ID,
            "sg-0c0ffee0defa17c001", DEFAULT_SECURITY_GROUP);

    /** The default subnets' ids up to the seventh session's, with 18 digits: subnet-0def + zone + 13 digits. */
    private static final String OLD_SUBNET_TAIL = "0000000000001";

    /**
     * An id as the simulator names it now: a default VPC, security group or subnet id from an older save, renamed.
     */
    public static String currentId(String id) {
        if (id != null && id.length() == 25 && id.startsWith("subnet-0def") && id.endsWith(OLD_SUBNET_TAIL)) {
            return id.substring(0, 12) + OLD_SUBNET_TAIL.substring(1);
        }
        return id == null ? null : RENAMED.getOrDefault(id, id);
    }

    /** {@link #currentId} of each. */
    public static java.util.List<String> currentIds(java.util.List<String> ids) {
        return ids == null ? null : ids.stream().map(Catalog::currentId).toList();
    }
    /** Simulated second 0 is this moment; answers print times from it. */
    public static final java.time.Instant EPOCH = java.time.Instant.ofEpochSecond(1_767_225_600L); // 2026-01-01T00:00:00Z, without a parser
    public static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d",
            "us-east-1e", "us-east-1f");
    public static final double EBS_GP3_USD_PER_GB_MONTH = 0.08;
    public static final double PUBLIC_IPV4_USD_PER_HOUR = 0.005;
    public static final double HOURS_PER_MONTH = 730;
    public static final int DEFAULT_ROOT_GIB = 8;
    /** Room the operating system needs on a hibernating root volume, besides a copy of RAM (a game rule). */
    public static final int HIBERNATION_OS_GIB = 4;
    public static final double HIBERNATION_MAX_RAM_GIB = 150;

    public static final long PENDING_SECONDS = 20;
    public static final long STOPPING_SECONDS = 15;
    public static final long HIBERNATE_STOPPING_SECONDS = 30;
    public static final long SHUTTING_DOWN_SECONDS = 15;
    public static final long TERMINATED_VISIBLE_SECONDS = 3600;
    public static final long MINIMUM_BILLED_SECONDS = 60;
    /** How long an AMI of your own stays pending after create-image (a game setting: AWS takes minutes, varying). */
    public static final long AMI_PENDING_SECONDS = 60;
    public static final double EBS_SNAPSHOT_USD_PER_GB_MONTH = 0.05;
    /**
     * The Running On-Demand Standard instances quota of the simulated account, in vCPUs. A game setting: AWS gives new
     * accounts different values and raises them with use, so the game never presents it as AWS's default.
     */
    public static final int ON_DEMAND_STANDARD_VCPUS = 32;

    private Catalog() {
    }

    static Map<String, Image> publicImages() {
        Map<String, Image> m = new LinkedHashMap<>();
        for (Image i : List.of(
                new Image("ami-0a1b2c3d4e5f60001", "al2023-ami-2023.6-kernel-6.1-x86_64", "Linux/UNIX",
                        "Amazon Linux 2023", "amazon", null, 0, Map.of("/etc/os-release", "Amazon Linux 2023"), null),
                new Image("ami-0a1b2c3d4e5f60002", "ubuntu-noble-24.04-amd64-server", "Linux/UNIX",
                        "Ubuntu Server 24.04 LTS", Image.CANONICAL, null, 0, Map.of("/etc/os-release", "Ubuntu 24.04 LTS"), null),
                new Image(ECS_AMI, "al2023-ami-ecs-hvm-2023.0-kernel-6.1-x86_64", "Linux/UNIX",
                        "Amazon Linux 2023 ECS-optimized", "amazon", null, 0,
                        Copy.ordered("/etc/os-release", "Amazon Linux 2023", "/etc/ecs/ecs.config", "ECS agent configuration"), null),
                new Image(EKS_AMI, "amazon-eks-node-al2023-x86_64-standard-1.31", "Linux/UNIX",
                        "Amazon EKS-optimized Amazon Linux 2023 (worker nodes)", "amazon", null, 0,
                        Copy.ordered("/etc/os-release", "Amazon Linux 2023", "/etc/eks/bootstrap", "kubelet"), null),
                new Image("ami-0a1b2c3d4e5f60003", "Windows_Server-2022-English-Full-Base", "Windows",
                        "Microsoft Windows Server 2022 Base", "amazon", null, 0,
                        Map.of("C:/Windows/system.ini", "Windows Server 2022"), null))) {
            m.put(i.imageId(), i);
        }
        return m;
    }

    /** The default subnet of a zone: one /20 per Availability Zone of 172.31.0.0/16. */
    public static String subnetId(String zone) {
        return "subnet-0def" + zone.substring(zone.length() - 1) + "000000000001";
    }

    public static String subnetCidr(String zone) {
        int index = ZONES.indexOf(zone);
        return "172.31." + (index * 16) + ".0/20";
    }

    /**
     * A simulated second as the AWS CLI version 2 prints every service's times (its cli_timestamp_format, iso8601, in
     * UTC; whole seconds have no fraction): 2026-01-01T00:00:20+00:00.
     */
    public static String timestamp(long clock) {
        return EPOCH.plusSeconds(clock).toString().replace("Z", "+00:00");
    }

    /** us-east-1's private DNS name for an address: ip-172-31-0-4.ec2.internal. */
    public static String privateDns(String ip) {
        return ip == null ? "" : "ip-" + ip.replace('.', '-') + ".ec2.internal";
    }

    /** us-east-1's public DNS name for an address: ec2-3-5-6-7.compute-1.amazonaws.com. */
    public static String publicDns(String ip) {
        return ip == null ? "" : "ec2-" + ip.replace('.', '-') + ".compute-1.amazonaws.com";
    }

    public static String privateIp(String zone, int host) {
        int index = ZONES.indexOf(zone);
        int third = index * 16 + (host / 250) % 16;
        return "172.31." + third + "." + (4 + host % 250);
    }
}
