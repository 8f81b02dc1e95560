package computequest.endpoint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import computequest.sim.model.Shape;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

/** JSON request bodies: strict, one object, nesting bounded, and only the members the model knows. */
final class JsonIn {

    /** Deeper than this is refused (the models nest far less). */
    static final int MAX_DEPTH = 40;

    private JsonIn() {
    }

    /** The body as one JSON object; an empty body is {}. */
    static JsonObject object(byte[] body) {
        String text = Forms.utf8(body).strip();
        if (text.isEmpty()) {
            return new JsonObject();
        }
        try {
            JsonReader r = new JsonReader(new StringReader(text));
            r.setStrictness(Strictness.STRICT);
            r.setNestingLimit(MAX_DEPTH);
            JsonElement e = JsonParser.parseReader(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("extra data after the value");
            }
            if (!e.isJsonObject()) {
                throw new JsonParseException("the body is not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException | StackOverflowError e) {
            throw new WireException("SerializationException", "The request body is not valid JSON.");
        }
    }

    /** A copy with only the model's members (unknown ones are ignored, as the services do). */
    static JsonElement conform(JsonElement v, Shape shape) {
        return conformed(v, shape, null);
    }

    /**
     * REST-JSON names body members by their locationName on the wire (API Gateway's {@code items} for Items):
     * {@code toWire} renames the game's member names, {@code fromWire} the request's keys, recursively.
     */
    static JsonElement renamed(JsonElement v, Shape shape, boolean toWire) {
        if (v == null || v.isJsonNull()) {
            return v;
        }
        if (shape.isStructure() && v.isJsonObject()) {
            JsonObject out = new JsonObject();
            for (String m : shape.memberNames()) {
                String wire = shape.memberTrait(m, "locationName") != null
                        && shape.memberTrait(m, "location") == null ? shape.memberTrait(m, "locationName") : m;
                JsonElement x = v.getAsJsonObject().get(toWire ? m : wire);
                if (x != null && toWire && shape.member(m).type().equals("timestamp")) {
                    out.add(wire, WireTimes.json(x, WireTimes.format(shape, m, shape.member(m))));
                } else if (x != null) {
                    out.add(toWire ? wire : m, renamed(x, shape.member(m), toWire));
                }
            }
            return out;
        }
        if (shape.isList() && v.isJsonArray()) {
            JsonArray out = new JsonArray();
            v.getAsJsonArray().forEach(x -> out.add(renamed(x, shape.listMember(), toWire)));
            return out;
        }
        if (shape.isMap() && v.isJsonObject()) {
            JsonObject out = new JsonObject();
            v.getAsJsonObject().entrySet().forEach(e -> out.add(e.getKey(), renamed(e.getValue(), shape.mapValue(),
                    toWire)));
            return out;
        }
        return v;
    }

    /** @param format the member's timestampFormat, for a timestamp (null: epoch seconds, the JSON default) */
    private static JsonElement conformed(JsonElement v, Shape shape, String format) {
        if (v == null || v.isJsonNull()) {
            return null;
        }
        if (shape.type().equals("timestamp")) {
            return WireTimes.json(v, format != null ? format : shape.trait("timestampFormat"));
        }
        if (shape.isStructure() && v.isJsonObject()) {
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
                Shape m = shape.member(e.getKey());
                JsonElement c = m == null ? null : conformed(e.getValue(), m, WireTimes.format(shape, e.getKey(), m));
                if (c != null) {
                    out.add(e.getKey(), c);
                }
            }
            return out;
        }
        if (shape.isList() && v.isJsonArray()) {
            JsonArray out = new JsonArray();
            for (JsonElement x : v.getAsJsonArray()) {
                JsonElement c = conformed(x, shape.listMember(), null);
                if (c != null) {
                    out.add(c);
                }
            }
            return out;
        }
        if (shape.isMap() && v.isJsonObject()) {
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
                JsonElement c = conformed(e.getValue(), shape.mapValue(), null);
                if (c != null) {
                    out.add(e.getKey(), c);
                }
            }
            return out;
        }
        return v; // a scalar, or a wrong type the validator names
    }
}
