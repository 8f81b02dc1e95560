package computequest.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What invokes Lambda functions, and the serverless services around them: API Gateway HTTP APIs, S3 buckets and
 * their event notifications, EventBridge schedules, SQS queues, and DynamoDB tables.
 */
final class TriggerOps {

    private static final Pattern FUNCTION_ARN = Pattern.compile("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:([A-Za-z0-9_-]+)");
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");

    private TriggerOps() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("apigatewayv2", "create-api", "Create an HTTP API; --target FUNCTION-ARN quick-creates a route to Lambda.", List.of(
                        Param.req("--name", "The API name."), Param.req("--protocol-type", "HTTP (WEBSOCKET is not simulated)."),
                        Param.opt("--target", "A Lambda function ARN: every request invokes it.")), TriggerOps::createApi),
                new Operation("apigatewayv2", "get-apis", "List HTTP APIs and their endpoints.", List.of(), TriggerOps::getApis),
                new Operation("apigatewayv2", "delete-api", "Delete an API.", List.of(Param.req("--api-id", "The API id.")),
                        TriggerOps::deleteApi),
                new Operation("s3", "mb", "Make a bucket: aws s3 mb s3://NAME", List.of(
                        Param.positional("s3://bucket", true, "The bucket, e.g. s3://my-photos-1234.")), TriggerOps::makeBucket),
                new Operation("s3", "ls", "List buckets, or the objects in one.", List.of(
                        Param.positional("s3://bucket", false, "A bucket to list.")), TriggerOps::list),
                new Operation("s3", "cp", "Upload a file: aws s3 cp FILE s3://bucket/key", List.of(
                        Param.positional("source", true, "A local file, e.g. photo.jpg."),
                        Param.positional("destination", true, "s3://bucket/key")), TriggerOps::copy),
                new Operation("s3api", "create-bucket", "Create a bucket.", List.of(Param.req("--bucket", "The name.")),
                        TriggerOps::makeBucket),
                new Operation("s3api", "put-bucket-notification-configuration", "Invoke a function when objects are created.", List.of(
                        Param.req("--bucket", "The bucket."),
                        Param.req("--notification-configuration", "{\"LambdaFunctionConfigurations\":[{\"LambdaFunctionArn\":\"ARN\","
                                + "\"Events\":[\"s3:ObjectCreated:*\"]}]}")), TriggerOps::putNotification),
                new Operation("s3api", "list-objects-v2", "List a bucket's objects.", List.of(Param.req("--bucket", "The bucket.")),
                        TriggerOps::list),
                new Operation("events", "put-rule", "Create an EventBridge rule on a schedule, e.g. rate(5 minutes).", List.of(
                        Param.req("--name", "The rule name."), Param.req("--schedule-expression", "rate(5 minutes)"),
                        Param.opt("--state", "ENABLED (default).")), TriggerOps::putRule),
                new Operation("events", "put-targets", "Make a rule invoke a function.", List.of(
                        Param.req("--rule", "The rule."), Param.list("--targets", true, "Id=1,Arn=FUNCTION-ARN")), TriggerOps::putTargets),
                new Operation("events", "list-rules", "List rules.", List.of(), TriggerOps::listRules),
                new Operation("sqs", "create-queue", "Create a queue.", List.of(Param.req("--queue-name", "The name.")),
                        TriggerOps::createQueue),
                new Operation("sqs", "list-queues", "List queue URLs.", List.of(), TriggerOps::listQueues),
                new Operation("sqs", "send-message", "Send a message; a mapped function receives it.", List.of(
                        Param.req("--queue-url", "https://sqs.us-east-1.amazonaws.com/123456789012/NAME"),
                        Param.req("--message-body", "The text.")), TriggerOps::sendMessage),
                new Operation("dynamodb", "create-table", "Create a table (PAY_PER_REQUEST is on-demand, serverless).", List.of(
                        Param.req("--table-name", "The name."),
                        Param.list("--attribute-definitions", true, "AttributeName=id,AttributeType=S"),
                        Param.list("--key-schema", true, "AttributeName=id,KeyType=HASH"),
                        Param.opt("--billing-mode", "PAY_PER_REQUEST or PROVISIONED."),
                        Param.opt("--provisioned-throughput", "ReadCapacityUnits=5,WriteCapacityUnits=5 (PROVISIONED only).")),
                        TriggerOps::createTable),
                new Operation("dynamodb", "describe-table", "Show a table.", List.of(Param.req("--table-name", "The table.")),
                        TriggerOps::describeTable),
                new Operation("dynamodb", "list-tables", "List tables.", List.of(), TriggerOps::listTables),
                new Operation("dynamodb", "delete-table", "Delete a table.", List.of(Param.req("--table-name", "The table.")),
                        TriggerOps::deleteTable));
    }

    private static ServerlessState.Function functionFromArn(Cloud cloud, String text) {
        Matcher m = FUNCTION_ARN.matcher(text == null ? "" : text);
        if (!m.find()) {
            throw new CliException("BadRequestException", "Expected a Lambda function ARN such as arn:aws:lambda:"
                    + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":function:NAME (aws lambda get-function shows it).");
        }
        return LambdaOps.function(cloud, m.group(1));
    }

    // ---- API Gateway ----

    private static Operation.Result createApi(Cloud cloud, Invocation call) {
        String proto = call.value("--protocol-type");
        if (!proto.equals("HTTP")) {
            throw new CliException("BadRequestException", "This game simulates HTTP APIs only: --protocol-type HTTP.");
        }
        if (!call.has("--target")) {
            throw new CliException("BadRequestException", "Add --target with a Lambda function ARN: this game simulates"
                    + " quick create, where one route sends every request to the function.");
        }
        ServerlessState.Function f = functionFromArn(cloud, call.value("--target"));
        Cloud.Drawn d = cloud.draw(16);
        cloud = d.cloud();
        StringBuilder id = new StringBuilder();
        long v = d.draw().value();
        for (int i = 0; i < 10; i++) {
            id.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt((int) Math.floorMod(v >> (i * 5), 36L)));
        }
        String endpoint = "https://" + id + ".execute-api." + Cloud.REGION + ".amazonaws.com";
        cloud = cloud.withServerless(cloud.serverless().withTrigger(new ServerlessState.Trigger("api-gateway:" + id,
                f.name(), "api-gateway", id.toString(), 0, -1)));
        JsonObject res = new JsonObject();
        res.addProperty("ApiId", id.toString());
        res.addProperty("Name", call.value("--name"));
        res.addProperty("ProtocolType", "HTTP");
        res.addProperty("ApiEndpoint", endpoint);
        return new Operation.Result(cloud, res, List.of("HTTP API " + id + " created: every request to " + endpoint
                + "/ invokes " + f.name() + " synchronously. Try: curl " + endpoint + "/"));
    }

    private static Operation.Result getApis(Cloud cloud, Invocation call) {
        JsonArray items = new JsonArray();
        for (ServerlessState.Trigger t : cloud.serverless().triggers().values()) {
            if (t.type().equals("api-gateway")) {
                JsonObject o = new JsonObject();
                o.addProperty("ApiId", t.source());
                o.addProperty("ApiEndpoint", "https://" + t.source() + ".execute-api." + Cloud.REGION + ".amazonaws.com");
                o.addProperty("Target", t.function());
                items.add(o);
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

    // ---- S3 ----

    private static String bucketName(String s3url) {
        String b = s3url.replaceFirst("^s3://", "");
        int slash = b.indexOf('/');
        return slash >= 0 ? b.substring(0, slash) : b;
    }

    private static ServerlessState.Bucket bucket(Cloud cloud, String name) {
        ServerlessState.Bucket b = cloud.serverless().buckets().get(name);
        if (b == null) {
            throw new CliException("NoSuchBucket", "The specified bucket does not exist: " + name
                    + Suggest.didYouMean(name, cloud.serverless().buckets().keySet()));
        }
        return b;
    }

    private static Operation.Result makeBucket(Cloud cloud, Invocation call) {
        String raw = call.has("--bucket") ? call.value("--bucket") : call.value("s3://bucket");
        if (!call.has("--bucket") && !raw.startsWith("s3://")) {
            throw new CliException("<S3Uri>: give the bucket as s3://" + raw);
        }
        String name = bucketName(raw);
        if (!name.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new CliException("InvalidBucketName", "Bucket names are 3 to 63 lowercase letters, digits, dots and"
                    + " hyphens; '" + name + "' is not.");
        }
        if (cloud.serverless().buckets().containsKey(name)) {
            throw new CliException("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded"
                    + " and you already own it.");
        }
        cloud = cloud.withServerless(cloud.serverless().withBucket(new ServerlessState.Bucket(name, java.util.Map.of())));
        if (call.operation().service().equals("s3")) {
            return new Operation.Result(cloud, new com.google.gson.JsonPrimitive("make_bucket: " + name), List.of(
                    "Bucket " + name + " created: serverless storage, paid per GB stored and per request."));
        }
        JsonObject res = new JsonObject();
        res.addProperty("Location", "/" + name);
        return new Operation.Result(cloud, res, List.of("Bucket " + name + " created."));
    }

    private static Operation.Result list(Cloud cloud, Invocation call) {
        String target = call.has("--bucket") ? call.value("--bucket") : call.value("s3://bucket");
        StringBuilder b = new StringBuilder();
        if (target == null) {
            cloud.serverless().buckets().keySet().forEach(n -> b.append("2026-01-01 00:00:00 ").append(n).append('\n'));
        } else {
            ServerlessState.Bucket bucket = bucket(cloud, bucketName(target));
            bucket.objects().forEach((k, size) -> b.append("2026-01-01 00:00:00 ").append(String.format("%10d", size))
                    .append(' ').append(k).append('\n'));
        }
        return new Operation.Result(cloud, new com.google.gson.JsonPrimitive(b.toString().stripTrailing()), List.of());
    }

    private static Operation.Result copy(Cloud cloud, Invocation call) {
        String src = call.value("source");
        String dst = call.value("destination");
        if (src.startsWith("s3://") || !dst.startsWith("s3://")) {
            throw new CliException("This game uploads only: aws s3 cp FILE s3://bucket/key");
        }
        String name = bucketName(dst);
        ServerlessState.Bucket b = bucket(cloud, name);
        String rest = dst.substring(5 + name.length());
        String key = rest.isEmpty() || rest.equals("/") ? src.replaceFirst(".*/", "") : rest.substring(1);
        if (key.endsWith("/")) {
            key = key + src.replaceFirst(".*/", "");
        }
        long size = 20_000 + Math.floorMod(key.hashCode(), 500_000);
        cloud = cloud.withServerless(cloud.serverless().withBucket(new ServerlessState.Bucket(name, Copy.put(b.objects(), key, size))));
        List<String> changes = new ArrayList<>();
        changes.add("Uploaded " + src + " to s3://" + name + "/" + key + ".");
        ServerlessState.Trigger t = cloud.serverless().triggers().get("s3:" + name);
        if (t != null && cloud.serverless().functions().containsKey(t.function())) {
            LambdaInvoke.Invoked r = LambdaInvoke.invoke(cloud, cloud.serverless().functions().get(t.function()),
                    "S3 event s3:ObjectCreated:Put for " + key + ", asynchronous");
            cloud = r.cloud();
            changes.addAll(r.lines());
        }
        return new Operation.Result(cloud, new com.google.gson.JsonPrimitive("upload: ./" + src.replaceFirst("^\\./", "")
                + " to s3://" + name + "/" + key), changes);
    }

    private static Operation.Result putNotification(Cloud cloud, Invocation call) {
        ServerlessState.Bucket b = bucket(cloud, call.value("--bucket"));
        String conf = call.value("--notification-configuration");
        if (conf.startsWith("file://")) {
            throw new CliException("Error parsing parameter '--notification-configuration': no such file here; give the"
                    + " JSON inline.");
        }
        TaskDefinitions.parseJson("--notification-configuration", conf);
        if (!conf.contains("LambdaFunctionConfigurations")) {
            throw new CliException("InvalidArgument", "This game simulates LambdaFunctionConfigurations only.");
        }
        ServerlessState.Function f = functionFromArn(cloud, conf);
        cloud = cloud.withServerless(cloud.serverless().withTrigger(new ServerlessState.Trigger("s3:" + b.name(), f.name(),
                "s3", b.name(), 0, -1)));
        return new Operation.Result(cloud, new JsonObject(), List.of("Bucket " + b.name() + " now invokes " + f.name()
                + " (asynchronously) for every new object. Try: aws s3 cp photo.jpg s3://" + b.name() + "/photo.jpg"));
    }

    // ---- EventBridge ----

    static long period(String expression) {
        Matcher m = RATE.matcher(expression.trim());
        if (!m.matches()) {
            if (expression.trim().startsWith("cron(")) {
                throw new CliException("ValidationException", "This game simulates rate() schedules only, e.g."
                        + " rate(5 minutes). cron() expressions are real but not simulated.");
            }
            throw new CliException("ValidationException", "Parameter ScheduleExpression is not valid: '" + expression
                    + "'. Example: rate(5 minutes), rate(1 hour).");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (n == 0 || (n == 1) != !unit.endsWith("s")) {
            throw new CliException("ValidationException", "Parameter ScheduleExpression is not valid: use rate(1 minute)"
                    + " but rate(5 minutes) - singular for 1, plural otherwise.");
        }
        return n * (unit.startsWith("minute") ? 60 : unit.startsWith("hour") ? 3600 : 86400);
    }

    private static Operation.Result putRule(Cloud cloud, Invocation call) {
        String name = call.value("--name");
        String expr = call.value("--schedule-expression");
        ServerlessState.Rule r = new ServerlessState.Rule(name, expr, period(expr));
        cloud = cloud.withServerless(cloud.serverless().withRule(r));
        JsonObject res = new JsonObject();
        res.addProperty("RuleArn", "arn:aws:events:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":rule/" + name);
        return new Operation.Result(cloud, res, List.of("Rule " + name + " fires on " + expr + ". Give it a target:"
                + " aws events put-targets --rule " + name + " --targets Id=1,Arn=FUNCTION-ARN"));
    }

    private static Operation.Result putTargets(Cloud cloud, Invocation call) {
        String name = call.value("--rule");
        ServerlessState.Rule r = cloud.serverless().rules().get(name);
        if (r == null) {
            throw new CliException("ResourceNotFoundException", "Rule " + name + " does not exist."
                    + Suggest.didYouMean(name, cloud.serverless().rules().keySet()));
        }
        ServerlessState.Function f = functionFromArn(cloud, String.join(" ", call.list("--targets")));
        cloud = cloud.withServerless(cloud.serverless().withTrigger(new ServerlessState.Trigger("schedule:" + name, f.name(),
                "schedule", name, r.period(), cloud.clock() + r.period())));
        JsonObject res = new JsonObject();
        res.addProperty("FailedEntryCount", 0);
        res.add("FailedEntries", new JsonArray());
        return new Operation.Result(cloud, res, List.of("Rule " + name + " will invoke " + f.name() + " every "
                + r.period() / 60 + " minutes, first in " + r.period() / 60 + " minutes (try: wait " + r.period() + ")."));
    }

    private static Operation.Result listRules(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        for (ServerlessState.Rule r : cloud.serverless().rules().values()) {
            JsonObject o = new JsonObject();
            o.addProperty("Name", r.name());
            o.addProperty("ScheduleExpression", r.expression());
            o.addProperty("State", "ENABLED");
            a.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("Rules", a);
        return new Operation.Result(cloud, res, List.of());
    }

    // ---- SQS ----

    private static String queueUrl(String name) {
        return "https://sqs." + Cloud.REGION + ".amazonaws.com/" + Cloud.ACCOUNT_ID + "/" + name;
    }

    private static Operation.Result createQueue(Cloud cloud, Invocation call) {
        String name = call.value("--queue-name");
        if (!name.matches("[A-Za-z0-9_-]{1,80}")) {
            throw new CliException("InvalidParameterValue", "Queue names are up to 80 letters, digits, hyphens and"
                    + " underscores.");
        }
        if (!cloud.serverless().queues().containsKey(name)) {
            cloud = cloud.withServerless(cloud.serverless().withQueue(new ServerlessState.Queue(name, 0)));
        }
        JsonObject res = new JsonObject();
        res.addProperty("QueueUrl", queueUrl(name));
        return new Operation.Result(cloud, res, List.of("Queue " + name + " created (ARN arn:aws:sqs:" + Cloud.REGION + ":"
                + Cloud.ACCOUNT_ID + ":" + name + ")."));
    }

    private static Operation.Result listQueues(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        cloud.serverless().queues().keySet().forEach(n -> a.add(queueUrl(n)));
        JsonObject res = new JsonObject();
        res.add("QueueUrls", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result sendMessage(Cloud cloud, Invocation call) {
        String url = call.value("--queue-url");
        String name = url.substring(url.lastIndexOf('/') + 1);
        ServerlessState.Queue q = cloud.serverless().queues().get(name);
        if (q == null || !url.equals(queueUrl(name))) {
            throw new CliException("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist: " + url
                    + (q == null ? "" : ". Its URL is " + queueUrl(name)));
        }
        cloud = cloud.withServerless(cloud.serverless().withQueue(new ServerlessState.Queue(name, q.sent() + 1)));
        Cloud.Drawn d = cloud.draw(32);
        cloud = d.cloud();
        List<String> changes = new ArrayList<>();
        changes.add("Message queued in " + name + ".");
        ServerlessState.Trigger t = cloud.serverless().triggers().get("sqs:" + name);
        if (t != null && cloud.serverless().functions().containsKey(t.function())) {
            LambdaInvoke.Invoked r = LambdaInvoke.invoke(cloud, cloud.serverless().functions().get(t.function()),
                    "SQS poller, batch of 1 from " + name);
            cloud = r.cloud();
            changes.addAll(r.lines());
            changes.add(r.error() == null ? "The function succeeded, so Lambda deleted the message from the queue."
                    : "The function failed, so the message returns to the queue after its visibility timeout.");
        }
        JsonObject res = new JsonObject();
        res.addProperty("MD5OfMessageBody", EcrOps.digest(call.value("--message-body")).substring(7, 39));
        String h = d.hex();
        res.addProperty("MessageId", h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20, 32));
        return new Operation.Result(cloud, res, changes);
    }

    // ---- DynamoDB ----

    private static Operation.Result createTable(Cloud cloud, Invocation call) {
        String name = call.value("--table-name");
        if (!name.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new CliException("ValidationException", "Table names are 3 to 255 letters, digits, '_', '-' and '.'.");
        }
        if (cloud.serverless().tables().containsKey(name)) {
            throw new CliException("ResourceInUseException", "Table already exists: " + name);
        }
        String mode = call.value("--billing-mode", "PROVISIONED");
        if (!mode.equals("PAY_PER_REQUEST") && !mode.equals("PROVISIONED")) {
            throw new CliException("ValidationException", "--billing-mode is PAY_PER_REQUEST or PROVISIONED, not " + mode + ".");
        }
        if (mode.equals("PROVISIONED") && !call.has("--provisioned-throughput")) {
            throw new CliException("ValidationException", "No provisioned throughput specified for the table. Add"
                    + " --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5, or use --billing-mode"
                    + " PAY_PER_REQUEST (on-demand: serverless, pay per request).");
        }
        String keys = String.join(" ", call.list("--key-schema"));
        Matcher m = Pattern.compile("AttributeName\"?\\s*[=:]\\s*\"?([A-Za-z0-9_.-]+)").matcher(keys);
        if (!m.find() || !keys.contains("HASH")) {
            throw new CliException("ValidationException", "--key-schema needs a partition key: AttributeName=id,KeyType=HASH");
        }
        String key = m.group(1);
        if (!String.join(" ", call.list("--attribute-definitions")).contains(key)) {
            throw new CliException("ValidationException", "One or more parameter values were invalid: Some index key"
                    + " attributes are not defined in AttributeDefinitions. Keys: [" + key + "]");
        }
        ServerlessState.Table t = new ServerlessState.Table(name, "ACTIVE", mode, key);
        cloud = cloud.withServerless(cloud.serverless().withTable(t));
        JsonObject res = new JsonObject();
        res.add("TableDescription", tableJson(t));
        return new Operation.Result(cloud, res, List.of("Table " + name + " created (" + mode + (mode.equals("PAY_PER_REQUEST")
                ? ": on-demand, nothing to size, paid per read and write - serverless" : ": you pay for capacity all the time")
                + ")."));
    }

    private static JsonObject tableJson(ServerlessState.Table t) {
        JsonObject o = new JsonObject();
        o.addProperty("TableName", t.name());
        o.addProperty("TableStatus", t.status());
        JsonObject bm = new JsonObject();
        bm.addProperty("BillingMode", t.billingMode());
        o.add("BillingModeSummary", bm);
        o.addProperty("TableArn", "arn:aws:dynamodb:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":table/" + t.name());
        return o;
    }

    private static ServerlessState.Table table(Cloud cloud, String name) {
        ServerlessState.Table t = cloud.serverless().tables().get(name);
        if (t == null) {
            throw new CliException("ResourceNotFoundException", "Requested resource not found: Table: " + name + " not found"
                    + Suggest.didYouMean(name, cloud.serverless().tables().keySet()));
        }
        return t;
    }

    private static Operation.Result describeTable(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("Table", tableJson(table(cloud, call.value("--table-name"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listTables(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        cloud.serverless().tables().keySet().forEach(a::add);
        JsonObject res = new JsonObject();
        res.add("TableNames", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteTable(Cloud cloud, Invocation call) {
        ServerlessState.Table t = table(cloud, call.value("--table-name"));
        ServerlessState s = cloud.serverless();
        cloud = cloud.withServerless(new ServerlessState(s.functions(), s.triggers(), s.buckets(), Copy.remove(s.tables(), t.name()),
                s.queues(), s.rules()));
        JsonObject res = new JsonObject();
        res.add("TableDescription", tableJson(new ServerlessState.Table(t.name(), "DELETING", t.billingMode(), t.key())));
        return new Operation.Result(cloud, res, List.of("Table " + t.name() + " deleted."));
    }
}
