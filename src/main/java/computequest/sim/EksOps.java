package computequest.sim;

import java.util.List;

final class EksOps {
    private EksOps() {
    }

    static List<Operation> operations() {
        return List.of();
    }

    static long nextDue(Cloud cloud) {
        return Long.MAX_VALUE;
    }

    static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        return cloud;
    }

    static Cloud accrue(Cloud cloud, long seconds) {
        return cloud;
    }

    static Cloud reconcile(Cloud cloud, List<String> changes) {
        return cloud;
    }

    record Node(String name, String cluster, String instanceId, String zone) {
    }

    static List<Node> nodes(Cloud cloud) {
        return List.of();
    }

    static long ready(Cloud cloud, EksState.Deployment d) {
        return 0;
    }
}
