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
 */
public record Ran(Laptop laptop, Cloud cloud, List<Out> out, boolean ok, String edit, int cloudCalls,
                  String errorCode) {
    public Ran {
        out = List.copyOf(out);
    }
}
