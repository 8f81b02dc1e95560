package computequest.sim.apigateway;

import computequest.sim.Operation;
import computequest.sim.Service;
import java.util.List;

/** API Gateway HTTP APIs (typed as aws apigatewayv2): a route that invokes a Lambda function. */
public final class ApiGatewayService implements Service {

    @Override
    public String name() {
        return "apigateway";
    }

    @Override
    public List<Operation> operations() {
        return ApiGatewayOps.operations();
    }
}
