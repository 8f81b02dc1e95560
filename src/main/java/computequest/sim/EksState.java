package computequest.sim;

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

    static final EksState EMPTY = new EksState(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), "");

    public EksState {
        clusters = Copy.of(clusters);
        nodegroups = Copy.of(nodegroups);
        fargateProfiles = Copy.of(fargateProfiles);
        deployments = Copy.of(deployments);
        pods = Copy.of(pods);
        kubeContext = kubeContext == null ? "" : kubeContext;
    }

    /** Status CREATING, ACTIVE or DELETING. */
    public record Cluster(String name, String status, long statusSince, String version) {
    }

    /** @param instanceIds the EC2 instances the node group launched */
    public record Nodegroup(String name, String cluster, String instanceType, int desired, int min, int max,
                            String status, List<String> instanceIds) {
        public Nodegroup {
            instanceIds = List.copyOf(instanceIds);
        }

        String key() {
            return cluster + "/" + name;
        }

        Nodegroup with(String s, int d, List<String> ids) {
            return new Nodegroup(name, cluster, instanceType, d, min, max, s, ids);
        }
    }

    public record FargateProfile(String name, String cluster, String namespace) {
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
