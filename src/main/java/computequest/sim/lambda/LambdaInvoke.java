package computequest.sim.lambda;

import static computequest.sim.lambda.LambdaOps.*;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Money;
import computequest.sim.Operation;
import computequest.sim.ecs.TaskDefinitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Running a Lambda function: cold and warm starts, duration from memory, billing, curl through API Gateway and schedules. */
public final class LambdaInvoke {

    private LambdaInvoke() {
    }

    // ---- invoking ----

    /** One call's result: the new cloud, whether it failed, the response body and the REPORT and cost lines. */
    public record Invoked(Cloud cloud, String error, String body, List<String> lines) {
    }

    public static long durationMs(Code code, int memory) {
        return durationMs(code, memory, 1);
    }

    /** @param work how much CPU work this call's input asks for, against the sample's usual input (1) */
    static long durationMs(Code code, int memory, double work) {
        double vcpus = Math.min(code.threads(), memory / (double) MB_PER_VCPU);
        return code.ioMs() + Math.round(code.cpuMs() * work / vcpus);
    }

    static double usdPerGbSecond(String architecture) {
        return architecture.equals("arm64") ? ARM_USD_PER_GB_SECOND : X86_USD_PER_GB_SECOND;
    }

    /** Runs the function once, as the given trigger would, and bills it. */
    public static Invoked invoke(Cloud cloud, ServerlessState.Function f, String via) {
        return invoke(cloud, f, via, 1, null);
    }

    /**
     * @param work how much CPU work the input asks for (1: the sample's usual input)
     * @param body the function's answer for this input, or null for the sample's usual one
     */
    static Invoked invoke(Cloud cloud, ServerlessState.Function f, String via, double work, String body) {
        return invoke(cloud, f, via, work, body, null);
    }

    /** @param denied the S3 call the function's role may not make, which fails the run, or null */
    static Invoked invoke(Cloud cloud, ServerlessState.Function actual, String via, double work, String body,
                          S3Events.Denied denied) {
        if (actual.state().equals(FunctionStates.PENDING)) {
            return new Invoked(cloud, "ResourceConflictException: The function is currently in the following state: "
                    + FunctionStates.PENDING, null, List.of(actual.name() + " (" + via + "): not run - Lambda is still"
                    + " setting it up (State Pending), and a Pending function takes no calls."));
        }
        ServerlessState.Function f = FunctionStates.running(actual);
        Code code = SAMPLES.get(f.code());
        if (f.reserved() == 0) {
            return new Invoked(cloud, "TooManyRequestsException: Rate Exceeded. (" + f.name()
                    + " has reserved concurrency 0, so every call is throttled.)", null, List.of());
        }
        long now = cloud.clock();
        boolean cold = f.lastInvokedAt() < 0 || now - f.lastInvokedAt() > WARM_SECONDS;
        long init = cold ? code.initMs() : 0;
        long run = durationMs(code, f.memory(), work);
        String status = "ok";
        String error = null; // what Lambda reports: the response's errorMessage, the log
        String why = null; // the game's reading of it, in the report only
        body = body == null ? code.response() : body;
        if (code.usedMb() > f.memory()) {
            status = "out-of-memory";
            error = "Runtime exited with error: signal: killed";
            why = "it needs about " + code.usedMb() + " MB; the function has " + f.memory() + " MB";
            run = run / 2;
        }
        long limit = f.timeout() * 1000L;
        long needed = run;
        if (run > limit) {
            // The timeout limits the invoke phase only; a cold start's init has its own limit.
            status = "timeout";
            run = limit;
            error = String.format(Locale.ROOT, "Task timed out after %d.00 seconds", f.timeout());
            why = String.format(Locale.ROOT, "at %d MB this code needs about %d ms", f.memory(), needed);
        }
        if (denied != null && (error == null || denied.operation().equals("GetObject"))) {
            // the read comes first, before any work; a write that is refused comes after the work, if it finished
            status = "access-denied";
            error = denied.error();
            why = denied.why();
            run = denied.operation().equals("GetObject") ? Math.min(limit, code.ioMs()) : run;
        }
        if (error == null && body.contains("\"statusCode\": 400")) {
            status = "bad-request"; // the code ran and refused its input: not the answer the caller wanted
        }
        long billedMs = init + run;
        double gbSeconds = billedMs / 1000.0 * f.memory() / 1024.0;
        double price = usdPerGbSecond(f.architecture());
        double durationUsd = gbSeconds * price;
        // Before December 2020 a zip function on a managed runtime was billed for its run only, in steps of 100 ms: its
        // init phase (the cold start) was free until August 2025.
        long old100 = (long) Math.ceil(run / 100.0) * 100;
        double oldUsd = old100 / 1000.0 * f.memory() / 1024.0 * price;
        cloud = cloud.charge(f.name(), "Lambda duration (" + f.architecture() + ")", durationUsd);
        cloud = cloud.charge(f.name(), "Lambda requests", USD_PER_REQUEST);
        cloud = cloud.withServerless(cloud.serverless().withFunction(actual.invoked(cold, status, init + run, billedMs,
                now)));
        List<String> lines = new ArrayList<>();
        Cloud.Drawn d = cloud.draw(32);
        cloud = d.cloud();
        lines.add(String.format(Locale.ROOT, "REPORT RequestId: %s-%s-%s-%s-%s Duration: %d.00 ms Billed Duration: %d ms"
                        + " Memory Size: %d MB Max Memory Used: %d MB%s", d.hex().substring(0, 8), d.hex().substring(8, 12),
                d.hex().substring(12, 16), d.hex().substring(16, 20), d.hex().substring(20, 32), run, billedMs, f.memory(),
                Math.min(code.usedMb(), f.memory()), cold ? " Init Duration: " + init + ".00 ms" : ""));
        lines.add(f.name() + " (" + via + "): " + (cold ? "COLD start - a new execution environment loaded the code first ("
                + init + " ms, billed too). " : "warm start - it reused an execution environment. ")
                + (error == null ? "" : error + (why == null ? "" : " (" + why + ")") + ". ") + "Cost: " + billedMs + " ms x " + f.memory() / 1024.0 + " GB = "
                + String.format(Locale.ROOT, "%.4f", gbSeconds) + " GB-s x $" + java.math.BigDecimal.valueOf(price).toPlainString()
                + " = " + Money.usd(durationUsd)
                + " + " + Money.usd(USD_PER_REQUEST) + " for the request. (Before December 2020 Lambda rounded up to 100 ms"
                + (cold ? " and billed no init phase, which a zip function pays for only since August 2025" : "") + ": "
                + old100 + " ms, " + Money.usd(oldUsd) + ".)");
        return new Invoked(cloud, error, error == null ? body : null, lines);
    }

    /**
     * The payload as the function gets it. The simulated CLI is shaped like version 2, which reads a blob parameter
     * such as --payload as base64 unless --cli-binary-format raw-in-base64-out says it is raw: plain JSON without
     * that flag is refused on the client, as a real CLI v2 refuses it, before any call is made.
     */
    static String payloadText(Invocation call) {
        String p = call.value("--payload");
        if ("raw-in-base64-out".equals(call.value("--cli-binary-format"))) {
            return p;
        }
        try {
            return new String(java.util.Base64.getDecoder().decode(p.strip()), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            if (!computequest.sim.Invocation.notAFile("--payload", p).isEmpty()) {
                throw new CliException("Invalid base64: \"" + p + "\"\n(The CLI took the file name itself as the"
                        + " payload, and version 2 reads a payload as base64. To send the file's JSON, write --payload"
                        + " fileb://" + p + ", which sends its bytes as they are.)");
            }
            throw new CliException("Invalid base64: \"" + p + "\"\n(AWS CLI version 2 reads --payload as base64."
                    + " To send JSON as it is, add --cli-binary-format raw-in-base64-out.)");
        }
    }

    static Operation.Result invokeOp(Cloud cloud, Invocation call) {
        ServerlessState.Function f = function(cloud, call.value("--function-name"));
        FunctionStates.requireInvocable(f);
        S3Events.Denied denied = null;
        if (call.has("--payload")) {
            String p = payloadText(call);
            try {
                com.google.gson.JsonElement event = TaskDefinitions.parseJson("--payload", p);
                denied = resizeDenied(cloud, f, event);
            } catch (CliException e) {
                throw new CliException("InvalidRequestContentException", "Could not parse request body into json: "
                        + e.getMessage().replaceFirst("^Error parsing parameter '--payload': ", "")
                        + ("raw-in-base64-out".equals(call.value("--cli-binary-format")) ? "."
                        : ". (The base64 you gave decodes to something that is not JSON.)")
                        + computequest.sim.Invocation.notAFile("--payload", call.value("--payload")));
            }
        }
        boolean async = "Event".equals(call.value("--invocation-type"));
        Invoked r = invoke(cloud, f, "aws lambda invoke", 1, null, denied);
        if (r.error() != null && r.error().startsWith("TooManyRequestsException")) {
            throw new CliException("TooManyRequestsException", r.error().substring("TooManyRequestsException: ".length()));
        }
        JsonObject res = new JsonObject();
        List<String> changes = new ArrayList<>(r.lines());
        String outfile = call.value("outfile");
        if (async) {
            res.addProperty("StatusCode", 202);
            changes.add(0, outfile + " is empty: an asynchronous call (--invocation-type Event) only gets 202, \"accepted\"."
                    + " Lambda queues the event and runs the function on its own; the result goes to its logs (or a"
                    + " destination), never back to the caller.");
            return new Operation.Result(r.cloud(), res, changes);
        }
        res.addProperty("StatusCode", 200);
        if (r.error() != null) {
            res.addProperty("FunctionError", "Unhandled");
        }
        boolean tail = "Tail".equals(call.value("--log-type"));
        if (tail) {
            res.addProperty("LogResult", java.util.Base64.getEncoder().encodeToString(
                    logTail(r.lines().get(0), r.error()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        res.addProperty("ExecutedVersion", "$LATEST");
        changes.add(0, outfile + " now holds: " + (r.error() == null ? r.body() : errorJson(r.error())));
        if (tail) {
            changes.add(2, "LogResult is the end of the function's log, base64-encoded: its START, END and the REPORT"
                    + " line above (decoded in a real shell with --query LogResult --output text | base64 --decode).");
        }
        return new Operation.Result(r.cloud(), res, changes);
    }

    /** What the resize sample's role stops when a direct call's event names an image ({"key": ..., "width": ...}). */
    private static S3Events.Denied resizeDenied(Cloud cloud, ServerlessState.Function f,
                                                com.google.gson.JsonElement event) {
        if (!event.isJsonObject() || !event.getAsJsonObject().has("key")) {
            return null;
        }
        JsonObject e = event.getAsJsonObject();
        int width = S3Events.WIDTH;
        try {
            width = e.has("width") ? e.get("width").getAsInt() : width;
        } catch (RuntimeException notANumber) {
            // the code falls back to its usual width
        }
        return S3Events.denied(cloud, f, S3Events.ORIGINALS, e.get("key").getAsString(), width);
    }

    /** The function's error as Lambda returns it: a Python exception raised by boto3 names its type. */
    static String errorJson(String error) {
        String escaped = error.replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"errorMessage\": \"" + escaped + "\"" + (error.startsWith("An error occurred (")
                ? ", \"errorType\": \"ClientError\"" : "") + "}";
    }

    /** The error as the function's log shows it: the Python runtime names the exception before its message. */
    static String logLine(String error) {
        return error.startsWith("An error occurred (") ? "[ERROR] ClientError: " + error : error;
    }

    /**
     * The last lines of the function's log for one call, as --log-type Tail returns them (before base64): START, the
     * error if any, END and the REPORT line, whose fields Lambda separates with tabs.
     *
     * @param report the REPORT line as the game prints it, fields separated by spaces
     */
    static String logTail(String report, String error) {
        String id = report.split(" ")[2];
        String tabbed = report.replaceAll(" (Billed Duration|Max Memory Used|Memory Size|Init Duration|Duration): ",
                "\t$1: ") + "\t";
        return "START RequestId: " + id + " Version: $LATEST\n" + (error == null ? "" : logLine(error) + "\n")
                + "END RequestId: " + id + "\n" + tabbed + "\n";
    }

    // ---- curl (API Gateway) ----


    static LambdaOps.Ran curl(Cloud cloud, List<String> words) {
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
            return new LambdaOps.Ran(cloud, "{\"message\":\"Internal Server Error\"}", List.of("The API's function is gone."));
        }
        if (!LambdaPermissions.apiMayInvoke(cloud, f.name(), m.group(1))) {
            return new LambdaOps.Ran(cloud, "{\"message\":\"Internal Server Error\"}", List.of("API Gateway may not"
                    + " invoke " + f.name() + " (its access log says the integration lacks permission), so the caller"
                    + " gets 500. Grant it: aws lambda add-permission --function-name " + f.name() + " --statement-id"
                    + " apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com"
                    + " --source-arn 'arn:aws:execute-api:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":" + m.group(1)
                    + "/*'"));
        }
        ResizeRequest req = f.code().equals("resize.zip") ? ResizeRequest.of(m.group(2)) : null;
        Invoked r = req == null ? invoke(cloud, f, "API Gateway, synchronous")
                : invoke(cloud, f, "API Gateway, synchronous, " + req.what(), req.work(), req.response(),
                S3Events.denied(cloud, f, S3Events.ORIGINALS, req.key(), req.width()));
        String out;
        Cloud after = r.cloud();
        List<String> lines = new ArrayList<>(r.lines());
        if (r.error() == null && req != null && req.key() != null
                && !after.serverless().buckets().containsKey(S3Events.COPIES)) {
            // the code's write fails: the function errors, and API Gateway answers 500
            lines.add(S3Events.noCopies(f.name()));
            out = "{\"message\":\"Internal Server Error\"}";
        } else if (r.error() == null) {
            out = r.body().replaceAll(".*\"body\": \"([^\"]*)\".*", "$1");
            if (req != null && req.key() != null) {
                after = S3Events.saveCopy(after, f, req.key(), req.width(), 200_000, lines);
            }
        } else if (r.error().contains("timed out")) {
            out = "{\"message\":\"Service Unavailable\"}";
        } else {
            out = "{\"message\":\"Internal Server Error\"}";
        }
        return new LambdaOps.Ran(after, out, lines);
    }

    // ---- schedules ----

    public static long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (ServerlessState.Trigger t : cloud.serverless().triggers().values()) {
            if (t.type().equals("schedule") && t.nextDue() >= 0) {
                next = Math.min(next, t.nextDue());
            }
        }
        return next;
    }

    public static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
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
