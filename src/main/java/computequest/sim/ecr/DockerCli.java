package computequest.sim.ecr;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The docker client on the player's laptop: build, tag, images, login, push and pull against the simulated ECR.
 * The build context is one of a few fixed sample apps: {@code .} is the web app, {@code ./api} and {@code ./worker}
 * the others.
 */
public final class DockerCli {

    static final Map<String, String> CONTEXTS = Map.of(".", "web", "./web", "web", "web", "web", "./api", "api",
            "api", "api", "./worker", "worker", "worker", "worker");
    public static final List<String> SUBCOMMANDS = List.of("build", "tag", "images", "login", "push", "pull", "logout");

    private DockerCli() {
    }

    public record Ran(Cloud cloud, String output, List<String> changes) {
    }

    static String usage() {
        return """
                Usage:  docker COMMAND   (the simulated docker on your laptop)

                  build -t NAME:TAG [--build-arg K=V] CONTEXT   build an image (CONTEXT: . ./api ./worker)
                  tag SOURCE TARGET                             give an image another name, e.g. the ECR URI
                  images                                        list local images
                  login --username AWS --password-stdin HOST    log in (pipe aws ecr get-login-password into it)
                  push NAME:TAG                                 upload to a registry
                  pull NAME:TAG                                 download from a registry
                  logout [HOST]                                 forget the login""";
    }

    public static Ran run(Cloud cloud, List<String> words, String stdin) {
        if (words.size() < 2 || words.get(1).equals("help") || words.get(1).equals("--help")) {
            return new Ran(cloud, usage(), List.of());
        }
        String sub = words.get(1);
        List<String> args = words.subList(2, words.size());
        if (args.contains("--help")) {
            return new Ran(cloud, usage(), List.of());
        }
        return switch (sub) {
            case "build" -> build(cloud, args);
            case "tag" -> tag(cloud, args);
            case "images", "image" -> images(cloud);
            case "login" -> login(cloud, args, stdin);
            case "logout" -> new Ran(cloud.withEcr(cloud.ecr().withLoggedIn(false)), "Removing login credentials for "
                    + EcrOps.REGISTRY, List.of());
            case "push" -> push(cloud, args);
            case "pull" -> pull(cloud, args);
            case "run", "ps", "container", "start", "stop", "restart", "kill", "rm", "exec", "logs", "compose" ->
                    throw new CliException(ContainerCommands.refusal(sub, args));
            default -> throw new CliException("docker: '" + sub + "' is not a docker command in this game."
                    + Suggest.didYouMean(sub, SUBCOMMANDS) + " See 'docker help'.");
        };
    }

    private static Ran build(Cloud cloud, List<String> args) {
        String tag = null;
        String context = null;
        String content = null;
        StringBuilder buildArgs = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-t") || a.equals("--tag")) {
                if (i + 1 >= args.size()) {
                    throw new CliException("flag needs an argument: 't' in -t");
                }
                tag = args.get(++i);
            } else if (a.startsWith("--tag=")) {
                tag = a.substring(6);
            } else if (a.equals("--build-arg")) {
                if (i + 1 >= args.size()) {
                    throw new CliException("flag needs an argument: --build-arg");
                }
                buildArgs.append(args.get(++i)).append(';');
            } else if (a.startsWith(CONTENT_FLAG)) {
                content = a.substring(CONTENT_FLAG.length());
            } else if (a.equals("--platform") || a.equals("-f") || a.equals("--file")) {
                i++;
            } else if (a.startsWith("-")) {
                throw new CliException("unknown flag: " + a + Suggest.didYouMean(a, List.of("-t", "--tag", "--build-arg",
                        "--platform", "-f")) + " See 'docker build --help'.");
            } else if (context == null) {
                context = a;
            } else {
                throw new CliException("\"docker build\" requires exactly 1 argument (the build context, e.g. .).");
            }
        }
        if (context == null) {
            throw new CliException("\"docker build\" requires exactly 1 argument. Usage: docker build -t NAME:TAG .");
        }
        String app = CONTEXTS.get(context.replaceAll("/$", "").isEmpty() ? "." : context.replaceAll("(.)/$", "$1"));
        if (app == null) {
            throw new CliException("ERROR: unable to prepare context: path \"" + context + "\" not found."
                    + " Your laptop has three sample apps: . (web), ./api and ./worker.");
        }
        if (tag == null) {
            throw new CliException("This game needs a name for the image: docker build -t " + app + ":v1 " + context);
        }
        EcrOps.Ref ref = checkRef(tag);
        // docker's image ID is a digest of the image's content; the laptop hands over a digest of what it read
        String full = EcrOps.digest(content == null ? app + "|" + buildArgs : "image|" + content + "|" + buildArgs);
        String imageId = full.substring(7, 19);
        EcrState.LocalImage same = cloud.ecr().local().values().stream().filter(i -> i.imageId().equals(imageId))
                .min(Comparator.comparing((EcrState.LocalImage i) -> !i.ref().equals(ref.toString()))
                        .thenComparing(EcrState.LocalImage::ref)).orElse(null);
        // every step cached: the image is the one already built, with the time it was first made
        long created = same == null ? cloud.clock() : same.createdAt();
        cloud = cloud.withEcr(cloud.ecr().withLocal(new EcrState.LocalImage(ref.toString(), imageId, app, created)));
        String cached = same == null ? "" : "CACHED ";
        String out = "[+] Building " + (same == null ? "4.2s" : "0.3s") + " (8/8) FINISHED\n"
                + " => [internal] load build definition from Dockerfile\n"
                + " => [1/3] FROM docker.io/library/" + (app.equals("web") ? "nginx:alpine" : "python:3.12-slim") + "\n"
                + " => " + cached + "[2/3] COPY . /app\n => " + cached + "[3/3] RUN echo build done\n => exporting to image\n"
                + " => => writing image " + full + "\n => => naming to docker.io/library/" + ref;
        return new Ran(cloud, out, List.of(same != null ? "Built image " + ref + ": every step was cached, so it is the"
                + (same.ref().equals(ref.toString()) ? " image it already was" : " image " + same.ref() + " already is")
                + " (IMAGE ID " + imageId + ", created " + DockerText.ago(cloud.clock() - created)
                + "). The ID is a digest of the content: the same files and Dockerfile give the same image."
                : "Built image " + ref + " (IMAGE ID " + imageId + ", the " + app + " sample app) on your laptop. Nothing"
                + " is in AWS yet: tag it with your ECR repository URI and push it."));
    }

    /** How the laptop passes the digest of the Dockerfile and files a build reads (the simulated docker has no disk). */
    public static final String CONTENT_FLAG = "--cq-content=";

    private static EcrOps.Ref checkRef(String s) {
        if (!s.matches("[a-z0-9][a-z0-9._/:@-]*") || s.endsWith(":") || s.contains("::")) {
            throw new CliException("invalid reference format: repository name (" + s + ") must be lowercase");
        }
        return EcrOps.Ref.parse(s);
    }

    private static Ran tag(Cloud cloud, List<String> args) {
        if (args.size() != 2) {
            throw new CliException("\"docker tag\" requires exactly 2 arguments. Usage: docker tag SOURCE_IMAGE[:TAG]"
                    + " TARGET_IMAGE[:TAG]");
        }
        EcrState.LocalImage src = local(cloud, args.get(0));
        EcrOps.Ref target = checkRef(args.get(1));
        cloud = cloud.withEcr(cloud.ecr().withLocal(new EcrState.LocalImage(target.toString(), src.imageId(), src.app(),
                src.createdAt())));
        return new Ran(cloud, "", List.of("Tagged " + src.ref() + " as " + target + " (same IMAGE ID " + src.imageId()
                + "; a tag is just another name)."));
    }

    private static EcrState.LocalImage local(Cloud cloud, String name) {
        EcrState.LocalImage img = cloud.ecr().local().get(EcrOps.Ref.parse(name).toString());
        if (img == null) {
            throw new CliException("Error response from daemon: No such image: " + EcrOps.Ref.parse(name)
                    + Suggest.didYouMean(EcrOps.Ref.parse(name).toString(), cloud.ecr().local().keySet()));
        }
        return img;
    }

    /**
     * Newest first, as docker lists them (its reference: "List the most recently created images"); an image with several
     * names has a row for each, together, in the alphabetical order of the full names (docker.io/library/web:v1 for
     * web:v1), as the daemon sorts them and as in docker's postgres example. Images created in the same second: by
     * IMAGE ID, so the listing never depends on a map's order.
     */
    private static Ran images(Cloud cloud) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"));
        List<EcrState.LocalImage> newestFirst = new ArrayList<>(cloud.ecr().local().values());
        newestFirst.sort(Comparator.comparingLong(EcrState.LocalImage::createdAt).reversed()
                .thenComparing(EcrState.LocalImage::imageId).thenComparing(i -> fullName(i.ref())));
        for (EcrState.LocalImage i : newestFirst) {
            EcrOps.Ref r = EcrOps.Ref.parse(i.ref());
            rows.add(List.of(r.name(), r.tag(), i.imageId(), DockerText.ago(cloud.clock() - i.createdAt()),
                    EcrOps.IMAGE_MB + "MB"));
        }
        return new Ran(cloud, DockerText.columns(rows), List.of());
    }

    /** A name as the daemon stores it: web:v1 is docker.io/library/web:v1; a name with a registry host stays. */
    static String fullName(String ref) {
        int slash = ref.indexOf('/');
        String first = slash < 0 ? "" : ref.substring(0, slash);
        if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
            return ref;
        }
        return "docker.io/" + (slash < 0 ? "library/" : "") + ref;
    }

    private static Ran login(Cloud cloud, List<String> args, String stdin) {
        String host = null;
        boolean passwordStdin = false;
        String password = null;
        String username = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--username=")) {
                username = a.substring("--username=".length());
                continue;
            }
            switch (a) {
                case "--username", "-u" -> username = i + 1 < args.size() ? args.get(++i) : "";
                case "--password-stdin" -> passwordStdin = true;
                case "--password", "-p" -> password = i + 1 < args.size() ? args.get(++i) : "";
                default -> {
                    if (a.startsWith("-")) {
                        throw new CliException("unknown flag: " + a + " See 'docker login --help'.");
                    }
                    host = a.replaceFirst("^https://", "");
                }
            }
        }
        if (passwordStdin && username == null) {
            throw new CliException("Error: Must provide --username with --password-stdin. For ECR the user name is"
                    + " AWS: docker login --username AWS --password-stdin " + EcrOps.REGISTRY);
        }
        if (passwordStdin) {
            password = stdin;
            if (password == null) {
                throw new CliException("Error: Cannot perform an interactive login from a non TTY device. Pipe the"
                        + " password in: aws ecr get-login-password --region " + Cloud.REGION
                        + " | docker login --username AWS --password-stdin " + EcrOps.REGISTRY);
            }
        }
        if (host == null || !host.equals(EcrOps.REGISTRY)) {
            throw new CliException("Error response from daemon: Get \"https://" + (host == null ? "registry-1.docker.io"
                    : host) + "/v2/\": this game only has your ECR registry, " + EcrOps.REGISTRY + ".");
        }
        if (!EcrOps.LOGIN_PASSWORD.equals(password)) {
            throw new CliException("Error response from daemon: login attempt to https://" + host
                    + "/v2/ failed with status: 400 Bad Request. Use the password from aws ecr get-login-password.");
        }
        if (!"AWS".equals(username)) {
            // ECR's token belongs to the user name AWS, in capitals; any other name is refused.
            throw new CliException("Error response from daemon: login attempt to https://" + host + "/v2/ failed with"
                    + " status: 401 Unauthorized. ECR's password from get-login-password goes with the user name AWS,"
                    + " exactly so: --username AWS.");
        }
        return new Ran(cloud.withEcr(cloud.ecr().withLoggedIn(true)), "Login Succeeded", List.of(
                "docker is logged in to " + host + " for 12 hours: it can push and pull your ECR images."));
    }

    private static Ran push(Cloud cloud, List<String> args) {
        if (args.size() != 1) {
            throw new CliException("\"docker push\" requires exactly 1 argument. Usage: docker push NAME[:TAG]");
        }
        EcrOps.Ref ref = EcrOps.Ref.parse(args.get(0));
        EcrState.LocalImage img = cloud.ecr().local().get(ref.toString());
        if (img == null) {
            throw new CliException("An image does not exist locally with the tag: " + ref.name()
                    + (cloud.ecr().local().isEmpty() ? "" : Suggest.didYouMean(ref.toString(), cloud.ecr().local().keySet())));
        }
        if (!ref.host().equals(EcrOps.REGISTRY)) {
            throw new CliException("The push refers to repository [docker.io/library/" + ref.repository() + "]\n"
                    + "denied: requested access to the resource is denied. To push to ECR, tag the image with your"
                    + " repository URI first: docker tag " + ref + " " + EcrOps.REGISTRY + "/" + ref.repository() + ":" + ref.tag());
        }
        if (!cloud.ecr().loggedIn()) {
            throw new CliException("The push refers to repository [" + ref.name() + "]\nno basic auth credentials."
                    + " Log in first: aws ecr get-login-password --region " + Cloud.REGION
                    + " | docker login --username AWS --password-stdin " + EcrOps.REGISTRY);
        }
        EcrState.Repository repo = cloud.ecr().repositories().get(ref.repository());
        if (repo == null) {
            throw new CliException("The push refers to repository [" + ref.name() + "]\nname unknown: The repository"
                    + " with name '" + ref.repository() + "' does not exist in the registry with id '" + Cloud.ACCOUNT_ID
                    + "'. Create it: aws ecr create-repository --repository-name " + ref.repository());
        }
        String digest = EcrOps.digest("manifest|" + img.imageId());
        String old = repo.tags().get(ref.tag());
        if (old != null && repo.mutability().equals("IMMUTABLE")) {
            throw CliException.fromTool("ImageTagAlreadyExistsException", "The push refers to repository ["
                    + ref.name() + "]\ntag invalid: The image tag '" + ref.tag() + "' already exists in the '"
                    + repo.name() + "' repository and cannot be overwritten because the repository is immutable."
                    + " Push under a new tag: an immutable tag always names the same image.");
        }
        repo = repo.withTags(Copy.put(repo.tags(), ref.tag(), digest), Copy.put(repo.pushedAt(), ref.tag(), cloud.clock()));
        cloud = cloud.withEcr(cloud.ecr().withRepository(repo));
        String out = "The push refers to repository [" + ref.name() + "]\n5f70bf18a086: Pushed\n" + img.imageId()
                + ": Pushed\n" + ref.tag() + ": digest: " + digest + " size: 1573";
        List<String> changes = new ArrayList<>();
        changes.add("Pushed " + ref + " to ECR. Its digest " + digest.substring(0, 19) + "... names this exact content;"
                + " the tag " + ref.tag() + " is a movable label. Storage: about " + EcrOps.PUSHED_MB
                + " MB, the compressed layers (docker images shows " + EcrOps.IMAGE_MB + " MB unpacked), at $0.10 per"
                + " GB-month: well under a cent a month.");
        if (old != null && !old.equals(digest)) {
            changes.add("The tag " + ref.tag() + " moved from " + old.substring(0, 19) + "... to the new digest.");
        }
        return new Ran(cloud, out, changes);
    }

    private static Ran pull(Cloud cloud, List<String> args) {
        if (args.size() != 1) {
            throw new CliException("\"docker pull\" requires exactly 1 argument. Usage: docker pull NAME[:TAG]");
        }
        EcrOps.Ref ref = checkRef(args.get(0));
        if (ref.host().equals(EcrOps.REGISTRY)) {
            if (!cloud.ecr().loggedIn()) {
                throw new CliException("Error response from daemon: Head \"https://" + EcrOps.REGISTRY + "/v2/"
                        + ref.repository() + "/manifests/" + ref.tag() + "\": no basic auth credentials");
            }
            EcrState.Repository repo = cloud.ecr().repositories().get(ref.repository());
            if (repo == null) {
                throw new CliException("Error response from daemon: repository " + ref.name()
                        + " not found: name unknown: The repository with name '" + ref.repository()
                        + "' does not exist in the registry with id '" + Cloud.ACCOUNT_ID + "'");
            }
            if (!repo.tags().containsKey(ref.tag())) {
                throw new CliException("Error response from daemon: manifest for " + ref
                        + " not found: manifest unknown: Requested image not found");
            }
            String digest = repo.tags().get(ref.tag());
            EcrState.LocalImage same = cloud.ecr().local().values().stream()
                    .filter(l -> EcrOps.digest("manifest|" + l.imageId()).equals(digest)).findFirst().orElse(null);
            EcrState.LocalImage here = cloud.ecr().local().get(ref.toString());
            String status = here != null && same != null && here.imageId().equals(same.imageId())
                    ? "Image is up to date for " : "Downloaded newer image for ";
            if (here == null || !status.startsWith("Image")) {
                cloud = cloud.withEcr(cloud.ecr().withLocal(new EcrState.LocalImage(ref.toString(), same != null
                        ? same.imageId() : digest.substring(7, 19), same != null ? same.app() : ref.repository(),
                        cloud.clock())));
            }
            return new Ran(cloud, ref.tag() + ": Pulling from " + ref.repository() + "\nDigest: " + digest
                    + "\nStatus: " + status + ref + "\n" + ref, List.of());
        }
        String problem = EcrOps.pullProblem(cloud, args.get(0));
        if (problem != null) {
            throw new CliException("Error response from daemon: " + problem);
        }
        String imageId = EcrOps.digest("public|" + ref).substring(7, 19);
        EcrState.LocalImage here = cloud.ecr().local().get(ref.toString());
        if (here != null && here.imageId().equals(imageId)) {
            return new Ran(cloud, ref.tag() + ": Pulling from " + ref.repository() + "\nStatus: Image is up to date for "
                    + ref, List.of());
        }
        cloud = cloud.withEcr(cloud.ecr().withLocal(new EcrState.LocalImage(ref.toString(), imageId, ref.repository(),
                cloud.clock())));
        return new Ran(cloud, ref.tag() + ": Pulling from " + ref.repository() + "\nStatus: Downloaded newer image for "
                + ref, List.of());
    }
}
