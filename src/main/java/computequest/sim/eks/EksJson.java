package computequest.sim.eks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.ecr.EcrOps;
import computequest.sim.lambda.LambdaOps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EKS answers (clusters, node groups, Fargate profiles) and the map and taint values their parameters take. */
final class EksJson {

    private static final Pattern TAINT = Pattern.compile("\"?key\"?\\s*[=:]\\s*\"?([^,\"}]+)\"?\\s*,\\s*\"?value\"?\\s*"
            + "[=:]\\s*\"?([^,\"}]*)\"?\\s*,\\s*\"?effect\"?\\s*[=:]\\s*\"?([A-Z_]+)\"?");

    private EksJson() {
    }

    private static String arn(String kind, String path) {
        return "arn:aws:eks:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":" + kind + "/" + path;
    }

    private static String uuid(String seed) {
        return LambdaOps.uuid(EcrOps.digest(seed).substring(7));
    }

    static JsonObject map(Map<String, String> m) {
        JsonObject o = new JsonObject();
        m.forEach(o::addProperty);
        return o;
    }

    private static JsonArray strings(List<String> l) {
        JsonArray a = new JsonArray();
        l.forEach(a::add);
        return a;
    }

    static JsonObject cluster(EksState.Cluster c) {
        EksState.ClusterSpec s = c.spec();
        String id = EcrOps.digest(c.name()).substring(7, 39).toUpperCase();
        JsonObject o = new JsonObject();
        o.addProperty("name", c.name());
        o.addProperty("arn", arn("cluster", c.name()));
        o.addProperty("createdAt", Catalog.timestamp(s.createdAt()));
        o.addProperty("version", c.version());
        if (!c.status().equals("CREATING")) {
            o.addProperty("endpoint", "https://" + id + ".gr7." + Cloud.REGION + ".eks.amazonaws.com");
        }
        o.addProperty("roleArn", s.roleArn());
        JsonObject vpc = new JsonObject();
        vpc.add("subnetIds", strings(s.subnets()));
        vpc.add("securityGroupIds", strings(s.securityGroups()));
        vpc.addProperty("clusterSecurityGroupId", "sg-0" + id.toLowerCase().substring(0, 16));
        vpc.addProperty("vpcId", Catalog.VPC_ID);
        vpc.addProperty("endpointPublicAccess", s.publicAccess());
        vpc.addProperty("endpointPrivateAccess", s.privateAccess());
        vpc.add("publicAccessCidrs", strings(List.of("0.0.0.0/0")));
        o.add("resourcesVpcConfig", vpc);
        JsonObject net = new JsonObject();
        net.addProperty("serviceIpv4Cidr", "10.100.0.0/16");
        net.addProperty("ipFamily", "ipv4");
        o.add("kubernetesNetworkConfig", net);
        JsonObject logging = new JsonObject();
        JsonArray setups = new JsonArray();
        List<String> all = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");
        List<String> off = all.stream().filter(t -> !s.logTypes().contains(t)).toList();
        for (boolean enabled : new boolean[] {true, false}) {
            List<String> types = enabled ? s.logTypes() : off;
            if (!types.isEmpty()) {
                JsonObject setup = new JsonObject();
                setup.add("types", strings(types));
                setup.addProperty("enabled", enabled);
                setups.add(setup);
            }
        }
        logging.add("clusterLogging", setups);
        o.add("logging", logging);
        JsonObject oidc = new JsonObject();
        oidc.addProperty("issuer", "https://oidc.eks." + Cloud.REGION + ".amazonaws.com/id/" + id);
        JsonObject identity = new JsonObject();
        identity.add("oidc", oidc);
        o.add("identity", identity);
        o.addProperty("status", c.status());
        JsonObject ca = new JsonObject();
        ca.addProperty("data", java.util.Base64.getEncoder().encodeToString(("simulated CA for " + c.name()).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        o.add("certificateAuthority", ca);
        o.addProperty("platformVersion", "eks.1");
        o.add("tags", map(s.tags()));
        JsonObject health = new JsonObject();
        health.add("issues", new JsonArray());
        o.add("health", health);
        JsonObject access = new JsonObject();
        access.addProperty("authenticationMode", "API_AND_CONFIG_MAP");
        o.add("accessConfig", access);
        return o;
    }

    static JsonObject nodegroup(Cloud cloud, EksState.Nodegroup n) {
        EksState.NodegroupSpec s = n.spec();
        String id = uuid("nodegroup|" + n.key());
        EksState.Cluster c = cloud.eks().clusters().get(n.cluster());
        JsonObject o = new JsonObject();
        o.addProperty("nodegroupName", n.name());
        o.addProperty("nodegroupArn", arn("nodegroup", n.key() + "/" + id));
        o.addProperty("clusterName", n.cluster());
        String version = c == null ? EksOps.VERSION : c.version();
        o.addProperty("version", version);
        o.addProperty("releaseVersion", version + ".0-20261101");
        o.addProperty("createdAt", Catalog.timestamp(s.createdAt()));
        o.addProperty("modifiedAt", Catalog.timestamp(Math.max(s.createdAt(), s.modifiedAt())));
        o.addProperty("status", n.status());
        o.addProperty("capacityType", s.capacityType());
        JsonObject sc = new JsonObject();
        sc.addProperty("minSize", n.min());
        sc.addProperty("maxSize", n.max());
        sc.addProperty("desiredSize", n.desired());
        o.add("scalingConfig", sc);
        o.add("instanceTypes", strings(List.of(n.instanceType())));
        o.add("subnets", strings(s.subnets()));
        o.addProperty("amiType", s.amiType());
        o.addProperty("nodeRole", s.nodeRole());
        o.add("labels", map(s.labels()));
        if (!s.taints().isEmpty()) {
            JsonArray taints = new JsonArray();
            for (EksState.Taint t : s.taints()) {
                JsonObject to = new JsonObject();
                to.addProperty("key", t.key());
                to.addProperty("value", t.value());
                to.addProperty("effect", t.effect());
                taints.add(to);
            }
            o.add("taints", taints);
        }
        JsonObject asg = new JsonObject();
        asg.addProperty("name", "eks-" + n.name() + "-" + id);
        JsonArray groups = new JsonArray();
        groups.add(asg);
        JsonObject resources = new JsonObject();
        resources.add("autoScalingGroups", groups);
        o.add("resources", resources);
        o.addProperty("diskSize", s.diskSize());
        JsonObject health = new JsonObject();
        health.add("issues", new JsonArray());
        o.add("health", health);
        JsonObject update = new JsonObject();
        update.addProperty("maxUnavailable", s.maxUnavailable());
        o.add("updateConfig", update);
        o.add("tags", map(s.tags()));
        return o;
    }

    static JsonObject profile(EksState.FargateProfile p) {
        JsonObject o = new JsonObject();
        o.addProperty("fargateProfileName", p.name());
        o.addProperty("fargateProfileArn", arn("fargateprofile", p.key() + "/" + uuid("profile|" + p.key())));
        o.addProperty("clusterName", p.cluster());
        o.addProperty("createdAt", Catalog.timestamp(p.createdAt()));
        o.addProperty("podExecutionRoleArn", p.roleArn());
        o.add("subnets", strings(p.subnets()));
        o.add("selectors", JsonParser.parseString(p.selectors()));
        o.addProperty("status", "ACTIVE");
        o.add("tags", map(p.tags()));
        return o;
    }

    /** A string map given as JSON ({"k": "v"}) or shorthand (k=v,k2=v2). */
    static Map<String, String> stringMap(String v, String param) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isBlank()) {
            return out;
        }
        String s = v.strip();
        if (s.startsWith("{") && s.contains("\"")) {
            try {
                for (var e : JsonParser.parseString(s).getAsJsonObject().entrySet()) {
                    out.put(e.getKey(), e.getValue().getAsString());
                }
                return out;
            } catch (RuntimeException e) {
                throw new CliException("Error parsing parameter '" + param + "': Invalid JSON: " + s);
            }
        }
        s = s.replaceAll("^\\{|\\}$", "");
        for (String pair : s.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CliException("Error parsing parameter '" + param + "': expected key=value, got '" + pair + "'.");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    /** Every key, value, effect triple in a taint value (JSON or shorthand). */
    static List<EksState.Taint> taints(String v) {
        List<EksState.Taint> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        Matcher m = TAINT.matcher(v);
        while (m.find()) {
            out.add(new EksState.Taint(m.group(1).strip(), m.group(2).strip(), m.group(3)));
        }
        return out;
    }

    /** The selectors of create-fargate-profile as a JSON list, from JSON or namespace=...,labels={k=v} shorthand. */
    static JsonArray selectors(List<String> words) {
        JsonArray out = new JsonArray();
        for (String w : words) {
            String s = w.strip();
            if (s.startsWith("[") || s.startsWith("{")) {
                try {
                    JsonElement e = JsonParser.parseString(s);
                    (e.isJsonArray() ? e.getAsJsonArray() : List.of(e)).forEach(out::add);
                } catch (RuntimeException e) {
                    throw new CliException("Error parsing parameter '--selectors': Invalid JSON: " + s);
                }
                continue;
            }
            Matcher m = Pattern.compile("namespace=([^,]+)(?:,labels=\\{(.*)\\})?").matcher(s);
            if (!m.matches()) {
                throw new CliException("InvalidParameterException", "--selectors needs a namespace, e.g. namespace=default");
            }
            JsonObject o = new JsonObject();
            o.addProperty("namespace", m.group(1));
            if (m.group(2) != null) {
                o.add("labels", map(stringMap(m.group(2), "--selectors")));
            }
            out.add(o);
        }
        return out;
    }
}
