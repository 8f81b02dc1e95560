package computequest.sim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import computequest.sim.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against its input shape before it is sent, as botocore's ParamValidator does: required members,
 * unknown members, types, and minimum lengths and values. Every problem is reported, in botocore's words.
 */
final class Validator {

    private final List<String> errors = new ArrayList<>();

    private Validator() {
    }

    /** @throws CliError {@code Parameter validation failed:} followed by one line per problem */
    static void check(JsonObject request, Shape input) {
        Validator v = new Validator();
        v.structure(request, input, "");
        if (!v.errors.isEmpty()) {
            throw new CliError("Parameter validation failed:\n" + String.join("\n", v.errors));
        }
    }

    private void value(JsonElement value, Shape shape, String path) {
        switch (shape.type()) {
            case "structure" -> {
                if (!value.isJsonObject()) {
                    invalidType(value, path, "<class 'dict'>");
                } else {
                    structure(value.getAsJsonObject(), shape, path);
                }
            }
            case "list" -> {
                if (!value.isJsonArray()) {
                    invalidType(value, path, "<class 'list'>, <class 'tuple'>");
                    return;
                }
                JsonArray a = value.getAsJsonArray();
                minLength(a.size(), shape, path);
                for (int i = 0; i < a.size(); i++) {
                    value(a.get(i), shape.listMember(), path + "[" + i + "]");
                }
            }
            case "map" -> {
                if (!value.isJsonObject()) {
                    invalidType(value, path, "<class 'dict'>");
                    return;
                }
                for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
                    value(e.getValue(), shape.mapValue(), path + "." + e.getKey());
                }
            }
            case "string" -> {
                if (!isString(value)) {
                    invalidType(value, path, "<class 'str'>");
                } else {
                    minLength(value.getAsString().length(), shape, path);
                }
            }
            case "integer", "long" -> {
                if (!isNumber(value) || value.getAsDouble() != Math.rint(value.getAsDouble())) {
                    invalidType(value, path, "<class 'int'>");
                } else if (shape.min() != null && value.getAsLong() < shape.min()) {
                    errors.add("Invalid value for parameter " + path + ", value: " + value.getAsLong()
                            + ", valid min value: " + shape.min());
                }
            }
            case "double", "float" -> {
                if (!isNumber(value)) {
                    invalidType(value, path, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>");
                }
            }
            case "boolean" -> {
                if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
                    invalidType(value, path, "<class 'bool'>");
                }
            }
            case "timestamp" -> {
                if (!isString(value) && !isNumber(value)) {
                    invalidType(value, path, "<class 'datetime.datetime'>, timestamp-string");
                }
            }
            default -> {
                if (!isString(value)) {
                    invalidType(value, path, "<class 'bytes'>, <class 'bytearray'>, file-like object");
                }
            }
        }
    }

    private void structure(JsonObject value, Shape shape, String path) {
        for (String r : shape.required()) {
            if (!value.has(r) || value.get(r).isJsonNull()) {
                errors.add("Missing required parameter in " + (path.isEmpty() ? "input" : path) + ": \"" + r + "\"");
            }
        }
        for (Map.Entry<String, JsonElement> e : value.entrySet()) {
            Shape m = shape.member(e.getKey());
            if (m == null) {
                errors.add("Unknown parameter in " + (path.isEmpty() ? "input" : path) + ": \"" + e.getKey()
                        + "\", must be one of: " + String.join(", ", shape.memberNames()));
            } else if (!e.getValue().isJsonNull()) {
                value(e.getValue(), m, path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }

    private void minLength(int length, Shape shape, String path) {
        if (shape.min() != null && length < shape.min()) {
            errors.add("Invalid length for parameter " + path + ", value: " + length + ", valid min length: "
                    + shape.min());
        }
    }

    private void invalidType(JsonElement value, String path, String valid) {
        errors.add("Invalid type for parameter " + path + ", value: " + python(value) + ", type: " + pythonType(value)
                + ", valid types: " + valid);
    }

    private static boolean isString(JsonElement v) {
        return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
    }

    private static boolean isNumber(JsonElement v) {
        return v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber();
    }

    private static String pythonType(JsonElement v) {
        if (v.isJsonObject()) {
            return "<class 'dict'>";
        }
        if (v.isJsonArray()) {
            return "<class 'list'>";
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "<class 'bool'>";
        }
        if (p.isNumber()) {
            return p.getAsDouble() == Math.rint(p.getAsDouble()) && !p.getAsString().contains(".")
                    ? "<class 'int'>" : "<class 'float'>";
        }
        return "<class 'str'>";
    }

    /** A value as Python's str() prints it: True, 'text' inside containers, {'K': 'V'}. */
    private static String python(JsonElement v) {
        if (v.isJsonPrimitive()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean() ? "True" : "False";
            }
            return p.getAsString();
        }
        return repr(v);
    }

    private static String repr(JsonElement v) {
        if (v.isJsonNull()) {
            return "None";
        }
        if (v.isJsonPrimitive()) {
            return v.getAsJsonPrimitive().isString() ? "'" + v.getAsString() + "'" : python(v);
        }
        List<String> parts = new ArrayList<>();
        if (v.isJsonArray()) {
            v.getAsJsonArray().forEach(x -> parts.add(repr(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        v.getAsJsonObject().entrySet().forEach(e -> parts.add("'" + e.getKey() + "': " + repr(e.getValue())));
        return "{" + String.join(", ", parts) + "}";
    }
}
