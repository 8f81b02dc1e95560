package computequest.sim.eks;

import static computequest.sim.eks.EksOps.*;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Money;
import computequest.sim.Operation;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EKS control planes: create (version, role, subnets, logging, tags), describe, list, delete, update-kubeconfig. */
final class EksClusterOps {

    private EksClusterOps() {
    }

    /** The Kubernetes versions the game offers: EKS's standard and extended support window, and the game's default. */
    static final List<String> SUPPORTED = List.of("1.32", "1.33", "1.34", "1.35", "1.36");
    /** In extended support on 2026-11-30 (fact sheet, verified additions 1): billed at the extended rate. */
    static final List<String> EXTENDED = List.of("1.32", "1.33");
    static final double EXTENDED_USD_PER_HOUR = 0.60;

    /** The control plane's hourly price: standard support, or extended support for the older versions. */
    static double usdPerHour(String version) {
        return EXTENDED.contains(version) ? EXTENDED_USD_PER_HOUR : CONTROL_PLANE_USD_PER_HOUR;
    }

    /** The ids after KEY= in shorthand such as subnetIds=a,b,securityGroupIds=c, or in its JSON form. */
    static List<String> listIn(String spec, String key) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"?" + key + "\"?\\s*[=:]\\s*\\[?([^=\\]]*)").matcher(spec);
        if (m.find()) {
            for (String part : m.group(1).split(",")) {
                String v = part.replaceAll("[\"\\[\\] ]", "");
                if (v.matches("(subnet|sg)-[0-9a-z]+")) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    static Operation.Result createCluster(Cloud cloud, Invocation call) {
        String name = call.value("--name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,99}")) {
            throw new CliException("InvalidParameterException", "A cluster name is up to 100 letters, digits, hyphens"
                    + " and underscores, starting with a letter or digit; '" + name + "' is not.");
        }
        if (cloud.eks().clusters().containsKey(name)) {
            throw new CliException("ResourceInUseException", "Cluster already exists with name: " + name);
        }
        String version = call.value("--kubernetes-version", VERSION);
        if (!SUPPORTED.contains(version)) {
            throw new CliException("InvalidParameterException", "unsupported Kubernetes version " + version + ". EKS"
                    + " supports a version for about 26 months (14 standard, 12 extended)"
                    + (version.equals("1.31") ? ", and 1.31's extended support ended on 2026-11-26" : "")
                    + ". Today: 1.34 to 1.36 in standard support, 1.32 and 1.33 in extended support.");
        }
        List<String> missing = new ArrayList<>();
        for (String flag : List.of("--role-arn", "--resources-vpc-config")) {
            if (!call.has(flag)) {
                missing.add(flag);
            }
        }
        if (!missing.isEmpty()) {
            throw new CliException("aws: error: the following arguments are required: " + String.join(", ", missing)
                    + ". A cluster needs the IAM role EKS acts as (--role-arn) and subnets in at least two Availability"
                    + " Zones (--resources-vpc-config subnetIds=SUBNET1,SUBNET2).");
        }
        String vpc = call.value("--resources-vpc-config", "");
        List<String> subnets = listIn(vpc, "subnetIds");
        List<String> groups = listIn(vpc, "securityGroupIds");
        if (subnets.stream().map(s -> s.substring(0, Math.min(s.length(), 12))).distinct().count() < 2) {
            throw new CliException("InvalidParameterException", "Subnets specified must be in at least two different"
                    + " AZs. Give two default subnets, e.g. subnetIds=subnet-0defa000000000001,subnet-0defb000000000001.");
        }
        EksRoles.checkClusterRole(cloud, call.value("--role-arn"));
        List<String> logTypes = new ArrayList<>();
        Matcher logging = Pattern.compile("\\[([^\\]]*)\\]\\s*,\\s*\"enabled\"\\s*:\\s*true").matcher(call.value("--logging", ""));
        while (logging.find()) {
            for (String t : logging.group(1).replace("\"", "").split(",")) {
                logTypes.add(t.strip());
            }
        }
        EksState.ClusterSpec spec = new EksState.ClusterSpec(call.value("--role-arn", ""), subnets, groups,
                !vpc.contains("endpointPublicAccess=false"), vpc.contains("endpointPrivateAccess=true"), logTypes,
                EksJson.stringMap(call.value("--tags"), "--tags"), cloud.clock());
        EksState.Cluster c = new EksState.Cluster(name, "CREATING", cloud.clock(), version, spec);
        cloud = cloud.withEks(cloud.eks().withCluster(c));
        JsonObject res = new JsonObject();
        res.add("cluster", EksJson.cluster(c));
        return new Operation.Result(cloud, res, List.of("EKS cluster " + name + ": CREATING. AWS runs the Kubernetes"
                + " control plane for you, Kubernetes " + version + (call.has("--kubernetes-version") ? ""
                : " (the current default, not necessarily the newest)") + "; it takes about 10 minutes and costs "
                + Money.usd(usdPerHour(version)) + " an hour"
                + (EXTENDED.contains(version) ? " (extended support)" : " (about $73 a month)")
                + " from now until you delete it, with or without nodes."));
    }

    static Operation.Result describeCluster(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("cluster", EksJson.cluster(cluster(cloud, call.value("--name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result listClusters(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        cloud.eks().clusters().keySet().forEach(a::add);
        JsonObject res = new JsonObject();
        res.add("clusters", a);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result deleteCluster(Cloud cloud, Invocation call) {
        EksState.Cluster c = cluster(cloud, call.value("--name"));
        if (cloud.eks().nodegroups().values().stream().anyMatch(n -> n.cluster().equals(c.name()))) {
            throw new CliException("ResourceInUseException", "Cluster has nodegroups attached. Delete them first:"
                    + " aws eks delete-nodegroup --cluster-name " + c.name() + " --nodegroup-name NAME");
        }
        if (cloud.eks().fargateProfiles().values().stream().anyMatch(n -> n.cluster().equals(c.name()))) {
            throw new CliException("ResourceInUseException", "Cluster has Fargate profiles attached. Delete them first.");
        }
        if (c.status().equals("DELETING")) {
            throw new CliException("ResourceInUseException", "Cluster " + c.name() + " is already being deleted.");
        }
        EksState.Cluster d = c.withStatus("DELETING", cloud.clock());
        EksState eks = cloud.eks().withCluster(d);
        for (EksState.Pod p : eks.pods().values()) {
            if (p.cluster().equals(c.name())) {
                eks = eks.withoutPod(p.key());
            }
        }
        for (EksState.Deployment dep : eks.deployments().values()) {
            if (dep.cluster().equals(c.name())) {
                eks = eks.withoutDeployment(dep.key());
            }
        }
        cloud = cloud.withEks(eks);
        JsonObject res = new JsonObject();
        res.add("cluster", EksJson.cluster(d));
        return new Operation.Result(cloud, res, List.of("EKS cluster " + c.name() + ": DELETING. The control-plane fee"
                + " stops when it is gone."));
    }

    static Operation.Result updateKubeconfig(Cloud cloud, Invocation call) {
        EksState.Cluster c = activeCluster(cloud, call.value("--name"));
        cloud = cloud.withEks(cloud.eks().withContext(c.name()));
        String arn = "arn:aws:eks:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":cluster/" + c.name();
        return new Operation.Result(cloud, new com.google.gson.JsonPrimitive("Added new context " + arn
                + " to /home/player/.kube/config"), List.of("kubectl now talks to " + c.name() + "."));
    }
}
