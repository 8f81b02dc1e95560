package computequest.sim.lambda;

import computequest.sim.Cloud;
import computequest.sim.Copy;
import java.util.List;

/**
 * An object stored in S3, the bucket's event notification to Lambda (S3 sends one, asynchronously, for every object
 * created), and what the resize sample does with it: it saves a copy {@link #WIDTH} pixels wide in the bucket its code
 * names for copies, {@link #COPIES}. When that bucket is also the one whose events call resize, every copy is a new
 * event: a recursive loop. Lambda's recursive loop detection, on for every function unless turned off, counts the
 * invocations of one chain of events and drops the event after {@link #LOOP_LIMIT} of them.
 */
public final class S3Events {

    /** The bucket the resize sample reads originals from when API Gateway or a direct call names an image. */
    public static final String ORIGINALS = "bakery-cake-photos";
    /** The bucket the resize sample's code saves its copies in. */
    public static final String COPIES = "bakery-cake-resized";
    /** The width of the copy the resize sample makes for an S3 event. */
    static final int WIDTH = 300;
    /** Invocations one chain of events may make before Lambda stops the next one. */
    static final int LOOP_LIMIT = 16;

    private S3Events() {
    }

    /** Stores an object as an upload does, then runs what the bucket's notification calls, and so on down the chain. */
    public static Cloud upload(Cloud cloud, String bucket, String key, long size, String from, List<String> changes) {
        cloud = store(cloud, bucket, key, size);
        changes.add("Uploaded " + from + " to s3://" + bucket + "/" + key + ".");
        return follow(cloud, bucket, key, size, changes);
    }

    /**
     * The resize sample saving its copy of {@code key} in {@link #COPIES}, then the events that copy causes; the cloud
     * as it was when that bucket does not exist (the function's write fails, and {@code changes} says why).
     */
    static Cloud saveCopy(Cloud cloud, ServerlessState.Function f, String key, int width, long size,
                          List<String> changes) {
        if (!cloud.serverless().buckets().containsKey(COPIES)) {
            changes.add(noCopies(f.name()));
            return cloud;
        }
        String copy = ResizeRequest.copyKey(key, width);
        long copySize = copySize(size, width);
        cloud = store(cloud, COPIES, copy, copySize);
        changes.add(f.name() + " saved its copy as s3://" + COPIES + "/" + copy + ".");
        return follow(cloud, COPIES, copy, copySize, changes);
    }

    /** Runs the function the bucket's notification names for a new object, and the chain its copies start. */
    private static Cloud follow(Cloud cloud, String bucket, String key, long size, List<String> changes) {
        int runs = 0;
        String name = null;
        String stopped = null;
        while (true) {
            ServerlessState.Trigger t = cloud.serverless().triggers().get("s3:" + bucket);
            ServerlessState.Function f = t == null ? null : cloud.serverless().functions().get(t.function());
            if (f == null) {
                break;
            }
            name = f.name();
            if (runs == LOOP_LIMIT) {
                stopped = "Lambda stopped the loop: this chain of S3 events had already invoked " + f.name() + " "
                        + LOOP_LIMIT + " times, so its recursive loop detection (on unless you turn it off) dropped the"
                        + " next event, and AWS would tell you by email and in the AWS Health Dashboard. Remove the"
                        + " trigger on " + bucket + " before anything else lands there.";
                break;
            }
            Denied denied = denied(cloud, f, bucket, key, WIDTH);
            LambdaInvoke.Invoked r = LambdaInvoke.invoke(cloud, f, "S3 event s3:ObjectCreated:Put for " + key
                    + ", asynchronous", 1, null, denied);
            cloud = r.cloud();
            runs++;
            if (runs == 1) {
                changes.addAll(r.lines());
            }
            if (denied != null) {
                changes.add("The upload itself succeeded: S3 calls " + f.name() + " asynchronously, so the uploader"
                        + " never sees the function fail. The error went to the log group /aws/lambda/" + f.name()
                        + ": " + LambdaInvoke.logLine(r.error()));
            }
            if (r.error() != null || !f.code().equals("resize.zip")) {
                break;
            }
            if (!cloud.serverless().buckets().containsKey(COPIES)) {
                changes.add(noCopies(f.name()));
                break;
            }
            String copy = ResizeRequest.copyKey(key, WIDTH);
            size = runs == 1 ? copySize(size, WIDTH) : size; // a copy of a copy is as small as the copy
            cloud = store(cloud, COPIES, copy, size);
            if (runs == 1) {
                changes.add(f.name() + " saved its copy as s3://" + COPIES + "/" + copy + ".");
            }
            bucket = COPIES;
            key = copy;
        }
        if (runs > 1) {
            changes.add("A recursive loop: " + name + " saves its copies in " + COPIES + ", and that bucket's"
                    + " notification calls " + name + " for each new copy. It ran " + runs + " times from one upload,"
                    + " each run billed like the first, and left " + runs + " copies of copies (the last is s3://"
                    + COPIES + "/" + key + ").");
        }
        if (stopped != null) {
            changes.add(stopped);
        }
        return cloud;
    }

    /**
     * An S3 call the function's execution role may not make: the operation, the error as boto3 raises it in the
     * function, and the game's reading of it.
     */
    record Denied(String operation, String error, String why) {
    }

    /**
     * What stops the resize sample at S3, or null: it reads the original (s3:GetObject on {@code bucket/key}), then
     * writes the copy (s3:PutObject in {@link #COPIES}), each call made with its execution role's credentials.
     */
    static Denied denied(Cloud cloud, ServerlessState.Function f, String bucket, String key, int width) {
        if (!f.code().equals("resize.zip") || key == null) {
            return null;
        }
        String[][] calls = {{"GetObject", "s3:GetObject", bucket + "/" + key},
                {"PutObject", "s3:PutObject", COPIES + "/" + ResizeRequest.copyKey(key, width)}};
        for (String[] c : calls) {
            String msg = computequest.sim.iam.RolePolicies.denied(cloud, f.role(), f.name(), c[1], "arn:aws:s3:::"
                    + c[2]);
            if (msg != null) {
                String role = f.role().substring(f.role().lastIndexOf('/') + 1);
                return new Denied(c[0], "An error occurred (AccessDenied) when calling the " + c[0] + " operation: "
                        + msg, "the role " + role + " lets " + f.name() + " do only what its policies allow, and none"
                        + " allows " + c[1] + " on arn:aws:s3:::" + c[2].substring(0, c[2].indexOf('/')) + "/*"
                        + ", and AWSLambdaBasicExecutionRole covers logs only. Grant it: aws iam put-role-policy"
                        + " --role-name " + role + " --policy-name resize-s3 --policy-document file://resize-s3.json");
            }
        }
        return null;
    }

    /** What the function's log says when its bucket for copies does not exist. */
    static String noCopies(String function) {
        return function + " could not save its copy: there is no bucket " + COPIES + ", where its code saves copies"
                + " (aws s3 mb s3://" + COPIES + ").";
    }

    private static Cloud store(Cloud cloud, String bucket, String key, long size) {
        ServerlessState.Bucket b = cloud.serverless().buckets().get(bucket);
        return cloud.withServerless(cloud.serverless().withBucket(new ServerlessState.Bucket(b.name(),
                Copy.put(b.objects(), key, size))));
    }

    /** A copy's size: about the original's share of pixels at that width, never under 4 KB. */
    private static long copySize(long size, int width) {
        return Math.max(4_000, Math.min(size, size * width / ResizeRequest.USUAL_WIDTH));
    }
}
