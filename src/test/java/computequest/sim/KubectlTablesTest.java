package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kubectl get pods and get deployments laid out as kubectl's printer lays them out (Go's tabwriter, padding 3, minimum
 * width 6): the headers as in the Kubernetes documentation's own output, e.g.
 * <pre>
 * NAME               READY   UP-TO-DATE   AVAILABLE   AGE
 * nginx-deployment   3/3     3            3           18s
 * NAME                                READY   STATUS    RESTARTS   AGE
 * nginx-deployment-66b6c48dd5-4jw2p   1/1     Running   0          18s
 * </pre>
 * each value starting under its heading, items listed by name, and AGE in kubectl's words.
 */
class KubectlTablesTest {

    /** Every row's cells start where the header's do, with at least three spaces before each. */
    private static void aligned(String table) {
        List<String> lines = table.lines().toList();
        String header = lines.get(0);
        List<String> names = Arrays.asList(header.split("(?<=\\S) {3,}"));
        for (String row : lines.subList(1, lines.size())) {
            int from = 0;
            for (int col = 1; col < names.size(); col++) {
                int at = header.indexOf(names.get(col), from);
                from = at;
                assertTrue(row.length() > at && row.charAt(at) != ' ' && row.substring(at - 3, at).isBlank(),
                        "column " + names.get(col) + " at " + at + ":\n" + table);
            }
        }
    }

    @Test
    void deploymentsAndPodsHaveKubectlsColumns() {
        Cloud c = Sim.ok(EksRolloutTest.deployed(), "kubectl create deployment api --image=nginx:1.27 --replicas=2");
        c = Sim.wait(c, 200);
        String deployments = Sim.run(c, "kubectl get deployments").output();
        List<String> d = deployments.lines().toList();
        assertEquals("NAME   READY   UP-TO-DATE   AVAILABLE   AGE", d.get(0), "NAME is as wide as 'api' or 'web' (3)"
                + " plus 3 spaces; the rest as in the documented output");
        assertEquals("api    2/2     2            2           3m20s", d.get(1),
                "sorted by name, AGE as kubectl words it");
        assertTrue(d.get(2).startsWith("web    3/3     3            3           "), deployments);

        String pods = Sim.run(c, "kubectl get pods").output();
        List<String> p = pods.lines().toList();
        int name = p.stream().skip(1).mapToInt(l -> l.indexOf(' ')).max().orElseThrow();
        assertEquals("NAME" + " ".repeat(name - 4 + 3) + "READY   STATUS    RESTARTS   AGE", p.get(0), pods);
        assertEquals(6, p.size(), pods);
        List<String> podNames = p.stream().skip(1).map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(podNames.stream().sorted().toList(), podNames, "listed by name, as the API server returns them");
        assertTrue(p.stream().skip(1).allMatch(l -> l.substring(name + 3).matches("1/1 {5}Running {3}0 {10}3m20s")),
                pods);
        aligned(pods);
        aligned(deployments);
    }

    @Test
    void wideShowsTheRealExtraColumns() {
        Cloud c = EksRolloutTest.deployed();
        String wide = Sim.run(c, "kubectl get pods -o wide").output();
        List<String> lines = wide.lines().toList();
        assertEquals(List.of("NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED NODE",
                "READINESS GATES"), Arrays.asList(lines.get(0).split("(?<=\\S) {3,}")));
        aligned(wide);
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split(" {3,}");
            assertTrue(cells[5].matches("172\\.31\\.\\d+\\.\\d+"), row);
            assertTrue(cells[6].matches("ip-172-31-\\d+-\\d+\\.ec2\\.internal"), row);
            assertEquals(List.of("<none>", "<none>"), List.of(cells[7], cells[8]), row);
            // the pod's address is in its node's subnet (a /20 of the default VPC)
            int third = Integer.parseInt(cells[5].split("\\.")[2]);
            int nodeThird = Integer.parseInt(cells[6].split("-")[3]);
            assertEquals(nodeThird / 16, third / 16, row);
        }
        assertEquals(lines.size() - 1, lines.stream().skip(1).map(l -> l.split(" {3,}")[5]).distinct().count(),
                "each pod its own address: " + wide);
    }

    @Test
    void agesAreKubectlsHumanDurations() {
        Cloud c = EksRolloutTest.deployed();
        for (long[] wait : new long[][] {{60}, {200}, {1800}, {7200}, {10800}, {16200}, {86400}, {259200}}) {
            c = Sim.wait(c, wait[0]);
        }
        // 60 + 200 + 1800 + 7200 + 10800 + 16200 + 86400 + 259200 = 381,860 s after the deployment: 4 days 10 h 4 min
        String row = Sim.run(c, "kubectl get deployments").output().lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.endsWith("   4d10h"), row);
        String again = Sim.run(Sim.wait(c, 5 * 86400), "kubectl get deployments").output();
        assertTrue(again.lines().skip(1).findFirst().orElseThrow().endsWith("   9d"), again);
    }
}
