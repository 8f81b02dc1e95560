package computequest.sim.eks;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.ec2.Ec2Ops;
import computequest.sim.ec2.Image;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import computequest.sim.ec2.InstanceType;
import computequest.sim.ecr.EcrOps;
import computequest.sim.ecs.Fargate;
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
public final class EksOps {

    public static final long CLUSTER_CREATE_SECONDS = 600;
    public static final long CLUSTER_DELETE_SECONDS = 120;
    static final double CONTROL_PLANE_USD_PER_HOUR = 0.10;
    /** The version a cluster gets when create-cluster names none (the game's choice; AWS's own default varies). */
    static final String VERSION = "1.34";
    static final int FARGATE_POD_CPU = 256;
    static final int FARGATE_POD_MEMORY = 512;
    private static final Map<String, Integer> MAX_PODS = Map.of("t2.micro", 4, "t3.nano", 4, "t3.micro", 4,
            "t3.small", 11, "t3.medium", 17, "m5.large", 29, "c5.large", 29, "r5.large", 29);

    private EksOps() {
    }

    public static List<Operation> operations() {
        Param clusterName = Param.req("--cluster-name", "The EKS cluster.");
        Param ngName = Param.req("--nodegroup-name", "The node group.");
        return List.of(
                new Operation("eks", "create-cluster", "Create a Kubernetes control plane ($0.10 an hour; ready in about 10 minutes).", List.of(
                        Param.req("--name", "The cluster name."),
                        Param.opt("--role-arn", "The cluster IAM role EKS acts as (required)."),
                        Param.opt("--resources-vpc-config", "subnetIds=subnet-...,subnet-... in two Availability Zones (required)."),
                        Param.opt("--kubernetes-version", "e.g. " + VERSION + "."),
                        Param.opt("--logging", "Control-plane logs to CloudWatch, e.g. {\"clusterLogging\":[{\"types\":[\"api\"],\"enabled\":true}]}"),
                        Param.opt("--tags", "key=value pairs, e.g. team=web.")), EksClusterOps::createCluster),
                new Operation("eks", "describe-cluster", "Show a cluster and its status.", List.of(
                        Param.req("--name", "The cluster.")), EksClusterOps::describeCluster),
                new Operation("eks", "list-clusters", "List cluster names.", List.of(), EksClusterOps::listClusters),
                new Operation("eks", "delete-cluster", "Delete a cluster (delete its node groups and Fargate profiles first).", List.of(
                        Param.req("--name", "The cluster.")), EksClusterOps::deleteCluster),
                new Operation("eks", "update-kubeconfig", "Point kubectl at a cluster.", List.of(
                        Param.req("--name", "The cluster."), Param.opt("--alias", "A context name (accepted)."),
                        Param.opt("--role-arn", "A role kubectl assumes to authenticate (accepted)."),
                        Param.opt("--user-alias", "A user name in the kubeconfig (accepted)."),
                        Param.opt("--kubeconfig", "Which kubeconfig file to write (accepted)."),
                        Param.flag("--verbose", "Print the context written.")),
                        EksClusterOps::updateKubeconfig),
                new Operation("eks", "create-nodegroup", "Create a managed node group: EC2 worker nodes, billed as EC2.", List.of(
                        clusterName, ngName,
                        Param.opt("--scaling-config", "minSize=1,maxSize=3,desiredSize=2"),
                        Param.list("--instance-types", false, "e.g. t3.medium (default)."),
                        Param.list("--subnets", true, "Subnets to spread the nodes over, e.g. two default subnets."),
                        Param.req("--node-role", "The node IAM role: trusts ec2.amazonaws.com, with the EKS worker-node, CNI and ECR read policies."),
                        Param.opt("--ami-type", "AL2023_x86_64_STANDARD (accepted)."),
                        Param.opt("--disk-size", "GiB per node (accepted)."),
                        Param.opt("--capacity-type", "ON_DEMAND (SPOT is accepted but billed as On-Demand here)."),
                        Param.opt("--labels", "Kubernetes labels for the nodes, e.g. team=web or {\"team\": \"web\"}."),
                        Param.opt("--taints", "Taints, e.g. key=k,value=v,effect=NO_SCHEDULE."),
                        Param.opt("--tags", "AWS tags, e.g. team=web."),
                        Param.opt("--update-config", "maxUnavailable=1: how many nodes an update replaces at a time.")),
                        EksNodegroupOps::createNodegroup),
                new Operation("eks", "describe-nodegroup", "Show a node group.", List.of(clusterName, ngName),
                        EksNodegroupOps::describeNodegroup),
                new Operation("eks", "list-nodegroups", "List a cluster's node groups.", List.of(clusterName),
                        EksNodegroupOps::listNodegroups),
                new Operation("eks", "update-nodegroup-config", "Change a node group's size, labels, taints or update settings.",
                        List.of(clusterName, ngName,
                        Param.opt("--scaling-config", "desiredSize=3 (and minSize, maxSize)."),
                        Param.opt("--labels", "addOrUpdateLabels={k=v},removeLabels=k2"),
                        Param.opt("--taints", "addOrUpdateTaints=[{key=k,value=v,effect=NO_SCHEDULE}],removeTaints=[...]"),
                        Param.opt("--update-config", "maxUnavailable=2")), EksNodegroupOps::updateNodegroupConfig),
                new Operation("eks", "delete-nodegroup", "Delete a node group; its instances are terminated.", List.of(
                        clusterName, ngName), EksNodegroupOps::deleteNodegroup),
                new Operation("eks", "create-fargate-profile", "Run the pods of a namespace on Fargate: no nodes to manage.", List.of(
                        Param.req("--fargate-profile-name", "A name."), clusterName,
                        Param.list("--selectors", true, "namespace=default"),
                        Param.req("--pod-execution-role-arn", "The pod execution role: trusts eks-fargate-pods.amazonaws.com."),
                        Param.list("--subnets", false, "Private subnets only (default: the cluster's private subnets)."),
                        Param.opt("--tags", "AWS tags, e.g. {\"team\": \"web\"}.")), EksNodegroupOps::createFargateProfile),
                new Operation("eks", "describe-fargate-profile", "Show a Fargate profile.", List.of(clusterName,
                        Param.req("--fargate-profile-name", "The profile.")), EksNodegroupOps::describeFargateProfile),
                new Operation("eks", "list-fargate-profiles", "List a cluster's Fargate profiles.", List.of(clusterName),
                        EksNodegroupOps::listFargateProfiles),
                new Operation("eks", "delete-fargate-profile", "Delete a Fargate profile.", List.of(clusterName,
                        Param.req("--fargate-profile-name", "The profile.")), EksNodegroupOps::deleteFargateProfile));
    }

    static EksState.Cluster cluster(Cloud cloud, String name) {
        EksState.Cluster c = cloud.eks().clusters().get(name);
        if (c == null) {
            throw new CliException("ResourceNotFoundException", "No cluster found for name: " + name + "."
                    + Suggest.didYouMean(name, cloud.eks().clusters().keySet()));
        }
        return c;
    }

    static EksState.Cluster activeCluster(Cloud cloud, String name) {
        EksState.Cluster c = cluster(cloud, name);
        if (!c.status().equals("ACTIVE")) {
            throw new CliException("InvalidRequestException", "Cluster '" + name + "' is in " + c.status()
                    + " status, not ACTIVE." + (c.status().equals("CREATING") ? " A control plane takes about 10 minutes (try: wait 600)." : ""));
        }
        return c;
    }

    // ---- nodes and pods ----

    /** @param ready false while the node's network plugin cannot start (a node role without AmazonEKS_CNI_Policy) */
    public record Node(String name, String cluster, String instanceId, String zone, boolean ready) {
    }

    static String nodeName(Instance i) {
        return "ip-" + i.privateIp().replace('.', '-') + ".ec2.internal";
    }

    /** Worker nodes: running node-group instances, then the Fargate micro-VMs of Fargate pods. */
    public static List<Node> nodes(Cloud cloud) {
        List<Node> out = new ArrayList<>();
        for (EksState.Nodegroup n : cloud.eks().nodegroups().values()) {
            boolean ready = !EksRoles.lacksCni(cloud, n.spec().nodeRole());
            for (String id : n.instanceIds()) {
                Instance i = cloud.instances().get(id);
                if (i != null && i.state() == InstanceState.RUNNING) {
                    out.add(new Node(nodeName(i), n.cluster(), id, i.availabilityZone(), ready));
                }
            }
        }
        for (EksState.Pod p : cloud.eks().pods().values()) {
            if (p.fargate() && !p.node().isEmpty()) {
                out.add(new Node(p.node(), p.cluster(), "", p.zone(), true));
            }
        }
        return out;
    }

    public static long ready(Cloud cloud, EksState.Deployment d) {
        return cloud.eks().pods().values().stream()
                .filter(p -> p.cluster().equals(d.cluster()) && p.deployment().equals(d.name()) && p.status().equals("Running"))
                .count();
    }

    private static int maxPods(Cloud cloud, Node n) {
        Instance i = cloud.instances().get(n.instanceId());
        return i == null ? 0 : MAX_PODS.getOrDefault(i.instanceType(), 10);
    }

    // ---- time and controllers ----

    public static long nextDue(Cloud cloud) {
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

    public static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (EksState.Cluster c : List.copyOf(cloud.eks().clusters().values())) {
            if (c.status().equals("CREATING") && c.statusSince() + CLUSTER_CREATE_SECONDS == now) {
                cloud = cloud.withEks(cloud.eks().withCluster(c.withStatus("ACTIVE", now)));
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

    public static Cloud accrue(Cloud cloud, long seconds) {
        for (EksState.Cluster c : cloud.eks().clusters().values()) {
            cloud = cloud.charge(c.name(), "EKS control plane", EksClusterOps.usdPerHour(c.version()) * seconds / 3600.0);
        }
        for (EksState.Pod p : cloud.eks().pods().values()) {
            if (p.fargate() && p.status().equals("Running")) {
                cloud = cloud.charge(p.name(), "Fargate pod 0.25 vCPU 0.5 GB",
                        Fargate.usdPerHour(FARGATE_POD_CPU, FARGATE_POD_MEMORY) * seconds / 3600.0);
            }
        }
        return cloud;
    }

    public static Cloud reconcile(Cloud cloud, List<String> changes) {
        for (EksState.Nodegroup n : List.copyOf(cloud.eks().nodegroups().values())) {
            cloud = keepNodes(cloud, n, changes);
        }
        cloud = evict(cloud, changes);
        // Pods start at once here, so a rolling update runs to its end (or to a pod that cannot start) in one go.
        for (int round = 0; round < 200; round++) {
            int before = changes.size();
            for (EksState.Deployment d : List.copyOf(cloud.eks().deployments().values())) {
                cloud = keepPods(cloud, d, changes);
            }
            cloud = schedulePending(cloud, changes);
            if (changes.size() == before) {
                break;
            }
        }
        return cloud;
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
            cloud = EksNodegroupOps.terminate(cloud, id, changes);
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
            boolean noCni = EksRoles.lacksCni(cloud, n.spec().nodeRole());
            changes.add("Node group " + n.name() + ": " + n.status() + " -> ACTIVE with " + alive.size()
                    + (noCni ? " NotReady" : " Ready") + " node" + (alive.size() == 1 ? "" : "s") + "." + (noCni
                    ? " Their kubelet reports: container runtime network not ready: NetworkReady=false"
                    + " reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized."
                    + " The node role lacks AmazonEKS_CNI_Policy, which the VPC CNI plugin needs to give pods their"
                    + " addresses: attach it to the role and the nodes become Ready." : ""));
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
        if (Rollouts.rolling(d, pods)) {
            return Rollouts.step(cloud, d, pods, changes);
        }
        for (int n = pods.size(); n > d.replicas(); n--) {
            EksState.Pod victim = pods.get(n - 1);
            cloud = cloud.withEks(cloud.eks().withoutPod(victim.key()));
            changes.add("Pod " + victim.name() + " terminated (deployment " + d.name() + " scaled in).");
        }
        for (int n = pods.size(); n < d.replicas(); n++) {
            cloud = newPod(cloud, d, changes, pods.isEmpty() && n == 0 ? "" : " (ReplicaSet keeps " + d.replicas() + ")");
        }
        return cloud;
    }

    /** A new Pending pod of the deployment's current template, named NAME-TEMPLATEHASH-xxxxx. */
    static Cloud newPod(Cloud cloud, EksState.Deployment d, List<String> changes, String why) {
        Cloud.Drawn dr = cloud.draw(16);
        cloud = dr.cloud();
        String name = d.name() + "-" + Rollouts.templateHash(d) + "-" + dr.hex().substring(0, 5);
        EksState.Pod pod = new EksState.Pod(name, d.cluster(), d.name(), "Pending", "", "", false, cloud.clock());
        changes.add("Pod " + name + " created by deployment " + d.name() + why + ".");
        return cloud.withEks(cloud.eks().withPod(pod));
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
                    if (!n.cluster().equals(p.cluster()) || n.instanceId().isEmpty() || !n.ready()
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
