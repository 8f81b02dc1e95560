package computequest.endpoint;

import com.google.gson.JsonObject;
import computequest.sim.cli.CliError;
import computequest.sim.cli.Requests;
import computequest.sim.model.Models;
import computequest.sim.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The game's AWS endpoint, without sockets: an HTTP request in, the call it means handed to the game, the game's
 * answer out in the protocol the service speaks. A request that cannot be read is answered with the protocol's error
 * and never reaches the game. Credentials are not checked: any SigV4 signature names the service and is accepted.
 */
public final class Endpoint {

    /**
     * The largest request body accepted: 16 MiB, room for a photo sent whole and for the 8 MiB parts in which the CLI
     * sends files of 8 MB and more (multipart upload). One body is read at a time.
     */
    public static final int MAX_BODY = 16 << 20;

    /** Why a larger body is refused, and what fits. */
    public static final String TOO_LARGE = "The game takes request bodies up to 16 MiB. aws s3 cp sends files of 8 MB"
            + " and more in parts of 8 MB, which fit: if you set a larger multipart_chunksize in your AWS config, set it"
            + " to 8MB again.";

    /** SigV4 signing names of the simulated services, and their CLI names. */
    static final Map<String, String> SIGNING_NAMES = Map.ofEntries(Map.entry("ec2", "ec2"), Map.entry("ecs", "ecs"),
            Map.entry("ecr", "ecr"), Map.entry("eks", "eks"), Map.entry("lambda", "lambda"),
            Map.entry("lightsail", "lightsail"), Map.entry("s3", "s3api"), Map.entry("sqs", "sqs"),
            Map.entry("dynamodb", "dynamodb"), Map.entry("apigateway", "apigatewayv2"),
            Map.entry("events", "events"), Map.entry("iam", "iam"), Map.entry("sts", "sts"),
            Map.entry("logs", "logs"), Map.entry("elasticloadbalancing", "elbv2"));

    private static final Pattern CREDENTIAL = Pattern.compile(
            "Credential=[^/,\\s]*/\\d{8}/[^/,\\s]+/([a-z0-9-]+)/aws4_request");

    /** The AWS CLI names the command it runs in its User-Agent: {@code command/s3.cp}. */
    private static final Pattern COMMAND = Pattern.compile("(?:^| )command/([a-z0-9]+)\\.([a-z0-9-]+)(?: |$)");

    private long requests;

    /**
     * Thrown by the game when it cannot take a call now (a turn is waiting on the player): the call is not run, and
     * the client is told at once, with the protocol's throttling error, which SDKs and the CLI retry.
     */
    public static final class NotNow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotNow(String message) {
            super(message);
        }
    }

    /** Handles one request: {@code game} runs a call and answers it. */
    public WireResponse handle(WireRequest req, Function<WireCall, Answer> game) {
        String id = nextId();
        ServiceModel svc;
        try {
            svc = service(req);
        } catch (WireException e) {
            return unsimulated(req, e.code(), e.getMessage(), e.status(), id);
        }
        Protocol p = Protocol.of(svc, req);
        WireCall call;
        try {
            call = decode(req, svc, p);
        } catch (WireException e) {
            return Encoder.error(p, svc, e.code(), e.getMessage(), e.status(), id);
        } catch (RuntimeException | StackOverflowError e) {
            return Encoder.error(p, svc, null, "The request could not be read.", 400, id);
        }
        Answer a;
        try {
            a = game.apply(call);
        } catch (NotNow e) {
            return Encoder.error(p, svc, p.throttled, e.getMessage(), 503, id);
        } catch (RuntimeException e) {
            return Encoder.error(p, svc, p == Protocol.EC2 || p == Protocol.REST_XML ? "ServiceUnavailable"
                    : "ServiceUnavailableException", "The game could not take this call now"
                    + (e.getMessage() == null ? "." : ": " + e.getMessage()), 503, id);
        }
        if (!a.ok()) {
            return Encoder.error(p, svc, a.code(), a.message(), 400, id);
        }
        return Encoder.ok(p, call, a.json(), id);
    }

    /** The answer to a request refused before it is read (too large, too many): in its service's format. */
    public WireResponse refuse(WireRequest req, String why, int status, boolean throttled) {
        String id = nextId();
        try {
            ServiceModel svc = service(req);
            Protocol p = Protocol.of(svc, req);
            return Encoder.error(p, svc, throttled ? p.throttled : p.invalid, why, status, id);
        } catch (WireException e) {
            return unsimulated(req, throttled ? "ThrottlingException" : "ValidationException", why, status, id);
        }
    }

    private String nextId() {
        requests++;
        return String.format("cq-%08d-0000-4000-8000-000000000000", requests);
    }

    /** Signing names of the services whose model is REST-XML (from botocore's models), the simulated S3 aside. */
    private static final java.util.Set<String> REST_XML_SCOPES = java.util.Set.of("cloudfront", "route53");

    /**
     * An error for a service the game does not simulate, or an unsigned request, in the protocol its client will read:
     * as the request speaks it (botocore's models give one signing name several protocols, e.g. rds's query and
     * neptune's), else as the service's model has it. A reply in another protocol reads to the CLI as a parse error.
     */
    static WireResponse unsimulated(WireRequest req, String code, String message, int status, String id) {
        String type = String.valueOf(req.header("content-type"));
        Protocol p;
        if ("rpc-v2-cbor".equals(req.header("smithy-protocol"))) {
            return Encoder.cborError(code, message, status, id);
        } else if (req.header("x-amz-target") != null) {
            p = Protocol.JSON;
        } else if (type.startsWith("application/x-www-form-urlencoded")
                || Forms.parse(req.query(), true).containsKey("Action")) {
            p = Protocol.QUERY;
        } else {
            String scope = scope(req);
            p = scope == null ? Protocol.JSON : REST_XML_SCOPES.contains(scope) ? Protocol.REST_XML
                    : Protocol.REST_JSON;
        }
        return Encoder.error(p, null, code, message, status, id);
    }

    /** The signing name of a request's SigV4 scope (header or presigned query), or null. */
    private static String scope(WireRequest req) {
        String auth = req.header("authorization");
        String scope = null;
        if (auth != null) {
            Matcher m = CREDENTIAL.matcher(auth);
            if (m.find()) {
                scope = m.group(1);
            }
        }
        if (scope == null) {
            String cred = Forms.parse(req.query(), true).getOrDefault("X-Amz-Credential", List.of()).stream()
                    .findFirst().orElse(null);
            if (cred != null) {
                String[] parts = cred.split("/");
                scope = parts.length == 5 ? parts[3] : null;
            }
        }
        return scope;
    }

    /** The service a request is for: its signature's scope, else its X-Amz-Target. */
    static ServiceModel service(WireRequest req) {
        String scope = scope(req);
        if (scope != null) {
            String cli = SIGNING_NAMES.get(scope);
            if (cli == null) {
                throw new WireException("UnrecognizedClientException", "This game's cloud does not simulate the '"
                        + Scalars.clip(scope) + "' service. It simulates " + simulated() + "; at the game's prompt, 'aws help' says"
                        + " more.", 400);
            }
            return Models.service(cli);
        }
        String target = req.header("x-amz-target");
        if (target != null && target.contains(".")) {
            String prefix = target.substring(0, target.lastIndexOf('.'));
            for (String cli : List.of("ecs", "ecr", "lightsail", "dynamodb", "sqs", "events", "logs")) {
                ServiceModel s = Models.service(cli);
                if (prefix.equals(s.metadata("targetPrefix"))) {
                    return s;
                }
            }
        }
        throw new WireException("MissingAuthenticationTokenException", "Sign the request with AWS Signature Version 4"
                + " (any credentials will do): the signature says which service it is for.", 403);
    }

    /** The simulated services as the CLI names them, in order: "apigatewayv2, dynamodb, ... and sts". */
    private static String simulated() {
        List<String> names = new java.util.TreeSet<>(SIGNING_NAMES.values()).stream().toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static WireCall decode(WireRequest req, ServiceModel svc, Protocol p) {
        WireCall call = switch (p) {
            case EC2, QUERY, LEGACY_QUERY -> query(req, svc, p);
            case JSON -> json(req, svc, p);
            case REST_JSON -> RestDecoder.decode(svc, req, req.path(), false, p);
            case REST_XML -> RestDecoder.decode(svc, req, s3Path(req), true, p);
        };
        if (call.operation().input() != null) {
            try {
                Requests.validate(call.params(), call.operation().input());
            } catch (CliError e) {
                throw new WireException(null, e.getMessage());
            }
        }
        Matcher ua = COMMAND.matcher(String.valueOf(req.header("user-agent")));
        return ua.find() ? new WireCall(call.service(), call.operation(), call.params(),
                "aws " + ua.group(1) + " " + ua.group(2)) : call;
    }

    private static WireCall query(WireRequest req, ServiceModel svc, Protocol p) {
        String type = req.header("content-type");
        Map<String, List<String>> form = req.method().equals("POST") && (type == null
                || type.startsWith("application/x-www-form-urlencoded"))
                ? Forms.parse(Forms.utf8(req.body()), true) : Forms.parse(req.query(), true);
        List<String> action = form.get("Action");
        if (action == null || action.get(0).isEmpty()) {
            throw new WireException("MissingAction", "The request names no Action.");
        }
        var op = svc.operationNamed(action.get(0));
        if (op == null) {
            throw new WireException(p.unknownOperation, "The action " + Scalars.clip(action.get(0))
                    + " is not valid for this web service.");
        }
        JsonObject params = QueryDecoder.decode(form, op.input(), p);
        return new WireCall(svc, op, params);
    }

    private static WireCall json(WireRequest req, ServiceModel svc, Protocol p) {
        String target = req.header("x-amz-target");
        String prefix = svc.metadata("targetPrefix");
        if (target == null || !target.startsWith(prefix + ".")) {
            throw new WireException(p.unknownOperation, "The X-Amz-Target header does not name a "
                    + svc.cliName() + " operation.");
        }
        var op = svc.operationNamed(target.substring(prefix.length() + 1));
        if (op == null) {
            throw new WireException(p.unknownOperation, "Unknown operation " + Scalars.clip(target) + ".");
        }
        JsonObject body = JsonIn.object(req.body());
        JsonObject params = op.input() == null ? new JsonObject() : JsonIn.conform(body, op.input()).getAsJsonObject();
        return new WireCall(svc, op, params);
    }

    /** S3's path, with a virtual-hosted bucket ({@code bucket.localhost}) moved into it. */
    static String s3Path(WireRequest req) {
        String host = req.header("host");
        if (host == null) {
            return req.path();
        }
        String name = host.contains(":") && !host.startsWith("[") ? host.substring(0, host.lastIndexOf(':')) : host;
        int dot = name.indexOf('.');
        if (dot <= 0 || name.matches("[0-9.]+") || !(name.substring(dot + 1).equals("localhost")
                || name.substring(dot + 1).startsWith("s3.") || name.substring(dot + 1).startsWith("s3-"))) {
            return req.path();
        }
        return "/" + name.substring(0, dot) + (req.path().equals("/") ? "" : req.path());
    }
}
