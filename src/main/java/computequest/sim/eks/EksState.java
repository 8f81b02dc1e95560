package computequest.sim.eks;

import computequest.sim.Catalog;
import computequest.sim.Copy;
import java.util.List;
import java.util.Map;

/**
 * EKS: clusters, managed node groups, Fargate profiles, and the Kubernetes objects kubectl sees.
 *
 * @param kubeContext the cluster kubectl talks to (set by aws eks update-kubeconfig), or ""
 */
public record EksState(Map<String, Cluster> clusters, Map<String, Nodegroup> nodegroups,
                       Map<String, FargateProfile> fargateProfiles, Map<String, Deployment> deployments,
                       Map<String, Pod> pods, String kubeContext) {

    public static final EksState EMPTY = new EksState(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), "");

    public EksState {
        clusters = Copy.of(clusters);
        nodegroups = Copy.of(nodegroups);
        fargateProfiles = Copy.of(fargateProfiles);
        deployments = Copy.of(deployments);
        pods = Copy.of(pods);
        kubeContext = kubeContext == null ? "" : kubeContext;
    }

    /** Status CREATING, ACTIVE or DELETING. @param spec what create-cluster was given (null in old saves) */
    public record Cluster(String name, String status, long statusSince, String version, ClusterSpec spec) {
        public Cluster {
            spec = spec == null ? ClusterSpec.of(statusSince) : spec;
        }

        Cluster(String name, String status, long statusSince, String version) {
            this(name, status, statusSince, version, null);
        }

        Cluster withStatus(String s, long since) {
            return new Cluster(name, s, since, version, spec);
        }
    }

    /** A cluster's settings as given at creation: role, subnets, security groups, endpoint access, logging, tags. */
    public record ClusterSpec(String roleArn, List<String> subnets, List<String> securityGroups, boolean publicAccess,
                              boolean privateAccess, List<String> logTypes, Map<String, String> tags, long createdAt) {
        public ClusterSpec {
            roleArn = roleArn == null ? "" : roleArn;
            subnets = subnets == null ? List.of() : Catalog.currentIds(subnets);
            securityGroups = securityGroups == null ? List.of() : Catalog.currentIds(securityGroups);
            logTypes = logTypes == null ? List.of() : List.copyOf(logTypes);
            tags = Copy.of(tags);
        }

        static ClusterSpec of(long createdAt) {
            return new ClusterSpec("", List.of(), List.of(), true, false, List.of(), Map.of(), createdAt);
        }
    }

    /** One Kubernetes taint on a node group's nodes. */
    public record Taint(String key, String value, String effect) {
    }

    /** A node group's settings as given: role, subnets, AMI and capacity type, disk, labels, taints, tags. */
    public record NodegroupSpec(String nodeRole, List<String> subnets, String amiType, String capacityType, int diskSize,
                                Map<String, String> labels, List<Taint> taints, Map<String, String> tags,
                                int maxUnavailable, long createdAt, long modifiedAt) {
        public NodegroupSpec {
            nodeRole = nodeRole == null ? "" : nodeRole;
            subnets = subnets == null ? List.of() : Catalog.currentIds(subnets);
            amiType = amiType == null ? "AL2023_x86_64_STANDARD" : amiType;
            capacityType = capacityType == null ? "ON_DEMAND" : capacityType;
            labels = Copy.of(labels);
            taints = taints == null ? List.of() : List.copyOf(taints);
            tags = Copy.of(tags);
        }

        static NodegroupSpec empty() {
            return new NodegroupSpec("", List.of(), null, null, 20, Map.of(), List.of(), Map.of(), 1, 0, 0);
        }

        NodegroupSpec with(Map<String, String> l, List<Taint> t, int unavailable, long at) {
            return new NodegroupSpec(nodeRole, subnets, amiType, capacityType, diskSize, l, t, tags, unavailable,
                    createdAt, at);
        }
    }

    /** @param instanceIds the EC2 instances the node group launched */
    public record Nodegroup(String name, String cluster, String instanceType, int desired, int min, int max,
                            String status, List<String> instanceIds, NodegroupSpec spec) {
        public Nodegroup {
            instanceIds = List.copyOf(instanceIds);
            spec = spec == null ? NodegroupSpec.empty() : spec;
        }

        Nodegroup(String name, String cluster, String instanceType, int desired, int min, int max, String status,
                  List<String> instanceIds) {
            this(name, cluster, instanceType, desired, min, max, status, instanceIds, null);
        }

        Nodegroup withSpec(NodegroupSpec s) {
            return new Nodegroup(name, cluster, instanceType, desired, min, max, status, instanceIds, s);
        }

        Nodegroup resized(int d, int mn, int mx, String s) {
            return new Nodegroup(name, cluster, instanceType, d, mn, mx, s, instanceIds, spec);
        }

        String key() {
            return cluster + "/" + name;
        }

        Nodegroup with(String s, int d, List<String> ids) {
            return new Nodegroup(name, cluster, instanceType, d, min, max, s, ids, spec);
        }
    }

    /**
     * @param namespace the first selector's namespace: pods there run on Fargate
     * @param selectors every selector as given, a JSON list (null in old saves)
     */
    public record FargateProfile(String name, String cluster, String namespace, String selectors, String roleArn,
                                 List<String> subnets, Map<String, String> tags, long createdAt) {
        public FargateProfile {
            selectors = selectors == null ? "[{\"namespace\":\"" + namespace + "\"}]" : selectors;
            roleArn = roleArn == null ? "" : roleArn;
            subnets = subnets == null ? List.of() : Catalog.currentIds(subnets);
            tags = Copy.of(tags);
        }

        FargateProfile(String name, String cluster, String namespace) {
            this(name, cluster, namespace, null, null, null, null, 0);
        }

        String key() {
            return cluster + "/" + name;
        }
    }

    public record Deployment(String name, String cluster, String image, int replicas, long createdAt) {
        String key() {
            return cluster + "/" + name;
        }
    }

    /**
     * @param node "" while Pending
     * @param status Pending, Running or ErrImagePull
     */
    public record Pod(String name, String cluster, String deployment, String status, String node, String zone,
                      boolean fargate, long createdAt) {
        String key() {
            return cluster + "/" + name;
        }
    }

    EksState withCluster(Cluster c) {
        return new EksState(Copy.put(clusters, c.name(), c), nodegroups, fargateProfiles, deployments, pods, kubeContext);
    }

    EksState withoutCluster(String n) {
        return new EksState(Copy.remove(clusters, n), nodegroups, fargateProfiles, deployments, pods, kubeContext);
    }

    EksState withNodegroup(Nodegroup n) {
        return new EksState(clusters, Copy.put(nodegroups, n.key(), n), fargateProfiles, deployments, pods, kubeContext);
    }

    EksState withoutNodegroup(String key) {
        return new EksState(clusters, Copy.remove(nodegroups, key), fargateProfiles, deployments, pods, kubeContext);
    }

    EksState withProfile(FargateProfile p) {
        return new EksState(clusters, nodegroups, Copy.put(fargateProfiles, p.key(), p), deployments, pods, kubeContext);
    }

    EksState withDeployment(Deployment d) {
        return new EksState(clusters, nodegroups, fargateProfiles, Copy.put(deployments, d.key(), d), pods, kubeContext);
    }

    EksState withoutDeployment(String key) {
        return new EksState(clusters, nodegroups, fargateProfiles, Copy.remove(deployments, key), pods, kubeContext);
    }

    EksState withPod(Pod p) {
        return new EksState(clusters, nodegroups, fargateProfiles, deployments, Copy.put(pods, p.key(), p), kubeContext);
    }

    EksState withoutPod(String key) {
        return new EksState(clusters, nodegroups, fargateProfiles, deployments, Copy.remove(pods, key), kubeContext);
    }

    EksState withContext(String c) {
        return new EksState(clusters, nodegroups, fargateProfiles, deployments, pods, c);
    }
}
