package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * EC2 key pairs and security groups: create-key-pair, describe-key-pairs, delete-key-pair, create-security-group,
 * authorize-security-group-ingress (revoke-security-group-ingress: Ec2Revoke), describe-security-groups and delete-security-group, with AWS's error codes.
 */
public final class Ec2AccessOps {

    private Ec2AccessOps() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("ec2", "create-key-pair", "Make a key pair for SSH; the private key is shown only once.",
                        List.of(Param.req("--key-name", "A name, e.g. bakery. Save the key: --query KeyMaterial"
                                + " --output text > bakery.pem"),
                                Param.opt("--key-type", "rsa (the default) or ed25519."),
                                Param.opt("--key-format", "pem (the default, for ssh) or ppk (for PuTTY).")),
                        Ec2AccessOps::createKeyPair),
                new Operation("ec2", "describe-key-pairs", "List your key pairs (never their private keys).", List.of(
                        Param.list("--key-names", false, "Only these key pairs.")), Ec2AccessOps::describeKeyPairs),
                new Operation("ec2", "delete-key-pair", "Delete a key pair; instances launched with it keep the key.",
                        List.of(Param.opt("--key-name", "The key pair to delete.")), Ec2AccessOps::deleteKeyPair),
                new Operation("ec2", "create-security-group", "Make a security group: a firewall for instances.",
                        List.of(Param.req("--group-name", "A name, e.g. tracker-ssh."),
                                Param.req("--description", "What it is for.")), Ec2AccessOps::createGroup),
                new Operation("ec2", "authorize-security-group-ingress", "Let traffic in: a protocol, port and source.",
                        List.of(Param.opt("--group-id", "The group to change, e.g. " + Catalog.DEFAULT_SECURITY_GROUP),
                                Param.opt("--protocol", "tcp, udp, icmp or all."),
                                Param.opt("--port", "A port (22 for SSH) or a range such as 8000-8080."),
                                Param.opt("--cidr", "Who may connect, e.g. your address as 203.0.113.25/32."),
                                Param.opt("--source-group", "Or: instances in this security group may connect.")),
                        Ec2AccessOps::authorize),
                new Operation("ec2", "revoke-security-group-ingress", "Take an inbound rule away: name it as it was added.",
                        List.of(Param.opt("--group-id", "The group to change, e.g. " + Catalog.DEFAULT_SECURITY_GROUP),
                                Param.opt("--protocol", "tcp, udp, icmp or all."),
                                Param.opt("--port", "The rule's port or range, exactly as it was added."),
                                Param.opt("--cidr", "The rule's source, e.g. 0.0.0.0/0."),
                                Param.opt("--source-group", "Or: the security group the rule lets in.")),
                        Ec2Revoke::revoke),
                new Operation("ec2", "describe-security-groups", "Show security groups and their inbound rules.",
                        List.of(Param.list("--group-ids", false, "Only these groups."),
                                Param.list("--group-names", false, "Only these groups, by name.")),
                        Ec2AccessOps::describeGroups),
                new Operation("ec2", "delete-security-group", "Delete a security group no instance uses.", List.of(
                        Param.opt("--group-id", "The group to delete.")), Ec2AccessOps::deleteGroup));
    }

    // ---- key pairs ----

    private static Operation.Result createKeyPair(Cloud cloud, Invocation call) {
        String name = call.value("--key-name");
        Ec2Access a = cloud.access();
        if (a.keyPairs().containsKey(name)) {
            throw new CliException("InvalidKeyPair.Duplicate", "The keypair '" + name + "' already exists."
                    + " Use it, or delete it first with aws ec2 delete-key-pair --key-name " + name + ".");
        }
        String type = call.value("--key-type", "rsa");
        String format = call.value("--key-format", "pem");
        if (!List.of("rsa", "ed25519").contains(type) || !List.of("pem", "ppk").contains(format)) {
            throw new CliException("InvalidParameterValue", "Value (" + (format.matches("pem|ppk") ? type + ") for"
                    + " parameter keyType is invalid. It is rsa or ed25519." : format + ") for parameter keyFormat is"
                    + " invalid. It is pem or ppk."));
        }
        String seed = name + "#" + a.created();
        // RSA: a SHA-1 digest in hex pairs; ED25519: a base64 SHA-256 digest, as OpenSSH shows it
        String fingerprint = type.equals("rsa") ? Ec2Access.hash("fp:" + seed, 40).replaceAll("(..)(?!$)", "$1:")
                : java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of()
                .parseHex(Ec2Access.hash("fp:" + seed, 64)));
        Ec2Access.KeyPair k = new Ec2Access.KeyPair(name, "key-0" + Ec2Access.hash("id:" + seed, 16), fingerprint,
                SshLogin.pem(name, seed, type, format), cloud.clock());
        JsonObject o = new JsonObject();
        o.addProperty("KeyFingerprint", k.fingerprint());
        o.addProperty("KeyMaterial", k.material());
        o.addProperty("KeyName", k.name());
        o.addProperty("KeyPairId", k.id());
        return new Operation.Result(cloud.withAccess(a.withKeyPair(k)), o, List.of("Key pair " + name + " ("
                + k.id() + "): AWS keeps the public key and gives you the private key once, in KeyMaterial. Save it"
                + " to a file (--query KeyMaterial --output text > " + name + (format.equals("ppk") ? ".ppk" : ".pem")
                + ") and launch with --key-name " + name + "."
                + (format.equals("ppk") ? " A .ppk key is for PuTTY; ssh reads only the pem format." : "")));
    }

    static Ec2Access.KeyPair keyPair(Cloud cloud, String name) {
        Ec2Access.KeyPair k = cloud.access().keyPairs().get(name);
        if (k == null) {
            throw new CliException("InvalidKeyPair.NotFound", "The key pair '" + name + "' does not exist."
                    + Suggest.didYouMean(name, cloud.access().keyPairs().keySet())
                    + " Make one with: aws ec2 create-key-pair --key-name " + name
                    + " --query KeyMaterial --output text > " + name + ".pem");
        }
        return k;
    }

    private static Operation.Result describeKeyPairs(Cloud cloud, Invocation call) {
        List<String> names = call.list("--key-names");
        names.forEach(n -> keyPair(cloud, n));
        JsonArray list = new JsonArray();
        for (Ec2Access.KeyPair k : cloud.access().keyPairs().values()) {
            if (names.isEmpty() || names.contains(k.name())) {
                JsonObject o = new JsonObject();
                o.addProperty("KeyPairId", k.id());
                o.addProperty("KeyFingerprint", k.fingerprint());
                o.addProperty("KeyName", k.name());
                o.addProperty("KeyType", k.keyType());
                o.add("Tags", new JsonArray());
                o.addProperty("CreateTime", Catalog.EPOCH.plusSeconds(k.createdAt()).toString()
                        .replace("Z", ".000Z"));
                list.add(o);
            }
        }
        JsonObject out = new JsonObject();
        out.add("KeyPairs", list);
        return new Operation.Result(cloud, out, List.of());
    }

    private static Operation.Result deleteKeyPair(Cloud cloud, Invocation call) {
        String name = call.value("--key-name");
        if (name == null) {
            throw new CliException("MissingParameter", "The request must contain the parameter KeyName or KeyPairId.");
        }
        Ec2Access.KeyPair k = cloud.access().keyPairs().get(name);
        JsonObject o = new JsonObject();
        o.addProperty("Return", true);
        if (k == null) {
            // EC2 answers true for a name it does not know: deleting is idempotent.
            return new Operation.Result(cloud, o, List.of());
        }
        o.addProperty("KeyPairId", k.id());
        return new Operation.Result(cloud.withAccess(cloud.access().withoutKeyPair(name)), o, List.of("Key pair "
                + name + " deleted. Instances launched with it still accept the key; your .pem file still opens them."));
    }

    // ---- security groups ----

    private static Operation.Result createGroup(Cloud cloud, Invocation call) {
        String name = call.value("--group-name");
        String vpc = call.value("--vpc-id");
        if (vpc != null && !vpc.equals(Catalog.VPC_ID)) {
            Ec2Ids.vpc(vpc);
            throw new CliException("InvalidVpcID.NotFound", "The vpc ID '" + vpc + "' does not exist. This game has"
                    + " the default VPC, " + Catalog.VPC_ID + ".");
        }
        Ec2Access a = cloud.access();
        for (Ec2Access.SecurityGroup g : a.securityGroups().values()) {
            if (g.name().equals(name)) {
                throw new CliException("InvalidGroup.Duplicate", "The security group '" + name
                        + "' already exists for VPC '" + Catalog.VPC_ID + "'. Its id is " + g.id() + ".");
            }
        }
        String id = "sg-0" + Ec2Access.hash("sg:" + name + "#" + a.created(), 16);
        Ec2Access.SecurityGroup g = new Ec2Access.SecurityGroup(id, name, call.value("--description"), List.of());
        JsonObject o = new JsonObject();
        o.addProperty("GroupId", id);
        o.addProperty("SecurityGroupArn", "arn:aws:ec2:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID
                + ":security-group/" + id);
        return new Operation.Result(cloud.withAccess(a.withGroup(g, true)), o, List.of("Security group " + name
                + " (" + id + ") in the default VPC: it lets nothing in until you add inbound rules"
                + " (aws ec2 authorize-security-group-ingress), and lets everything out."));
    }

    static Ec2Access.SecurityGroup group(Cloud cloud, String id) {
        Ec2Access.SecurityGroup g = cloud.access().securityGroups().get(id);
        if (g == null) {
            Ec2Ids.group(id);
            throw new CliException("InvalidGroup.NotFound", "The security group '" + id + "' does not exist."
                    + Suggest.didYouMean(id, cloud.access().securityGroups().keySet())
                    + " List them with: aws ec2 describe-security-groups");
        }
        return g;
    }

    static Ec2Access.SecurityGroup named(Cloud cloud, Invocation call) {
        String id = call.value("--group-id");
        String name = call.value("--group-name");
        if (id == null && name != null) {
            for (Ec2Access.SecurityGroup g : cloud.access().securityGroups().values()) {
                if (g.name().equals(name)) {
                    return g;
                }
            }
            throw new CliException("InvalidGroup.NotFound", "The security group '" + name + "' does not exist in the"
                    + " default VPC. List them with: aws ec2 describe-security-groups");
        }
        if (id == null) {
            throw new CliException("MissingParameter", "The request must contain the parameter groupId or groupName.");
        }
        return group(cloud, id);
    }

    private static Operation.Result authorize(Cloud cloud, Invocation call) {
        Ec2Access.SecurityGroup g = named(cloud, call);
        List<Ec2Access.Rule> rules = rules(cloud, call);
        JsonArray out = new JsonArray();
        List<String> changes = new ArrayList<>();
        for (Ec2Access.Rule r : rules) {
            if (g.ingress().contains(r)) {
                throw new CliException("InvalidPermission.Duplicate", "the specified rule \"peer: " + r.source() + ", "
                        + (r.protocol().equals("-1") ? "ALL" : r.protocol().toUpperCase(java.util.Locale.ROOT))
                        + ", from port: " + r.fromPort() + ", to port: " + r.toPort() + ", ALLOW\" already exists");
            }
            g = g.with(r);
            out.add(ruleJson(g, r));
            changes.add(g.id() + " (" + g.name() + ") now lets in " + describe(r) + (r.cidr().equals("0.0.0.0/0")
                    && r.covers(22) ? ". 0.0.0.0/0 is the whole internet: for SSH, prefer your own address (/32)."
                    : r.cidr().equals("0.0.0.0/0") ? ", the whole internet." : "."));
        }
        JsonObject o = new JsonObject();
        o.addProperty("Return", true);
        o.add("SecurityGroupRules", out);
        return new Operation.Result(cloud.withAccess(cloud.access().withGroup(g, false)), o, changes);
    }

    /** A rule as authorize and revoke print it (SecurityGroupRules, RevokedSecurityGroupRules). */
    static JsonObject ruleJson(Ec2Access.SecurityGroup g, Ec2Access.Rule r) {
        JsonObject o = new JsonObject();
        o.addProperty("SecurityGroupRuleId", "sgr-0" + Ec2Access.hash(g.id() + r, 16));
        o.addProperty("GroupId", g.id());
        o.addProperty("GroupOwnerId", Cloud.ACCOUNT_ID);
        o.addProperty("IsEgress", false);
        o.addProperty("IpProtocol", r.protocol());
        o.addProperty("FromPort", r.fromPort());
        o.addProperty("ToPort", r.toPort());
        if (r.sourceGroup().isEmpty()) {
            o.addProperty("CidrIpv4", r.cidr());
        } else {
            JsonObject ref = new JsonObject();
            ref.addProperty("GroupId", r.sourceGroup());
            ref.addProperty("UserId", Cloud.ACCOUNT_ID);
            o.add("ReferencedGroupInfo", ref);
        }
        return o;
    }

    /** The rules a call names, by --ip-permissions or by --protocol, --port and --cidr or --source-group. */
    static List<Ec2Access.Rule> rules(Cloud cloud, Invocation call) {
        List<Ec2Access.Rule> rules = new ArrayList<>();
        JsonElement perms = call.request().get("IpPermissions");
        if (perms != null && perms.isJsonArray()) {
            for (JsonElement e : perms.getAsJsonArray()) {
                JsonObject p = e.getAsJsonObject();
                String proto = p.has("IpProtocol") ? p.get("IpProtocol").getAsString() : "-1";
                int from = p.has("FromPort") ? p.get("FromPort").getAsInt() : -1;
                int to = p.has("ToPort") ? p.get("ToPort").getAsInt() : from;
                if (p.has("IpRanges")) {
                    for (JsonElement r : p.getAsJsonArray("IpRanges")) {
                        rules.add(rule(proto, from, to, r.getAsJsonObject().get("CidrIp").getAsString(), null, cloud));
                    }
                }
                if (p.has("UserIdGroupPairs")) {
                    for (JsonElement r : p.getAsJsonArray("UserIdGroupPairs")) {
                        rules.add(rule(proto, from, to, null, r.getAsJsonObject().get("GroupId").getAsString(), cloud));
                    }
                }
            }
        } else {
            String proto = call.value("--protocol", call.value("--ip-protocol"));
            if (proto == null) {
                throw new CliException("MissingParameter", "Say what to let in: --protocol tcp --port 22 --cidr"
                        + " 203.0.113.25/32 (or --ip-permissions).");
            }
            proto = proto.equals("all") ? "-1" : proto;
            String port = call.value("--port");
            int from = -1;
            int to = -1;
            if (port != null) {
                try {
                    String[] r = port.split("-", 2);
                    from = Integer.parseInt(r[0]);
                    to = r.length == 2 ? Integer.parseInt(r[1]) : from;
                } catch (NumberFormatException e) {
                    throw new CliException("InvalidParameterValue", "--port takes a number or a range such as"
                            + " 8000-8080, not '" + port + "'.");
                }
            } else if (!proto.equals("-1")) {
                throw new CliException("InvalidParameterValue", "Invalid value 'Must specify both from and to ports"
                        + " with TCP/UDP.' for portRange. Add --port 22 (SSH) or --port 80 (HTTP).");
            }
            rules.add(rule(proto, from, to, call.value("--cidr", call.value("--cidr-ip")),
                    call.value("--source-group"), cloud));
        }
        return rules;
    }

    private static Ec2Access.Rule rule(String proto, int from, int to, String cidr, String sourceGroup, Cloud cloud) {
        if (!List.of("tcp", "udp", "icmp", "-1").contains(proto)) {
            throw new CliException("InvalidParameterValue", "Invalid value '" + proto + "' for IP protocol. Use tcp,"
                    + " udp, icmp or all.");
        }
        if (sourceGroup != null) {
            group(cloud, sourceGroup);
            return new Ec2Access.Rule(proto, from, to, "", sourceGroup);
        }
        if (cidr == null) {
            throw new CliException("MissingParameter", "Say who may connect: --cidr " + Ec2Access.LAPTOP_IP
                    + "/32 (one address) or --source-group sg-... (instances in that group).");
        }
        if (!Ec2Access.Cidr.valid(cidr)) {
            throw new CliException("InvalidParameterValue", "Value (" + cidr + ") for parameter cidrIp is invalid."
                    + " Write an IPv4 block such as " + Ec2Access.LAPTOP_IP + "/32; /32 means exactly one address.");
        }
        return new Ec2Access.Rule(proto, from, to, cidr, "");
    }

    static String describe(Ec2Access.Rule r) {
        String what = r.protocol().equals("-1") ? "all traffic" : r.protocol().toUpperCase(java.util.Locale.ROOT)
                + " port " + (r.fromPort() == r.toPort() ? Integer.toString(r.fromPort()) : r.fromPort() + "-" + r.toPort());
        return what + " from " + (r.sourceGroup().isEmpty() ? r.cidr() : "instances in " + r.sourceGroup());
    }

    private static Operation.Result describeGroups(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--group-ids");
        List<String> names = call.list("--group-names");
        ids.forEach(id -> group(cloud, id));
        JsonArray list = new JsonArray();
        for (Ec2Access.SecurityGroup g : cloud.access().securityGroups().values()) {
            if ((ids.isEmpty() || ids.contains(g.id())) && (names.isEmpty() || names.contains(g.name()))) {
                list.add(groupJson(g));
            }
        }
        JsonObject out = new JsonObject();
        out.add("SecurityGroups", list);
        return new Operation.Result(cloud, out, List.of());
    }

    private static JsonObject groupJson(Ec2Access.SecurityGroup g) {
        JsonObject o = new JsonObject();
        o.addProperty("GroupId", g.id());
        o.addProperty("GroupName", g.name());
        o.addProperty("Description", g.description());
        o.addProperty("OwnerId", Cloud.ACCOUNT_ID);
        o.addProperty("VpcId", Catalog.VPC_ID);
        JsonArray in = new JsonArray();
        for (Ec2Access.Rule r : g.ingress()) {
            in.add(permission(r));
        }
        o.add("IpPermissions", in);
        JsonArray eg = new JsonArray();
        eg.add(permission(new Ec2Access.Rule("-1", -1, -1, "0.0.0.0/0", "")));
        o.add("IpPermissionsEgress", eg);
        return o;
    }

    private static JsonObject permission(Ec2Access.Rule r) {
        JsonObject p = new JsonObject();
        p.addProperty("IpProtocol", r.protocol());
        if (!r.protocol().equals("-1")) {
            p.addProperty("FromPort", r.fromPort());
            p.addProperty("ToPort", r.toPort());
        }
        JsonArray ranges = new JsonArray();
        JsonArray pairs = new JsonArray();
        if (r.sourceGroup().isEmpty()) {
            JsonObject c = new JsonObject();
            c.addProperty("CidrIp", r.cidr());
            ranges.add(c);
        } else {
            JsonObject pair = new JsonObject();
            pair.addProperty("GroupId", r.sourceGroup());
            pair.addProperty("UserId", Cloud.ACCOUNT_ID);
            pairs.add(pair);
        }
        p.add("IpRanges", ranges);
        p.add("UserIdGroupPairs", pairs);
        return p;
    }

    private static Operation.Result deleteGroup(Cloud cloud, Invocation call) {
        Ec2Access.SecurityGroup g = named(cloud, call);
        if (g.id().equals(Catalog.DEFAULT_SECURITY_GROUP)) {
            throw new CliException("CannotDelete", "the specified group: \"" + g.id() + "\" name: \"default\" cannot"
                    + " be deleted by a user. Every VPC keeps its default group.");
        }
        for (Instance i : cloud.instances().values()) {
            if (i.state() != InstanceState.TERMINATED && i.securityGroups().contains(g.id())) {
                throw new CliException("DependencyViolation", "resource " + g.id() + " has a dependent object: "
                        + i.instanceId() + " uses it. Terminate the instance first.");
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("Return", true);
        o.addProperty("GroupId", g.id());
        return new Operation.Result(cloud.withAccess(cloud.access().withoutGroup(g.id())), o, List.of(
                "Security group " + g.name() + " deleted."));
    }
}
