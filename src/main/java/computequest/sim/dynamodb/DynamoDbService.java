package computequest.sim.dynamodb;

import static computequest.sim.Resource.attrs;

import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import computequest.sim.lambda.ServerlessState;
import java.util.List;
import java.util.Map;

/** DynamoDB: tables, on-demand or provisioned. */
public final class DynamoDbService implements Service {

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public List<Operation> operations() {
        return DynamoOps.operations();
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        for (ServerlessState.Table t : cloud.serverless().tables().values()) {
            out.add(new Resource("dynamodb-table", t.name(), attrs("id", t.name(), "status", t.status(),
                    "billing-mode", t.billingMode())));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema("dynamodb-table", "id,status,billing-mode");
    }
}
