package computequest.sim.ecr;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.story.Suggest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ECR: private repositories in the account's registry; images are pushed and pulled with docker. */
public final class EcrOps {

    public static final String REGISTRY = Cloud.ACCOUNT_ID + ".dkr.ecr." + Cloud.REGION + ".amazonaws.com";
    static final String LOGIN_PASSWORD = "eyJwYXlsb2FkIjoiY29tcHV0ZS1xdWVzdC1zaW11bGF0ZWQtdG9rZW4ifQ==";
    /** Public images any task or pod may pull without ECR (Docker Hub names and the ECR Public gallery). */
    static final Set<String> PUBLIC = Set.of("nginx", "httpd", "redis", "busybox", "hello-world", "python", "node",
            "amazon/amazon-ecs-sample", "public.ecr.aws/nginx/nginx", "public.ecr.aws/docker/library/nginx");
    /** A sample image's size as docker images shows it on the laptop: unpacked. */
    static final int IMAGE_MB = 48;
    /** The same image in ECR: the compressed layers docker pushed, which is what ECR reports and stores. */
    static final int PUSHED_MB = 20;

    private EcrOps() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("ecr", "create-repository", "Create a private repository for container images.", List.of(
                        Param.req("--repository-name", "A name such as web or team/web."),
                        Param.opt("--image-tag-mutability", "MUTABLE (default) or IMMUTABLE."),
                        Param.opt("--image-scanning-configuration", "scanOnPush=true scans each pushed image."),
                        Param.opt("--encryption-configuration", "encryptionType=AES256 (the default) or KMS."),
                        Param.opt("--tags", "Key=team,Value=web (accepted).")), EcrOps::createRepository),
                new Operation("ecr", "describe-repositories", "List repositories and their URIs.", List.of(
                        Param.list("--repository-names", false, "Only these repositories.")), EcrOps::describeRepositories),
                new Operation("ecr", "describe-images", "List the images pushed to a repository.", List.of(
                        Param.req("--repository-name", "The repository."),
                        Param.list("--image-ids", false, "e.g. imageTag=v1")), EcrImages::describeImages),
                new Operation("ecr", "list-images", "List image tags and digests in a repository.", List.of(
                        Param.req("--repository-name", "The repository."),
                        Param.opt("--filter", "tagStatus=TAGGED, UNTAGGED or ANY.")), EcrImages::listImages),
                new Operation("ecr", "batch-get-image", "Get the manifests of images by tag or digest.", List.of(
                        Param.req("--repository-name", "The repository."),
                        Param.list("--image-ids", true, "imageTag=v1 [imageDigest=sha256:... ...]"),
                        Param.list("--accepted-media-types", false, "Manifest media types you accept.")),
                        EcrImages::batchGetImage),
                new Operation("ecr", "batch-delete-image", "Delete image tags (and an image once no tag names it).", List.of(
                        Param.req("--repository-name", "The repository."),
                        Param.list("--image-ids", true, "imageTag=v1 [imageDigest=sha256:... ...]")),
                        EcrImages::batchDeleteImage),
                new Operation("ecr", "get-login-password", "Print a password for docker login (pipe it: | docker login"
                        + " --username AWS --password-stdin " + REGISTRY + ").", List.of(), EcrOps::getLoginPassword),
                new Operation("ecr", "get-authorization-token", "Get a 12-hour registry token (base64 of AWS:PASSWORD;"
                        + " get-login-password prints the PASSWORD part).", List.of(
                        Param.list("--registry-ids", false, "Registries (account IDs); yours by default.")),
                        EcrOps::getAuthorizationToken),
                new Operation("ecr", "delete-repository", "Delete a repository (--force deletes the images in it too).", List.of(
                        Param.req("--repository-name", "The repository."),
                        Param.flag("--force", "Delete even if it holds images.")), EcrOps::deleteRepository));
    }

    public static String digest(String content) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static EcrState.Repository find(Cloud cloud, String name) {
        EcrState.Repository r = cloud.ecr().repositories().get(name);
        if (r == null) {
            throw new CliException("RepositoryNotFoundException", "The repository with name '" + name
                    + "' does not exist in the registry with id '" + Cloud.ACCOUNT_ID + "'"
                    + Suggest.didYouMean(name, cloud.ecr().repositories().keySet()));
        }
        return r;
    }

    private static Operation.Result createRepository(Cloud cloud, Invocation call) {
        String name = call.value("--repository-name");
        if (!name.matches("[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*") || name.length() < 2) {
            throw new CliException("InvalidParameterException", "Invalid parameter at 'repositoryName' failed to"
                    + " satisfy constraint: lowercase letters, digits, and . _ - / between them; '" + name + "' is not.");
        }
        if (cloud.ecr().repositories().containsKey(name)) {
            throw new CliException("RepositoryAlreadyExistsException", "The repository with name '" + name
                    + "' already exists in the registry with id '" + Cloud.ACCOUNT_ID + "'");
        }
        String mutability = call.value("--image-tag-mutability", "MUTABLE");
        if (!mutability.equals("MUTABLE") && !mutability.equals("IMMUTABLE")) {
            throw new CliException("InvalidParameterException", "--image-tag-mutability is MUTABLE or IMMUTABLE, not '"
                    + mutability + "'.");
        }
        String scan = call.value("--image-scanning-configuration", "");
        boolean scanOnPush = scan.replace(" ", "").replace("\"", "").toLowerCase(java.util.Locale.ROOT)
                .contains("scanonpush=true") || scan.replace(" ", "").contains("\"scanOnPush\":true");
        EcrState.Repository r = new EcrState.Repository(name, cloud.clock(), Map.of(), Map.of(), mutability, scanOnPush);
        cloud = cloud.withEcr(cloud.ecr().withRepository(r));
        JsonObject res = new JsonObject();
        res.add("repository", json(r));
        List<String> changes = new ArrayList<>();
        changes.add("ECR repository " + name + " created: " + r.uri()
                + ". Tag an image with that URI and docker push it (log in first). Storage is about $0.10 per GB-month.");
        if (mutability.equals("IMMUTABLE")) {
            changes.add("Its tags are immutable: once v1 is pushed, v1 always means that image; push new tags instead.");
        }
        if (scanOnPush) {
            changes.add("Scan on push is on: each pushed image is checked for known vulnerabilities.");
        }
        return new Operation.Result(cloud, res, changes);
    }

    private static JsonObject json(EcrState.Repository r) {
        JsonObject o = new JsonObject();
        o.addProperty("repositoryArn", "arn:aws:ecr:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":repository/" + r.name());
        o.addProperty("registryId", Cloud.ACCOUNT_ID);
        o.addProperty("repositoryName", r.name());
        o.addProperty("repositoryUri", r.uri());
        o.addProperty("createdAt", Catalog.timestamp(r.createdAt()));
        o.addProperty("imageTagMutability", r.mutability());
        JsonObject scan = new JsonObject();
        scan.addProperty("scanOnPush", r.scanOnPush());
        o.add("imageScanningConfiguration", scan);
        JsonObject encryption = new JsonObject();
        encryption.addProperty("encryptionType", "AES256");
        o.add("encryptionConfiguration", encryption);
        return o;
    }

    private static Operation.Result describeRepositories(Cloud cloud, Invocation call) {
        for (String n : call.list("--repository-names")) {
            find(cloud, n);
        }
        JsonArray out = new JsonArray();
        for (EcrState.Repository r : cloud.ecr().repositories().values()) {
            if (call.list("--repository-names").isEmpty() || call.list("--repository-names").contains(r.name())) {
                out.add(json(r));
            }
        }
        JsonObject res = new JsonObject();
        res.add("repositories", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result getLoginPassword(Cloud cloud, Invocation call) {
        return new Operation.Result(cloud, new com.google.gson.JsonPrimitive(LOGIN_PASSWORD), List.of(
                "That is a 12-hour token. Pipe it into docker: aws ecr get-login-password --region " + Cloud.REGION
                        + " | docker login --username AWS --password-stdin " + REGISTRY));
    }

    /** How long an ECR token lets docker in: 12 hours, for get-authorization-token and get-login-password alike. */
    static final long TOKEN_SECONDS = 12 * 3600;

    /**
     * The API call behind get-login-password: for each registry, a token that is base64 of {@code AWS:PASSWORD}, when
     * it expires on the simulated clock, and the registry's https address for docker login.
     */
    private static Operation.Result getAuthorizationToken(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--registry-ids").isEmpty() ? List.of(Cloud.ACCOUNT_ID) : call.list("--registry-ids");
        JsonArray data = new JsonArray();
        for (String id : ids) {
            if (!id.matches("[0-9]{12}")) {
                throw new CliException("InvalidParameterException", "Invalid parameter at 'registryIds' failed to"
                        + " satisfy constraint: 'Member must satisfy regular expression pattern: [0-9]{12}'");
            }
            JsonObject d = new JsonObject();
            d.addProperty("authorizationToken", java.util.Base64.getEncoder().encodeToString(("AWS:" + LOGIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
            d.addProperty("expiresAt", Catalog.timestamp(cloud.clock() + TOKEN_SECONDS));
            d.addProperty("proxyEndpoint", "https://" + id + ".dkr.ecr." + Cloud.REGION + ".amazonaws.com");
            data.add(d);
        }
        JsonObject res = new JsonObject();
        res.add("authorizationData", data);
        return new Operation.Result(cloud, res, List.of("The token is base64 of AWS:PASSWORD, valid for 12 hours: the"
                + " user name and password docker login needs. aws ecr get-login-password prints just the password,"
                + " ready to pipe into docker login --username AWS --password-stdin " + REGISTRY + "."));
    }

    private static Operation.Result deleteRepository(Cloud cloud, Invocation call) {
        EcrState.Repository r = find(cloud, call.value("--repository-name"));
        if (!r.tags().isEmpty() && !call.has("--force")) {
            throw new CliException("RepositoryNotEmptyException", "The repository with name '" + r.name()
                    + "' in registry with id '" + Cloud.ACCOUNT_ID + "' cannot be deleted because it still contains"
                    + " images. Add --force to delete them too.");
        }
        cloud = cloud.withEcr(cloud.ecr().withoutRepository(r.name()));
        JsonObject res = new JsonObject();
        res.add("repository", json(r));
        return new Operation.Result(cloud, res, List.of("ECR repository " + r.name() + " deleted."));
    }

    /** A parsed image reference: registry host ("" for Docker Hub), repository, and tag or digest. */
    public record Ref(String host, String repository, String tag, String digest) {
        public static Ref parse(String s) {
            String digest = "";
            int at = s.indexOf('@');
            if (at >= 0) {
                digest = s.substring(at + 1);
                s = s.substring(0, at);
            }
            String host = "";
            int slash = s.indexOf('/');
            if (slash > 0 && (s.substring(0, slash).contains(".") || s.substring(0, slash).contains(":"))) {
                host = s.substring(0, slash);
                s = s.substring(slash + 1);
            }
            String tag = "latest";
            int colon = s.lastIndexOf(':');
            if (colon > 0) {
                tag = s.substring(colon + 1);
                s = s.substring(0, colon);
            }
            return new Ref(host, s, digest.isEmpty() ? tag : "", digest);
        }

        String name() {
            return (host.isEmpty() ? "" : host + "/") + repository;
        }

        @Override
        public String toString() {
            return name() + (digest.isEmpty() ? ":" + tag : "@" + digest);
        }
    }

    /** Why a container image cannot be pulled, in the words of the runtime, or null when it can. */
    public static String pullProblem(Cloud cloud, String image) {
        if (image == null || image.isBlank()) {
            return "invalid reference format: the image is empty";
        }
        Ref ref = Ref.parse(image);
        if (ref.host().equals(REGISTRY)) {
            EcrState.Repository r = cloud.ecr().repositories().get(ref.repository());
            if (r == null) {
                return "failed to resolve ref " + ref + ": " + ref + ": not found (the ECR repository '"
                        + ref.repository() + "' does not exist)";
            }
            boolean found = ref.digest().isEmpty() ? r.tags().containsKey(ref.tag()) : r.tags().containsValue(ref.digest());
            if (!found) {
                return "failed to resolve ref " + ref + ": " + ref + ": not found (push that tag first)";
            }
            return null;
        }
        if (ref.host().endsWith(".amazonaws.com")) {
            return "failed to resolve ref " + ref + ": no such registry; this account's registry is " + REGISTRY;
        }
        String name = (ref.host().isEmpty() ? "" : ref.host() + "/") + ref.repository();
        if (PUBLIC.contains(name) || ref.host().equals("public.ecr.aws") || name.startsWith("library/")) {
            return null;
        }
        return "pull access denied for " + name + ", repository does not exist or may require 'docker login'";
    }
}
