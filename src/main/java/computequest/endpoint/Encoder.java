package computequest.endpoint;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.model.ServiceModel;
import computequest.sim.model.Shape;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers and errors in each protocol's wire format. */
final class Encoder {

    private static final String XML = "text/xml";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Encoder() {
    }

    static WireResponse ok(Protocol p, WireCall call, JsonElement json, String requestId) {
        String op = call.operation().name();
        Shape out = call.operation().output();
        String ns = call.service().metadata("xmlNamespace");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        switch (p) {
            case EC2 -> {
                String body = HEAD + "<" + op + "Response xmlns=\"" + XmlOut.escape(slashed(ns)) + "\">"
                        + new XmlOut().element("requestId", requestId).members(json, out) + "</" + op + "Response>";
                return new WireResponse(200, XML, headers, bytes(body));
            }
            case QUERY, LEGACY_QUERY -> {
                String body = HEAD + "<" + op + "Response xmlns=\"" + XmlOut.escape(ns == null ? "" : ns) + "\"><" + op
                        + "Result>" + new XmlOut(p == Protocol.LEGACY_QUERY).members(json, out) + "</" + op + "Result><ResponseMetadata>"
                        + new XmlOut().element("RequestId", requestId) + "</ResponseMetadata></" + op + "Response>";
                return new WireResponse(200, XML, headers, bytes(body));
            }
            case JSON -> {
                JsonElement body = out == null || json == null ? new JsonObject() : JsonIn.conform(json, out);
                return new WireResponse(200, jsonType(call.service()), headers, bytes(String.valueOf(body)));
            }
            case REST_JSON, REST_XML -> {
                return rest(p, call, json, headers);
            }
            default -> throw new IllegalStateException(p.name());
        }
    }

    private static WireResponse rest(Protocol p, WireCall call, JsonElement json, Map<String, String> headers) {
        Shape out = call.operation().output();
        JsonObject o = json != null && json.isJsonObject() ? json.getAsJsonObject() : new JsonObject();
        int status = 200;
        JsonObject body = new JsonObject();
        if (out != null) {
            for (String m : out.memberNames()) {
                JsonElement v = o.get(m);
                if (v == null || v.isJsonNull()) {
                    continue;
                }
                String location = out.memberTrait(m, "location");
                String name = out.memberTrait(m, "locationName") != null ? out.memberTrait(m, "locationName") : m;
                if ("header".equals(location) && v.isJsonPrimitive()) {
                    headers.put(name, v.getAsString());
                } else if ("statusCode".equals(location) && v.isJsonPrimitive()) {
                    status = v.getAsInt();
                } else if (location == null) {
                    body.add(m, v);
                }
            }
        }
        String payload = out == null ? null : out.trait("payload");
        if (payload != null) {
            Shape ps = out.member(payload);
            JsonElement v = body.get(payload);
            if (ps.type().equals("blob") || ps.type().equals("string")) {
                byte[] raw = v == null ? new byte[0] : ps.type().equals("blob") ? blob(v.getAsString())
                        : bytes(v.getAsString());
                return new WireResponse(status, "application/octet-stream", headers, raw);
            }
            if (p == Protocol.REST_XML) {
                String name = ps.trait("locationName") != null ? ps.trait("locationName") : ps.name();
                return new WireResponse(status, "application/xml", headers, bytes(HEAD + "<" + name + ">"
                        + new XmlOut().members(v, ps) + "</" + name + ">"));
            }
            return new WireResponse(status, "application/json", headers,
                    bytes(v == null ? "{}" : String.valueOf(JsonIn.renamed(v, ps, true))));
        }
        if (p == Protocol.REST_XML) {
            if (body.size() == 0) {
                return new WireResponse(status, "application/xml", headers, new byte[0]);
            }
            String name = out.trait("locationName") != null ? out.trait("locationName") : out.name();
            String ns = out.trait("xmlNamespace") != null ? out.trait("xmlNamespace")
                    : "http://s3.amazonaws.com/doc/2006-03-01/";
            return new WireResponse(status, "application/xml", headers, bytes(HEAD + "<" + name + " xmlns=\""
                    + XmlOut.escape(ns) + "\">" + new XmlOut().members(body, out) + "</" + name + ">"));
        }
        return new WireResponse(status, "application/json", headers, bytes(String.valueOf(
                out == null ? body : JsonIn.renamed(body, out, true))));
    }

    /** An error in the protocol's format; {@code code} null means the protocol's own validation code. */
    static WireResponse error(Protocol p, ServiceModel svc, String code, String message, int status,
                              String requestId) {
        String c = code == null || code.isBlank() ? p.invalid : code;
        String m = message == null ? "" : message;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        switch (p) {
            case EC2 -> {
                return new WireResponse(status, XML, headers, bytes(HEAD + "<Response><Errors><Error>"
                        + new XmlOut().element("Code", c).element("Message", m) + "</Error></Errors>"
                        + new XmlOut().element("RequestID", requestId) + "</Response>"));
            }
            case QUERY, LEGACY_QUERY -> {
                String ns = svc == null || svc.metadata("xmlNamespace") == null ? ""
                        : " xmlns=\"" + XmlOut.escape(svc.metadata("xmlNamespace")) + "\"";
                return new WireResponse(status, XML, headers, bytes(HEAD + "<ErrorResponse" + ns + "><Error>"
                        + new XmlOut().element("Type", "Sender").element("Code", c).element("Message", m)
                        + "</Error>" + new XmlOut().element("RequestId", requestId) + "</ErrorResponse>"));
            }
            case REST_XML -> {
                return new WireResponse(status, "application/xml", headers, bytes(HEAD + "<Error>"
                        + new XmlOut().element("Code", c).element("Message", m).element("RequestId", requestId)
                        + "</Error>"));
            }
            default -> {
                JsonObject o = new JsonObject();
                o.addProperty("__type", c);
                o.addProperty("message", m);
                if (p == Protocol.REST_JSON) {
                    headers.put("x-amzn-ErrorType", c);
                }
                return new WireResponse(status, svc != null && p == Protocol.JSON ? jsonType(svc)
                        : "application/json", headers, bytes(o.toString()));
            }
        }
    }

    /**
     * An error in Smithy RPC v2 CBOR, which newer CLIs speak to some services (CloudWatch): a CBOR map of
     * {@code __type} and {@code message}, as botocore's parser reads it.
     */
    static WireResponse cborError(String code, String message, int status, String requestId) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(0xA2); // a map of two pairs
        for (String text : new String[] {"__type", code == null ? "ValidationException" : code, "message",
                message == null ? "" : message}) {
            byte[] t = bytes(text);
            if (t.length < 24) {
                b.write(0x60 | t.length);
            } else if (t.length < 256) {
                b.write(0x78);
                b.write(t.length);
            } else {
                b.write(0x79);
                b.write(t.length >> 8 & 0xFF);
                b.write(t.length & 0xFF);
            }
            b.writeBytes(t);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        headers.put("smithy-protocol", "rpc-v2-cbor");
        return new WireResponse(status, "application/cbor", headers, b.toByteArray());
    }

    static String jsonType(ServiceModel svc) {
        String v = svc.metadata("jsonVersion");
        return "application/x-amz-json-" + (v == null ? "1.1" : v);
    }

    private static String slashed(String ns) {
        return ns == null ? "" : ns.endsWith("/") ? ns : ns + "/";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] blob(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return bytes(base64);
        }
    }
}
