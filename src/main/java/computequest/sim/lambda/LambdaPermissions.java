package computequest.sim.lambda;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.iam.IamState;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may call a function: its execution role (which Lambda must be able to assume) and its resource-based policy
 * ({@code lambda add-permission}), without which S3 refuses the notification configuration and an HTTP API answers 500.
 */
public final class LambdaPermissions {

    private LambdaPermissions() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("lambda", "add-permission", "Let a service (S3, API Gateway...) invoke the function.",
                        List.of(Param.req("--function-name", "The function."),
                                Param.req("--statement-id", "A name for this statement, e.g. s3-invoke."),
                                Param.req("--action", "lambda:InvokeFunction"),
                                Param.req("--principal", "The service: s3.amazonaws.com or apigateway.amazonaws.com."),
                                Param.opt("--source-arn", "Only for this source, e.g. arn:aws:s3:::BUCKET."),
                                Param.opt("--source-account", "The account that owns the source (S3 ARNs name none).")),
                        LambdaPermissions::add),
                new Operation("lambda", "get-policy", "Show the function's resource-based policy.", List.of(
                        Param.req("--function-name", "The function.")), LambdaPermissions::get),
                new Operation("lambda", "remove-permission", "Take one statement out of the function's policy.",
                        List.of(Param.req("--function-name", "The function."),
                                Param.req("--statement-id", "The statement.")), LambdaPermissions::remove));
    }

    /** The role an execution-role ARN names, refused as Lambda refuses it when Lambda cannot assume it. */
    static void requireAssumable(Cloud cloud, String roleArn) {
        IamState.Role r = cloud.iam().roleByArn(roleArn);
        if (r == null || !r.trusts("lambda.amazonaws.com")) {
            throw new CliException("InvalidParameterValueException", "The role defined for the function cannot be"
                    + " assumed by Lambda. " + (r == null ? "There is no role " + roleArn.replaceFirst(".*:role/", "")
                    + " in this account: make it with aws iam create-role --assume-role-policy-document"
                    + " file://trust-lambda.json, and attach AWSLambdaBasicExecutionRole."
                    : "Its trust policy must name lambda.amazonaws.com; fix it in place with "
                    + computequest.sim.iam.IamService.fixTrust(r.name(), "trust-lambda.json") + "."));
        }
    }

    private static Operation.Result add(Cloud cloud, Invocation call) {
        ServerlessState.Function f = LambdaOps.function(cloud, call.value("--function-name"));
        String sid = call.value("--statement-id");
        if (!call.value("--action").equals("lambda:InvokeFunction") && !call.value("--action").equals("lambda:*")) {
            throw new CliException("InvalidParameterValueException", "This game's functions take lambda:InvokeFunction"
                    + " as the --action.");
        }
        List<IamState.Grant> grants = new ArrayList<>(cloud.iam().grants(f.name()));
        for (IamState.Grant g : grants) {
            if (g.statementId().equals(sid)) {
                throw new CliException("ResourceConflictException", "The statement id (" + sid + ") provided already"
                        + " exists. Please provide a new statement id, or remove the existing statement.");
            }
        }
        IamState.Grant g = new IamState.Grant(sid, call.value("--principal"), call.value("--source-arn", ""));
        grants.add(g);
        JsonObject out = new JsonObject();
        out.addProperty("Statement", statement(f, g).toString());
        return new Operation.Result(cloud.withIam(cloud.iam().withGrants(f.name(), grants)), out, List.of(
                f.name() + "'s policy now lets " + g.principal() + " invoke it"
                        + (g.sourceArn().isEmpty() ? "." : ", for " + g.sourceArn() + ".")));
    }

    private static JsonObject statement(ServerlessState.Function f, IamState.Grant g) {
        JsonObject s = new JsonObject();
        s.addProperty("Sid", g.statementId());
        s.addProperty("Effect", "Allow");
        JsonObject p = new JsonObject();
        p.addProperty("Service", g.principal());
        s.add("Principal", p);
        s.addProperty("Action", "lambda:InvokeFunction");
        s.addProperty("Resource", f.arn());
        if (!g.sourceArn().isEmpty()) {
            JsonObject like = new JsonObject();
            JsonObject arn = new JsonObject();
            arn.addProperty("AWS:SourceArn", g.sourceArn());
            like.add("ArnLike", arn);
            s.add("Condition", like);
        }
        return s;
    }

    private static Operation.Result get(Cloud cloud, Invocation call) {
        ServerlessState.Function f = LambdaOps.function(cloud, call.value("--function-name"));
        List<IamState.Grant> grants = cloud.iam().grants(f.name());
        if (grants.isEmpty()) {
            throw new CliException("ResourceNotFoundException", "The resource you requested does not exist.");
        }
        JsonObject policy = new JsonObject();
        policy.addProperty("Version", "2012-10-17");
        policy.addProperty("Id", "default");
        JsonArray st = new JsonArray();
        grants.forEach(g -> st.add(statement(f, g)));
        policy.add("Statement", st);
        JsonObject out = new JsonObject();
        out.addProperty("Policy", policy.toString());
        out.addProperty("RevisionId", "00000000-0000-0000-0000-" + String.format("%012d", grants.size()));
        return new Operation.Result(cloud, out, List.of());
    }

    private static Operation.Result remove(Cloud cloud, Invocation call) {
        ServerlessState.Function f = LambdaOps.function(cloud, call.value("--function-name"));
        List<IamState.Grant> grants = new ArrayList<>(cloud.iam().grants(f.name()));
        if (!grants.removeIf(g -> g.statementId().equals(call.value("--statement-id")))) {
            throw new CliException("ResourceNotFoundException", "Statement " + call.value("--statement-id")
                    + " is not found in resource policy.");
        }
        return new Operation.Result(cloud.withIam(cloud.iam().withGrants(f.name(), grants)), null, List.of());
    }

    /** Whether S3 may invoke the function for this bucket; if not, S3's refusal of the configuration. */
    public static void requireS3MayInvoke(Cloud cloud, String function, String bucket) {
        if (!cloud.iam().allows(function, "s3.amazonaws.com", "arn:aws:s3:::" + bucket)) {
            throw new CliException("InvalidArgument", "Unable to validate the following destination configurations."
                    + " S3 checks that it may invoke " + function + " before it saves the configuration: aws lambda"
                    + " add-permission --function-name " + function + " --statement-id s3-invoke --action"
                    + " lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::" + bucket
                    + " --source-account " + Cloud.ACCOUNT_ID);
        }
    }

    /** Whether API Gateway may invoke the function for this API. */
    static boolean apiMayInvoke(Cloud cloud, String function, String apiId) {
        return cloud.iam().allows(function, "apigateway.amazonaws.com", "arn:aws:execute-api:" + Cloud.REGION + ":"
                + Cloud.ACCOUNT_ID + ":" + apiId + "/x/x");
    }
}
