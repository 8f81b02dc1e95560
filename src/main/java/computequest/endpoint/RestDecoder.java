package computequest.endpoint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import computequest.sim.model.OperationModel;
import computequest.sim.model.ServiceModel;
import computequest.sim.model.Shape;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REST-JSON (Lambda, EKS, API Gateway v2) and REST-XML (S3) requests: the operation whose method and URI template
 * (with its required query markers, such as S3's {@code ?list-type=2}) fit the request best, its labels, query
 * string and header members, and the body (JSON or XML, or the raw payload).
 */
final class RestDecoder {

    private RestDecoder() {
    }

    private record Fit(OperationModel op, Map<String, String> labels, int score) {
    }

    static WireCall decode(ServiceModel svc, WireRequest req, String path, boolean xml, Protocol p) {
        Map<String, List<String>> query = Forms.parse(req.query(), false);
        Fit best = null;
        for (OperationModel op : svc.operations().values()) {
            if (!op.method().equals(req.method())) {
                continue;
            }
            Fit f = fit(op, path, query);
            if (f != null) {
                // Among equal fits (S3's deprecated PutBucketNotification and its successor share a URI), the
                // operation the game simulates.
                int simulated = computequest.sim.CloudSim.knowsOperation(svc.cliName(), op.cliName()) ? 1 : 0;
                f = new Fit(f.op(), f.labels(), f.score() + located(op, req, query) + simulated);
            }
            if (f != null && (best == null || f.score() > best.score())) {
                best = f;
            }
        }
        if (best == null) {
            throw new WireException(p.unknownOperation, "No " + svc.cliName() + " operation answers " + req.method()
                    + " " + Scalars.clip(path) + ".", xml ? 405 : 404);
        }
        OperationModel op = best.op();
        Shape in = op.input();
        JsonObject params = new JsonObject();
        if (in == null) {
            return new WireCall(svc, op, params);
        }
        String payload = in.trait("payload");
        if (payload != null) {
            Shape ps = in.member(payload);
            if (req.body().length > 0) {
                if (ps.type().equals("blob")) {
                    params.addProperty(payload, Base64.getEncoder().encodeToString(req.body()));
                } else if (ps.type().equals("string")) {
                    params.addProperty(payload, Forms.utf8(req.body()));
                } else {
                    JsonElement v = xml ? XmlIn.value(XmlIn.root(req.body()), ps, 0)
                            : JsonIn.renamed(JsonIn.object(req.body()), ps, false);
                    if (v != null) {
                        params.add(payload, v);
                    }
                }
            }
        } else if (req.body().length > 0) {
            JsonElement body = xml ? XmlIn.value(XmlIn.root(req.body()), in, 0)
                    : JsonIn.renamed(JsonIn.object(req.body()), in, false);
            if (body != null && body.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : body.getAsJsonObject().entrySet()) {
                    if (in.memberTrait(e.getKey(), "location") == null) {
                        params.add(e.getKey(), e.getValue());
                    }
                }
            }
        }
        for (String m : in.memberNames()) {
            String location = in.memberTrait(m, "location");
            if (location == null) {
                continue;
            }
            String name = in.memberTrait(m, "locationName") != null ? in.memberTrait(m, "locationName") : m;
            Shape ms = in.member(m);
            switch (location) {
                case "uri" -> {
                    String v = best.labels().get(name);
                    if (v != null) {
                        params.add(m, Scalars.fromText(ms, v, name));
                    }
                }
                case "querystring" -> {
                    List<String> v = query.get(name);
                    if (v != null && ms.isList()) {
                        JsonArray a = new JsonArray();
                        v.forEach(x -> a.add(Scalars.fromText(ms.listMember(), x, name)));
                        params.add(m, a);
                    } else if (v != null && ms.isScalar()) {
                        params.add(m, Scalars.fromText(ms, v.get(0), name));
                    }
                }
                case "header" -> {
                    String v = req.header(name);
                    if (v != null && ms.isScalar()) {
                        params.add(m, ms.type().equals("timestamp") ? new JsonPrimitive(v)
                                : Scalars.fromText(ms, v.strip(), name));
                    }
                }
                default -> {
                    // headers maps and the status code are not read from requests here.
                }
            }
        }
        return new WireCall(svc, op, params);
    }

    /**
     * Operations that share a method and path are told apart by their required header and query members (S3's
     * CopyObject needs x-amz-copy-source, PutObject does not): each one present scores, each one missing costs more.
     */
    private static int located(OperationModel op, WireRequest req, Map<String, List<String>> query) {
        Shape in = op.input();
        int score = 0;
        if (in == null) {
            return 0;
        }
        for (String m : in.required()) {
            String location = in.memberTrait(m, "location");
            String name = in.memberTrait(m, "locationName") != null ? in.memberTrait(m, "locationName") : m;
            boolean present = "header".equals(location) ? req.header(name) != null
                    : !"querystring".equals(location) || query.containsKey(name);
            if ("header".equals(location) || "querystring".equals(location)) {
                score += present ? 10 : -100;
            }
        }
        return score;
    }

    /** How well an operation's URI template fits: null if it does not; else more literal text scores higher. */
    private static Fit fit(OperationModel op, String path, Map<String, List<String>> query) {
        String template = op.uri();
        String pathPart = template;
        int score = 0;
        int q = template.indexOf('?');
        if (q >= 0) {
            pathPart = template.substring(0, q);
            for (String need : template.substring(q + 1).split("&")) {
                if (need.isEmpty()) {
                    continue;
                }
                int eq = need.indexOf('=');
                String k = eq < 0 ? need : need.substring(0, eq);
                List<String> got = query.get(k);
                if (got == null || eq >= 0 && !got.contains(need.substring(eq + 1))) {
                    return null;
                }
                score += 1000;
            }
        }
        StringBuilder regex = new StringBuilder();
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = LABEL.matcher(pathPart);
        int at = 0;
        java.util.List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            regex.append(Pattern.quote(pathPart.substring(at, m.start())));
            score += m.start() - at;
            boolean greedy = m.group(2) != null;
            regex.append(greedy ? "(.+)" : "([^/]+)");
            names.add(m.group(1));
            at = m.end();
        }
        regex.append(Pattern.quote(pathPart.substring(at)));
        score += pathPart.length() - at;
        String pattern = regex.toString();
        Matcher pm = Pattern.compile(pattern).matcher(path);
        if (!pm.matches()) {
            // botocore leaves the trailing slash of an empty greedy key off; S3's bucket-only paths may end in /.
            if (!path.endsWith("/") || !Pattern.compile(pattern).matcher(path.substring(0, path.length() - 1))
                    .matches()) {
                return null;
            }
            pm = Pattern.compile(pattern).matcher(path.substring(0, path.length() - 1));
            pm.matches();
        }
        for (int i = 0; i < names.size(); i++) {
            labels.put(names.get(i), Forms.decode(pm.group(i + 1), false));
        }
        return new Fit(op, labels, score);
    }

    private static final Pattern LABEL = Pattern.compile("\\{([A-Za-z0-9_]+)(\\+)?}");
}
