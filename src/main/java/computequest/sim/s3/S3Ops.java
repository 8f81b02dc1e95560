package computequest.sim.s3;

import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.ecs.TaskDefinitions;
import computequest.sim.lambda.LambdaExtras;
import computequest.sim.lambda.LambdaInvoke;
import computequest.sim.lambda.S3Events;
import computequest.sim.lambda.ServerlessState;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;

/** S3 buckets and objects (aws s3 and aws s3api), and the event notifications that invoke Lambda functions. */
public final class S3Ops {

    private S3Ops() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("s3", "mb", "Make a bucket: aws s3 mb s3://NAME", List.of(
                        Param.positional("s3://bucket", true, "The bucket, e.g. s3://my-photos-1234."),
                        Param.list("--tags", false, "KEY VALUE: a tag for the new bucket (repeatable).")), S3Ops::makeBucket),
                new Operation("s3", "ls", "List buckets, or the objects in one.", List.of(
                        Param.positional("s3://bucket", false, "A bucket to list."),
                        Param.flag("--recursive", "Every object under the prefix, not one level."),
                        Param.flag("--human-readable", "Sizes in KiB, MiB..."),
                        Param.flag("--summarize", "Add the object count and total size.")), S3Ops::list),
                new Operation("s3", "cp", "Copy a file to, from or within S3: aws s3 cp FILE s3://bucket/key", List.of(
                        Param.positional("source", true, "A local file, e.g. photo.jpg, or s3://bucket/key."),
                        Param.positional("destination", true, "s3://bucket/key")), S3Ops::copy),
                new Operation("s3api", "create-bucket", "Create a bucket.", List.of(Param.req("--bucket", "The name."),
                        Param.opt("--object-ownership", "BucketOwnerEnforced (the default: ACLs off) or another setting."),
                        Param.opt("--create-bucket-configuration", "LocationConstraint=REGION (not for us-east-1).")),
                        S3Ops::makeBucket),
                new Operation("s3api", "put-bucket-notification-configuration", "Invoke a function when objects are created.", List.of(
                        Param.req("--bucket", "The bucket."),
                        Param.req("--notification-configuration", "{\"LambdaFunctionConfigurations\":[{\"LambdaFunctionArn\":\"ARN\","
                                + "\"Events\":[\"s3:ObjectCreated:*\"]}]}")), S3Ops::putNotification),
                new Operation("s3api", "list-objects-v2", "List a bucket's objects.", List.of(Param.req("--bucket", "The bucket.")),
                        S3Ops::listV2),
                new Operation("s3api", "list-buckets", "List your buckets.", List.of(), S3Ops::listBuckets),
                new Operation("s3api", "put-object", "Upload one object (aws s3 cp does this for you).", List.of(
                        Param.req("--bucket", "The bucket."), Param.req("--key", "The object's name."),
                        Param.opt("--body", "The file to upload."),
                        Param.opt("--content-length", "Its size in bytes.")), S3Ops::putObject));
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
        if (call.value("--create-bucket-configuration", "").contains("LocationConstraint=" + Cloud.REGION)
                || call.value("--create-bucket-configuration", "").matches(".*\"LocationConstraint\"\\s*:\\s*\"" + Cloud.REGION + "\".*")) {
            throw new CliException("InvalidLocationConstraint", "The specified location-constraint is not valid. In "
                    + Cloud.REGION + " leave --create-bucket-configuration out: it is the default location.");
        }
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
            // S3 lists buckets and keys in name order (UTF-8 bytes; the same order for these names)
            new java.util.TreeSet<>(cloud.serverless().buckets().keySet()).forEach(n -> b.append("2026-01-01 00:00:00 ")
                    .append(n).append('\n'));
        } else {
            ServerlessState.Bucket bucket = bucket(cloud, bucketName(target));
            boolean human = call.has("--human-readable");
            new java.util.TreeMap<>(bucket.objects()).forEach((k, size) -> b.append("2026-01-01 00:00:00 ").append(human
                    ? String.format(java.util.Locale.ROOT, "%8.1f KiB", size / 1024.0) : String.format("%10d", size))
                    .append(' ').append(k).append('\n'));
            if (call.has("--summarize")) {
                long total = bucket.objects().values().stream().mapToLong(Long::longValue).sum();
                b.append("\nTotal Objects: ").append(bucket.objects().size()).append("\n   Total Size: ")
                        .append(human ? String.format(java.util.Locale.ROOT, "%.1f KiB", total / 1024.0) : total).append('\n');
            }
        }
        return new Operation.Result(cloud, new com.google.gson.JsonPrimitive(b.toString().stripTrailing()), List.of());
    }

    /** {@code aws s3api list-objects-v2}: the API's answer, keys in order (aws s3 ls prints the same as lines). */
    private static Operation.Result listV2(Cloud cloud, Invocation call) {
        String name = bucketName(call.value("--bucket"));
        ServerlessState.Bucket bucket = bucket(cloud, name);
        JsonObject o = new JsonObject();
        com.google.gson.JsonArray contents = new com.google.gson.JsonArray();
        new java.util.TreeMap<>(bucket.objects()).forEach((key, size) -> {
            JsonObject c = new JsonObject();
            c.addProperty("Key", key);
            c.addProperty("LastModified", "2026-01-01T00:00:00+00:00");
            c.addProperty("ETag", String.format("\"%032x\"", (key + ":" + size).hashCode() & 0xffffffffL));
            c.addProperty("Size", size);
            c.addProperty("StorageClass", "STANDARD");
            contents.add(c);
        });
        o.addProperty("IsTruncated", false);
        if (!contents.isEmpty()) {
            o.add("Contents", contents);
        }
        o.addProperty("Name", name);
        o.addProperty("Prefix", "");
        o.addProperty("MaxKeys", 1000);
        o.addProperty("KeyCount", contents.size());
        return new Operation.Result(cloud, o, List.of());
    }

    private static Operation.Result copy(Cloud cloud, Invocation call) {
        String src = call.value("source");
        String dst = call.value("destination");
        if (src.startsWith("s3://")) {
            String from = bucketName(src);
            String fromKey = src.substring(5 + from.length()).replaceFirst("^/", "");
            Long size = bucket(cloud, from).objects().get(fromKey);
            if (size == null) {
                throw new CliException("404", "An error occurred (404) when calling the HeadObject operation: Key \""
                        + fromKey + "\" does not exist in s3://" + from + ".");
            }
            if (!dst.startsWith("s3://")) {
                return new Operation.Result(cloud, new com.google.gson.JsonPrimitive("download: " + src + " to "
                        + (dst.equals(".") || dst.endsWith("/") ? dst.replaceFirst("/?$", "/") + fromKey : dst)), List.of(
                        "Downloaded " + size + " bytes. Data out of S3 to the internet is billed per GB after the free allowance."));
            }
        }
        String name = bucketName(dst);
        ServerlessState.Bucket b = bucket(cloud, name);
        String rest = dst.substring(5 + name.length());
        String key = rest.isEmpty() || rest.equals("/") ? src.replaceFirst(".*/", "") : rest.substring(1);
        if (key.endsWith("/")) {
            key = key + src.replaceFirst(".*/", "");
        }
        long size = src.startsWith("s3://") ? bucket(cloud, bucketName(src)).objects().get(src.substring(5
                + bucketName(src).length()).replaceFirst("^/", "")) : 20_000 + Math.floorMod(key.hashCode(), 500_000);
        List<String> changes = new ArrayList<>();
        cloud = upload(cloud, b, key, size, src, changes);
        return new Operation.Result(cloud, new com.google.gson.JsonPrimitive((src.startsWith("s3://") ? "copy: " + src
                : "upload: ./" + src.replaceFirst("^\\./", "")) + " to s3://" + name + "/" + key), changes);
    }

    /** Stores an object and fires the bucket's Lambda notification, as every upload does. */
    private static Cloud upload(Cloud cloud, ServerlessState.Bucket b, String key, long size, String from,
                                List<String> changes) {
        return S3Events.upload(cloud, b.name(), key, size, from, changes);
    }

    /** {@code aws s3api put-object}: the API call under aws s3 cp; the size from --content-length, else the file. */
    private static Operation.Result putObject(Cloud cloud, Invocation call) {
        ServerlessState.Bucket b = bucket(cloud, call.value("--bucket"));
        String key = call.value("--key");
        String body = call.value("--body");
        long size;
        try {
            size = call.has("--content-length") ? Long.parseLong(call.value("--content-length"))
                    : body == null ? 0 : 20_000 + Math.floorMod(key.hashCode(), 500_000);
        } catch (NumberFormatException e) {
            throw new CliException("InvalidArgument", "--content-length takes a number of bytes.");
        }
        List<String> changes = new ArrayList<>();
        cloud = upload(cloud, b, key, size, body == null ? "an object" : body, changes);
        JsonObject o = new JsonObject();
        o.addProperty("ETag", String.format("\"%032x\"", (key + ":" + size).hashCode() & 0xffffffffL));
        return new Operation.Result(cloud, o, changes);
    }

    /** {@code aws s3api list-buckets}: every bucket with the time it was made. */
    private static Operation.Result listBuckets(Cloud cloud, Invocation call) {
        JsonObject o = new JsonObject();
        com.google.gson.JsonArray buckets = new com.google.gson.JsonArray();
        new java.util.TreeSet<>(cloud.serverless().buckets().keySet()).forEach(n -> {
            JsonObject b = new JsonObject();
            b.addProperty("Name", n);
            b.addProperty("CreationDate", "2026-01-01T00:00:00+00:00");
            buckets.add(b);
        });
        o.add("Buckets", buckets);
        JsonObject owner = new JsonObject();
        owner.addProperty("DisplayName", "student");
        owner.addProperty("ID", "c0ffee" + Cloud.ACCOUNT_ID);
        o.add("Owner", owner);
        return new Operation.Result(cloud, o, List.of());
    }

    private static Operation.Result putNotification(Cloud cloud, Invocation call) {
        ServerlessState.Bucket b = bucket(cloud, call.value("--bucket"));
        String conf = call.value("--notification-configuration");
        if (conf.startsWith("file://")) {
            throw new CliException("Error parsing parameter '--notification-configuration': no such file here; give the"
                    + " JSON inline.");
        }
        com.google.gson.JsonElement json = TaskDefinitions.parseJson("--notification-configuration", conf);
        if (!conf.contains("LambdaFunctionConfigurations")) {
            // a put replaces the bucket's whole configuration: a Lambda trigger it had is gone
            ServerlessState.Trigger had = cloud.serverless().triggers().get("s3:" + b.name());
            cloud = cloud.withServerless(cloud.serverless().withoutTrigger("s3:" + b.name()));
            String removed = had == null ? "" : " It no longer invokes " + had.function() + ".";
            boolean empty = json.isJsonObject() && json.getAsJsonObject().size() == 0;
            return new Operation.Result(cloud, new JsonObject(), List.of(empty ? "Bucket " + b.name() + " has no event"
                    + " notifications now: an empty configuration removes them all." + removed : "Bucket " + b.name()
                    + " will notify the SNS topics or SQS queues named in the configuration." + removed + " The game"
                    + " simulates Lambda notifications only, so nothing is delivered here; on AWS the topic or queue"
                    + " policy must let s3.amazonaws.com send."));
        }
        ServerlessState.Function f = LambdaExtras.functionFromArn(cloud, conf);
        computequest.sim.lambda.LambdaPermissions.requireS3MayInvoke(cloud, f.name(), b.name());
        cloud = cloud.withServerless(cloud.serverless().withTrigger(new ServerlessState.Trigger("s3:" + b.name(), f.name(),
                "s3", b.name(), 0, -1)));
        return new Operation.Result(cloud, new JsonObject(), List.of("Bucket " + b.name() + " now invokes " + f.name()
                + " (asynchronously) for every new object. Try: aws s3 cp photo.jpg s3://" + b.name() + "/photo.jpg"));
    }
}
