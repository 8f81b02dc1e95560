package computequest.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated EKS API: clusters (a billed Kubernetes control plane), managed node groups whose nodes are EC2
 * instances, and Fargate profiles. Deployments and pods live here too; {@link Kubectl} drives them.
 */
final class EksOps {

    static final long CLUSTER_CREATE_SECONDS = 600;
    static final long CLUSTER_DELETE_SECONDS = 120;
    static final double CONTROL_PLANE_USD_PER_HOUR = 0.10;
    static final String VERSION = "1.31";
    static final int FARGATE_POD_CPU = 256;
    static final int FARGATE_POD_MEMORY = 512;
    private static final Map<String, Integer> MAX_PODS = Map.of("t2.micro", 4, "t3.nano", 4, "t3.micro", 4,
            "t3.small", 11, "t3.medium", 17, "m5.large", 29, "c5.large", 29, "r5.large", 29);

    private EksOps() {
    }

    static List<Operation> operations() {
        Param clusterName = Param.req("--cluster-name", "The EKS cluster.");
        Param ngName = Param.req("--nodegroup-name", "The node group.");
        return List.of(
                new Operation("eks", "create-cluster", "Create a Kubernetes control plane ($0.10 an hour; ready in about 10 minutes).", List.of(
                        Param.req("--name", "The cluster name."),
                        Param.opt("--role-arn", "The cluster IAM role (accepted)."),
                        Param.opt("--resources-vpc-config", "subnetIds=subnet-...,subnet-... (the default subnets are used)."),
                        Param.opt("--kubernetes-version", "e.g. " + VERSION + ".")), EksOps::createCluster),
                new Operation("eks", "describe-cluster", "Show a cluster and its status.", List.of(
                        Param.req("--name", "The cluster.")), EksOps::describeCluster),
                new Operation("eks", "list-clusters", "List cluster names.", List.of(), EksOps::listClusters),
                new Operation("eks", "delete-cluster", "Delete a cluster (delete its node groups and Fargate profiles first).", List.of(
                        Param.req("--name", "The cluster.")), EksOps::deleteCluster),
                new Operation("eks", "update-kubeconfig", "Point kubectl at a cluster.", List.of(
                        Param.req("--name", "The cluster."), Param.opt("--alias", "A context name (accepted).")),
                        EksOps::updateKubeconfig),
                new Operation("eks", "create-nodegroup", "Create a managed node group: EC2 worker nodes, billed as EC2.", List.of(
                        clusterName, ngName,
                        Param.opt("--scaling-config", "minSize=1,maxSize=3,desiredSize=2"),
                        Param.list("--instance-types", false, "e.g. t3.medium (default)."),
                        Param.list("--subnets", false, "Default subnets to spread nodes over (default: three zones)."),
                        Param.opt("--node-role", "The node IAM role (accepted)."),
                        Param.opt("--ami-type", "AL2023_x86_64_STANDARD (accepted)."),
                        Param.opt("--disk-size", "GiB per node (accepted)."),
                        Param.opt("--capacity-type", "ON_DEMAND (SPOT is accepted but billed as On-Demand here)."),
                        Param.opt("--labels", "key=value (accepted).")), EksOps::createNodegroup),
                new Operation("eks", "describe-nodegroup", "Show a node group.", List.of(clusterName, ngName),
                        EksOps::describeNodegroup),
                new Operation("eks", "list-nodegroups", "List a cluster's node groups.", List.of(clusterName),
                        EksOps::listNodegroups),
                new Operation("eks", "update-nodegroup-config", "Change a node group's size.", List.of(clusterName, ngName,
                        Param.req("--scaling-config", "desiredSize=3 (and minSize, maxSize).")), EksOps::updateNodegroupConfig),
                new Operation("eks", "delete-nodegroup", "Delete a node group; its instances are terminated.", List.of(
                        clusterName, ngName), EksOps::deleteNodegroup),
                new Operation("eks", "create-fargate-profile", "Run the pods of a namespace on Fargate: no nodes to manage.", List.of(
                        Param.req("--fargate-profile-name", "A name."), clusterName,
                        Param.list("--selectors", true, "namespace=default"),
                        Param.opt("--pod-execution-role-arn", "The pod execution role (accepted)."),
                        Param.list("--subnets", false, "Private subnets (accepted).")), EksOps::createFargateProfile),
                new Operation("eks", "describe-fargate-profile", "Show a Fargate profile.", List.of(clusterName,
                        Param.req("--fargate-profile-name", "The profile.")), EksOps::describeFargateProfile),
                new Operation("eks", "list-fargate-profiles", "List a cluster's Fargate profiles.", List.of(clusterName),
                        EksOps::listFargateProfiles),
                new Operation("eks", "delete-fargate-profile", "Delete a Fargate profile.", List.of(clusterName,
                        Param.req("--fargate-profile-name", "The profile.")), EksOps::deleteFargateProfile));
    }

    static EksState.Cluster cluster(Cloud cloud, String name) {
        EksState.Cluster c = cloud.eks().clusters().get(name);
        if (c == null) {
            throw new CliException("ResourceNotFoundException", "No cluster found for name: " + name + "."
                    + Suggest.didYouMean(name, cloud.eks().clusters().keySet()));
        }
        return c;
    }

    private static EksState.Cluster activeCluster(Cloud cloud, String name) {
        EksState.Cluster c = cluster(cloud, name);
        if (!c.status().equals("ACTIVE")) {
            throw new CliException("InvalidRequestException", "Cluster '" + name + "' is in " + c.status()
                    + " status, not ACTIVE." + (c.status().equals("CREATING") ? " A control plane takes about 10 minutes (try: wait 600)." : ""));
        }
        return c;
    }

    private static JsonObject clusterJson(EksState.Cluster c) {
        JsonObject o = new JsonObject();
        o.addProperty("name", c.name());
        o.addProperty("arn", "arn:aws:eks:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":cluster/" + c.name());
        o.addProperty("version", c.version());
        o.addProperty("status", c.status());
        if (c.status().equals("ACTIVE")) {
            o.addProperty("endpoint", "https://" + EcrOps.digest(c.name()).substring(7, 39).toUpperCase()
                    + ".gr7." + Cloud.REGION + ".eks.amazonaws.com");
        }
        return o;
    }

    private static Operation.Result createCluster(Cloud cloud, Invocation call) {
        String name = call.value("--name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,99}")) {
            throw new CliException("InvalidParameterException", "A cluster name is up to 100 letters, digits, hyphens"
                    + " and underscores, starting with a letter or digit; '" + name + "' is not.");
        }
        if (cloud.eks().clusters().containsKey(name)) {
            throw new CliException("ResourceInUseException", "Cluster already exists with name: " + name);
        }
        String version = call.value("--kubernetes-version", VERSION);
        EksState.Cluster c = new EksState.Cluster(name, "CREATING", cloud.clock(), version);
        cloud = cloud.withEks(cloud.eks().withCluster(c));
        JsonObject res = new JsonObject();
        res.add("cluster", clusterJson(c));
        return new Operation.Result(cloud, res, List.of("EKS cluster " + name + ": CREATING. AWS runs the Kubernetes"
                + " control plane for you; it takes about 10 minutes and costs " + Money.usd(CONTROL_PLANE_USD_PER_HOUR)
                + " an hour (about $73 a month) from now until you delete it, with or without nodes."));
    }

    private static Operation.Result describeCluster(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("cluster", clusterJson(cluster(cloud, call.value("--name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listClusters(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        cloud.eks().clusters().keySet().forEach(a::add);
        JsonObject res = new JsonObject();
        res.add("clusters", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteCluster(Cloud cloud, Invocation call) {
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
        EksState.Cluster d = new EksState.Cluster(c.name(), "DELETING", cloud.clock(), c.version());
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
        res.add("cluster", clusterJson(d));
        return new Operation.Result(cloud, res, List.of("EKS cluster " + c.name() + ": DELETING. The control-plane fee"
                + " stops when it is gone."));
    }

    private static Operation.Result updateKubeconfig(Cloud cloud, Invocation call) {
        EksState.Cluster c = activeCluster(cloud, call.value("--name"));
        cloud = cloud.withEks(cloud.eks().withContext(c.name()));
        String arn = "arn:aws:eks:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":cluster/" + c.name();
        return new Operation.Result(cloud, new com.google.gson.JsonPrimitive("Added new context " + arn
                + " to /home/player/.kube/config"), List.of("kubectl now talks to " + c.name() + "."));
    }

    private static Map<String, Integer> scaling(String spec, Map<String, Integer> base) {
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

    private static EksState.Nodegroup nodegroup(Cloud cloud, String cluster, String name) {
        EksState.Nodegroup n = cloud.eks().nodegroups().get(cluster + "/" + name);
        if (n == null) {
            throw new CliException("ResourceNotFoundException", "No node group found for name: " + name + "."
                    + Suggest.didYouMean(cluster + "/" + name, cloud.eks().nodegroups().keySet()));
        }
        return n;
    }

    private static Operation.Result createNodegroup(Cloud cloud, Invocation call) {
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
        EksState.Nodegroup n = new EksState.Nodegroup(name, c.name(), type, sc.get("desiredSize"), sc.get("minSize"),
                sc.get("maxSize"), "CREATING", List.of());
        cloud = cloud.withEks(cloud.eks().withNodegroup(n));
        JsonObject res = new JsonObject();
        res.add("nodegroup", nodegroupJson(n));
        return new Operation.Result(cloud, res, List.of("Node group " + name + ": CREATING " + n.desired() + " "
                + type + " worker nodes. They are ordinary EC2 instances (aws ec2 describe-instances shows them),"
                + " billed as EC2 at " + Money.usd(InstanceType.named(type).get().usdPerHour()) + " an hour each, on top of"
                + " the control plane."));
    }

    private static JsonObject nodegroupJson(EksState.Nodegroup n) {
        JsonObject o = new JsonObject();
        o.addProperty("nodegroupName", n.name());
        o.addProperty("clusterName", n.cluster());
        o.addProperty("status", n.status());
        JsonObject sc = new JsonObject();
        sc.addProperty("minSize", n.min());
        sc.addProperty("maxSize", n.max());
        sc.addProperty("desiredSize", n.desired());
        o.add("scalingConfig", sc);
        JsonArray t = new JsonArray();
        t.add(n.instanceType());
        o.add("instanceTypes", t);
        JsonArray ids = new JsonArray();
        n.instanceIds().forEach(ids::add);
        o.add("instances", ids);
        return o;
    }

    private static Operation.Result describeNodegroup(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("nodegroup", nodegroupJson(nodegroup(cloud, call.value("--cluster-name"), call.value("--nodegroup-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listNodegroups(Cloud cloud, Invocation call) {
        EksState.Cluster c = cluster(cloud, call.value("--cluster-name"));
        JsonArray a = new JsonArray();
        cloud.eks().nodegroups().values().stream().filter(n -> n.cluster().equals(c.name())).forEach(n -> a.add(n.name()));
        JsonObject res = new JsonObject();
        res.add("nodegroups", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result updateNodegroupConfig(Cloud cloud, Invocation call) {
        EksState.Nodegroup n = nodegroup(cloud, call.value("--cluster-name"), call.value("--nodegroup-name"));
        Map<String, Integer> sc = scaling(call.value("--scaling-config"),
                Map.of("minSize", n.min(), "maxSize", n.max(), "desiredSize", n.desired()));
        EksState.Nodegroup next = new EksState.Nodegroup(n.name(), n.cluster(), n.instanceType(), sc.get("desiredSize"),
                sc.get("minSize"), sc.get("maxSize"), "UPDATING", n.instanceIds());
        cloud = cloud.withEks(cloud.eks().withNodegroup(next));
        JsonObject res = new JsonObject();
        res.add("update", new JsonObject());
        return new Operation.Result(cloud, res, List.of("Node group " + n.name() + ": desired size " + n.desired() + " -> "
                + next.desired() + "."));
    }

    private static Operation.Result deleteNodegroup(Cloud cloud, Invocation call) {
        EksState.Nodegroup n = nodegroup(cloud, call.value("--cluster-name"), call.value("--nodegroup-name"));
        List<String> changes = new ArrayList<>();
        for (String id : n.instanceIds()) {
            cloud = terminate(cloud, id, changes);
        }
        cloud = cloud.withEks(cloud.eks().withoutNodegroup(n.key()));
        changes.add("Node group " + n.name() + " deleted; its pods will be rescheduled if there is anywhere to go.");
        JsonObject res = new JsonObject();
        res.add("nodegroup", nodegroupJson(n.with("DELETING", n.desired(), n.instanceIds())));
        return new Operation.Result(cloud, res, changes);
    }

    private static Cloud terminate(Cloud cloud, String id, List<String> changes) {
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

    private static Operation.Result createFargateProfile(Cloud cloud, Invocation call) {
        EksState.Cluster c = activeCluster(cloud, call.value("--cluster-name"));
        String name = call.value("--fargate-profile-name");
        String ns = null;
        for (String s : call.list("--selectors")) {
            Matcher m = Pattern.compile("\"?namespace\"?\\s*[=:]\\s*\"?([a-z0-9-]+)").matcher(s);
            if (m.find()) {
                ns = m.group(1);
            }
        }
        if (ns == null) {
            throw new CliException("InvalidParameterException", "--selectors needs a namespace, e.g. namespace=default");
        }
        if (cloud.eks().fargateProfiles().containsKey(c.name() + "/" + name)) {
            throw new CliException("ResourceInUseException", "A Fargate profile named " + name + " already exists.");
        }
        EksState.FargateProfile p = new EksState.FargateProfile(name, c.name(), ns);
        cloud = cloud.withEks(cloud.eks().withProfile(p));
        JsonObject res = new JsonObject();
        res.add("fargateProfile", profileJson(p));
        return new Operation.Result(cloud, res, List.of("Fargate profile " + name + ": new pods in namespace " + ns
                + " run on Fargate, each in its own micro-VM: no nodes to manage, billed per pod (0.25 vCPU, 0.5 GB"
                + " here: " + Money.usd(Fargate.usdPerHour(FARGATE_POD_CPU, FARGATE_POD_MEMORY)) + " an hour)."));
    }

    private static JsonObject profileJson(EksState.FargateProfile p) {
        JsonObject o = new JsonObject();
        o.addProperty("fargateProfileName", p.name());
        o.addProperty("clusterName", p.cluster());
        o.addProperty("status", "ACTIVE");
        JsonArray sel = new JsonArray();
        JsonObject s = new JsonObject();
        s.addProperty("namespace", p.namespace());
        sel.add(s);
        o.add("selectors", sel);
        return o;
    }

    private static EksState.FargateProfile profile(Cloud cloud, String cluster, String name) {
        EksState.FargateProfile p = cloud.eks().fargateProfiles().get(cluster + "/" + name);
        if (p == null) {
            throw new CliException("ResourceNotFoundException", "No Fargate Profile found with name: " + name + ".");
        }
        return p;
    }

    private static Operation.Result describeFargateProfile(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("fargateProfile", profileJson(profile(cloud, call.value("--cluster-name"), call.value("--fargate-profile-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listFargateProfiles(Cloud cloud, Invocation call) {
        EksState.Cluster c = cluster(cloud, call.value("--cluster-name"));
        JsonArray a = new JsonArray();
        cloud.eks().fargateProfiles().values().stream().filter(p -> p.cluster().equals(c.name())).forEach(p -> a.add(p.name()));
        JsonObject res = new JsonObject();
        res.add("fargateProfileNames", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteFargateProfile(Cloud cloud, Invocation call) {
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
        res.add("fargateProfile", profileJson(p));
        return new Operation.Result(cloud, res, changes);
    }

    // ---- nodes and pods ----

    record Node(String name, String cluster, String instanceId, String zone) {
    }

    static String nodeName(Instance i) {
        return "ip-" + i.privateIp().replace('.', '-') + ".ec2.internal";
    }

    /** Worker nodes: running node-group instances, then the Fargate micro-VMs of Fargate pods. */
    static List<Node> nodes(Cloud cloud) {
        List<Node> out = new ArrayList<>();
        for (EksState.Nodegroup n : cloud.eks().nodegroups().values()) {
            for (String id : n.instanceIds()) {
                Instance i = cloud.instances().get(id);
                if (i != null && i.state() == InstanceState.RUNNING) {
                    out.add(new Node(nodeName(i), n.cluster(), id, i.availabilityZone()));
                }
            }
        }
        for (EksState.Pod p : cloud.eks().pods().values()) {
            if (p.fargate() && !p.node().isEmpty()) {
                out.add(new Node(p.node(), p.cluster(), "", p.zone()));
            }
        }
        return out;
    }

    static long ready(Cloud cloud, EksState.Deployment d) {
        return cloud.eks().pods().values().stream()
                .filter(p -> p.cluster().equals(d.cluster()) && p.deployment().equals(d.name()) && p.status().equals("Running"))
                .count();
    }

    private static int maxPods(Cloud cloud, Node n) {
        Instance i = cloud.instances().get(n.instanceId());
        return i == null ? 0 : MAX_PODS.getOrDefault(i.instanceType(), 10);
    }

    // ---- time and controllers ----

    static long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (EksState.Cluster c : cloud.eks().clusters().values()) {
            if (c.status().equals("CREATING")) {
                next = Math.min(next, c.statusSince() + CLUSTER_CREATE_SECONDS);
            } else if (c.status().equals("DELETING")) {
                next = Math.min(next, c.statusSince() + CLUSTER_DELETE_SECONDS);
            }
        }
        return next;
    }

    static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (EksState.Cluster c : List.copyOf(cloud.eks().clusters().values())) {
            if (c.status().equals("CREATING") && c.statusSince() + CLUSTER_CREATE_SECONDS == now) {
                cloud = cloud.withEks(cloud.eks().withCluster(new EksState.Cluster(c.name(), "ACTIVE", now, c.version())));
                changes.add("EKS cluster " + c.name() + ": CREATING -> ACTIVE. Point kubectl at it: aws eks"
                        + " update-kubeconfig --name " + c.name() + ". It has no worker nodes yet: add a node group"
                        + " or a Fargate profile.");
            } else if (c.status().equals("DELETING") && c.statusSince() + CLUSTER_DELETE_SECONDS == now) {
                EksState eks = cloud.eks().withoutCluster(c.name());
                cloud = cloud.withEks(eks.kubeContext().equals(c.name()) ? eks.withContext("") : eks);
                changes.add("EKS cluster " + c.name() + " deleted; its control-plane fee has stopped.");
            }
        }
        return cloud;
    }

    static Cloud accrue(Cloud cloud, long seconds) {
        for (EksState.Cluster c : cloud.eks().clusters().values()) {
            cloud = cloud.charge(c.name(), "EKS control plane", CONTROL_PLANE_USD_PER_HOUR * seconds / 3600.0);
        }
        for (EksState.Pod p : cloud.eks().pods().values()) {
            if (p.fargate() && p.status().equals("Running")) {
                cloud = cloud.charge(p.name(), "Fargate pod 0.25 vCPU 0.5 GB",
                        Fargate.usdPerHour(FARGATE_POD_CPU, FARGATE_POD_MEMORY) * seconds / 3600.0);
            }
        }
        return cloud;
    }

    static Cloud reconcile(Cloud cloud, List<String> changes) {
        for (EksState.Nodegroup n : List.copyOf(cloud.eks().nodegroups().values())) {
            cloud = keepNodes(cloud, n, changes);
        }
        cloud = evict(cloud, changes);
        for (EksState.Deployment d : List.copyOf(cloud.eks().deployments().values())) {
            cloud = keepPods(cloud, d, changes);
        }
        return schedulePending(cloud, changes);
    }

    /** The node group's Auto Scaling group: replace lost instances, add or remove to match the desired size. */
    private static Cloud keepNodes(Cloud cloud, EksState.Nodegroup n, List<String> changes) {
        List<String> alive = new ArrayList<>();
        for (String id : n.instanceIds()) {
            Instance i = cloud.instances().get(id);
            if (i != null && i.state() != InstanceState.TERMINATED && i.state() != InstanceState.SHUTTING_DOWN) {
                alive.add(id);
            }
        }
        boolean lost = alive.size() < n.instanceIds().size() && !n.instanceIds().isEmpty();
        while (alive.size() > n.desired()) {
            String id = alive.remove(alive.size() - 1);
            cloud = terminate(cloud, id, changes);
        }
        Image ami = cloud.images().get(Catalog.EKS_AMI);
        InstanceType type = InstanceType.named(n.instanceType()).orElseThrow();
        while (alive.size() < n.desired()) {
            Map<String, Integer> perZone = new LinkedHashMap<>();
            for (String z : Catalog.ZONES.subList(0, 3)) {
                perZone.put(z, 0);
            }
            for (String id : alive) {
                perZone.merge(cloud.instances().get(id).availabilityZone(), 1, Integer::sum);
            }
            String zone = perZone.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Ec2Ops.Launched l = Ec2Ops.launch(cloud, ami, type, zone, false, new Ec2Ops.RootVolume(false, 20),
                    Copy.ordered("Name", n.cluster() + "-" + n.name(), "eks:nodegroup-name", n.name()), "");
            cloud = l.cloud();
            alive.add(l.instance().instanceId());
            changes.add("Node group " + n.name() + " launched " + l.instance().instanceId() + " (" + n.instanceType()
                    + ", " + zone + ")" + (lost ? " to replace a lost node." : " as a worker node."));
        }
        Cloud now = cloud;
        boolean allRunning = alive.stream().allMatch(id -> now.instances().get(id).state() == InstanceState.RUNNING);
        String status = allRunning ? "ACTIVE" : n.status().equals("ACTIVE") ? "UPDATING" : n.status();
        if (allRunning && !n.status().equals("ACTIVE")) {
            changes.add("Node group " + n.name() + ": " + n.status() + " -> ACTIVE with " + alive.size() + " Ready node"
                    + (alive.size() == 1 ? "" : "s") + ".");
        }
        if (!alive.equals(n.instanceIds()) || !status.equals(n.status())) {
            cloud = cloud.withEks(cloud.eks().withNodegroup(n.with(status, n.desired(), alive)));
        }
        return cloud;
    }

    /** Pods whose node is gone are deleted; their deployment makes new ones. */
    private static Cloud evict(Cloud cloud, List<String> changes) {
        List<String> nodeNames = nodes(cloud).stream().filter(n -> !n.instanceId().isEmpty()).map(Node::name).toList();
        for (EksState.Pod p : List.copyOf(cloud.eks().pods().values())) {
            if (!p.fargate() && !p.node().isEmpty() && !nodeNames.contains(p.node())) {
                cloud = cloud.withEks(cloud.eks().withoutPod(p.key()));
                changes.add("Pod " + p.name() + " was lost with its node " + p.node() + ".");
            }
        }
        return cloud;
    }

    private static Cloud keepPods(Cloud cloud, EksState.Deployment d, List<String> changes) {
        List<EksState.Pod> pods = cloud.eks().pods().values().stream()
                .filter(p -> p.cluster().equals(d.cluster()) && p.deployment().equals(d.name())).toList();
        for (int n = pods.size(); n > d.replicas(); n--) {
            EksState.Pod victim = pods.get(n - 1);
            cloud = cloud.withEks(cloud.eks().withoutPod(victim.key()));
            changes.add("Pod " + victim.name() + " terminated (deployment " + d.name() + " scaled in).");
        }
        for (int n = pods.size(); n < d.replicas(); n++) {
            Cloud.Drawn dr = cloud.draw(16);
            cloud = dr.cloud();
            String hash = EcrOps.digest(d.name() + d.image()).substring(7, 17);
            String name = d.name() + "-" + hash + "-" + dr.hex().substring(0, 5);
            EksState.Pod pod = new EksState.Pod(name, d.cluster(), d.name(), "Pending", "", "", false, cloud.clock());
            cloud = cloud.withEks(cloud.eks().withPod(pod));
            changes.add("Pod " + name + " created by deployment " + d.name() + (pods.isEmpty() && n == 0 ? "." : " (ReplicaSet keeps "
                    + d.replicas() + ")."));
        }
        return cloud;
    }

    /** The Kubernetes scheduler: Fargate if a profile matches, else the node with room whose zone has fewest replicas. */
    private static Cloud schedulePending(Cloud cloud, List<String> changes) {
        for (EksState.Pod p : List.copyOf(cloud.eks().pods().values())) {
            if (!p.node().isEmpty()) {
                continue;
            }
            EksState.Deployment d = cloud.eks().deployments().get(p.cluster() + "/" + p.deployment());
            String image = d == null ? "" : d.image();
            String problem = EcrOps.pullProblem(cloud, image);
            boolean fargate = cloud.eks().fargateProfiles().values().stream()
                    .anyMatch(f -> f.cluster().equals(p.cluster()) && f.namespace().equals("default"));
            Map<String, Integer> perZone = new LinkedHashMap<>();
            Map<String, Integer> perNode = new LinkedHashMap<>();
            for (EksState.Pod o : cloud.eks().pods().values()) {
                if (!o.node().isEmpty()) {
                    perNode.merge(o.node(), 1, Integer::sum);
                    if (o.deployment().equals(p.deployment()) && o.cluster().equals(p.cluster())) {
                        perZone.merge(o.zone(), 1, Integer::sum);
                    }
                }
            }
            String node;
            String zone;
            if (fargate) {
                zone = Catalog.ZONES.subList(0, 3).stream().min(Comparator.comparingInt(z -> perZone.getOrDefault(z, 0)))
                        .orElseThrow();
                Cloud.Drawn dr = cloud.draw(8);
                cloud = dr.cloud();
                node = "fargate-" + nodeNameFor(zone, dr.draw().below(4000));
            } else {
                Node best = null;
                for (Node n : nodes(cloud)) {
                    if (!n.cluster().equals(p.cluster()) || n.instanceId().isEmpty()
                            || perNode.getOrDefault(n.name(), 0) >= maxPods(cloud, n)) {
                        continue;
                    }
                    if (best == null || perZone.getOrDefault(n.zone(), 0) < perZone.getOrDefault(best.zone(), 0)
                            || (perZone.getOrDefault(n.zone(), 0).equals(perZone.getOrDefault(best.zone(), 0))
                            && perNode.getOrDefault(n.name(), 0) < perNode.getOrDefault(best.name(), 0))) {
                        best = n;
                    }
                }
                if (best == null) {
                    continue;
                }
                node = best.name();
                zone = best.zone();
            }
            String status = problem == null ? "Running" : "ErrImagePull";
            cloud = cloud.withEks(cloud.eks().withPod(new EksState.Pod(p.name(), p.cluster(), p.deployment(), status, node,
                    zone, fargate, p.createdAt())));
            changes.add("Pod " + p.name() + ": scheduled on " + (fargate ? "Fargate (" + node + ")" : "node " + node) + " in "
                    + zone + " -> " + status + (problem == null ? "." : ": " + problem + "."));
        }
        return cloud;
    }

    private static String nodeNameFor(String zone, int host) {
        return "ip-" + Catalog.privateIp(zone, host).replace('.', '-') + ".ec2.internal";
    }
}
