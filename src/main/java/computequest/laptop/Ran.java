package computequest.laptop;

import computequest.sim.Cloud;
import java.util.List;

/**
 * What one command line did.
 *
 * @param laptop     the laptop afterwards (files, variables, history)
 * @param cloud      the simulated cloud afterwards, with the time the cloud calls took
 * @param out        what it printed, in order
 * @param ok         whether the last command succeeded (exit status 0)
 * @param edit       the file the player asked to edit (edit, nano, vi), or null; the app opens an editor
 * @param cloudCalls how many commands went to the simulated cloud
 * @param errorCode  the AWS error code of the last cloud command that failed, or null
 * @param commands   each command sent to the simulated cloud, as it ran: variables and {@code $( )} filled in
 */
public record Ran(Laptop laptop, Cloud cloud, List<Out> out, boolean ok, String edit, int cloudCalls,
                  String errorCode, List<String> commands) {
    public Ran {
        out = List.copyOf(out);
        commands = List.copyOf(commands);
    }
}
