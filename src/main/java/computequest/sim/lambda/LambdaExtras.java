package computequest.sim.lambda;

import static computequest.sim.lambda.LambdaOps.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lambda around a function: reserved concurrency, account settings, resource policies, SQS mappings, versions. */
public final class LambdaExtras {

    private LambdaExtras() {
    }

    private static final Pattern FUNCTION_ARN = Pattern.compile("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:([A-Za-z0-9_-]+)");

    /** The function an ARN names, as S3 notifications and API Gateway targets give it. */
    public static ServerlessState.Function functionFromArn(Cloud cloud, String text) {
        Matcher m = FUNCTION_ARN.matcher(text == null ? "" : text);
        if (!m.find()) {
            throw new CliException("BadRequestException", "Expected a Lambda function ARN such as arn:aws:lambda:"
                    + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":function:NAME (aws lambda get-function shows it).");
        }
        return function(cloud, m.group(1));
    }

    /**
     * The --description given, or {@code otherwise}. Lambda checks the model's maximum (256) itself: the CLI
     * checks only minimums, so a longer one reaches the service and comes back as a ValidationException.
     */
    static String description(Invocation call, String otherwise) {
        String d = call.value("--description", otherwise);
        if (d.length() > 256) {
            throw new CliException("ValidationException", "1 validation error detected: Value '" + d + "' at"
                    + " 'description' failed to satisfy constraint: Member must have length less than or equal to 256");
        }
        return d;
    }

    // ---- concurrency ----

    static int reservedElsewhere(Cloud cloud, String except) {
        return cloud.serverless().functions().values().stream().filter(f -> !f.name().equals(except) && f.reserved() > 0)
                .mapToInt(ServerlessState.Function::reserved).sum();
    }

    static Operation.Result putConcurrency(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        int r = call.intValue("--reserved-concurrent-executions", 0, 0, ACCOUNT_CONCURRENCY);
        int other = reservedElsewhere(cloud, f.name());
        if (ACCOUNT_CONCURRENCY - other - r < UNRESERVED_MINIMUM) {
            throw new CliException("InvalidParameterValueException", "Specified ReservedConcurrentExecutions for function"
                    + " decreases account's UnreservedConcurrentExecution below its minimum value of ["
                    + UNRESERVED_MINIMUM + "]. The account limit is " + ACCOUNT_CONCURRENCY + "; " + other
                    + " is reserved by other functions, so at most " + (ACCOUNT_CONCURRENCY - other - UNRESERVED_MINIMUM)
                    + " is left for this one.");
        }
        cloud = cloud.withServerless(cloud.serverless().withFunction(f.configured(f.memory(), f.timeout(), f.runtime(),
                f.handler(), r)));
        JsonObject res = new JsonObject();
        res.addProperty("ReservedConcurrentExecutions", r);
        return new Operation.Result(cloud, res, List.of(r == 0
                ? f.name() + ": reserved concurrency 0 - every call is throttled now (a quick off switch)."
                : f.name() + ": up to " + r + " copies may run at once, guaranteed and capped; the other functions share "
                + (ACCOUNT_CONCURRENCY - other - r) + "."));
    }

    static Operation.Result deleteConcurrency(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        cloud = cloud.withServerless(cloud.serverless().withFunction(f.configured(f.memory(), f.timeout(), f.runtime(),
                f.handler(), -1)));
        return new Operation.Result(cloud, new JsonObject(), List.of(f.name() + " shares the account's unreserved concurrency again."));
    }

    static Operation.Result accountSettings(Cloud cloud, Invocation call) {
        JsonObject limit = new JsonObject();
        limit.addProperty("ConcurrentExecutions", ACCOUNT_CONCURRENCY);
        limit.addProperty("UnreservedConcurrentExecutions", ACCOUNT_CONCURRENCY - reservedElsewhere(cloud, ""));
        limit.addProperty("TotalCodeSize", 80530636800L);
        limit.addProperty("CodeSizeZipped", 52428800);
        limit.addProperty("CodeSizeUnzipped", 262144000);
        JsonObject usage = new JsonObject();
        usage.addProperty("FunctionCount", cloud.serverless().functions().size());
        usage.addProperty("TotalCodeSize", cloud.serverless().functions().values().stream()
                .mapToLong(f -> json(f).get("CodeSize").getAsLong()).sum());
        JsonObject res = new JsonObject();
        res.add("AccountLimit", limit);
        res.add("AccountUsage", usage);
        return new Operation.Result(cloud, res, List.of("This game's account has the standard " + ACCOUNT_CONCURRENCY
                + " concurrent executions per Region. A brand-new real account can show far fewer here until AWS"
                + " raises it with use; check yours before counting on a burst (Service Quotas lists it)."));
    }

    static Operation.Result createEventSourceMapping(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        String arn = call.value("--event-source-arn");
        String prefix = "arn:aws:sqs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":";
        if (!arn.startsWith(prefix)) {
            throw new CliException("InvalidParameterValueException", "This game maps SQS queues only: --event-source-arn "
                    + prefix + "QUEUE");
        }
        String queue = arn.substring(prefix.length());
        if (!cloud.serverless().queues().containsKey(queue)) {
            throw new CliException("InvalidParameterValueException", "Error occurred while ReceiveMessage. SQS Error Code:"
                    + " AWS.SimpleQueueService.NonExistentQueue. Create it: aws sqs create-queue --queue-name " + queue);
        }
        int batch = call.intValue("--batch-size", 10, 1, 10_000); // a standard queue's limit (the game has no FIFO queues)
        int window = call.intValue("--maximum-batching-window-in-seconds", 0, 0, 300);
        if (batch > 10 && window < 1) {
            throw new CliException("InvalidParameterValueException", "Maximum batch window in seconds must be greater"
                    + " than 0 if maximum batch size is greater than 10. (Lambda waits that long to gather a big batch:"
                    + " add --maximum-batching-window-in-seconds 1 or more.)");
        }
        Cloud.Drawn d = cloud.draw(32);
        cloud = d.cloud();
        ServerlessState.Trigger t = new ServerlessState.Trigger("sqs:" + queue, f.name(), "sqs", queue, window, -1,
                batch, uuid(d.hex()), cloud.clock());
        cloud = cloud.withServerless(cloud.serverless().withTrigger(t));
        JsonObject res = mappingJson(t, f, "Creating");
        return new Operation.Result(cloud, res, List.of("Lambda now polls queue " + queue + " and calls " + f.name()
                + " with batches of up to " + batch + " messages (polling is free; each call is billed as usual)."));
    }

    private static JsonObject mappingJson(ServerlessState.Trigger t, ServerlessState.Function f, String state) {
        JsonObject o = new JsonObject();
        o.addProperty("UUID", t.detail());
        o.addProperty("BatchSize", t.batchSize() == 0 ? 10 : t.batchSize());
        o.addProperty("MaximumBatchingWindowInSeconds", t.period());
        o.addProperty("EventSourceArn", "arn:aws:sqs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":" + t.source());
        o.addProperty("FunctionArn", f.arn());
        o.addProperty("LastModified", Catalog.timestamp(t.createdAt()));
        o.addProperty("State", state);
        o.addProperty("StateTransitionReason", "USER_INITIATED");
        return o;
    }

    static Operation.Result listEventSourceMappings(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        for (ServerlessState.Trigger t : cloud.serverless().triggers().values()) {
            if (t.type().equals("sqs") && (!call.has("--function-name") || t.function().equals(call.value("--function-name")))) {
                a.add(mappingJson(t, function(cloud, t.function()), "Enabled"));
            }
        }
        JsonObject res = new JsonObject();
        res.add("EventSourceMappings", a);
        return new Operation.Result(cloud, res, List.of());
    }

    // ---- versions ----

    static Operation.Result publishVersion(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        FunctionStates.requireSettled(f);
        JsonObject latest = json(f);
        if (call.has("--code-sha256") && !call.value("--code-sha256").equals(latest.get("CodeSha256").getAsString())) {
            throw new CliException("InvalidParameterValueException", "CodeSHA256 (" + call.value("--code-sha256")
                    + ") is different from current CodeSHA256 in $LATEST (" + latest.get("CodeSha256").getAsString()
                    + "). Please try again with the CodeSHA256 in $LATEST.");
        }
        if (call.has("--revision-id") && !call.value("--revision-id").equals(latest.get("RevisionId").getAsString())) {
            throw new CliException("PreconditionFailedException", "The Revision Id provided does not match the latest"
                    + " Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
        }
        ServerlessState.Published last = f.published().isEmpty() ? null : f.published().get(f.published().size() - 1);
        boolean unchanged = last != null && last.code().equals(f.code()) && last.memory() == f.memory()
                && last.timeout() == f.timeout() && last.runtime().equals(f.runtime()) && last.handler().equals(f.handler());
        if (unchanged) {
            return new Operation.Result(cloud, json(f, last), List.of("Nothing changed since version " + last.version()
                    + ", so Lambda returns that version instead of making a new one."));
        }
        ServerlessState.Published v = new ServerlessState.Published(f.published().size() + 1, f.code(), f.runtime(),
                f.handler(), f.memory(), f.timeout(), cloud.clock());
        cloud = cloud.withServerless(cloud.serverless().withFunction(f.withPublished(v)));
        return new Operation.Result(cloud, json(f, v), List.of(f.name() + ": version " + v.version() + " published."
                + " It can never change: call it as " + f.name() + ":" + v.version() + " while you keep editing"
                + " $LATEST. Versions cost nothing extra; you pay per call as usual."));
    }
}
