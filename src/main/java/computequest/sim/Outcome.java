package computequest.sim;

import java.util.List;

/**
 * What one command did.
 *
 * @param cloud     the cloud afterwards (the same one when the command failed)
 * @param ok        whether AWS accepted it
 * @param errorCode an AWS error code such as IncorrectInstanceState, or null
 * @param output    what the CLI prints: JSON, a table, text, help, or the error message
 * @param changes   plain sentences: what changed, why, and what it costs
 */
public record Outcome(Cloud cloud, boolean ok, String errorCode, String output, List<String> changes) {
    public Outcome {
        changes = List.copyOf(changes);
    }
}
