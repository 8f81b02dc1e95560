package computequest.sim.s3;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.lambda.S3Events;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Multipart upload, which {@code aws s3 cp} uses for files of 8 MB and more: create an upload, send its parts, complete
 * it. The cloud keeps no state for an upload in progress: its id names the bucket and key, and each part's ETag carries
 * the part's size, so completing it with the ETags (as every client must) stores an object the sum of its parts, and
 * fires the bucket's notification once. An aborted upload leaves nothing behind.
 */
final class S3Multipart {

    /** The smallest part but the last, as S3 requires: 5 MiB. */
    static final long MIN_PART = 5L << 20;

    private S3Multipart() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("s3api", "create-multipart-upload", "Start a multipart upload (aws s3 cp does this for"
                        + " files of 8 MB and more).", List.of(Param.req("--bucket", "The bucket."),
                        Param.req("--key", "The object's name.")), S3Multipart::create),
                new Operation("s3api", "upload-part", "Send one part of a multipart upload.", List.of(
                        Param.req("--bucket", "The bucket."), Param.req("--key", "The object's name."),
                        Param.req("--part-number", "1 to 10000."), Param.req("--upload-id", "From create-multipart-upload."),
                        Param.opt("--body", "The file holding the part."),
                        Param.opt("--content-length", "The part's size in bytes.")), S3Multipart::part),
                new Operation("s3api", "complete-multipart-upload", "Join the parts into the object.", List.of(
                        Param.req("--bucket", "The bucket."), Param.req("--key", "The object's name."),
                        Param.req("--upload-id", "From create-multipart-upload."),
                        Param.opt("--multipart-upload", "{\"Parts\":[{\"ETag\":\"...\",\"PartNumber\":1},...]}")),
                        S3Multipart::complete),
                new Operation("s3api", "abort-multipart-upload", "Give up a multipart upload; its parts are deleted.",
                        List.of(Param.req("--bucket", "The bucket."), Param.req("--key", "The object's name."),
                                Param.req("--upload-id", "From create-multipart-upload.")), S3Multipart::abort));
    }

    private static void bucket(Cloud cloud, String name) {
        if (!cloud.serverless().buckets().containsKey(name)) {
            throw new CliException("NoSuchBucket", "The specified bucket does not exist: " + name);
        }
    }

    /** An upload id: the bucket and key it is for, URL-safe base64, so nothing needs keeping in the cloud. */
    static String uploadId(String bucket, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((bucket + "/" + key)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Checks that {@code id} is an upload of this bucket and key, as S3 refuses any other. */
    private static void upload(Cloud cloud, Invocation call) {
        bucket(cloud, call.value("--bucket"));
        if (!uploadId(call.value("--bucket"), call.value("--key")).equals(call.value("--upload-id"))) {
            throw new CliException("NoSuchUpload", "The specified upload does not exist: " + call.value("--upload-id")
                    + " is not an upload of s3://" + call.value("--bucket") + "/" + call.value("--key")
                    + ". Start one with create-multipart-upload.");
        }
    }

    private static Operation.Result create(Cloud cloud, Invocation call) {
        bucket(cloud, call.value("--bucket"));
        JsonObject o = new JsonObject();
        o.addProperty("Bucket", call.value("--bucket"));
        o.addProperty("Key", call.value("--key"));
        o.addProperty("UploadId", uploadId(call.value("--bucket"), call.value("--key")));
        return new Operation.Result(cloud, o, List.of());
    }

    /** A part's ETag: 32 hexadecimal digits, as an MD5's, of which the first 16 are the part's size. */
    static String etag(long size, int partNumber, String uploadId) {
        return String.format("\"%016x%08x%08x\"", size, partNumber, uploadId.hashCode());
    }

    private static Operation.Result part(Cloud cloud, Invocation call) {
        upload(cloud, call);
        int n = call.intValue("--part-number", 0, 1, 10_000);
        long size;
        try {
            size = call.has("--content-length") ? Long.parseLong(call.value("--content-length")) : MIN_PART;
        } catch (NumberFormatException e) {
            throw new CliException("InvalidArgument", "--content-length takes a number of bytes.");
        }
        JsonObject o = new JsonObject();
        o.addProperty("ETag", etag(size, n, call.value("--upload-id")));
        return new Operation.Result(cloud, o, List.of());
    }

    private static Operation.Result complete(Cloud cloud, Invocation call) {
        upload(cloud, call);
        String bucket = call.value("--bucket");
        String key = call.value("--key");
        JsonElement parts = call.request().has("MultipartUpload")
                ? call.request().getAsJsonObject("MultipartUpload").get("Parts") : null;
        if (parts == null || !parts.isJsonArray() || parts.getAsJsonArray().isEmpty()) {
            throw new CliException("MalformedXML", "Name the parts to join: --multipart-upload"
                    + " '{\"Parts\":[{\"ETag\":\"ETAG\",\"PartNumber\":1}]}', with each part's ETag from upload-part.");
        }
        long total = 0;
        int last = 0;
        List<Long> sizes = new ArrayList<>();
        for (JsonElement p : parts.getAsJsonArray()) {
            JsonObject part = p.getAsJsonObject();
            int n = part.has("PartNumber") ? part.get("PartNumber").getAsInt() : 0;
            String etag = part.has("ETag") ? part.get("ETag").getAsString() : "";
            if (n <= last) {
                throw new CliException("InvalidPartOrder", "The list of parts was not in ascending order: list them"
                        + " by PartNumber, each once.");
            }
            last = n;
            if (!etag.equals(etag(sizeOf(etag), n, call.value("--upload-id")))) {
                throw new CliException("InvalidPart", "Part " + n + " was not uploaded, or its ETag (" + etag
                        + ") is not the one upload-part answered.");
            }
            sizes.add(sizeOf(etag));
            total += sizeOf(etag);
        }
        for (int i = 0; i < sizes.size() - 1; i++) {
            if (sizes.get(i) < MIN_PART) {
                throw new CliException("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed"
                        + " size: every part but the last must be at least 5 MiB.");
            }
        }
        List<String> changes = new ArrayList<>();
        cloud = S3Events.upload(cloud, bucket, key, total, "a file of " + total + " bytes in " + sizes.size()
                + (sizes.size() == 1 ? " part" : " parts"), changes);
        JsonObject o = new JsonObject();
        o.addProperty("Location", "https://" + bucket + ".s3." + Cloud.REGION + ".amazonaws.com/" + key);
        o.addProperty("Bucket", bucket);
        o.addProperty("Key", key);
        o.addProperty("ETag", String.format("\"%032x-%d\"", (key + ":" + total).hashCode() & 0xffffffffL,
                sizes.size()));
        return new Operation.Result(cloud, o, changes);
    }

    /** The size an ETag of {@link #etag} carries; -1 for any other. */
    private static long sizeOf(String etag) {
        if (!etag.matches("\"[0-9a-f]{32}\"")) {
            return -1;
        }
        return Long.parseUnsignedLong(etag.substring(1, 17), 16);
    }

    private static Operation.Result abort(Cloud cloud, Invocation call) {
        upload(cloud, call);
        return new Operation.Result(cloud, new JsonObject(), List.of());
    }
}
