package computequest.sim.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code --output yaml} (AWS CLI version 2), block style as its safe YAML dumper writes it: keys in alphabetical order,
 * a list's dashes level with its key, empty collections as [] and {}, and strings quoted only when plain text
 * would read as something else (a number, a boolean, a date, a null, or YAML syntax), by YAML 1.2 rules.
 */
final class YamlFormat {

    private static final Pattern NEEDS_QUOTES = Pattern.compile(
            "(?i:true|false|null|~)"
                    + "|[-+]?(\\d[\\d_]*)?\\.?\\d*([eE][-+]?\\d+)?|[-+]?0x[0-9a-fA-F_]+|[-+]?0o?[0-7_]+"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|\\d{4}-\\d\\d?-\\d\\d?([Tt ].*)?|[-+]?\\d[\\d_]*(:[0-5]?\\d)+(\\.\\d*)?");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder();

    private YamlFormat() {
    }

    static String of(JsonElement json) {
        YamlFormat y = new YamlFormat();
        if (json.isJsonObject() && json.getAsJsonObject().size() > 0) {
            y.mapping(json.getAsJsonObject(), 0);
        } else if (json.isJsonArray() && !json.getAsJsonArray().isEmpty()) {
            y.sequence(json, 0);
        } else {
            y.out.append(scalar(json)).append('\n');
        }
        String s = y.out.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private void mapping(JsonObject o, int indent) {
        boolean first = true;
        for (Map.Entry<String, JsonElement> e : new TreeMap<>(o.asMap()).entrySet()) {
            if (!first) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(key(e.getKey())).append(':');
            value(e.getValue(), indent);
        }
    }

    private void sequence(JsonElement a, int indent) {
        boolean first = true;
        for (JsonElement e : a.getAsJsonArray()) {
            if (!first) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append("- ");
            if (e.isJsonObject() && e.getAsJsonObject().size() > 0) {
                mapping(e.getAsJsonObject(), indent + 2);
            } else if (e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
                sequence(e, indent + 2);
            } else {
                out.append(scalar(e)).append('\n');
            }
        }
    }

    /** A mapping's value: nested blocks on the next lines, scalars after the colon. */
    private void value(JsonElement v, int indent) {
        if (v.isJsonObject() && v.getAsJsonObject().size() > 0) {
            out.append('\n').append(" ".repeat(indent + 2));
            mapping(v.getAsJsonObject(), indent + 2);
        } else if (v.isJsonArray() && !v.getAsJsonArray().isEmpty()) {
            out.append('\n').append(" ".repeat(indent));
            sequence(v, indent);
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    private static String key(String k) {
        return plainIsSafe(k) ? k : quote(k);
    }

    static String scalar(JsonElement v) {
        if (v == null || v.isJsonNull()) {
            return "null";
        }
        if (v.isJsonArray()) {
            return "[]";
        }
        if (v.isJsonObject()) {
            return "{}";
        }
        if (!v.getAsJsonPrimitive().isString()) {
            return v.getAsJsonPrimitive().isBoolean() ? Boolean.toString(v.getAsBoolean()) : v.getAsString();
        }
        String s = v.getAsString();
        return plainIsSafe(s) ? s : quote(s);
    }

    private static boolean plainIsSafe(String s) {
        if (s.isEmpty() || NEEDS_QUOTES.matcher(s).matches() || !s.strip().equals(s)) {
            return false;
        }
        if (INDICATORS.indexOf(s.charAt(0)) >= 0 && !(s.length() > 1 && "-?:".indexOf(s.charAt(0)) >= 0
                && s.charAt(1) != ' ')) {
            return false;
        }
        return !(s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("\n") || s.contains("\t"));
    }

    private static String quote(String s) {
        if (s.contains("\n")) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        return "'" + s.replace("'", "''") + "'";
    }

}
