package computequest.sim;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A parsed command: the operation, the words given for each parameter, and the request the service model makes
 * of them (shorthand and JSON read, numbers and booleans converted, --cli-input-json merged).
 *
 * @param output  json, text, table, yaml or yaml-stream; null when not given (the profile's setting, else json)
 * @param query   the --query JMESPath expression, or null
 * @param request the request as the service would receive it, e.g. {"InstanceIds":["i-1"]}; empty when the
 *                operation is one the CLI adds itself (aws s3 ls)
 * @param profile the --profile given, or null
 * @param region  the --region given, or null
 */
public record Invocation(Operation operation, Map<String, List<String>> values, String output, String query,
                  JsonObject request, String profile, String region) {

    public Invocation(Operation operation, Map<String, List<String>> values, String output) {
        this(operation, values, output, null, new JsonObject(), null, null);
    }

    public boolean has(String flag) {
        return values.containsKey(flag);
    }

    public String value(String flag) {
        List<String> v = values.get(flag);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The flag's value, with file://NAME read as the CLI reads it where the laptop did not (the course's samples). */
    public String valueOrFile(String flag) {
        String v = value(flag);
        if (v != null && v.startsWith("file://")) {
            String text = CliParser.file(v.substring("file://".length()));
            return text == null ? v : text;
        }
        return v;
    }

    public String value(String flag, String fallback) {
        String v = value(flag);
        return v == null ? fallback : v;
    }

    public List<String> list(String flag) {
        return values.getOrDefault(flag, List.of());
    }

    public int intValue(String flag, int fallback, int min, int max) {
        String v = value(flag);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new CliException("InvalidParameterValue",
                        flag + " must be between " + min + " and " + max + ", not " + n + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException("InvalidParameterValue", flag + " takes a whole number, not '" + v + "'.");
        }
    }

    /**
     * The game's reading of a JSON-document parameter given a file's name without file:// (the CLI version 2 sends
     * the name itself as the document, and the service refuses it as JSON), or "" when the value does not look like
     * a file name.
     */
    public static String notAFile(String flag, String value) {
        if (value == null || !value.matches("[\\w./~-]+") || value.startsWith("file:")
                || !(value.matches(".*\\.(json|txt|ya?ml)") || CliParser.file(value) != null)) {
            return "";
        }
        return " (The CLI sent the text \"" + value + "\" itself as " + flag + ": it opens a file only when the"
                + " value starts with file://. Write " + flag + " file://" + value + " to send what the file holds.)";
    }
}
