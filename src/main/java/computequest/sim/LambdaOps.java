package computequest.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
final class LambdaOps {

    static final int MIN_MEMORY = 128;
    static final int MAX_MEMORY = 10240;
    static final int MAX_TIMEOUT = 900;
    static final int DEFAULT_TIMEOUT = 3;
    static final int DEFAULT_MEMORY = 128;
    static final int MB_PER_VCPU = 1769;
    static final int ACCOUNT_CONCURRENCY = 1000;
    static final int UNRESERVED_MINIMUM = 100;
    /** How long an idle execution environment stays warm in this game (AWS does not publish a number). */
    static final long WARM_SECONDS = 300;
    static final double X86_USD_PER_GB_SECOND = 0.0000166667;
    static final double ARM_USD_PER_GB_SECOND = 0.0000133334;
    static final double USD_PER_REQUEST = 0.20 / 1_000_000;
    static final Set<String> RUNTIMES = Set.of("python3.13", "python3.12", "python3.11", "nodejs22.x", "nodejs20.x",
            "java21", "java17", "ruby3.3", "dotnet8", "provided.al2023");

    /**
     * A sample deployment package.
     *
     * @param cpuMs    CPU work in ms at one vCPU
     * @param ioMs     waiting (network, database) in ms, the same at any memory
     * @param threads  how many vCPUs the code can use at once
     * @param usedMb   memory it needs
     */
    record Code(String zip, String handler, int initMs, int cpuMs, int ioMs, int threads, int usedMb, String response,
                String what) {
    }

    static final Map<String, Code> SAMPLES = Map.of(
            "hello.zip", new Code("hello.zip", "lambda_function.lambda_handler", 120, 2, 0, 1, 40,
                    "{\"statusCode\": 200, \"body\": \"Hello from Lambda!\"}", "returns a greeting"),
            "resize.zip", new Code("resize.zip", "lambda_function.lambda_handler", 350, 1500, 50, 2, 110,
                    "{\"statusCode\": 200, \"body\": \"thumbnail written\"}", "resizes an image: CPU-heavy, uses 2 threads"),
            "report.zip", new Code("report.zip", "lambda_function.lambda_handler", 250, 200, 900, 1, 90,
                    "{\"statusCode\": 200, \"body\": \"report sent\"}", "queries a table and emails a report: mostly waiting"));

    private LambdaOps() {
    }

    static List<Operation> operations() {
        Param name = Param.req("--function-name", "The function name or ARN.");
        return List.of(
                new Operation("lambda", "create-function", "Create a function from a deployment package.", List.of(
                        name, Param.req("--runtime", "e.g. python3.12, nodejs20.x."),
                        Param.req("--handler", "file.function, e.g. lambda_function.lambda_handler."),
                        Param.req("--role", "The execution role ARN, e.g. arn:aws:iam::123456789012:role/lambda-basic."),
                        Param.req("--zip-file", "fileb://hello.zip, fileb://resize.zip or fileb://report.zip."),
                        Param.opt("--memory-size", "128 to 10240 MB (default 128). CPU grows with it."),
                        Param.opt("--timeout", "1 to 900 seconds (default 3)."),
                        Param.list("--architectures", false, "x86_64 (default) or arm64 (cheaper per GB-second)."),
                        Param.opt("--description", "A description."),
                        Param.opt("--environment", "Variables={KEY=value} (accepted)."),
                        Param.opt("--package-type", "Zip (Image is not simulated)."),
                        Param.flag("--publish", "Accepted; versions are not simulated."),
                        Param.list("--tags", false, "KEY=value (accepted).")), LambdaOps::createFunction),
                new Operation("lambda", "update-function-configuration", "Change memory, timeout, runtime or handler.", List.of(
                        name, Param.opt("--memory-size", "128 to 10240 MB."), Param.opt("--timeout", "1 to 900 seconds."),
                        Param.opt("--runtime", "A runtime."), Param.opt("--handler", "The handler."),
                        Param.opt("--environment", "Variables={KEY=value} (accepted).")), LambdaOps::updateConfiguration),
                new Operation("lambda", "update-function-code", "Deploy another sample package.", List.of(name,
                        Param.req("--zip-file", "fileb://NAME.zip")), LambdaOps::updateCode),
                new Operation("lambda", "get-function", "Show a function's configuration and code location.", List.of(name),
                        LambdaOps::getFunction),
                new Operation("lambda", "get-function-configuration", "Show a function's configuration.", List.of(name),
                        LambdaOps::getFunction),
                new Operation("lambda", "list-functions", "List functions.", List.of(), LambdaOps::listFunctions),
                new Operation("lambda", "delete-function", "Delete a function.", List.of(name), LambdaOps::deleteFunction),
                new Operation("lambda", "invoke", "Run a function once and write its response to a file.", List.of(
                        name, Param.opt("--payload", "The event JSON, e.g. '{\"name\": \"Ada\"}'."),
                        Param.opt("--cli-binary-format", "raw-in-base64-out (accepted)."),
                        Param.opt("--invocation-type", "RequestResponse (default) or Event."),
                        Param.opt("--log-type", "Tail shows the log lines."),
                        Param.positional("outfile", true, "Where the response goes, e.g. response.json.")), LambdaOps::invokeOp),
                new Operation("lambda", "put-function-concurrency", "Reserve concurrency for a function (0 switches it off).", List.of(
                        name, Param.req("--reserved-concurrent-executions", "How many copies may run at once.")),
                        LambdaOps::putConcurrency),
                new Operation("lambda", "delete-function-concurrency", "Remove a function's reserved concurrency.", List.of(name),
                        LambdaOps::deleteConcurrency),
                new Operation("lambda", "get-account-settings", "Show the account's concurrency limit.", List.of(),
                        LambdaOps::accountSettings),
                new Operation("lambda", "add-permission", "Let a service (S3, API Gateway, EventBridge) invoke a function.", List.of(
                        name, Param.req("--statement-id", "A name for the statement."),
                        Param.req("--action", "lambda:InvokeFunction"), Param.req("--principal", "e.g. s3.amazonaws.com"),
                        Param.opt("--source-arn", "The bucket, API or rule ARN."),
                        Param.opt("--source-account", "The account.")), LambdaOps::addPermission),
                new Operation("lambda", "create-event-source-mapping", "Let Lambda poll an SQS queue and invoke the function.", List.of(
                        name, Param.req("--event-source-arn", "arn:aws:sqs:us-east-1:123456789012:QUEUE"),
                        Param.opt("--batch-size", "Messages per call (1 to 10).")), LambdaOps::createEventSourceMapping),
                new Operation("lambda", "list-event-source-mappings", "List SQS mappings.", List.of(
                        Param.opt("--function-name", "Only this function.")), LambdaOps::listEventSourceMappings));
    }

    // ---- helpers ----

    static ServerlessState.Function function(Cloud cloud, String ref) {
        String n = ref.contains(":function:") ? ref.substring(ref.indexOf(":function:") + 10) : ref;
        ServerlessState.Function f = cloud.serverless().functions().get(n);
        if (f == null) {
            throw new CliException("ResourceNotFoundException", "Function not found: arn:aws:lambda:" + Cloud.REGION
                    + ":" + Cloud.ACCOUNT_ID + ":function:" + n + Suggest.didYouMean(n, cloud.serverless().functions().keySet()));
        }
        return f;
    }

    private static Code code(String zip) {
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

    private static int memory(Invocation call, int fallback) {
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

    private static int timeout(Invocation call, int fallback) {
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

    private static String runtime(String r) {
        if (!RUNTIMES.contains(r)) {
            throw new CliException("InvalidParameterValueException", "Value " + r + " at 'runtime' failed to satisfy"
                    + " constraint." + Suggest.didYouMean(r, RUNTIMES) + " Runtimes here: "
                    + String.join(", ", RUNTIMES.stream().sorted().toList()) + ".");
        }
        return r;
    }

    static String cpuShare(int memory) {
        return String.format(Locale.ROOT, "%.2f vCPU", Math.min(6, memory / (double) MB_PER_VCPU));
    }

    static JsonObject json(ServerlessState.Function f) {
        JsonObject o = new JsonObject();
        o.addProperty("FunctionName", f.name());
        o.addProperty("FunctionArn", f.arn());
        o.addProperty("Runtime", f.runtime());
        o.addProperty("Role", f.role());
        o.addProperty("Handler", f.handler());
        o.addProperty("CodeSize", 1024 + f.code().length() * 100);
        o.addProperty("Timeout", f.timeout());
        o.addProperty("MemorySize", f.memory());
        JsonArray arch = new JsonArray();
        arch.add(f.architecture());
        o.add("Architectures", arch);
        o.addProperty("State", "Active");
        o.addProperty("PackageType", "Zip");
        return o;
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
                arch, -1, 0, 0, "", 0, 0, -1);
        cloud = cloud.withServerless(cloud.serverless().withFunction(f));
        return new Operation.Result(cloud, json(f), List.of("Lambda function " + name + " created from " + code.zip()
                + " (" + code.what() + "): " + f.memory() + " MB (about " + cpuShare(f.memory()) + "), timeout "
                + f.timeout() + " s, " + arch + ". No server to manage; it costs nothing until it is invoked."));
    }

    private static Operation.Result updateConfiguration(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        ServerlessState.Function next = f.configured(memory(call, f.memory()), timeout(call, f.timeout()),
                call.has("--runtime") ? runtime(call.value("--runtime")) : f.runtime(), call.value("--handler", f.handler()),
                f.reserved());
        next = next.invoked(false, f.lastStatus(), f.lastDurationMs(), f.lastBilledMs(), -1);
        next = new ServerlessState.Function(next.name(), next.runtime(), next.handler(), next.role(), next.code(),
                next.memory(), next.timeout(), next.architecture(), next.reserved(), f.invocations(), f.coldStarts(),
                f.lastStatus(), f.lastDurationMs(), f.lastBilledMs(), -1);
        cloud = cloud.withServerless(cloud.serverless().withFunction(next));
        List<String> changes = new ArrayList<>();
        if (next.memory() != f.memory()) {
            changes.add(f.name() + ": memory " + f.memory() + " -> " + next.memory() + " MB, so CPU " + cpuShare(f.memory())
                    + " -> " + cpuShare(next.memory()) + ". Each ms costs more, but CPU-heavy code finishes sooner.");
        }
        if (next.timeout() != f.timeout()) {
            changes.add(f.name() + ": timeout " + f.timeout() + " -> " + next.timeout() + " s.");
        }
        changes.add("New configuration: the next call starts a fresh (cold) execution environment.");
        return new Operation.Result(cloud, json(next), changes);
    }

    private static Operation.Result updateCode(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        Code code = code(call.value("--zip-file"));
        ServerlessState.Function next = new ServerlessState.Function(f.name(), f.runtime(), f.handler(), f.role(),
                code.zip(), f.memory(), f.timeout(), f.architecture(), f.reserved(), f.invocations(), f.coldStarts(),
                f.lastStatus(), f.lastDurationMs(), f.lastBilledMs(), -1);
        cloud = cloud.withServerless(cloud.serverless().withFunction(next));
        return new Operation.Result(cloud, json(next), List.of(f.name() + " now runs " + code.zip() + " (" + code.what() + ")."));
    }

    private static Operation.Result getFunction(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        if (call.operation().name().equals("get-function-configuration")) {
            return new Operation.Result(cloud, json(f), List.of());
        }
        JsonObject res = new JsonObject();
        res.add("Configuration", json(f));
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

    // ---- concurrency ----

    private static int reservedElsewhere(Cloud cloud, String except) {
        return cloud.serverless().functions().values().stream().filter(f -> !f.name().equals(except) && f.reserved() > 0)
                .mapToInt(ServerlessState.Function::reserved).sum();
    }

    private static Operation.Result putConcurrency(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        int r = call.intValue("--reserved-concurrent-executions", 0, 0, ACCOUNT_CONCURRENCY);
        int other = reservedElsewhere(cloud, f.name());
        if (ACCOUNT_CONCURRENCY - other - r < UNRESERVED_MINIMUM) {
            throw new CliException("InvalidParameterValueException", "Specified ReservedConcurrentExecutions for function"
                    + " decreases account's UnreservedConcurrentExecution below its minimum value of ["
                    + UNRESERVED_MINIMUM + "]. The account limit is " + ACCOUNT_CONCURRENCY + "; " + other
                    + " is reserved by other functions, so at most " + (ACCOUNT_CONCURRENCY - other - UNRESERVED_MINIMUM)
                    + " is left for this one.");
        }
        cloud = cloud.withServerless(cloud.serverless().withFunction(f.configured(f.memory(), f.timeout(), f.runtime(),
                f.handler(), r)));
        JsonObject res = new JsonObject();
        res.addProperty("ReservedConcurrentExecutions", r);
        return new Operation.Result(cloud, res, List.of(r == 0
                ? f.name() + ": reserved concurrency 0 - every call is throttled now (a quick off switch)."
                : f.name() + ": up to " + r + " copies may run at once, guaranteed and capped; the other functions share "
                + (ACCOUNT_CONCURRENCY - other - r) + "."));
    }

    private static Operation.Result deleteConcurrency(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        cloud = cloud.withServerless(cloud.serverless().withFunction(f.configured(f.memory(), f.timeout(), f.runtime(),
                f.handler(), -1)));
        return new Operation.Result(cloud, new JsonObject(), List.of(f.name() + " shares the account's unreserved concurrency again."));
    }

    private static Operation.Result accountSettings(Cloud cloud, Invocation call) {
        JsonObject limit = new JsonObject();
        limit.addProperty("ConcurrentExecutions", ACCOUNT_CONCURRENCY);
        limit.addProperty("UnreservedConcurrentExecutions", ACCOUNT_CONCURRENCY - reservedElsewhere(cloud, ""));
        limit.addProperty("CodeSizeZipped", 52428800);
        limit.addProperty("CodeSizeUnzipped", 262144000);
        JsonObject usage = new JsonObject();
        usage.addProperty("FunctionCount", cloud.serverless().functions().size());
        JsonObject res = new JsonObject();
        res.add("AccountLimit", limit);
        res.add("AccountUsage", usage);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result addPermission(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        JsonObject res = new JsonObject();
        res.addProperty("Statement", "{\"Sid\":\"" + call.value("--statement-id") + "\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
                + call.value("--principal") + "\"},\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + f.arn() + "\"}");
        return new Operation.Result(cloud, res, List.of(call.value("--principal") + " may now invoke " + f.name()
                + " (this game does not check permissions, but real AWS does)."));
    }

    private static Operation.Result createEventSourceMapping(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        String arn = call.value("--event-source-arn");
        String prefix = "arn:aws:sqs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":";
        if (!arn.startsWith(prefix)) {
            throw new CliException("InvalidParameterValueException", "This game maps SQS queues only: --event-source-arn "
                    + prefix + "QUEUE");
        }
        String queue = arn.substring(prefix.length());
        if (!cloud.serverless().queues().containsKey(queue)) {
            throw new CliException("InvalidParameterValueException", "Error occurred while ReceiveMessage. SQS Error Code:"
                    + " AWS.SimpleQueueService.NonExistentQueue. Create it: aws sqs create-queue --queue-name " + queue);
        }
        call.intValue("--batch-size", 10, 1, 10);
        Cloud.Drawn d = cloud.draw(32);
        cloud = d.cloud();
        String uuid = d.hex().substring(0, 8) + "-" + d.hex().substring(8, 12) + "-" + d.hex().substring(12, 16) + "-"
                + d.hex().substring(16, 20) + "-" + d.hex().substring(20, 32);
        ServerlessState.Trigger t = new ServerlessState.Trigger("sqs:" + queue, f.name(), "sqs", queue, 0, -1);
        cloud = cloud.withServerless(cloud.serverless().withTrigger(t));
        JsonObject res = new JsonObject();
        res.addProperty("UUID", uuid);
        res.addProperty("EventSourceArn", arn);
        res.addProperty("FunctionArn", f.arn());
        res.addProperty("State", "Enabled");
        return new Operation.Result(cloud, res, List.of("Lambda now polls queue " + queue + " and calls " + f.name()
                + " with each batch of messages (polling is free; each call is billed as usual)."));
    }

    private static Operation.Result listEventSourceMappings(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        for (ServerlessState.Trigger t : cloud.serverless().triggers().values()) {
            if (t.type().equals("sqs") && (!call.has("--function-name") || t.function().equals(call.value("--function-name")))) {
                JsonObject o = new JsonObject();
                o.addProperty("EventSourceArn", "arn:aws:sqs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":" + t.source());
                o.addProperty("FunctionArn", function(cloud, t.function()).arn());
                o.addProperty("State", "Enabled");
                a.add(o);
            }
        }
        JsonObject res = new JsonObject();
        res.add("EventSourceMappings", a);
        return new Operation.Result(cloud, res, List.of());
    }

    // ---- invoking ----

    /** One call's result: the new cloud, whether it failed, the response body and the REPORT and cost lines. */
    record Invoked(Cloud cloud, String error, String body, List<String> lines) {
    }

    static long durationMs(Code code, int memory) {
        double vcpus = Math.min(code.threads(), memory / (double) MB_PER_VCPU);
        return code.ioMs() + Math.round(code.cpuMs() / vcpus);
    }

    static double usdPerGbSecond(String architecture) {
        return architecture.equals("arm64") ? ARM_USD_PER_GB_SECOND : X86_USD_PER_GB_SECOND;
    }

    /** Runs the function once, as the given trigger would, and bills it. */
    static Invoked invoke(Cloud cloud, ServerlessState.Function f, String via) {
        Code code = SAMPLES.get(f.code());
        if (f.reserved() == 0) {
            return new Invoked(cloud, "TooManyRequestsException: Rate Exceeded. (" + f.name()
                    + " has reserved concurrency 0, so every call is throttled.)", null, List.of());
        }
        long now = cloud.clock();
        boolean cold = f.lastInvokedAt() < 0 || now - f.lastInvokedAt() > WARM_SECONDS;
        long init = cold ? code.initMs() : 0;
        long run = durationMs(code, f.memory());
        String status = "ok";
        String error = null;
        String body = code.response();
        if (code.usedMb() > f.memory()) {
            status = "out-of-memory";
            error = "Runtime exited with error: signal: killed (it needs about " + code.usedMb() + " MB; the function has "
                    + f.memory() + " MB)";
            run = run / 2;
        }
        long limit = f.timeout() * 1000L;
        long needed = run;
        if (run > limit) {
            // The timeout limits the invoke phase only; a cold start's init has its own limit.
            status = "timeout";
            run = limit;
            error = String.format(Locale.ROOT, "Task timed out after %d.00 seconds (at %d MB this code needs about"
                    + " %d ms)", f.timeout(), f.memory(), needed);
        }
        long billedMs = init + run;
        double gbSeconds = billedMs / 1000.0 * f.memory() / 1024.0;
        double price = usdPerGbSecond(f.architecture());
        double durationUsd = gbSeconds * price;
        long old100 = (long) Math.ceil((init + run) / 100.0) * 100;
        double oldUsd = old100 / 1000.0 * f.memory() / 1024.0 * price;
        cloud = cloud.charge(f.name(), "Lambda duration (" + f.architecture() + ")", durationUsd);
        cloud = cloud.charge(f.name(), "Lambda requests", USD_PER_REQUEST);
        cloud = cloud.withServerless(cloud.serverless().withFunction(f.invoked(cold, status, init + run, billedMs, now)));
        List<String> lines = new ArrayList<>();
        Cloud.Drawn d = cloud.draw(32);
        cloud = d.cloud();
        lines.add(String.format(Locale.ROOT, "REPORT RequestId: %s-%s-%s-%s-%s Duration: %d.00 ms Billed Duration: %d ms"
                        + " Memory Size: %d MB Max Memory Used: %d MB%s", d.hex().substring(0, 8), d.hex().substring(8, 12),
                d.hex().substring(12, 16), d.hex().substring(16, 20), d.hex().substring(20, 32), run, billedMs, f.memory(),
                Math.min(code.usedMb(), f.memory()), cold ? " Init Duration: " + init + ".00 ms" : ""));
        lines.add(f.name() + " (" + via + "): " + (cold ? "COLD start - a new execution environment loaded the code first ("
                + init + " ms, billed too). " : "warm start - it reused an execution environment. ")
                + (error == null ? "" : error + ". ") + "Cost: " + billedMs + " ms x " + f.memory() / 1024.0 + " GB = "
                + String.format(Locale.ROOT, "%.4f", gbSeconds) + " GB-s x $" + java.math.BigDecimal.valueOf(price).toPlainString()
                + " = " + Money.usd(durationUsd)
                + " + " + Money.usd(USD_PER_REQUEST) + " for the request. (Before December 2020 Lambda rounded up to 100 ms: "
                + old100 + " ms, " + Money.usd(oldUsd) + ".)");
        return new Invoked(cloud, error, error == null ? body : null, lines);
    }

    private static Operation.Result invokeOp(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        if (call.has("--payload")) {
            String p = call.value("--payload");
            try {
                TaskDefinitions.parseJson("--payload", p);
            } catch (CliException e) {
                throw new CliException("InvalidRequestContentException", "Could not parse request body into json: "
                        + e.getMessage().replaceFirst("^Error parsing parameter '--payload': ", "")
                        + ". (With AWS CLI v2, also add --cli-binary-format raw-in-base64-out.)");
            }
        }
        boolean async = "Event".equals(call.value("--invocation-type"));
        Invoked r = invoke(cloud, f, "aws lambda invoke");
        if (r.error() != null && r.error().startsWith("TooManyRequestsException")) {
            throw new CliException("TooManyRequestsException", r.error().substring("TooManyRequestsException: ".length()));
        }
        JsonObject res = new JsonObject();
        res.addProperty("StatusCode", async ? 202 : 200);
        if (r.error() != null && !async) {
            res.addProperty("FunctionError", "Unhandled");
        }
        res.addProperty("ExecutedVersion", "$LATEST");
        List<String> changes = new ArrayList<>(r.lines());
        String outfile = call.value("outfile");
        changes.add(0, outfile + " now holds: " + (r.error() == null ? r.body()
                : "{\"errorMessage\": \"" + r.error() + "\"}"));
        return new Operation.Result(r.cloud(), res, changes);
    }

    // ---- curl (API Gateway) ----

    record Ran(Cloud cloud, String output, List<String> changes) {
    }

    static Ran curl(Cloud cloud, List<String> words) {
        String url = words.stream().skip(1).filter(w -> !w.startsWith("-")).findFirst().orElseThrow(() ->
                new CliException("curl: try 'curl https://API-ID.execute-api." + Cloud.REGION + ".amazonaws.com/'"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:https?://)?([a-z0-9]{10})\\.execute-api\\."
                + Cloud.REGION + "\\.amazonaws\\.com(/.*)?$").matcher(url);
        if (!m.matches()) {
            throw new CliException("curl: (6) Could not resolve host: " + url.replaceFirst("^https?://", "").replaceFirst("/.*", "")
                    + ". In this game curl reaches API Gateway URLs: https://API-ID.execute-api." + Cloud.REGION
                    + ".amazonaws.com/ (aws apigatewayv2 get-apis lists them).");
        }
        ServerlessState.Trigger t = cloud.serverless().triggers().get("api-gateway:" + m.group(1));
        if (t == null) {
            throw new CliException("curl: (6) Could not resolve host: " + m.group(1) + ".execute-api." + Cloud.REGION
                    + ".amazonaws.com");
        }
        ServerlessState.Function f = cloud.serverless().functions().get(t.function());
        if (f == null) {
            return new Ran(cloud, "{\"message\":\"Internal Server Error\"}", List.of("The API's function is gone."));
        }
        Invoked r = invoke(cloud, f, "API Gateway, synchronous");
        String out;
        if (r.error() == null) {
            String body = r.body().replaceAll(".*\"body\": \"([^\"]*)\".*", "$1");
            out = body;
        } else if (r.error().contains("timed out")) {
            out = "{\"message\":\"Service Unavailable\"}";
        } else {
            out = "{\"message\":\"Internal Server Error\"}";
        }
        return new Ran(r.cloud(), out, r.lines());
    }

    // ---- schedules ----

    static long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (ServerlessState.Trigger t : cloud.serverless().triggers().values()) {
            if (t.type().equals("schedule") && t.nextDue() >= 0) {
                next = Math.min(next, t.nextDue());
            }
        }
        return next;
    }

    static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (ServerlessState.Trigger t : List.copyOf(cloud.serverless().triggers().values())) {
            if (!t.type().equals("schedule") || t.nextDue() != now) {
                continue;
            }
            cloud = cloud.withServerless(cloud.serverless().withTrigger(t.fired(now)));
            ServerlessState.Function f = cloud.serverless().functions().get(t.function());
            if (f != null) {
                Invoked r = invoke(cloud, f, "EventBridge rule " + t.source());
                cloud = r.cloud();
                changes.addAll(r.lines().subList(Math.min(1, r.lines().size()), r.lines().size()));
            }
        }
        return cloud;
    }
}
