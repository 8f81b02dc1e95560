package computequest.sim.eks;

import static computequest.sim.eks.EksOps.*;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Money;
import computequest.sim.Operation;
import computequest.sim.ec2.Ec2Ops;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import computequest.sim.ec2.InstanceType;
import computequest.sim.ecr.EcrOps;
import computequest.sim.ecs.Fargate;
import computequest.sim.lambda.LambdaOps;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EKS managed node groups (EC2 worker nodes) and Fargate profiles: create, describe, list, update, delete. */
final class EksNodegroupOps {

    private EksNodegroupOps() {
    }

    static Map<String, Integer> scaling(String spec, Map<String, Integer> base) {
        Map<String, Integer> m = new LinkedHashMap<>(base);
        Matcher x = Pattern.compile("\"?(minSize|maxSize|desiredSize)\"?\\s*[=:]\\s*(-?\\d+)").matcher(spec);
        boolean any = false;
        while (x.find()) {
            m.put(x.group(1), Integer.parseInt(x.group(2)));
            any = true;
        }
        if (!any) {
            throw new CliException("InvalidParameterException", "--scaling-config takes minSize=1,maxSize=3,desiredSize=2,"
                    + " not '" + spec + "'.");
        }
        int min = m.get("minSize");
        int max = m.get("maxSize");
        int desired = m.get("desiredSize");
        if (min < 0 || max < 1 || min > max || desired < min || desired > max || max > 30) {
            throw new CliException("InvalidParameterException", "Scaling config needs 0 <= minSize <= desiredSize <="
                    + " maxSize, maxSize at least 1 (this game allows up to 30); got minSize=" + min + ", desiredSize="
                    + desired + ", maxSize=" + max + ".");
        }
        return m;
    }

    static EksState.Nodegroup nodegroup(Cloud cloud, String cluster, String name) {
        EksState.Nodegroup n = cloud.eks().nodegroups().get(cluster + "/" + name);
        if (n == null) {
            throw new CliException("ResourceNotFoundException", "No node group found for name: " + name + "."
                    + Suggest.didYouMean(cluster + "/" + name, cloud.eks().nodegroups().keySet()));
        }
        return n;
    }

    static Operation.Result createNodegroup(Cloud cloud, Invocation call) {
        EksState.Cluster c = activeCluster(cloud, call.value("--cluster-name"));
        String name = call.value("--nodegroup-name");
        if (cloud.eks().nodegroups().containsKey(c.name() + "/" + name)) {
            throw new CliException("ResourceInUseException", "NodeGroup already exists with name " + name
                    + " and cluster name " + c.name());
        }
        Map<String, Integer> sc = scaling(call.value("--scaling-config", "minSize=2,maxSize=2,desiredSize=2"),
                Map.of("minSize", 1, "maxSize", 2, "desiredSize", 2));
        List<String> types = call.list("--instance-types");
        String type = types.isEmpty() ? "t3.medium" : types.get(0);
        if (InstanceType.named(type).isEmpty()) {
            throw new CliException("InvalidParameterException", "Instance type " + type + " is not supported in this"
                    + " game." + Suggest.didYouMean(type, InstanceType.all().stream().map(InstanceType::name).toList()));
        }
        EksRoles.checkNodeRole(cloud, call.value("--node-role"));
        String capacity = call.value("--capacity-type", "ON_DEMAND");
        if (!capacity.equals("ON_DEMAND") && !capacity.equals("SPOT")) {
            throw new CliException("InvalidParameterException", "--capacity-type is ON_DEMAND or SPOT, not " + capacity + ".");
        }
        EksState.NodegroupSpec spec = new EksState.NodegroupSpec(call.value("--node-role", ""), call.list("--subnets"),
                call.value("--ami-type", "AL2023_x86_64_STANDARD"), capacity, call.intValue("--disk-size", 20, 1, 16384),
                EksJson.stringMap(call.value("--labels"), "--labels"), EksJson.taints(call.value("--taints")),
                EksJson.stringMap(call.value("--tags"), "--tags"), maxUnavailable(call, 1), cloud.clock(), cloud.clock());
        EksState.Nodegroup n = new EksState.Nodegroup(name, c.name(), type, sc.get("desiredSize"), sc.get("minSize"),
                sc.get("maxSize"), "CREATING", List.of(), spec);
        cloud = cloud.withEks(cloud.eks().withNodegroup(n));
        JsonObject res = new JsonObject();
        res.add("nodegroup", EksJson.nodegroup(cloud, n));
        return new Operation.Result(cloud, res, List.of("Node group " + name + ": CREATING " + n.desired() + " "
                + type + " worker nodes. They are ordinary EC2 instances (aws ec2 describe-instances shows them),"
                + " billed as EC2 at " + Money.usd(InstanceType.named(type).get().usdPerHour()) + " an hour each, on top of"
                + " the control plane."));
    }

    static Operation.Result describeNodegroup(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("nodegroup", EksJson.nodegroup(cloud, nodegroup(cloud, call.value("--cluster-name"), call.value("--nodegroup-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result listNodegroups(Cloud cloud, Invocation call) {
        EksState.Cluster c = cluster(cloud, call.value("--cluster-name"));
        JsonArray a = new JsonArray();
        cloud.eks().nodegroups().values().stream().filter(n -> n.cluster().equals(c.name())).forEach(n -> a.add(n.name()));
        JsonObject res = new JsonObject();
        res.add("nodegroups", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Map<String, Integer> sizes(int min, int max, int desired) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("minSize", min);
        m.put("maxSize", max);
        m.put("desiredSize", desired);
        return m;
    }

    private static int maxUnavailable(Invocation call, int fallback) {
        String v = call.value("--update-config");
        if (v == null) {
            return fallback;
        }
        Matcher m = Pattern.compile("\"?maxUnavailable\"?\\s*[=:]\\s*(\\d+)").matcher(v);
        if (!m.find()) {
            throw new CliException("InvalidParameterException", "--update-config takes maxUnavailable=N (nodes replaced"
                    + " at a time during an update), not '" + v + "'.");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The part of an update value after NAME= up to the next top-level name, e.g. addOrUpdateLabels={...}. */
    private static String part(String v, String name) {
        int at = v == null ? -1 : v.indexOf(name);
        if (at < 0) {
            return null;
        }
        String rest = v.substring(at + name.length()).replaceFirst("^\"?\\s*[=:]\\s*", "");
        int depth = 0;
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            depth += ch == '{' || ch == '[' ? 1 : ch == '}' || ch == ']' ? -1 : 0;
            if (depth == 0 && ch == ',' && rest.substring(i + 1).strip().matches("\"?(addOrUpdate|remove)\\w*\"?\\s*[=:].*")) {
                return rest.substring(0, i);
            }
        }
        return rest;
    }

    static Operation.Result updateNodegroupConfig(Cloud cloud, Invocation call) {
        EksState.Nodegroup n = nodegroup(cloud, call.value("--cluster-name"), call.value("--nodegroup-name"));
        if (!call.has("--scaling-config") && !call.has("--labels") && !call.has("--taints") && !call.has("--update-config")) {
            throw new CliException("InvalidParameterException", "Give at least one of --scaling-config, --labels,"
                    + " --taints or --update-config.");
        }
        List<String> changes = new ArrayList<>();
        EksState.Nodegroup next = n;
        if (call.has("--scaling-config")) {
            Map<String, Integer> sc = scaling(call.value("--scaling-config"),
                    sizes(n.min(), n.max(), n.desired()));
            next = n.resized(sc.get("desiredSize"), sc.get("minSize"), sc.get("maxSize"), "UPDATING");
            changes.add("Node group " + n.name() + ": desired size " + n.desired() + " -> " + next.desired() + ".");
        }
        Map<String, String> labels = new LinkedHashMap<>(n.spec().labels());
        String add = part(call.value("--labels"), "addOrUpdateLabels");
        String remove = part(call.value("--labels"), "removeLabels");
        if (add != null) {
            labels.putAll(EksJson.stringMap(add, "--labels"));
        }
        if (remove != null) {
            for (String k : remove.replaceAll("[\\[\\]\"]", "").split(",")) {
                labels.remove(k.strip());
            }
        }
        List<EksState.Taint> taints = new ArrayList<>(n.spec().taints());
        taints.removeAll(EksJson.taints(part(call.value("--taints"), "removeTaints")));
        for (EksState.Taint t : EksJson.taints(part(call.value("--taints"), "addOrUpdateTaints"))) {
            taints.removeIf(x -> x.key().equals(t.key()) && x.effect().equals(t.effect()));
            taints.add(t);
        }
        if (call.has("--labels") || call.has("--taints")) {
            changes.add("Node group " + n.name() + ": labels " + labels + ", taints " + taints.size() + ". Kubernetes"
                    + " schedules a pod on a node only if the pod tolerates the node's taints; labels let pods pick nodes.");
        }
        next = next.withSpec(n.spec().with(labels, taints, maxUnavailable(call, n.spec().maxUnavailable()), cloud.clock()));
        if (next.status().equals("ACTIVE") && next != n) {
            next = next.resized(next.desired(), next.min(), next.max(), "UPDATING");
        }
        cloud = cloud.withEks(cloud.eks().withNodegroup(next));
        JsonObject update = new JsonObject();
        update.addProperty("id", LambdaOps.uuid(EcrOps.digest("update|" + n.key() + "|" + cloud.clock()).substring(7)));
        update.addProperty("status", "InProgress");
        update.addProperty("type", "ConfigUpdate");
        JsonArray params = new JsonArray();
        String addTaints = part(call.value("--taints"), "addOrUpdateTaints");
        String removeTaints = part(call.value("--taints"), "removeTaints");
        for (String[] kv : new String[][] {{"--scaling-config", "DesiredSize", Integer.toString(next.desired())},
                {"--labels", "LabelsToAdd", add == null ? null : EksJson.map(EksJson.stringMap(add, "--labels")).toString()},
                {"--labels", "LabelsToRemove", remove == null ? null : "[" + remove.strip() + "]"},
                {"--taints", "TaintsToAdd", addTaints},
                {"--taints", "TaintsToRemove", removeTaints},
                {"--update-config", "MaxUnavailable", Integer.toString(next.spec().maxUnavailable())}}) {
            if (call.has(kv[0]) && kv[2] != null) {
                JsonObject p = new JsonObject();
                p.addProperty("type", kv[1]);
                p.addProperty("value", kv[2]);
                params.add(p);
            }
        }
        update.add("params", params);
        update.addProperty("createdAt", Catalog.timestamp(cloud.clock()));
        update.add("errors", new JsonArray());
        JsonObject res = new JsonObject();
        res.add("update", update);
        return new Operation.Result(cloud, res, changes);
    }

    static Operation.Result deleteNodegroup(Cloud cloud, Invocation call) {
        EksState.Nodegroup n = nodegroup(cloud, call.value("--cluster-name"), call.value("--nodegroup-name"));
        List<String> changes = new ArrayList<>();
        for (String id : n.instanceIds()) {
            cloud = terminate(cloud, id, changes);
        }
        cloud = cloud.withEks(cloud.eks().withoutNodegroup(n.key()));
        changes.add("Node group " + n.name() + " deleted; its pods will be rescheduled if there is anywhere to go.");
        JsonObject res = new JsonObject();
        res.add("nodegroup", EksJson.nodegroup(cloud, n.with("DELETING", n.desired(), n.instanceIds())));
        return new Operation.Result(cloud, res, changes);
    }

    static Cloud terminate(Cloud cloud, String id, List<String> changes) {
        Instance i = cloud.instances().get(id);
        if (i == null || i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN) {
            return cloud;
        }
        if (i.state() == InstanceState.RUNNING) {
            cloud = Ec2Ops.closeRunPeriod(cloud, i, cloud.clock());
        }
        changes.add(id + ": " + i.state().apiName() + " -> shutting-down (node group scaled in or deleted).");
        return cloud.withInstance(i.withState(InstanceState.SHUTTING_DOWN, cloud.clock()).withRunStartedAt(-1)
                .withRam(Map.of()));
    }

    static Operation.Result createFargateProfile(Cloud cloud, Invocation call) {
        EksState.Cluster c = activeCluster(cloud, call.value("--cluster-name"));
        String name = call.value("--fargate-profile-name");
        JsonArray selectors = EksJson.selectors(call.list("--selectors"));
        String ns = null;
        for (var sel : selectors) {
            if (sel.isJsonObject() && sel.getAsJsonObject().has("namespace") && ns == null) {
                ns = sel.getAsJsonObject().get("namespace").getAsString();
            }
        }
        if (ns == null) {
            throw new CliException("InvalidParameterException", "--selectors needs a namespace, e.g. namespace=default");
        }
        if (cloud.eks().fargateProfiles().containsKey(c.name() + "/" + name)) {
            throw new CliException("ResourceInUseException", "A Fargate profile named " + name + " already exists.");
        }
        List<String> subnets = new ArrayList<>();
        for (String w : call.list("--subnets")) {
            subnets.addAll(EksClusterOps.listIn("subnets=" + w, "subnets"));
        }
        EksRoles.checkFargateProfile(cloud, call.value("--pod-execution-role-arn"), subnets, c.spec().subnets());
        EksState.FargateProfile p = new EksState.FargateProfile(name, c.name(), ns, selectors.toString(),
                call.value("--pod-execution-role-arn", ""), subnets, EksJson.stringMap(call.value("--tags"), "--tags"),
                cloud.clock());
        cloud = cloud.withEks(cloud.eks().withProfile(p));
        JsonObject res = new JsonObject();
        res.add("fargateProfile", EksJson.profile(p));
        return new Operation.Result(cloud, res, List.of("Fargate profile " + name + ": new pods in namespace " + ns
                + " run on Fargate, each in its own micro-VM: no nodes to manage, billed per pod (0.25 vCPU, 0.5 GB"
                + " here: " + Money.usd(Fargate.usdPerHour(FARGATE_POD_CPU, FARGATE_POD_MEMORY)) + " an hour)."));
    }

    static EksState.FargateProfile profile(Cloud cloud, String cluster, String name) {
        EksState.FargateProfile p = cloud.eks().fargateProfiles().get(cluster + "/" + name);
        if (p == null) {
            throw new CliException("ResourceNotFoundException", "No Fargate Profile found with name: " + name + ".");
        }
        return p;
    }

    static Operation.Result describeFargateProfile(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("fargateProfile", EksJson.profile(profile(cloud, call.value("--cluster-name"), call.value("--fargate-profile-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result listFargateProfiles(Cloud cloud, Invocation call) {
        EksState.Cluster c = cluster(cloud, call.value("--cluster-name"));
        JsonArray a = new JsonArray();
        cloud.eks().fargateProfiles().values().stream().filter(p -> p.cluster().equals(c.name())).forEach(p -> a.add(p.name()));
        JsonObject res = new JsonObject();
        res.add("fargateProfileNames", a);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result deleteFargateProfile(Cloud cloud, Invocation call) {
        EksState.FargateProfile p = profile(cloud, call.value("--cluster-name"), call.value("--fargate-profile-name"));
        EksState eks = cloud.eks();
        cloud = cloud.withEks(new EksState(eks.clusters(), eks.nodegroups(), Copy.remove(eks.fargateProfiles(), p.key()),
                eks.deployments(), eks.pods(), eks.kubeContext()));
        List<String> changes = new ArrayList<>();
        for (EksState.Pod pod : List.copyOf(cloud.eks().pods().values())) {
            if (pod.fargate() && pod.cluster().equals(p.cluster())) {
                cloud = cloud.withEks(cloud.eks().withoutPod(pod.key()));
                changes.add("Pod " + pod.name() + " deleted with the Fargate profile.");
            }
        }
        JsonObject res = new JsonObject();
        res.add("fargateProfile", EksJson.profile(p));
        return new Operation.Result(cloud, res, changes);
    }
}
