package computequest.sim.ecr;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The images in an ECR repository: list, describe, get by tag or digest, delete. One image may carry several tags. */
final class EcrImages {

    private EcrImages() {
    }

    /** One --image-ids entry: a tag, a digest, or both. */
    record ImageId(String tag, String digest) {
        JsonObject json() {
            JsonObject o = new JsonObject();
            if (digest != null) {
                o.addProperty("imageDigest", digest);
            }
            if (tag != null) {
                o.addProperty("imageTag", tag);
            }
            return o;
        }
    }

    static List<ImageId> parseIds(List<String> words) {
        List<ImageId> out = new ArrayList<>();
        for (String w : words) {
            String s = w.strip();
            if (s.startsWith("[") || s.startsWith("{")) {
                try {
                    JsonElement e = JsonParser.parseString(s);
                    for (JsonElement x : e.isJsonArray() ? e.getAsJsonArray() : List.of(e)) {
                        JsonObject o = x.getAsJsonObject();
                        out.add(new ImageId(o.has("imageTag") ? o.get("imageTag").getAsString() : null,
                                o.has("imageDigest") ? o.get("imageDigest").getAsString() : null));
                    }
                } catch (JsonParseException | IllegalStateException e) {
                    throw new CliException("Error parsing parameter '--image-ids': Invalid JSON: " + s);
                }
                continue;
            }
            String tag = null;
            String digest = null;
            for (String part : s.split(",")) {
                if (part.startsWith("imageTag=")) {
                    tag = part.substring("imageTag=".length());
                } else if (part.startsWith("imageDigest=")) {
                    digest = part.substring("imageDigest=".length());
                } else {
                    throw new CliException("Error parsing parameter '--image-ids': expected imageTag=TAG or"
                            + " imageDigest=sha256:..., got '" + part + "'.");
                }
            }
            out.add(new ImageId(tag, digest));
        }
        return out;
    }

    /** The digest an id names in a repository, or null. */
    private static String resolve(EcrState.Repository r, ImageId id) {
        if (id.tag() != null) {
            String d = r.tags().get(id.tag());
            return d != null && (id.digest() == null || id.digest().equals(d)) ? d : null;
        }
        return r.tags().containsValue(id.digest()) ? id.digest() : null;
    }

    /** Each pushed image once, by digest, with every tag that names it, in push order. */
    private static Map<String, List<String>> byDigest(EcrState.Repository r) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        r.tags().forEach((tag, digest) -> out.computeIfAbsent(digest, d -> new ArrayList<>()).add(tag));
        return out;
    }

    private static JsonObject failure(ImageId id, String code, String reason) {
        JsonObject f = new JsonObject();
        f.add("imageId", id.json());
        f.addProperty("failureCode", code);
        f.addProperty("failureReason", reason);
        return f;
    }

    static Operation.Result listImages(Cloud cloud, Invocation call) {
        EcrState.Repository r = EcrOps.find(cloud, call.value("--repository-name"));
        JsonArray out = new JsonArray();
        r.tags().forEach((tag, digest) -> out.add(new ImageId(tag, digest).json()));
        JsonObject res = new JsonObject();
        res.add("imageIds", out);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result describeImages(Cloud cloud, Invocation call) {
        EcrState.Repository r = EcrOps.find(cloud, call.value("--repository-name"));
        List<String> wanted = new ArrayList<>();
        for (ImageId id : parseIds(call.list("--image-ids"))) {
            String d = resolve(r, id);
            if (d == null) {
                throw new CliException("ImageNotFoundException", "The image with imageId {imageDigest:'" + id.digest()
                        + "', imageTag:'" + id.tag() + "'} does not exist within the repository with name '"
                        + r.name() + "' in the registry with id '" + Cloud.ACCOUNT_ID + "'");
            }
            wanted.add(d);
        }
        JsonArray out = new JsonArray();
        byDigest(r).forEach((digest, tags) -> {
            if (!wanted.isEmpty() && !wanted.contains(digest)) {
                return;
            }
            JsonObject o = new JsonObject();
            o.addProperty("registryId", Cloud.ACCOUNT_ID);
            o.addProperty("repositoryName", r.name());
            o.addProperty("imageDigest", digest);
            JsonArray t = new JsonArray();
            tags.forEach(t::add);
            o.add("imageTags", t);
            o.addProperty("imageSizeInBytes", EcrOps.PUSHED_MB * 1024L * 1024L);
            o.addProperty("imagePushedAt", Catalog.timestamp(r.pushedAt().getOrDefault(tags.get(0), r.createdAt())));
            o.addProperty("imageManifestMediaType", MANIFEST_TYPE);
            o.addProperty("artifactMediaType", "application/vnd.docker.container.image.v1+json");
            out.add(o);
        });
        JsonObject res = new JsonObject();
        res.add("imageDetails", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static final String MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json";

    static Operation.Result batchGetImage(Cloud cloud, Invocation call) {
        EcrState.Repository r = EcrOps.find(cloud, call.value("--repository-name"));
        JsonArray images = new JsonArray();
        JsonArray failures = new JsonArray();
        for (ImageId id : parseIds(call.list("--image-ids"))) {
            String d = resolve(r, id);
            if (d == null) {
                failures.add(failure(id, "ImageNotFound", "Requested image not found"));
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("registryId", Cloud.ACCOUNT_ID);
            o.addProperty("repositoryName", r.name());
            o.add("imageId", new ImageId(id.tag(), d).json());
            o.addProperty("imageManifest", "{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST_TYPE + "\",\"config\":"
                    + "{\"digest\":\"" + EcrOps.digest("config|" + d) + "\"}}");
            o.addProperty("imageManifestMediaType", MANIFEST_TYPE);
            images.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("images", images);
        res.add("failures", failures);
        return new Operation.Result(cloud, res, List.of("A manifest lists an image's layers by digest; docker pull"
                + " reads it first, then fetches the layers it lacks."));
    }

    static Operation.Result batchDeleteImage(Cloud cloud, Invocation call) {
        EcrState.Repository r = EcrOps.find(cloud, call.value("--repository-name"));
        Map<String, String> tags = new LinkedHashMap<>(r.tags());
        Map<String, Long> pushed = new LinkedHashMap<>(r.pushedAt());
        JsonArray deleted = new JsonArray();
        JsonArray failures = new JsonArray();
        List<String> changes = new ArrayList<>();
        for (ImageId id : parseIds(call.list("--image-ids"))) {
            String d = resolve(new EcrState.Repository(r.name(), r.createdAt(), tags, pushed), id);
            if (d == null) {
                failures.add(failure(id, "ImageNotFound", "Requested image not found"));
                continue;
            }
            List<String> gone = id.tag() != null ? List.of(id.tag())
                    : tags.entrySet().stream().filter(e -> e.getValue().equals(d)).map(Map.Entry::getKey).toList();
            for (String t : gone) {
                tags.remove(t);
                pushed.remove(t);
                deleted.add(new ImageId(t, d).json());
            }
            changes.add(r.name() + ": " + String.join(", ", gone) + " deleted. "
                    + (tags.containsValue(d) ? "The image stays: another tag still names it."
                    : "No tag names " + d.substring(0, 19) + "... any more, so the image and its storage are gone."));
        }
        cloud = cloud.withEcr(cloud.ecr().withRepository(r.withTags(tags, pushed)));
        JsonObject res = new JsonObject();
        res.add("imageIds", deleted);
        res.add("failures", failures);
        return new Operation.Result(cloud, res, changes);
    }
}
