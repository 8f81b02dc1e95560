package computequest.sim.s3;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.lambda.ServerlessState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Removing objects and buckets, with S3's rules: deleting an object is idempotent (a key that is not there is deleted
 * all the same), and a bucket is deleted only when it is empty ({@code aws s3 rb --force} empties it first). A deleted
 * bucket's event notifications go with it.
 */
final class S3Deletes {

    private S3Deletes() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("s3", "rm", "Delete an object, or with --recursive every object under a prefix.", List.of(
                        Param.positional("s3://bucket/key", true, "The object, e.g. s3://my-photos-1234/cake.jpg."),
                        Param.flag("--recursive", "Every object under the prefix.")), S3Deletes::rm),
                new Operation("s3", "rb", "Remove an empty bucket: aws s3 rb s3://NAME (--force empties it first).",
                        List.of(Param.positional("s3://bucket", true, "The bucket, e.g. s3://my-photos-1234."),
                                Param.flag("--force", "Delete every object first, then the bucket.")), S3Deletes::rb),
                new Operation("s3api", "delete-object", "Delete one object.", List.of(
                        Param.req("--bucket", "The bucket."), Param.req("--key", "The object's name.")),
                        S3Deletes::deleteObject),
                new Operation("s3api", "delete-bucket", "Delete a bucket, which must be empty.", List.of(
                        Param.req("--bucket", "The bucket.")), S3Deletes::deleteBucket));
    }

    private static ServerlessState.Bucket bucket(Cloud cloud, String name) {
        ServerlessState.Bucket b = cloud.serverless().buckets().get(name);
        if (b == null) {
            throw new CliException("NoSuchBucket", "The specified bucket does not exist: " + name
                    + computequest.story.Suggest.didYouMean(name, cloud.serverless().buckets().keySet()));
        }
        return b;
    }

    /** {@code s3://bucket/key}: the bucket and the key (empty for the bucket itself). */
    private static String[] split(String s3url) {
        if (!s3url.startsWith("s3://")) {
            throw new CliException("<S3Uri>: give it as s3://" + s3url + ", with s3:// in front.");
        }
        String rest = s3url.substring(5);
        int slash = rest.indexOf('/');
        return slash < 0 ? new String[] {rest, ""} : new String[] {rest.substring(0, slash), rest.substring(slash + 1)};
    }

    private static Cloud without(Cloud cloud, ServerlessState.Bucket b, List<String> keys) {
        Map<String, Long> objects = b.objects();
        for (String k : keys) {
            objects = Copy.remove(objects, k);
        }
        return cloud.withServerless(cloud.serverless().withBucket(new ServerlessState.Bucket(b.name(), objects)));
    }

    /** The keys of a bucket under a prefix, in S3's order. */
    private static List<String> under(ServerlessState.Bucket b, String prefix) {
        List<String> keys = new ArrayList<>();
        for (String k : new TreeMap<>(b.objects()).keySet()) {
            if (k.startsWith(prefix)) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static Operation.Result rm(Cloud cloud, Invocation call) {
        String[] at = split(call.value("s3://bucket/key"));
        ServerlessState.Bucket b = bucket(cloud, at[0]);
        List<String> keys = call.has("--recursive") ? under(b, at[1]) : List.of(at[1]);
        if (!call.has("--recursive") && at[1].isEmpty()) {
            throw new CliException("<S3Uri>: name the object, s3://" + at[0] + "/KEY, or add --recursive to delete"
                    + " every object in the bucket.");
        }
        StringBuilder out = new StringBuilder();
        keys.forEach(k -> out.append("delete: s3://").append(b.name()).append('/').append(k).append('\n'));
        long gone = keys.stream().filter(b.objects()::containsKey).count();
        return new Operation.Result(without(cloud, b, keys), new JsonPrimitive(out.toString().stripTrailing()),
                gone == 0 ? List.of() : List.of("Deleted " + gone + (gone == 1 ? " object" : " objects") + " from "
                        + b.name() + "."));
    }

    private static Operation.Result deleteObject(Cloud cloud, Invocation call) {
        ServerlessState.Bucket b = bucket(cloud, call.value("--bucket"));
        String key = call.value("--key");
        boolean had = b.objects().containsKey(key);
        return new Operation.Result(without(cloud, b, List.of(key)), new JsonObject(), had
                ? List.of("Deleted s3://" + b.name() + "/" + key + ".") : List.of());
    }

    private static Operation.Result rb(Cloud cloud, Invocation call) {
        String[] at = split(call.value("s3://bucket"));
        ServerlessState.Bucket b = bucket(cloud, at[0]);
        StringBuilder out = new StringBuilder();
        List<String> changes = new ArrayList<>();
        if (call.has("--force") && !b.objects().isEmpty()) {
            List<String> keys = under(b, "");
            keys.forEach(k -> out.append("delete: s3://").append(b.name()).append('/').append(k).append('\n'));
            cloud = without(cloud, b, keys);
            changes.add("Deleted " + keys.size() + (keys.size() == 1 ? " object" : " objects") + " from " + b.name()
                    + ".");
        }
        cloud = remove(cloud, b.name(), changes, true);
        out.append("remove_bucket: ").append(b.name());
        return new Operation.Result(cloud, new JsonPrimitive(out.toString()), changes);
    }

    private static Operation.Result deleteBucket(Cloud cloud, Invocation call) {
        List<String> changes = new ArrayList<>();
        String name = bucket(cloud, call.value("--bucket")).name();
        cloud = remove(cloud, name, changes, false);
        return new Operation.Result(cloud, new JsonObject(), changes);
    }

    /** Deletes an empty bucket and its event notifications; a bucket with objects is refused, as S3 refuses it. */
    private static Cloud remove(Cloud cloud, String name, List<String> changes, boolean rb) {
        ServerlessState.Bucket b = bucket(cloud, name);
        if (!b.objects().isEmpty()) {
            String why = "The bucket you tried to delete is not empty: it holds " + b.objects().size()
                    + (b.objects().size() == 1 ? " object" : " objects") + ". Delete them first (aws s3 rm s3://"
                    + name + " --recursive), or remove it with aws s3 rb s3://" + name + " --force.";
            // aws s3 rb prints the API's error after its own words, as the real CLI does
            throw rb ? CliException.fromTool("BucketNotEmpty", "remove_bucket failed: s3://" + name
                    + " An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: " + why)
                    : new CliException("BucketNotEmpty", why);
        }
        ServerlessState s = cloud.serverless();
        ServerlessState.Trigger t = s.triggers().get("s3:" + name);
        s = new ServerlessState(s.functions(), s.triggers(), Copy.remove(s.buckets(), name), s.tables(), s.queues(),
                s.rules()).withoutTrigger("s3:" + name);
        changes.add("Bucket " + name + " deleted" + (t == null ? "." : "; it no longer invokes " + t.function() + "."));
        return cloud.withServerless(s);
    }
}
