package computequest.sim.ec2;

import computequest.sim.Catalog;
import computequest.sim.Copy;
import computequest.sim.Resource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may reach an instance: EC2 key pairs and security groups. Ids and key material come from a hash of the name and
 * a running count, never from the cloud's random source, so adding a key pair to a scenario leaves every instance id
 * that follows unchanged.
 *
 * @param keyPairs       key pairs by name, in creation order
 * @param securityGroups security groups by id: the default VPC's default group first
 * @param created        how many key pairs and groups were ever created (makes each new one different)
 */
public record Ec2Access(Map<String, KeyPair> keyPairs, Map<String, SecurityGroup> securityGroups, int created) {

    /** The learner's laptop's public address, as https://checkip.amazonaws.com reports it (a documentation range). */
    public static final String LAPTOP_IP = "203.0.113.25";

    public static final Ec2Access EMPTY = new Ec2Access(Map.of(), Map.of(Catalog.DEFAULT_SECURITY_GROUP,
            new SecurityGroup(Catalog.DEFAULT_SECURITY_GROUP, "default", "default VPC security group",
                    List.of(Rule.fromGroup("-1", -1, -1, Catalog.DEFAULT_SECURITY_GROUP)))), 0);

    public Ec2Access {
        keyPairs = Copy.of(keyPairs);
        securityGroups = Copy.of(current(securityGroups));
    }

    /** The groups with the default group's id of older saves renamed, as a key, an id and a rule's source. */
    private static Map<String, SecurityGroup> current(Map<String, SecurityGroup> groups) {
        if (groups.keySet().stream().allMatch(k -> Catalog.currentId(k).equals(k))) {
            return groups;
        }
        Map<String, SecurityGroup> out = new java.util.LinkedHashMap<>();
        groups.forEach((k, g) -> out.put(Catalog.currentId(k), g));
        return out;
    }

    /** A key pair. AWS keeps only the public half; the private key (material) is shown once, at creation. */
    public record KeyPair(String name, String id, String fingerprint, String material, long createdAt) {

        /** rsa or ed25519, read from the private key AWS gave (an OpenSSH-format or ssh-ed25519 .ppk key is ED25519). */
        public String keyType() {
            return material.contains("OPENSSH PRIVATE KEY") || material.startsWith("PuTTY-User-Key-File-2: ssh-ed25519")
                    ? "ed25519" : "rsa";
        }
    }

    /** A security group of the default VPC and its inbound rules (all outbound traffic is allowed). */
    public record SecurityGroup(String id, String name, String description, List<Rule> ingress) {
        public SecurityGroup {
            id = Catalog.currentId(id);
            ingress = List.copyOf(ingress);
        }

        SecurityGroup with(Rule r) {
            List<Rule> next = new ArrayList<>(ingress);
            next.add(r);
            return new SecurityGroup(id, name, description, next);
        }

        SecurityGroup without(Rule r) {
            List<Rule> next = new ArrayList<>(ingress);
            next.remove(r);
            return new SecurityGroup(id, name, description, next);
        }

        /** Whether a TCP connection to {@code port} from {@code sourceIp} (or from an instance in one of
         * {@code sourceGroups}) gets in. */
        public boolean admits(int port, String sourceIp, List<String> sourceGroups) {
            for (Rule r : ingress) {
                if (r.covers(port) && (r.sourceGroup().isEmpty() ? sourceIp != null && Cidr.contains(r.cidr(), sourceIp)
                        : sourceGroups.contains(r.sourceGroup()))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One inbound rule: a protocol ("tcp", "udp", "icmp" or "-1" for all), a port range (-1 for all) and a source,
     * either an IPv4 CIDR or another security group.
     */
    public record Rule(String protocol, int fromPort, int toPort, String cidr, String sourceGroup) {
        public Rule {
            cidr = cidr == null ? "" : cidr;
            sourceGroup = sourceGroup == null ? "" : Catalog.currentId(sourceGroup);
        }

        static Rule fromGroup(String protocol, int from, int to, String group) {
            return new Rule(protocol, from, to, "", group);
        }

        boolean covers(int port) {
            return protocol.equals("-1") || protocol.equals("tcp") && port >= fromPort && port <= toPort;
        }

        String source() {
            return sourceGroup.isEmpty() ? cidr : sourceGroup;
        }
    }

    Ec2Access withKeyPair(KeyPair k) {
        return new Ec2Access(Copy.put(keyPairs, k.name(), k), securityGroups, created + 1);
    }

    Ec2Access withoutKeyPair(String name) {
        return new Ec2Access(Copy.remove(keyPairs, name), securityGroups, created);
    }

    Ec2Access withGroup(SecurityGroup g, boolean isNew) {
        return new Ec2Access(keyPairs, Copy.put(securityGroups, g.id(), g), created + (isNew ? 1 : 0));
    }

    Ec2Access withoutGroup(String id) {
        return new Ec2Access(keyPairs, Copy.remove(securityGroups, id), created);
    }

    /** Whether a TCP connection to {@code port} from the address reaches an instance in these groups. */
    public boolean admits(List<String> groups, int port, String sourceIp, List<String> sourceGroups) {
        for (String g : groups) {
            SecurityGroup sg = securityGroups.get(g);
            if (sg != null && sg.admits(port, sourceIp, sourceGroups)) {
                return true;
            }
        }
        return false;
    }

    /** The key pairs and security groups as story conditions see them: who may reach port 22 and port 80. */
    public static void addResources(Ec2Access a, List<Resource> out) {
        for (KeyPair k : a.keyPairs().values()) {
            out.add(new Resource("key-pair", k.name(), Copy.ordered("id", k.name(), "name", k.name())));
        }
        for (SecurityGroup g : a.securityGroups().values()) {
            out.add(new Resource("security-group", g.id(), Copy.ordered("id", g.id(), "name", g.name(),
                    "ssh-from", sources(g, 22), "http-from", sources(g, 80), "other-rules", others(g),
                    "ssh-open", Boolean.toString(g.admits(22, LAPTOP_IP, List.of())))));
        }
    }

    /**
     * The inbound rules other than one for port 22 or port 80 alone (and the default group's all-traffic rule from
     * itself, which the ssh and web columns show as "its members"), as "PORTS from SOURCE" joined with ", ": a port
     * range from a load balancer's group (chapter 3's 32768-65535) would otherwise never show in the cloud pane.
     */
    private static String others(SecurityGroup g) {
        List<String> s = new ArrayList<>();
        for (Rule r : g.ingress()) {
            boolean single = r.fromPort() == r.toPort();
            if (single && r.protocol().equals("tcp") && (r.fromPort() == 22 || r.fromPort() == 80)
                    || r.protocol().equals("-1") && r.source().equals(g.id())) { // the default group's own rule
                continue;
            }
            String ports = r.protocol().equals("-1") ? "all traffic"
                    : (r.protocol().equals("tcp") ? "" : r.protocol() + " ")
                    + (single ? Integer.toString(r.fromPort()) : r.fromPort() + "-" + r.toPort());
            String rule = ports + " from " + (r.source().equals(g.id()) ? "its members" : r.source());
            if (!s.contains(rule)) {
                s.add(rule);
            }
        }
        return String.join(", ", s);
    }

    private static String sources(SecurityGroup g, int port) {
        List<String> s = new ArrayList<>();
        for (Rule r : g.ingress()) {
            if (r.covers(port) && !s.contains(r.source())) {
                s.add(r.source());
            }
        }
        return String.join(",", s);
    }

    /** {@code digits} hex digits of a SHA-256 of the text: stable ids and key material without the random source. */
    static String hash(String text, int digits) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < digits; i = (i + 1) % d.length) {
                b.append(String.format("%02x", d[i] & 0xff));
                if (i == d.length - 1) {
                    d = MessageDigest.getInstance("SHA-256").digest(d);
                }
            }
            return b.substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** IPv4 CIDR blocks. */
    static final class Cidr {
        private Cidr() {
        }

        static boolean valid(String cidr) {
            return cidr.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d|[12]\\d|3[0-2])")
                    && java.util.Arrays.stream(cidr.split("/")[0].split("\\.")).allMatch(p -> Integer.parseInt(p) < 256);
        }

        static boolean contains(String cidr, String ip) {
            if (!valid(cidr) || !ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                return false;
            }
            int bits = Integer.parseInt(cidr.split("/")[1]);
            long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
            return (toLong(cidr.split("/")[0]) & mask) == (toLong(ip) & mask);
        }

        private static long toLong(String ip) {
            long v = 0;
            for (String p : ip.split("\\.")) {
                v = (v << 8) | Integer.parseInt(p);
            }
            return v;
        }
    }
}
