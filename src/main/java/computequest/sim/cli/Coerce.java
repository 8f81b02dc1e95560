package computequest.sim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import computequest.sim.model.Shape;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * Turns the words given for one argument into the request member the model describes, as awscli/argprocess.py
 * does: a scalar is converted by its type, a structure, map or list is read as JSON when it starts with { or [,
 * otherwise as shorthand, and shorthand strings are then converted by the model (numbers, true/false).
 */
final class Coerce {

    private Coerce() {
    }

    static JsonElement argument(String flag, Shape shape, List<String> words) {
        if (shape.isScalar()) {
            return scalar(shape, words.get(0));
        }
        if (shape.isList()) {
            if (words.size() == 1 && words.get(0).strip().startsWith("[")) {
                return json(flag, words.get(0));
            }
            Shape member = shape.listMember();
            JsonArray out = new JsonArray();
            for (String w : words) {
                if (member.isScalar()) {
                    out.add(scalar(member, w));
                } else if (w.strip().startsWith("{") || w.strip().startsWith("[")) {
                    out.add(json(flag, w));
                } else {
                    out.add(visit(shorthand(flag, w), member));
                }
            }
            return out;
        }
        String v = words.get(0);
        if (v.strip().startsWith("{") || v.strip().startsWith("[")) {
            return json(flag, v);
        }
        if (shape.isStructure() && shape.memberNames().equals(List.of("Value")) && !v.contains("=")) {
            JsonObject o = new JsonObject();
            o.add("Value", visit(new JsonPrimitive(v), shape.member("Value")));
            return o;
        }
        return visit(shorthand(flag, v), shape);
    }

    private static JsonObject shorthand(String flag, String value) {
        try {
            return Shorthand.parse(value);
        } catch (CliError e) {
            throw new CliError("Error parsing parameter '" + flag + "': " + e.getMessage());
        }
    }

    /** Strict JSON, one value, nothing after it; the error names the parameter and repeats what was received. */
    static JsonElement json(String flag, String text) {
        try {
            JsonReader r = new JsonReader(new StringReader(text));
            r.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("Extra data after the JSON value");
            }
            return e;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String msg = e.getMessage() == null ? "malformed" : e.getMessage()
                    .replaceAll("\\s*See https?://\\S+", "")
                    .replaceAll("^[a-zA-Z.]+Exception: ", "")
                    .replaceAll("Use JsonReader\\.setStrictness\\(Strictness\\.LENIENT\\) to accept malformed JSON ", "")
                    .strip();
            throw new CliError("Error parsing parameter '" + flag + "': Invalid JSON: " + msg + "\nJSON received: " + text);
        }
    }

    /** A scalar from the command line: int() or float() as the CLI does; a boolean stays text unless true/false. */
    static JsonElement scalar(Shape shape, String v) {
        switch (shape.type()) {
            case "integer", "long" -> {
                try {
                    return new JsonPrimitive(Long.parseLong(v.strip()));
                } catch (NumberFormatException e) {
                    throw new CliError("invalid literal for int() with base 10: '" + v + "'");
                }
            }
            case "double", "float" -> {
                try {
                    return new JsonPrimitive(Double.parseDouble(v.strip()));
                } catch (NumberFormatException e) {
                    throw new CliError("could not convert string to float: '" + v + "'");
                }
            }
            case "boolean" -> {
                if (v.equalsIgnoreCase("true")) {
                    return new JsonPrimitive(true);
                }
                return v.equalsIgnoreCase("false") ? new JsonPrimitive(false) : new JsonPrimitive(v);
            }
            default -> {
                return new JsonPrimitive(v);
            }
        }
    }

    /** awscli's BackCompatVisitor: a single value where the model wants a list becomes a list of one. */
    private static JsonElement visit(JsonElement value, Shape shape) {
        if (value == null || value.isJsonNull()) {
            return value;
        }
        if (shape.isStructure()) {
            if (!value.isJsonObject()) {
                return value;
            }
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
                Shape m = shape.member(e.getKey());
                out.add(e.getKey(), m == null ? e.getValue() : visit(e.getValue(), m));
            }
            return out;
        }
        if (shape.isList()) {
            if (!value.isJsonArray()) {
                JsonArray one = new JsonArray();
                one.add(value);
                return one;
            }
            JsonArray out = new JsonArray();
            value.getAsJsonArray().forEach(x -> out.add(visit(x, shape.listMember())));
            return out;
        }
        if (shape.isMap()) {
            if (!value.isJsonObject()) {
                return value;
            }
            JsonObject out = new JsonObject();
            value.getAsJsonObject().entrySet().forEach(e -> out.add(e.getKey(), visit(e.getValue(), shape.mapValue())));
            return out;
        }
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? scalar(shape, value.getAsString()) : value;
    }
}
