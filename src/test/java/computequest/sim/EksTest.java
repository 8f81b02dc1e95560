package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.eks.EksOps;
import org.junit.jupiter.api.Test;

class EksTest {

    static Cloud activeCluster() {
        Cloud c = Sim.ok(Sim.pushedWeb(), "aws eks create-cluster --name k8s --role-arn arn:aws:iam::123456789012:role/eksClusterRole"
                + " --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001");
        return Sim.wait(c, EksOps.CLUSTER_CREATE_SECONDS);
    }

    @Test
    void clusterTakesTimeAndBillsTheControlPlane() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), "aws eks create-cluster --name k8s --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001");
        assertEquals("CREATING", Sim.of(c, "eks-cluster").get(0).attr("status"));
        assertTrue(Sim.refused(c, "aws eks update-kubeconfig --name k8s").contains("CREATING"));
        assertTrue(Sim.refused(c, "aws eks create-nodegroup --cluster-name k8s --nodegroup-name ng --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole").contains("not ACTIVE"));
        assertTrue(Sim.refused(c, "kubectl get pods").contains("localhost:8080"));
        c = Sim.wait(c, EksOps.CLUSTER_CREATE_SECONDS - 1);
        assertEquals("CREATING", Sim.of(c, "eks-cluster").get(0).attr("status"));
        c = Sim.wait(c, 1);
        assertEquals("ACTIVE", Sim.of(c, "eks-cluster").get(0).attr("status"));
        c = Sim.wait(c, 3600 - EksOps.CLUSTER_CREATE_SECONDS);
        assertEquals(0.10, Sim.billed(c, "EKS control plane"), 1e-9);
        assertTrue(Sim.refused(c, "aws eks create-cluster --name k8s --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001").contains("ResourceInUseException"));
        c = Sim.wait(Sim.ok(c, "aws eks delete-cluster --name k8s"), EksOps.CLUSTER_DELETE_SECONDS);
        assertTrue(Sim.of(c, "eks-cluster").isEmpty());
        double after = c.ledger().total();
        assertEquals(after, Sim.wait(c, 3600).ledger().total(), 1e-12);
    }

    @Test
    void nodeGroupIsEc2AndPodsSpreadRecreateAndScale() {
        Cloud c = Sim.ok(activeCluster(), "aws eks create-nodegroup --cluster-name k8s --nodegroup-name ng --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole"
                + " --scaling-config minSize=1,maxSize=4,desiredSize=3 --instance-types t3.medium"
                + " --node-role arn:aws:iam::123456789012:role/eksNodeRole");
        assertEquals(3, Sim.of(c, "instance").size(), "worker nodes are EC2 instances");
        assertEquals("CREATING", Sim.of(c, "nodegroup").get(0).attr("status"));
        c = Sim.wait(c, Catalog.PENDING_SECONDS);
        assertEquals("ACTIVE", Sim.of(c, "nodegroup").get(0).attr("status"));
        assertEquals(3, Sim.of(c, "node").size());
        assertEquals(3, Sim.of(c, "node").stream().map(n -> n.attr("az")).distinct().count());
        c = Sim.ok(c, "aws eks update-kubeconfig --region us-east-1 --name k8s",
                "kubectl create deployment web --image=" + Sim.REG + "/web:v1 --replicas=3");
        assertEquals(3, Sim.of(c, "pod").stream().filter(p -> p.attr("status").equals("Running")).count());
        assertEquals(3, Sim.of(c, "pod").stream().map(p -> p.attr("az")).distinct().count(), "one per zone");
        assertEquals("3", Sim.of(c, "deployment").get(0).attr("ready"));
        String pod = Sim.of(c, "pod").get(0).id();
        c = Sim.ok(c, "kubectl delete pod " + pod);
        assertEquals(3, Sim.of(c, "pod").size());
        assertTrue(Sim.of(c, "pod").stream().noneMatch(p -> p.id().equals(pod)), "a new pod replaces it");
        c = Sim.ok(c, "kubectl scale deployment web --replicas=5");
        assertEquals(5, Sim.of(c, "pod").size());
        assertTrue(Sim.run(c, "kubectl get pods -o wide").output().contains("Running"));
        assertTrue(Sim.run(c, "kubectl get nodes").output().contains("ec2.internal"));
        String node = Sim.of(c, "node").get(0).attr("ec2-instance");
        c = Sim.wait(Sim.ok(c, "aws ec2 terminate-instances --instance-ids " + node), Catalog.SHUTTING_DOWN_SECONDS + Catalog.PENDING_SECONDS);
        assertEquals(3, Sim.of(c, "node").size(), "the node group replaced the lost node");
        assertEquals(5, Sim.of(c, "pod").stream().filter(p -> p.attr("status").equals("Running")).count());
        assertNotEquals(0, Sim.billed(c, "t3.medium instance"), "nodes are billed as EC2");
    }

    @Test
    void fargateProfileRunsPodsWithoutNodesAndBadImagesFail() {
        Cloud c = Sim.ok(activeCluster(), "aws eks update-kubeconfig --name k8s");
        c = Sim.ok(c, "kubectl create deployment web --image=nginx:latest --replicas=2");
        assertTrue(Sim.of(c, "pod").stream().allMatch(p -> p.attr("status").equals("Pending")), "no nodes yet");
        c = Sim.ok(Sim.withFargateProfile(c, "k8s", "default"), "kubectl get pods");
        assertTrue(Sim.of(c, "pod").stream().allMatch(p -> p.attr("fargate").equals("true") && p.attr("status").equals("Running")));
        c = Sim.ok(c, "kubectl create deployment bad --image=" + Sim.REG + "/web:v9");
        assertTrue(Sim.of(c, "pod").stream().anyMatch(p -> p.attr("status").equals("ErrImagePull")));
        c = Sim.wait(c, 3600);
        assertEquals(2 * (0.25 * 0.04048 + 0.5 * 0.004445), Sim.billed(c, "Fargate pod"), 1e-12,
                "two running pods for an hour at 0.25 vCPU and 0.5 GB; the failed pull is not billed");
    }

    @Test
    void kubectlExplainsTheTermsAndTypos() {
        String t = Sim.run(Cloud.fresh(1), "kubectl explain ecs-vs-eks").output();
        assertTrue(t.contains("task") && t.contains("pod") && t.contains("container instance") && t.contains("worker node"));
        Cloud c = Sim.ok(activeCluster(), "aws eks update-kubeconfig --name k8s");
        assertTrue(Sim.refused(c, "kubectl gte pods").contains("Did you mean get?"));
        assertTrue(Sim.refused(c, "kubectl get pdos").contains("Did you mean pods?"));
        assertTrue(Sim.refused(c, "kubectl create deployment web").contains("image"));
        assertTrue(Sim.refused(c, "kubectl scale deployment nope --replicas=2").contains("NotFound"));
    }
}
