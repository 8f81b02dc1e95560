package computequest.sim.sts;

import com.google.gson.JsonObject;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Service;
import java.util.List;

/** STS: who the player's commands run as. The game's account has one IAM user, {@code student}. */
public final class StsService implements Service {

    static final String USER_ARN = "arn:aws:iam::" + Cloud.ACCOUNT_ID + ":user/student";

    @Override
    public String name() {
        return "sts";
    }

    @Override
    public List<Operation> operations() {
        return List.of(new Operation("sts", "get-caller-identity", "Show which account and identity your commands use.",
                List.of(), StsService::callerIdentity));
    }

    private static Operation.Result callerIdentity(Cloud cloud, Invocation call) {
        JsonObject o = new JsonObject();
        o.addProperty("UserId", "AIDASAMPLEUSERID");
        o.addProperty("Account", Cloud.ACCOUNT_ID);
        o.addProperty("Arn", USER_ARN);
        return new Operation.Result(cloud, o, List.of());
    }
}
