package computequest.sim;

import java.util.List;
import java.util.Map;

/**
 * A command besides {@code aws} that a service answers, by its first word: {@code ssh} (EC2), {@code docker} (ECR),
 * {@code kubectl} (EKS), {@code curl} (Lambda behind API Gateway). {@link Service#tools()} lists them.
 *
 * @param word        the command's first word
 * @param runner      what it does
 * @param completions phrases Tab offers, word by word: {@code docker build}, {@code kubectl get pods}...
 * @param summaries   the command list's entries (usage, then what it does) for {@code author vocab}
 */
public record Tool(String word, Runner runner, List<String> completions, Map<String, String> summaries) {

    public Tool {
        completions = List.copyOf(completions);
        summaries = Copy.of(summaries);
    }

    /** Runs a command line whose first word is the tool's. */
    @FunctionalInterface
    public interface Runner {
        /**
         * @param stdin what a pipe feeds the command ({@code aws ecr get-login-password | docker login ...}), or null
         * @throws CliException when the command is refused
         */
        Ran run(Cloud cloud, List<String> words, String stdin);
    }

    /**
     * What a command did.
     *
     * @param settle whether the controllers react afterwards, as after an API call (not for what happens inside an
     *               instance over ssh, nor for a question the cloud answers without changing)
     */
    public record Ran(Cloud cloud, String output, List<String> changes, boolean settle) {
    }
}
