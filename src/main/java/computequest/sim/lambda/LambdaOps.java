package computequest.sim.lambda;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.ec2.Image;
import computequest.sim.ecr.EcrOps;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The simulated Lambda API. Code comes from a few sample zips with known costs; duration follows memory (CPU grows
 * with memory: 1,769 MB is one vCPU), the first call after idle is a cold start, and billing is per 1 ms of
 * GB-seconds plus a per-request charge.
 */
public final class LambdaOps {

    static final int MIN_MEMORY = 128;
    static final int MAX_MEMORY = 10240;
    static final int MAX_TIMEOUT = 900;
    static final int DEFAULT_TIMEOUT = 3;
    static final int DEFAULT_MEMORY = 128;
    static final int MB_PER_VCPU = 1769;
    static final int ACCOUNT_CONCURRENCY = 1000;
    static final int UNRESERVED_MINIMUM = 100;
    /** How long an idle execution environment stays warm in this game (AWS does not publish a number). */
    public static final long WARM_SECONDS = 300;
    static final double X86_USD_PER_GB_SECOND = 0.0000166667;
    static final double ARM_USD_PER_GB_SECOND = 0.0000133334;
    static final double USD_PER_REQUEST = 0.20 / 1_000_000;
    public static final Set<String> RUNTIMES = LambdaRuntimes.accepted();

    /**
     * A sample deployment package.
     *
     * @param cpuMs    CPU work in ms at one vCPU
     * @param ioMs     waiting (network, database) in ms, the same at any memory
     * @param threads  how many vCPUs the code can use at once
     * @param usedMb   memory it needs
     */
    public record Code(String zip, String handler, int initMs, int cpuMs, int ioMs, int threads, int usedMb, String response,
                String what) {
    }

    public static final Map<String, Code> SAMPLES = Map.of(
            "hello.zip", new Code("hello.zip", "lambda_function.lambda_handler", 120, 2, 0, 1, 40,
                    "{\"statusCode\": 200, \"body\": \"Hello from Lambda!\"}", "returns a greeting"),
            "resize.zip", new Code("resize.zip", "lambda_function.lambda_handler", 350, 1500, 50, 2, 110,
                    "{\"statusCode\": 200, \"body\": \"thumbnail written\"}", "resizes an image: CPU-heavy, uses 2 threads"),
            "report.zip", new Code("report.zip", "lambda_function.lambda_handler", 250, 200, 900, 1, 90,
                    "{\"statusCode\": 200, \"body\": \"report sent\"}", "queries a table and emails a report: mostly waiting"));

    private LambdaOps() {
    }

    public static List<Operation> operations() {
        Param name = Param.req("--function-name", "The function name or ARN.");
        return List.of(
                new Operation("lambda", "create-function", "Create a function from a deployment package.", List.of(
                        name, Param.req("--runtime", "e.g. python3.13, nodejs22.x."),
                        Param.req("--handler", "file.function, e.g. lambda_function.lambda_handler."),
                        Param.req("--role", "The execution role ARN, e.g. arn:aws:iam::123456789012:role/lambda-basic."),
                        Param.req("--zip-file", "fileb://hello.zip, fileb://resize.zip or fileb://report.zip."),
                        Param.opt("--memory-size", "128 to 10240 MB (default 128). CPU grows with it."),
                        Param.opt("--timeout", "1 to 900 seconds (default 3)."),
                        Param.list("--architectures", false, "x86_64 (default) or arm64 (cheaper per GB-second)."),
                        Param.opt("--description", "A description."),
                        Param.opt("--environment", "Variables={KEY=value} (accepted)."),
                        Param.opt("--package-type", "Zip (Image is not simulated)."),
                        Param.flag("--publish", "Also publish version 1 of the new function."),
                        Param.list("--tags", false, "KEY=value (accepted).")), LambdaOps::createFunction),
                new Operation("lambda", "update-function-configuration", "Change memory, timeout, runtime, handler or description.", List.of(
                        name, Param.opt("--memory-size", "128 to 10240 MB."), Param.opt("--timeout", "1 to 900 seconds."),
                        Param.opt("--runtime", "A runtime."), Param.opt("--handler", "The handler."),
                        Param.opt("--description", "A description, up to 256 characters."),
                        Param.opt("--environment", "Variables={KEY=value} (accepted).")), LambdaOps::updateConfiguration),
                new Operation("lambda", "update-function-code", "Deploy another sample package.", List.of(name,
                        Param.req("--zip-file", "fileb://NAME.zip")), LambdaOps::updateCode),
                new Operation("lambda", "get-function", "Show a function's configuration and code location.", List.of(name,
                        Param.opt("--qualifier", "A version number, or $LATEST (the default).")), LambdaOps::getFunction),
                new Operation("lambda", "get-function-configuration", "Show a function's configuration.", List.of(name,
                        Param.opt("--qualifier", "A version number, or $LATEST (the default).")), LambdaOps::getFunction),
                new Operation("lambda", "publish-version", "Freeze the current code and configuration as a numbered version.",
                        List.of(name, Param.opt("--description", "A description of the version."),
                                Param.opt("--code-sha256", "Publish only if the code still has this hash."),
                                Param.opt("--revision-id", "Publish only if the function is still this revision.")),
                        LambdaExtras::publishVersion),
                new Operation("lambda", "list-functions", "List functions.", List.of(), LambdaOps::listFunctions),
                new Operation("lambda", "delete-function", "Delete a function.", List.of(name), LambdaOps::deleteFunction),
                new Operation("lambda", "invoke", "Run a function once and write its response to a file.", List.of(
                        name, Param.opt("--payload", "The event JSON, e.g. '{\"name\": \"Ada\"}'."),
                        Param.opt("--cli-binary-format", "raw-in-base64-out: --payload is sent as it is (without it, CLI v2 reads base64)."),
                        Param.opt("--invocation-type", "RequestResponse (default) or Event."),
                        Param.opt("--log-type", "Tail shows the log lines."),
                        Param.positional("outfile", true, "Where the response goes, e.g. response.json.")), LambdaInvoke::invokeOp),
                new Operation("lambda", "put-function-concurrency", "Reserve concurrency for a function (0 switches it off).", List.of(
                        name, Param.req("--reserved-concurrent-executions", "How many copies may run at once.")),
                        LambdaExtras::putConcurrency),
                new Operation("lambda", "delete-function-concurrency", "Remove a function's reserved concurrency.", List.of(name),
                        LambdaExtras::deleteConcurrency),
                new Operation("lambda", "get-account-settings", "Show the account's concurrency limit.", List.of(),
                        LambdaExtras::accountSettings),
                new Operation("lambda", "create-event-source-mapping", "Let Lambda poll an SQS queue and invoke the function.", List.of(
                        name, Param.req("--event-source-arn", "arn:aws:sqs:us-east-1:123456789012:QUEUE"),
                        Param.opt("--batch-size", "Messages per call: 1 to 10,000 (a standard queue), 10 by default."),
                        Param.opt("--maximum-batching-window-in-seconds", "How long to gather a batch, 0 to 300;"
                                + " at least 1 for a batch size above 10.")), LambdaExtras::createEventSourceMapping),
                new Operation("lambda", "list-event-source-mappings", "List SQS mappings.", List.of(
                        Param.opt("--function-name", "Only this function.")), LambdaExtras::listEventSourceMappings));
    }

    // ---- helpers ----

    public static ServerlessState.Function function(Cloud cloud, String ref) {
        String n = ref.contains(":function:") ? ref.substring(ref.indexOf(":function:") + 10) : ref;
        n = n.contains(":") ? n.substring(0, n.indexOf(':')) : n;
        ServerlessState.Function f = cloud.serverless().functions().get(n);
        if (f == null) {
            throw new CliException("ResourceNotFoundException", "Function not found: arn:aws:lambda:" + Cloud.REGION
                    + ":" + Cloud.ACCOUNT_ID + ":function:" + n + Suggest.didYouMean(n, cloud.serverless().functions().keySet()));
        }
        return f;
    }

    /** The published version a name:N reference or --qualifier names, or null for $LATEST. */
    static ServerlessState.Published version(ServerlessState.Function f, String ref, String qualifier) {
        String tail = ref.substring(ref.contains(":function:") ? ref.indexOf(":function:") + 10 : 0);
        String q = qualifier != null ? qualifier : tail.contains(":") ? tail.substring(tail.indexOf(':') + 1) : "$LATEST";
        if (q.equals("$LATEST")) {
            return null;
        }
        for (ServerlessState.Published p : f.published()) {
            if (Integer.toString(p.version()).equals(q)) {
                return p;
            }
        }
        throw new CliException("ResourceNotFoundException", "Function not found: " + f.arn() + ":" + q + ". "
                + (f.published().isEmpty() ? "It has no published versions: aws lambda publish-version makes one."
                : "Its versions: $LATEST and 1 to " + f.published().size() + "."));
    }

    static Code code(String zip) {
        String z = zip.replaceFirst("^fileb://", "").replaceFirst("^file://", "").replaceFirst("^\\./", "");
        if (!zip.startsWith("fileb://")) {
            throw new CliException("Error parsing parameter '--zip-file': give the package as fileb://" + z
                    + " (fileb:// reads the file as binary).");
        }
        Code c = SAMPLES.get(z);
        if (c == null) {
            throw new CliException("Error parsing parameter '--zip-file': Unable to load paramfile " + zip
                    + ": [Errno 2] No such file or directory: '" + z + "'." + Suggest.didYouMean(z, SAMPLES.keySet())
                    + " Sample packages here: hello.zip, report.zip, resize.zip.");
        }
        return c;
    }

    static int memory(Invocation call, int fallback) {
        String v = call.value("--memory-size");
        if (v == null) {
            return fallback;
        }
        int m;
        try {
            m = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliException("InvalidParameterValueException", "--memory-size takes a whole number of MB, not '" + v + "'.");
        }
        if (m < MIN_MEMORY || m > MAX_MEMORY) {
            throw new CliException("ValidationException", "1 validation error detected: Value '" + m + "' at"
                    + " 'memorySize' failed to satisfy constraint: Member must have value between " + MIN_MEMORY + " and "
                    + MAX_MEMORY + " (MB).");
        }
        return m;
    }

    static int timeout(Invocation call, int fallback) {
        String v = call.value("--timeout");
        if (v == null) {
            return fallback;
        }
        int t;
        try {
            t = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliException("InvalidParameterValueException", "--timeout takes whole seconds, not '" + v + "'.");
        }
        if (t < 1 || t > MAX_TIMEOUT) {
            throw new CliException("ValidationException", "1 validation error detected: Value '" + t + "' at 'timeout'"
                    + " failed to satisfy constraint: Member must have value between 1 and " + MAX_TIMEOUT
                    + " (seconds; 900 is 15 minutes).");
        }
        return t;
    }

    static String runtime(String r) {
        return LambdaRuntimes.check(r);
    }

    static String cpuShare(int memory) {
        return String.format(Locale.ROOT, "%.2f vCPU", Math.min(6, memory / (double) MB_PER_VCPU));
    }

    static JsonObject json(ServerlessState.Function f) {
        return json(f, null);
    }

    /** A function's configuration as Lambda prints it: $LATEST, or a published version when one is given. */
    static JsonObject json(ServerlessState.Function f, ServerlessState.Published v) {
        String code = v == null ? f.code() : v.code();
        long modified = v == null ? f.lastModified() : v.at();
        JsonObject o = new JsonObject();
        o.addProperty("FunctionName", f.name());
        o.addProperty("FunctionArn", v == null ? f.arn() : f.arn() + ":" + v.version());
        o.addProperty("Runtime", v == null ? f.runtime() : v.runtime());
        o.addProperty("Role", f.role());
        o.addProperty("Handler", v == null ? f.handler() : v.handler());
        o.addProperty("CodeSize", 1024 + code.length() * 100);
        o.addProperty("Description", f.description());
        o.addProperty("Timeout", v == null ? f.timeout() : v.timeout());
        o.addProperty("MemorySize", v == null ? f.memory() : v.memory());
        o.addProperty("LastModified", Catalog.EPOCH.plusSeconds(modified).toString().replace("Z", ".000+0000"));
        o.addProperty("CodeSha256", java.util.Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(EcrOps.digest("lambda|" + code).substring(7))));
        o.addProperty("Version", v == null ? "$LATEST" : Integer.toString(v.version()));
        JsonObject tracing = new JsonObject();
        tracing.addProperty("Mode", "PassThrough");
        o.add("TracingConfig", tracing);
        o.addProperty("RevisionId", uuid(EcrOps.digest("revision|" + f.name() + "|" + code + "|" + modified
                + "|" + o.get("MemorySize") + "|" + o.get("Timeout")).substring(7)));
        if (v == null) {
            FunctionStates.describe(o, f);
        } else {
            o.addProperty("State", FunctionStates.ACTIVE);
            o.addProperty("LastUpdateStatus", FunctionStates.SUCCESSFUL);
        }
        o.addProperty("PackageType", "Zip");
        JsonArray arch = new JsonArray();
        arch.add(f.architecture());
        o.add("Architectures", arch);
        JsonObject vpc = new JsonObject();
        vpc.add("SubnetIds", new JsonArray());
        vpc.add("SecurityGroupIds", new JsonArray());
        vpc.addProperty("VpcId", "");
        o.add("VpcConfig", vpc);
        JsonObject storage = new JsonObject();
        storage.addProperty("Size", 512);
        o.add("EphemeralStorage", storage);
        JsonObject logging = new JsonObject();
        logging.addProperty("LogFormat", "Text");
        logging.addProperty("LogGroup", "/aws/lambda/" + f.name());
        o.add("LoggingConfig", logging);
        return o;
    }

    /** A UUID-shaped string from 32 hex digits. */
    public static String uuid(String hex) {
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }

    // ---- functions ----

    private static Operation.Result createFunction(Cloud cloud, Invocation call) {
        String name = call.value("--function-name");
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new CliException("ValidationException", "Function names are 1 to 64 letters, digits, hyphens and"
                    + " underscores; '" + name + "' is not.");
        }
        if (cloud.serverless().functions().containsKey(name)) {
            throw new CliException("ResourceConflictException", "Function already exist: " + name);
        }
        String role = call.value("--role");
        if (!role.matches("arn:aws:iam::\\d{12}:role/[A-Za-z0-9+=,.@_/-]+")) {
            throw new CliException("ValidationException", "1 validation error detected: Value '" + role + "' at 'role'"
                    + " failed to satisfy constraint: it must be a role ARN, e.g. arn:aws:iam::" + Cloud.ACCOUNT_ID
                    + ":role/lambda-basic.");
        }
        LambdaPermissions.requireAssumable(cloud, role);
        if (call.has("--package-type") && !call.value("--package-type").equals("Zip")) {
            throw new CliException("InvalidParameterValueException", "This game simulates zip packages only:"
                    + " --package-type Zip with --zip-file fileb://hello.zip.");
        }
        Code code = code(call.value("--zip-file"));
        String arch = call.list("--architectures").isEmpty() ? "x86_64" : call.list("--architectures").get(0);
        if (!arch.equals("x86_64") && !arch.equals("arm64")) {
            throw new CliException("ValidationException", "--architectures is x86_64 or arm64, not " + arch + ".");
        }
        ServerlessState.Function f = new ServerlessState.Function(name, runtime(call.value("--runtime")),
                call.value("--handler"), role, code.zip(), memory(call, DEFAULT_MEMORY), timeout(call, DEFAULT_TIMEOUT),
                arch, -1, 0, 0, "", 0, 0, -1, LambdaExtras.description(call, ""), cloud.clock(), List.of());
        f = FunctionStates.created(f, cloud.clock());
        ServerlessState.Published first = null;
        if (call.has("--publish")) {
            first = new ServerlessState.Published(1, f.code(), f.runtime(), f.handler(), f.memory(), f.timeout(),
                    cloud.clock());
            f = f.withPublished(first);
        }
        cloud = cloud.withServerless(cloud.serverless().withFunction(f));
        return new Operation.Result(cloud, json(f, first), List.of("Lambda function " + name + " created from " + code.zip()
                + " (" + code.what() + "): " + f.memory() + " MB (about " + cpuShare(f.memory()) + "), timeout "
                + f.timeout() + " s, " + arch + ". No server to manage; it costs nothing until it is invoked. Its State is"
                + " Pending while Lambda sets it up (about " + FunctionStates.CREATE_SECONDS + " s); until it is"
                + " Active, calls to it are refused."));
    }

    private static Operation.Result updateConfiguration(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        FunctionStates.requireSettled(f);
        ServerlessState.Function next = f.configured(memory(call, f.memory()), timeout(call, f.timeout()),
                call.has("--runtime") ? runtime(call.value("--runtime")) : f.runtime(), call.value("--handler", f.handler()),
                f.reserved()).described(LambdaExtras.description(call, f.description()));
        next = FunctionStates.updating(f, next.changed(next.code(), cloud.clock()), cloud.clock());
        cloud = cloud.withServerless(cloud.serverless().withFunction(next));
        List<String> changes = new ArrayList<>();
        if (next.memory() != f.memory()) {
            changes.add(f.name() + ": memory " + f.memory() + " -> " + next.memory() + " MB, so CPU " + cpuShare(f.memory())
                    + " -> " + cpuShare(next.memory()) + ". Each ms costs more, but CPU-heavy code finishes sooner.");
        }
        if (next.timeout() != f.timeout()) {
            changes.add(f.name() + ": timeout " + f.timeout() + " -> " + next.timeout() + " s.");
        }
        changes.add("New configuration, being applied (LastUpdateStatus InProgress, about " + FunctionStates.UPDATE_SECONDS
                + " s): the first call after it starts a fresh (cold) execution environment.");
        return new Operation.Result(cloud, json(next), changes);
    }

    private static Operation.Result updateCode(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        Code code = code(call.value("--zip-file"));
        FunctionStates.requireSettled(f);
        ServerlessState.Function next = FunctionStates.updating(f, f.changed(code.zip(), cloud.clock()), cloud.clock());
        cloud = cloud.withServerless(cloud.serverless().withFunction(next));
        return new Operation.Result(cloud, json(next), List.of(f.name() + " gets " + code.zip() + " (" + code.what() + "): LastUpdateStatus InProgress"
                + " for about " + FunctionStates.UPDATE_SECONDS + " s, and calls run the old code until it is done."));
    }

    private static Operation.Result getFunction(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        ServerlessState.Published v = version(f, call.value("--function-name"), call.value("--qualifier"));
        if (call.operation().name().equals("get-function-configuration")) {
            return new Operation.Result(cloud, json(f, v), List.of());
        }
        JsonObject res = new JsonObject();
        res.add("Configuration", json(f, v));
        JsonObject codeLoc = new JsonObject();
        codeLoc.addProperty("RepositoryType", "S3");
        codeLoc.addProperty("Location", "https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/"
                + Cloud.ACCOUNT_ID + "/" + f.name() + "/" + f.code());
        res.add("Code", codeLoc);
        if (f.reserved() >= 0) {
            JsonObject conc = new JsonObject();
            conc.addProperty("ReservedConcurrentExecutions", f.reserved());
            res.add("Concurrency", conc);
        }
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listFunctions(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        cloud.serverless().functions().values().forEach(f -> a.add(json(f)));
        JsonObject res = new JsonObject();
        res.add("Functions", a);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteFunction(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        ServerlessState s = cloud.serverless().withoutFunction(f.name());
        for (ServerlessState.Trigger t : s.triggers().values()) {
            if (t.function().equals(f.name())) {
                s = new ServerlessState(s.functions(), Copy.remove(s.triggers(), t.id()), s.buckets(), s.tables(),
                        s.queues(), s.rules());
            }
        }
        return new Operation.Result(cloud.withServerless(s), new JsonObject(), List.of("Function " + f.name()
                + " deleted, with its triggers."));
    }

    // ---- curl (API Gateway) ----

    /** What curl printed: the front door calls it as LambdaOps.curl. */
    public record Ran(Cloud cloud, String output, List<String> changes) {
    }

    public static Ran curl(Cloud cloud, List<String> words) {
        return LambdaInvoke.curl(cloud, words);
    }
}
