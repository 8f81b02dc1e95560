package computequest.sim;

import java.util.List;

final class LambdaOps {
    private LambdaOps() {
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

    record Ran(Cloud cloud, String output, List<String> changes) {
    }

    static Ran curl(Cloud cloud, List<String> words) {
        throw new CliException("curl: not yet");
    }
}
