package computequest.sim.lambda;

import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import java.util.List;

/**
 * A function's State and LastUpdateStatus. create-function answers at once with State Pending while Lambda sets the
 * function up, and it turns Active {@link #CREATE_SECONDS} later; an update answers with LastUpdateStatus InProgress and
 * turns Successful {@link #UPDATE_SECONDS} later. Every typed command takes {@code CloudSim.SECONDS_PER_COMMAND} (2 s),
 * so the next command a person types finds the function ready, as it normally does in AWS; a call in the same
 * simulated second (a story's scripted steps, a test) meets what AWS gives an impatient script: ResourceConflictException.
 */
public final class FunctionStates {

    public static final String PENDING = "Pending";
    public static final String ACTIVE = "Active";
    public static final String IN_PROGRESS = "InProgress";
    public static final String SUCCESSFUL = "Successful";
    /** How long a new function stays Pending (AWS: usually a few seconds at most for a zip function outside a VPC). */
    public static final long CREATE_SECONDS = 2;
    /** How long an update stays InProgress. */
    public static final long UPDATE_SECONDS = 2;
    /** What Lambda gives as the reason while it creates a function, and, oddly, while it updates one. */
    static final String CREATING_REASON = "The function is being created.";

    private FunctionStates() {
    }

    /** A new function: Pending until {@code now + CREATE_SECONDS}. */
    static ServerlessState.Function created(ServerlessState.Function f, long now) {
        return f.settling(PENDING, SUCCESSFUL, now + CREATE_SECONDS, null);
    }

    /** {@code after}, the function with its new code or configuration, InProgress; calls keep running {@code before}. */
    static ServerlessState.Function updating(ServerlessState.Function before, ServerlessState.Function after, long now) {
        ServerlessState.Published old = new ServerlessState.Published(0, before.code(), before.runtime(),
                before.handler(), before.memory(), before.timeout(), before.lastModified());
        return after.settling(ACTIVE, IN_PROGRESS, now + UPDATE_SECONDS, old);
    }

    /** Invoke needs an Active function: refused while it is Pending. */
    static void requireInvocable(ServerlessState.Function f) {
        if (f.state().equals(PENDING)) {
            throw pending(f);
        }
    }

    /** UpdateFunctionCode, UpdateFunctionConfiguration and PublishVersion need the last create or update finished. */
    static void requireSettled(ServerlessState.Function f) {
        requireInvocable(f);
        if (f.lastUpdateStatus().equals(IN_PROGRESS)) {
            throw new CliException("ResourceConflictException", "The operation cannot be performed at this time. An update"
                    + " is in progress for resource: " + f.arn() + "\n(Lambda is still applying the last change to "
                    + f.name() + ", about " + UPDATE_SECONDS + " s after it was made. A script waits for it with: aws"
                    + " lambda wait function-updated-v2 --function-name " + f.name() + ")");
        }
    }

    private static CliException pending(ServerlessState.Function f) {
        return new CliException("ResourceConflictException", "The operation cannot be performed at this time. The"
                + " function is currently in the following state: " + PENDING + "\n(create-function answers at once, but"
                + " Lambda needs about " + CREATE_SECONDS + " s more to set " + f.name() + " up. A script that creates"
                + " and then calls a function waits in between with: aws lambda wait function-active-v2"
                + " --function-name " + f.name() + ")");
    }

    /** The code and configuration a call runs: the previous ones while an update is in progress. */
    static ServerlessState.Function running(ServerlessState.Function f) {
        ServerlessState.Published p = f.previous();
        if (p == null || !f.lastUpdateStatus().equals(IN_PROGRESS)) {
            return f;
        }
        return f.runningAs(p);
    }

    /** State, its reason while Pending, and LastUpdateStatus (with its reason while InProgress), as Lambda prints them. */
    static void describe(JsonObject o, ServerlessState.Function f) {
        o.addProperty("State", f.state());
        if (f.state().equals(PENDING)) {
            o.addProperty("StateReason", CREATING_REASON);
            o.addProperty("StateReasonCode", "Creating");
            return;
        }
        o.addProperty("LastUpdateStatus", f.lastUpdateStatus());
        if (f.lastUpdateStatus().equals(IN_PROGRESS)) {
            o.addProperty("LastUpdateStatusReason", CREATING_REASON);
            o.addProperty("LastUpdateStatusReasonCode", "Creating");
        }
    }

    static long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (ServerlessState.Function f : cloud.serverless().functions().values()) {
            if (f.busy()) {
                next = Math.min(next, f.settlesAt());
            }
        }
        return next;
    }

    static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (ServerlessState.Function f : List.copyOf(cloud.serverless().functions().values())) {
            if (!f.busy() || f.settlesAt() > now) {
                continue;
            }
            cloud = cloud.withServerless(cloud.serverless().withFunction(f.settled()));
            changes.add(f.state().equals(PENDING)
                    ? "Lambda function " + f.name() + " is Active: set up, and ready to be invoked."
                    : "Lambda function " + f.name() + ": the update is done (LastUpdateStatus Successful); calls run"
                    + " the new code and configuration from now on.");
        }
        return cloud;
    }
}
