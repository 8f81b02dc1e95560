package computequest.save;

import computequest.sim.eks.EksState;
import java.util.List;
import java.util.Map;

/** EKS's part of a save: cloud.services.eks (clusters, node groups, Fargate profiles, Kubernetes objects). */
record EksSave(Map<String, Cluster> clusters, Map<String, Nodegroup> nodegroups,
               Map<String, FargateProfile> fargateProfiles, Map<String, Deployment> deployments,
               Map<String, Pod> pods, String kubeContext) {

    static EksSave save(EksState x) {
        return x == null ? null : new EksSave(Saves.map(x.clusters(), Cluster::save),
                Saves.map(x.nodegroups(), Nodegroup::save), Saves.map(x.fargateProfiles(), FargateProfile::save),
                Saves.map(x.deployments(), Deployment::save), Saves.map(x.pods(), Pod::save), x.kubeContext());
    }

    static EksState load(EksSave s) {
        return s == null ? null : new EksState(Saves.map(s.clusters, Cluster::load),
                Saves.map(s.nodegroups, Nodegroup::load), Saves.map(s.fargateProfiles, FargateProfile::load),
                Saves.map(s.deployments, Deployment::load), Saves.map(s.pods, Pod::load), s.kubeContext);
    }

    /** The saved form of {@link computequest.sim.eks.EksState.Cluster}. */
    record Cluster(String name, String status, long statusSince, String version, ClusterSpec spec) {

        static Cluster save(EksState.Cluster x) {
            return x == null ? null : new Cluster(x.name(), x.status(), x.statusSince(), x.version(),
                    ClusterSpec.save(x.spec()));
        }

        static EksState.Cluster load(Cluster s) {
            return s == null ? null : new EksState.Cluster(s.name, s.status, s.statusSince, s.version,
                    ClusterSpec.load(s.spec));
        }
    }

    /** The saved form of {@link computequest.sim.eks.EksState.ClusterSpec}. */
    record ClusterSpec(String roleArn, List<String> subnets, List<String> securityGroups, boolean publicAccess,
                       boolean privateAccess, List<String> logTypes, Map<String, String> tags, long createdAt) {

        static ClusterSpec save(EksState.ClusterSpec x) {
            return x == null ? null : new ClusterSpec(x.roleArn(), x.subnets(), x.securityGroups(), x.publicAccess(),
                    x.privateAccess(), x.logTypes(), x.tags(), x.createdAt());
        }

        static EksState.ClusterSpec load(ClusterSpec s) {
            return s == null ? null : new EksState.ClusterSpec(s.roleArn, s.subnets, s.securityGroups, s.publicAccess,
                    s.privateAccess, s.logTypes, s.tags, s.createdAt);
        }
    }

    /** The saved form of {@link computequest.sim.eks.EksState.Nodegroup}. */
    record Nodegroup(String name, String cluster, String instanceType, int desired, int min, int max, String status,
                     List<String> instanceIds, NodegroupSpec spec) {

        static Nodegroup save(EksState.Nodegroup x) {
            return x == null ? null : new Nodegroup(x.name(), x.cluster(), x.instanceType(), x.desired(), x.min(),
                    x.max(), x.status(), x.instanceIds(), NodegroupSpec.save(x.spec()));
        }

        static EksState.Nodegroup load(Nodegroup s) {
            return s == null ? null : new EksState.Nodegroup(s.name, s.cluster, s.instanceType, s.desired, s.min,
                    s.max, s.status, s.instanceIds, NodegroupSpec.load(s.spec));
        }
    }

    /** The saved form of {@link computequest.sim.eks.EksState.NodegroupSpec}. */
    record NodegroupSpec(String nodeRole, List<String> subnets, String amiType, String capacityType, int diskSize,
                         Map<String, String> labels, List<Taint> taints, Map<String, String> tags, int maxUnavailable,
                         long createdAt, long modifiedAt) {

        static NodegroupSpec save(EksState.NodegroupSpec x) {
            return x == null ? null : new NodegroupSpec(x.nodeRole(), x.subnets(), x.amiType(), x.capacityType(),
                    x.diskSize(), x.labels(), Saves.list(x.taints(), Taint::save), x.tags(), x.maxUnavailable(),
                    x.createdAt(), x.modifiedAt());
        }

        static EksState.NodegroupSpec load(NodegroupSpec s) {
            return s == null ? null : new EksState.NodegroupSpec(s.nodeRole, s.subnets, s.amiType, s.capacityType,
                    s.diskSize, s.labels, Saves.list(s.taints, Taint::load), s.tags, s.maxUnavailable, s.createdAt,
                    s.modifiedAt);
        }
    }

    /** The saved form of {@link computequest.sim.eks.EksState.Taint}. */
    record Taint(String key, String value, String effect) {

        static Taint save(EksState.Taint x) {
            return x == null ? null : new Taint(x.key(), x.value(), x.effect());
        }

        static EksState.Taint load(Taint s) {
            return s == null ? null : new EksState.Taint(s.key, s.value, s.effect);
        }
    }

    /** The saved form of {@link computequest.sim.eks.EksState.FargateProfile}. */
    record FargateProfile(String name, String cluster, String namespace, String selectors, String roleArn,
                          List<String> subnets, Map<String, String> tags, long createdAt) {

        static FargateProfile save(EksState.FargateProfile x) {
            return x == null ? null : new FargateProfile(x.name(), x.cluster(), x.namespace(), x.selectors(),
                    x.roleArn(), x.subnets(), x.tags(), x.createdAt());
        }

        static EksState.FargateProfile load(FargateProfile s) {
            return s == null ? null : new EksState.FargateProfile(s.name, s.cluster, s.namespace, s.selectors,
                    s.roleArn, s.subnets, s.tags, s.createdAt);
        }
    }

    /** The saved form of {@link computequest.sim.eks.EksState.Deployment}. */
    record Deployment(String name, String cluster, String image, int replicas, long createdAt) {

        static Deployment save(EksState.Deployment x) {
            return x == null ? null : new Deployment(x.name(), x.cluster(), x.image(), x.replicas(), x.createdAt());
        }

        static EksState.Deployment load(Deployment s) {
            return s == null ? null : new EksState.Deployment(s.name, s.cluster, s.image, s.replicas, s.createdAt);
        }
    }

    /** The saved form of {@link computequest.sim.eks.EksState.Pod}. */
    record Pod(String name, String cluster, String deployment, String status, String node, String zone,
               boolean fargate, long createdAt) {

        static Pod save(EksState.Pod x) {
            return x == null ? null : new Pod(x.name(), x.cluster(), x.deployment(), x.status(), x.node(), x.zone(),
                    x.fargate(), x.createdAt());
        }

        static EksState.Pod load(Pod s) {
            return s == null ? null : new EksState.Pod(s.name, s.cluster, s.deployment, s.status, s.node, s.zone,
                    s.fargate, s.createdAt);
        }
    }

}
