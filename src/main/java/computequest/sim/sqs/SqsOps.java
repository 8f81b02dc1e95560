package computequest.sim.sqs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.dynamodb.DynamoOps;
import computequest.sim.lambda.LambdaInvoke;
import computequest.sim.lambda.ServerlessState;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;

/** SQS queues and messages; a queue mapped to a function (create-event-source-mapping) invokes it. */
public final class SqsOps {

    private SqsOps() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("sqs", "create-queue", "Create a queue.", List.of(Param.req("--queue-name", "The name."),
                        Param.opt("--attributes", "e.g. MessageRetentionPeriod=259200,VisibilityTimeout=60, or JSON."),
                        Param.opt("--tags", "e.g. team=web.")), SqsOps::createQueue),
                new Operation("sqs", "get-queue-url", "Look up a queue's URL by its name.", List.of(),
                        SqsOps::getQueueUrl),
                new Operation("sqs", "list-queues", "List queue URLs.", List.of(
                        Param.opt("--queue-name-prefix", "Only queues whose names start with this.")), SqsOps::listQueues),
                new Operation("sqs", "send-message", "Send a message; a mapped function receives it.", List.of(
                        Param.req("--queue-url", "https://sqs.us-east-1.amazonaws.com/123456789012/NAME"),
                        Param.req("--message-body", "The text."),
                        Param.opt("--delay-seconds", "Hide the message for 0 to 900 seconds first."),
                        Param.opt("--message-attributes", "Typed metadata, JSON: {\"City\":{\"DataType\":\"String\",...}}"),
                        Param.opt("--message-group-id", "FIFO queues only."),
                        Param.opt("--message-deduplication-id", "FIFO queues only.")), SqsOps::sendMessage));
    }

    // ---- SQS ----

    private static final List<String> QUEUE_ATTRIBUTES = List.of("DelaySeconds", "MaximumMessageSize",
            "MessageRetentionPeriod", "Policy", "ReceiveMessageWaitTimeSeconds", "VisibilityTimeout", "RedrivePolicy",
            "RedriveAllowPolicy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled", "FifoQueue",
            "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit");

    static String queueUrl(String name) {
        return "https://sqs." + Cloud.REGION + ".amazonaws.com/" + Cloud.ACCOUNT_ID + "/" + name;
    }

    static Operation.Result createQueue(Cloud cloud, Invocation call) {
        String name = call.value("--queue-name");
        if (!name.matches("[A-Za-z0-9_-]{1,80}")) {
            throw new CliException("InvalidParameterValue", "Queue names are up to 80 letters, digits, hyphens and"
                    + " underscores.");
        }
        JsonObject attributes = call.has("--attributes")
                ? DynamoOps.value(call.value("--attributes")).getAsJsonObject() : new JsonObject();
        for (String k : attributes.keySet()) {
            if (!QUEUE_ATTRIBUTES.contains(k)) {
                throw new CliException("InvalidAttributeName", "Unknown Attribute " + k + "."
                        + Suggest.didYouMean(k, QUEUE_ATTRIBUTES));
            }
        }
        ServerlessState.Queue existing = cloud.serverless().queues().get(name);
        if (existing != null && !existing.attributes().equals(attributes.toString()) && call.has("--attributes")) {
            throw new CliException("QueueAlreadyExists", "A queue already exists with the same name and a different"
                    + " value for attribute(s) " + String.join(", ", attributes.keySet()));
        }
        if (existing == null) {
            cloud = cloud.withServerless(cloud.serverless().withQueue(new ServerlessState.Queue(name, 0,
                    attributes.toString())));
        }
        JsonObject res = new JsonObject();
        res.addProperty("QueueUrl", queueUrl(name));
        return new Operation.Result(cloud, res, List.of("Queue " + name + " created (ARN arn:aws:sqs:" + Cloud.REGION + ":"
                + Cloud.ACCOUNT_ID + ":" + name + ")."));
    }

    static Operation.Result listQueues(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        cloud.serverless().queues().keySet().stream().filter(n -> n.startsWith(call.value("--queue-name-prefix", "")))
                .forEach(n -> a.add(queueUrl(n)));
        JsonObject res = new JsonObject();
        res.add("QueueUrls", a);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result getQueueUrl(Cloud cloud, Invocation call) {
        String name = call.value("--queue-name");
        if (!cloud.serverless().queues().containsKey(name)) {
            throw new CliException("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist."
                    + Suggest.didYouMean(name, cloud.serverless().queues().keySet()));
        }
        JsonObject res = new JsonObject();
        res.addProperty("QueueUrl", queueUrl(name));
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result sendMessage(Cloud cloud, Invocation call) {
        String url = call.value("--queue-url");
        String name = url.substring(url.lastIndexOf('/') + 1);
        ServerlessState.Queue q = cloud.serverless().queues().get(name);
        if (q == null || !url.equals(queueUrl(name))) {
            throw new CliException("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist: " + url
                    + (q == null ? "" : ". Its URL is " + queueUrl(name)));
        }
        int delay = call.intValue("--delay-seconds", 0, 0, 900);
        cloud = cloud.withServerless(cloud.serverless().withQueue(new ServerlessState.Queue(name, q.sent() + 1,
                q.attributes())));
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
        res.addProperty("MD5OfMessageBody", SqsDigests.body(call.value("--message-body")));
        JsonElement attributes = call.request().get("MessageAttributes");
        String attributesDigest = SqsDigests.attributes(attributes != null && attributes.isJsonObject()
                ? attributes.getAsJsonObject() : null);
        if (attributesDigest != null) {
            res.addProperty("MD5OfMessageAttributes", attributesDigest);
        }
        if (delay > 0) {
            changes.add("The message stays invisible for " + delay + " seconds (--delay-seconds) before anyone can receive"
                    + " it; the game hands it to a mapped function at once.");
        }
        String h = d.hex();
        res.addProperty("MessageId", h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20, 32));
        return new Operation.Result(cloud, res, changes);
    }
}
