package computequest.sim.eks;

import static computequest.sim.Resource.attrs;

import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import computequest.sim.Tool;
import computequest.sim.ec2.Ec2Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EKS: clusters, node groups (EC2 worker nodes) and Fargate profiles, and the Kubernetes deployments and pods in them
 * (kubectl). Clusters take minutes to create; the control plane is billed per hour; pods are scheduled on reconcile.
 */
public final class EksService implements Service {

    @Override
    public String name() {
        return "eks";
    }

    @Override
    public List<Operation> operations() {
        return EksOps.operations();
    }

    @Override
    public long nextDue(Cloud cloud) {
        return EksOps.nextDue(cloud);
    }

    @Override
    public Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        return EksOps.finishDue(cloud, now, changes);
    }

    @Override
    public Cloud reconcile(Cloud cloud, List<String> changes) {
        return EksOps.reconcile(cloud, changes);
    }

    @Override
    public Cloud accrue(Cloud cloud, long seconds) {
        return EksOps.accrue(cloud, seconds);
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        EksState eks = cloud.eks();
        for (EksState.Cluster c : eks.clusters().values()) {
            out.add(new Resource("eks-cluster", c.name(), attrs("id", c.name(), "status", c.status())));
        }
        for (EksState.Nodegroup n : eks.nodegroups().values()) {
            out.add(new Resource("nodegroup", n.name(), attrs("id", n.name(), "cluster", n.cluster(),
                    "instance-type", n.instanceType(), "desired", Integer.toString(n.desired()), "status", n.status())));
        }
        for (EksOps.Node n : EksOps.nodes(cloud)) {
            out.add(new Resource("node", n.name(), attrs("id", n.name(), "cluster", n.cluster(),
                    "ec2-instance", n.instanceId(), "az", n.zone(), "status", n.ready() ? "Ready" : "NotReady")));
        }
        for (EksState.FargateProfile p : eks.fargateProfiles().values()) {
            out.add(new Resource("fargate-profile", p.name(), attrs("id", p.name(), "cluster", p.cluster(),
                    "namespace", p.namespace())));
        }
        for (EksState.Deployment d : eks.deployments().values()) {
            out.add(new Resource("deployment", d.name(), attrs("id", d.name(), "cluster", d.cluster(), "image", d.image(),
                    "replicas", Integer.toString(d.replicas()), "ready", Long.toString(EksOps.ready(cloud, d)))));
        }
        for (EksState.Pod p : eks.pods().values()) {
            out.add(new Resource("pod", p.name(), attrs("id", p.name(), "cluster", p.cluster(), "deployment", p.deployment(),
                    "status", p.status(), "node", p.node(), "az", p.zone(), "fargate", Boolean.toString(p.fargate()))));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema(
                "eks-cluster", "id,status",
                "nodegroup", "id,cluster,instance-type,desired,status",
                "node", "id,cluster,ec2-instance,az,status",
                "fargate-profile", "id,cluster,namespace",
                "deployment", "id,cluster,image,replicas,ready",
                "pod", "id,cluster,deployment,status,node,az,fargate");
    }

    /** Node groups take the game's instance types; a node is Ready or NotReady; a pod runs on Fargate or not. */
    @Override
    public Map<String, Map<String, Set<String>>> values() {
        Map<String, Map<String, Set<String>>> m = new LinkedHashMap<>();
        m.put("nodegroup", Map.of("instance-type", Ec2Service.typeNames()));
        m.put("node", Map.of("status", new java.util.TreeSet<>(List.of("NotReady", "Ready"))));
        m.put("pod", Map.of("fargate", Resource.BOOLEAN));
        return m;
    }

    /** kubectl, against the EKS cluster of the last update-kubeconfig. */
    @Override
    public List<Tool> tools() {
        Map<String, String> summaries = new LinkedHashMap<>();
        for (String k : Kubectl.COMPLETIONS) {
            summaries.put(k, "Kubernetes, against an EKS cluster");
        }
        return List.of(new Tool("kubectl", (cloud, words, stdin) -> {
            Kubectl.Ran ran = Kubectl.run(cloud, words);
            return new Tool.Ran(ran.cloud(), ran.output(), ran.changes(), true);
        }, Kubectl.COMPLETIONS, summaries));
    }
}
