package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.ec2.Instance;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * kubectl set image and the rolling update it starts (Kubernetes' default: maxSurge 25% rounded up, maxUnavailable
 * 25% rounded down), kubectl rollout status, and kubectl get nodes with kubectl's own columns.
 */
class EksRolloutTest {

    static final String V1 = Sim.REG + "/web:v1";

    /** Three t3.medium nodes and a deployment of three web:v1 pods. */
    static Cloud deployed() {
        Cloud c = Sim.ok(EksTest.activeCluster(), "aws eks create-nodegroup --cluster-name k8s --nodegroup-name ng"
                + " --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole"
                + " --scaling-config minSize=1,maxSize=4,desiredSize=3 --instance-types t3.medium");
        c = Sim.wait(c, Catalog.PENDING_SECONDS);
        return Sim.ok(c, "aws eks update-kubeconfig --name k8s", "kubectl create deployment web --image=" + V1
                + " --replicas=3");
    }

    static Set<String> pods(Cloud c) {
        return Sim.of(c, "pod").stream().map(Resource::id).collect(Collectors.toSet());
    }

    static long running(Cloud c) {
        return Sim.of(c, "pod").stream().filter(p -> p.attr("status").equals("Running")).count();
    }

    @Test
    void setImageReplacesEveryPodWhileAtLeastTheDesiredCountKeepsRunning() {
        Cloud c = deployed();
        Set<String> before = pods(c);
        assertEquals(3, running(c));
        Outcome o = Sim.run(c, "kubectl set image deployment/web web=nginx:1.27");
        assertEquals("deployment.apps/web image updated", o.output());
        Set<String> after = pods(o.cloud());
        assertEquals(3, after.size());
        assertEquals(3, running(o.cloud()));
        assertTrue(after.stream().noneMatch(before::contains), "every pod was replaced: " + before + " -> " + after);
        assertEquals(1, after.stream().map(n -> n.substring(0, n.lastIndexOf('-'))).distinct().count(),
                "the new pods share one pod-template hash: " + after);
        int up = 3;
        int least = up;
        int most = up;
        for (String change : o.changes()) {
            up += change.contains("-> Running") ? 1 : change.contains("terminated") ? -1 : 0;
            least = Math.min(least, up);
            most = Math.max(most, up);
        }
        assertEquals(3, least, "maxUnavailable is 25% of 3, rounded down: 0 pods down at any time: " + o.changes());
        assertEquals(4, most, "maxSurge is 25% of 3, rounded up: 1 pod above the desired count: " + o.changes());
        assertTrue(o.changes().stream().anyMatch(s -> s.contains("rolled out")), o.changes().toString());
        assertEquals("deployment \"web\" successfully rolled out",
                Sim.run(o.cloud(), "kubectl rollout status deployment/web").output());
        String table = Sim.run(o.cloud(), "kubectl get deployments").output();
        assertTrue(table.lines().skip(1).findFirst().orElseThrow().matches("web\\s+3/3\\s+3\\s+3\\s+\\S+"), table);
    }

    @Test
    void anImageThatCannotStartLeavesTheOldPodsServingUntilItIsFixed() {
        Cloud c = deployed();
        Set<String> before = pods(c);
        c = Sim.ok(c, "kubectl set image deployment web *=" + Sim.REG + "/web:v9");
        assertTrue(pods(c).containsAll(before), "no old pod stops while the new one cannot start");
        assertEquals(3, running(c));
        assertEquals(1, Sim.of(c, "pod").stream().filter(p -> p.attr("status").equals("ErrImagePull")).count(),
                "only the one surge pod is tried");
        assertEquals("Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated...",
                Sim.run(c, "kubectl rollout status deploy/web").output());
        String table = Sim.run(c, "kubectl get deployments").output();
        assertTrue(table.lines().skip(1).findFirst().orElseThrow().matches("web\\s+3/3\\s+1\\s+3\\s+\\S+"), table);
        c = Sim.ok(c, "kubectl set image deployment/web web=" + V1);
        assertEquals(before, pods(c), "back to v1: its pods are the current template again, the failing pod goes");
    }

    @Test
    void setImageNamesTheContainerCreateDeploymentMade() {
        Cloud c = deployed();
        assertTrue(Sim.refused(c, "kubectl set image deployment/web nginx=nginx:1.27")
                .contains("unable to find container named \"nginx\""));
        assertTrue(Sim.refused(c, "kubectl set image deployment/api web=nginx:1.27").contains("NotFound"));
        assertTrue(Sim.refused(c, "kubectl set image deployment/web").contains("at least one image update is required"));
        Outcome same = Sim.run(c, "kubectl set image deployment/web web=" + V1);
        assertEquals(pods(c), pods(same.cloud()), "the same image changes no pod");
    }

    @Test
    void getNodesPrintsKubectlsColumns() {
        Cloud c = Sim.wait(deployed(), 300);
        String[] lines = Sim.run(c, "kubectl get nodes").output().split("\n");
        assertEquals(List.of("NAME", "STATUS", "ROLES", "AGE", "VERSION"), Arrays.asList(lines[0].split("\\s{3,}")));
        assertEquals(4, lines.length, "three nodes");
        String[] row = lines[1].split("\\s{3,}");
        assertTrue(row[0].matches("ip-172-31-\\d+-\\d+\\.ec2\\.internal"), lines[1]);
        assertEquals("Ready", row[1]);
        assertEquals("<none>", row[2]);
        assertTrue(row[3].matches("\\d+m"), "age: " + row[3]);
        assertTrue(row[4].matches("v1\\.\\d+\\.\\d+-eks-[0-9a-f]{7}"), "kubelet version: " + row[4]);

        String[] wide = Sim.run(c, "kubectl get nodes -o wide").output().split("\n");
        // the header of `kubectl get node -o=wide` on an EKS node group
        assertEquals(List.of("NAME", "STATUS", "ROLES", "AGE", "VERSION", "INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE",
                "KERNEL-VERSION", "CONTAINER-RUNTIME"), Arrays.asList(wide[0].split("\\s{3,}")));
        String[] w = wide[1].split("\\s{3,}");
        Instance node = c.instances().values().stream().filter(i -> w[0].equals("ip-" + i.privateIp().replace('.', '-')
                + ".ec2.internal")).findFirst().orElseThrow();
        assertEquals(node.privateIp(), w[5]);
        assertEquals(node.publicIp(), w[6], "default subnets give nodes a public address");
        assertTrue(w[7].startsWith("Amazon Linux"), w[7]);
        assertTrue(w[9].startsWith("containerd://"), w[9]);
        int col = wide[0].indexOf("INTERNAL-IP");
        assertTrue(Arrays.stream(wide).skip(1).allMatch(l -> l.charAt(col - 1) == ' ' && l.charAt(col) != ' '),
                "columns line up under their headers");
    }
}
