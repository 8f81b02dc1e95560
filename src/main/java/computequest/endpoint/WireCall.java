package computequest.endpoint;

import com.google.gson.JsonObject;
import computequest.sim.model.OperationModel;
import computequest.sim.model.ServiceModel;

/**
 * A request understood: which service and operation, and its parameters as the model's input members.
 *
 * @param service   the service's model (its CLI name is {@code service.cliName()}: ec2, s3api, ...)
 * @param operation the operation's model
 * @param params    the input, as {@code --cli-input-json} would give it
 * @param command   the command the AWS CLI says it ran (its User-Agent's {@code command/s3.cp}), or null
 */
public record WireCall(ServiceModel service, OperationModel operation, JsonObject params, String command) {

    public WireCall(ServiceModel service, OperationModel operation, JsonObject params) {
        this(service, operation, params, null);
    }

    /** {@code aws ec2 run-instances}, or {@code aws s3 cp} when the CLI says so: how the story pane names it. */
    public String title() {
        return command != null ? command : "aws " + service.cliName() + " " + operation.cliName();
    }
}
