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
 */
public record WireCall(ServiceModel service, OperationModel operation, JsonObject params) {

    /** {@code aws ec2 run-instances}: how the story pane names the request. */
    public String title() {
        return "aws " + service.cliName() + " " + operation.cliName();
    }
}
