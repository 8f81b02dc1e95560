package computequest.sim;

import java.util.List;

final class Kubectl {
    static final List<String> COMPLETIONS = List.of();

    private Kubectl() {
    }

    record Ran(Cloud cloud, String output, List<String> changes) {
    }

    static Ran run(Cloud cloud, List<String> words) {
        throw new CliException("kubectl: not yet");
    }
}
