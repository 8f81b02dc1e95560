package computequest.sim.apigateway;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.lambda.LambdaExtras;
import computequest.sim.lambda.ServerlessState;
import java.util.List;

/** API Gateway HTTP APIs (apigatewayv2): quick create with a Lambda target, list and delete. Requests go through curl. */
public final class ApiGatewayOps {

    private ApiGatewayOps() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("apigatewayv2", "create-api", "Create an HTTP API; --target FUNCTION-ARN quick-creates a route to Lambda.", List.of(
                        Param.req("--name", "The API name."), Param.req("--protocol-type", "HTTP or WEBSOCKET."),
                        Param.opt("--target", "A Lambda function ARN: every request invokes it."),
                        Param.opt("--route-selection-expression", "How a WebSocket message picks its route."),
                        Param.opt("--description", "A description.")), ApiGatewayOps::createApi),
                new Operation("apigatewayv2", "get-apis", "List HTTP APIs and their endpoints.", List.of(), ApiGatewayOps::getApis),
                new Operation("apigatewayv2", "delete-api", "Delete an API.", List.of(Param.req("--api-id", "The API id.")),
                        ApiGatewayOps::deleteApi));
    }

    private static Operation.Result createApi(Cloud cloud, Invocation call) {
        String proto = call.value("--protocol-type");
        if (!proto.equals("HTTP") && !proto.equals("WEBSOCKET")) {
            throw new CliException("BadRequestException", "--protocol-type is HTTP or WEBSOCKET, not " + proto + ".");
        }
        if (proto.equals("WEBSOCKET") && !call.has("--route-selection-expression")) {
            throw new CliException("BadRequestException", "A WebSocket API needs --route-selection-expression, e.g."
                    + " '$request.body.action'.");
        }
        ServerlessState.Function f = call.has("--target") ? LambdaExtras.functionFromArn(cloud, call.value("--target")) : null;
        Cloud.Drawn d = cloud.draw(16);
        cloud = d.cloud();
        StringBuilder id = new StringBuilder();
        long v = d.draw().value();
        for (int i = 0; i < 10; i++) {
            id.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt((int) Math.floorMod(v >> (i * 5), 36L)));
        }
        JsonObject detail = new JsonObject();
        detail.addProperty("Name", call.value("--name"));
        detail.addProperty("ProtocolType", proto);
        detail.addProperty("RouteSelectionExpression", call.value("--route-selection-expression",
                "$request.method $request.path"));
        ServerlessState.Trigger t = new ServerlessState.Trigger("api-gateway:" + id, f == null ? "" : f.name(),
                "api-gateway", id.toString(), 0, -1, 0, detail.toString(), cloud.clock());
        cloud = cloud.withServerless(cloud.serverless().withTrigger(t));
        String endpoint = apiJson(t).get("ApiEndpoint").getAsString();
        return new Operation.Result(cloud, apiJson(t), List.of(f != null
                ? "HTTP API " + id + " created: every request to " + endpoint + "/ invokes " + f.name()
                + " synchronously. Try: curl " + endpoint + "/"
                : proto + " API " + id + " created with no routes yet; the game simulates quick create (--target"
                + " FUNCTION-ARN), where one route sends every request to a function."));
    }

    private static JsonObject apiJson(ServerlessState.Trigger t) {
        JsonObject detail = t.detail().startsWith("{") ? com.google.gson.JsonParser.parseString(t.detail())
                .getAsJsonObject() : new JsonObject();
        String proto = detail.has("ProtocolType") ? detail.get("ProtocolType").getAsString() : "HTTP";
        JsonObject o = new JsonObject();
        o.addProperty("ApiEndpoint", (proto.equals("HTTP") ? "https://" : "wss://") + t.source() + ".execute-api."
                + Cloud.REGION + ".amazonaws.com");
        o.addProperty("ApiId", t.source());
        o.addProperty("ApiKeySelectionExpression", "$request.header.x-api-key");
        o.addProperty("CreatedDate", Catalog.timestamp(t.createdAt()));
        o.addProperty("DisableExecuteApiEndpoint", false);
        o.addProperty("Name", detail.has("Name") ? detail.get("Name").getAsString() : t.source());
        o.addProperty("ProtocolType", proto);
        o.addProperty("RouteSelectionExpression", detail.has("RouteSelectionExpression")
                ? detail.get("RouteSelectionExpression").getAsString() : "$request.method $request.path");
        o.add("Tags", new JsonObject());
        return o;
    }

    private static Operation.Result getApis(Cloud cloud, Invocation call) {
        JsonArray items = new JsonArray();
        for (ServerlessState.Trigger t : cloud.serverless().triggers().values()) {
            if (t.type().equals("api-gateway")) {
                items.add(apiJson(t));
            }
        }
        JsonObject res = new JsonObject();
        res.add("Items", items);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteApi(Cloud cloud, Invocation call) {
        String id = call.value("--api-id");
        String key = "api-gateway:" + id;
        if (!cloud.serverless().triggers().containsKey(key)) {
            throw new CliException("NotFoundException", "Invalid API identifier specified " + Cloud.ACCOUNT_ID + ":" + id);
        }
        ServerlessState s = cloud.serverless();
        cloud = cloud.withServerless(new ServerlessState(s.functions(), Copy.remove(s.triggers(), key), s.buckets(),
                s.tables(), s.queues(), s.rules()));
        return new Operation.Result(cloud, new JsonObject(), List.of("API " + id + " deleted."));
    }
}
