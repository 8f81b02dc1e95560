package computequest.sim.eks;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.ec2.Instance;
import computequest.sim.ecr.EcrOps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * kubectl's table output: columns padded to their widest cell plus three spaces (and to at least 6), the last one
 * unpadded, as kubectl's printer (Go's tabwriter) lines them up; the pods, deployments and nodes tables with their
 * real columns, each listed by name as the API server returns them.
 */
final class KubectlTable {

    /** What the node group's AMI (amazon-eks-node-al2023) reports, and what a Fargate micro-VM reports. */
    static final String NODE_OS = "Amazon Linux 2023";
    static final String NODE_KERNEL = "6.1.119-129.201.amzn2023.x86_64";
    static final String FARGATE_OS = "Amazon Linux 2";
    static final String FARGATE_KERNEL = "5.10.230-223.885.amzn2.x86_64";
    static final String RUNTIME = "containerd://1.7.23";

    private KubectlTable() {
    }

    static String columns(List<List<String>> rows) {
        int n = rows.get(0).size();
        int[] width = new int[n];
        for (List<String> r : rows) {
            for (int i = 0; i < n; i++) {
                // kubectl's tabwriter: padding 3, minimum cell width 6
                width[i] = Math.max(width[i], Math.max(6 - 3, r.get(i).length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                line.append(i == n - 1 ? r.get(i) : String.format("%-" + (width[i] + 3) + "s", r.get(i)));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** The kubelet version a node reports: the cluster's Kubernetes version, EKS build. */
    static String kubeletVersion(EksState.Cluster c) {
        return "v" + c.version() + ".0-eks-" + EcrOps.digest("kubelet|" + c.version()).substring(7, 14);
    }

    /** kubectl get nodes: NAME STATUS ROLES AGE VERSION; -o wide adds the addresses, OS, kernel and runtime. */
    static String nodes(Cloud cloud, EksState.Cluster c, boolean wide) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("NAME", "STATUS", "ROLES", "AGE", "VERSION")));
        if (wide) {
            rows.get(0).addAll(List.of("INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"));
        }
        for (EksOps.Node n : EksOps.nodes(cloud)) {
            if (!n.cluster().equals(c.name())) {
                continue;
            }
            Instance i = n.instanceId().isEmpty() ? null : cloud.instances().get(n.instanceId());
            long since = i != null ? i.stateSince() : podSince(cloud, n.name());
            List<String> row = new ArrayList<>(List.of(n.name(), n.ready() ? "Ready" : "NotReady", "<none>",
                    Kubectl.age(cloud.clock() - since), kubeletVersion(c)));
            if (wide) {
                String internal = i != null ? i.privateIp()
                        : n.name().replaceFirst("^fargate-ip-", "").replaceFirst("\\..*", "").replace('-', '.');
                String external = i != null && i.publicIp() != null && !i.publicIp().isEmpty() ? i.publicIp() : "<none>";
                row.addAll(List.of(internal, external, i != null ? NODE_OS : FARGATE_OS,
                        i != null ? NODE_KERNEL : FARGATE_KERNEL, RUNTIME));
            }
            rows.add(row);
        }
        return rows.size() == 1 ? "" : columns(rows);
    }

    /** kubectl get pods: NAME READY STATUS RESTARTS AGE; -o wide adds IP, NODE, NOMINATED NODE, READINESS GATES. */
    static String pods(Cloud cloud, EksState.Cluster c, boolean wide) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("NAME", "READY", "STATUS", "RESTARTS", "AGE")));
        if (wide) {
            rows.get(0).addAll(List.of("IP", "NODE", "NOMINATED NODE", "READINESS GATES"));
        }
        List<EksState.Pod> pods = cloud.eks().pods().values().stream().filter(p -> p.cluster().equals(c.name()))
                .sorted(Comparator.comparing(EksState.Pod::name)).toList();
        for (EksState.Pod p : pods) {
            List<String> row = new ArrayList<>(List.of(p.name(), p.status().equals("Running") ? "1/1" : "0/1", p.status(),
                    "0", Kubectl.age(cloud.clock() - p.createdAt())));
            if (wide) {
                row.addAll(List.of(podIp(p), p.node().isEmpty() ? "<none>" : p.node(), "<none>", "<none>"));
            }
            rows.add(row);
        }
        return rows.size() == 1 ? "" : columns(rows);
    }

    /**
     * A pod's address: on Fargate the micro-VM's own (its node is named after it); on a node group one of the node's
     * subnet, as the VPC CNI hands out, from a block of the subnet the game's instances do not reach.
     */
    static String podIp(EksState.Pod p) {
        if (p.node().isEmpty()) {
            return "<none>";
        }
        if (p.fargate()) {
            return p.node().replaceFirst("^fargate-ip-", "").replaceFirst("\\..*", "").replace('-', '.');
        }
        int h = Math.floorMod(EcrOps.digest("pod-ip|" + p.cluster() + "/" + p.name()).hashCode(), 1000);
        return Catalog.privateIp(p.zone(), 2000 + h);
    }

    /** kubectl get deployments: NAME READY UP-TO-DATE AVAILABLE AGE. */
    static String deployments(Cloud cloud, EksState.Cluster c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"));
        List<EksState.Deployment> all = cloud.eks().deployments().values().stream()
                .filter(d -> d.cluster().equals(c.name())).sorted(Comparator.comparing(EksState.Deployment::name)).toList();
        for (EksState.Deployment d : all) {
            long ready = EksOps.ready(cloud, d);
            long updated = cloud.eks().pods().values().stream().filter(p -> p.cluster().equals(d.cluster())
                    && p.deployment().equals(d.name()) && Rollouts.current(d, p)).count();
            rows.add(List.of(d.name(), ready + "/" + d.replicas(), String.valueOf(updated), String.valueOf(ready),
                    Kubectl.age(cloud.clock() - d.createdAt())));
        }
        return rows.size() == 1 ? "" : columns(rows);
    }

    private static long podSince(Cloud cloud, String node) {
        return cloud.eks().pods().values().stream().filter(p -> p.node().equals(node)).mapToLong(EksState.Pod::createdAt)
                .min().orElse(cloud.clock());
    }
}
