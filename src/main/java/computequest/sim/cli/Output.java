package computequest.sim.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.gson.GsonRuntime;
import io.burt.jmespath.parser.ParseException;

/**
 * Prints an answer as the AWS CLI does: {@code --query} (JMESPath) first, then {@code --output} json (four-space
 * indent, as Python's json.dumps), text, table or yaml, in the layouts of awscli's formatter.py, text.py and
 * table.py.
 */
public final class Output {

    private Output() {
    }

    /** The JMESPath runtime, built on first use (its parser is not needed before the first --query). */
    private static final class Jmes {
        static final JmesPath<JsonElement> RUNTIME = new GsonRuntime();
    }

    /**
     * @param json   the answer, with members in the model's order
     * @param format json, text, table, yaml or yaml-stream
     * @param query  a JMESPath expression, or null
     * @param title  the table's title: the operation's API name, e.g. DescribeInstances
     */
    public static String render(JsonElement json, String format, String query, String title) {
        if (query != null) {
            json = query(json == null ? new JsonObject() : json, query);
        } else if (json == null || json.isJsonObject() && json.getAsJsonObject().size() == 0) {
            return "";
        }
        json = PyFloat.pythonic(json);
        return switch (format) {
            case "text" -> TextFormat.of(json);
            case "table" -> TableFormat.of(json, title);
            case "yaml", "yaml-stream" -> YamlFormat.of(json);
            default -> JsonText.pretty(json);
        };
    }

    /** The deepest bracket nesting a query may have: the JMESPath parser recurses per level. */
    static final int MAX_NESTING = 64;

    /**
     * The deepest nesting of (, [ and { in {@code query}, or its number of ! negations if more (each is a level of the
     * parser too), quoted parts included: an upper bound is enough.
     */
    static int nesting(String query) {
        int depth = 0;
        int max = 0;
        int negations = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '!' && (i + 1 == query.length() || query.charAt(i + 1) != '=')) {
                max = Math.max(max, ++negations);
            } else if (c == '(' || c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    /** @throws CliError for an expression JMESPath cannot read, worded as the CLI words it */
    public static JsonElement query(JsonElement json, String query) {
        Expression<JsonElement> e;
        if (nesting(query) > MAX_NESTING) {
            throw new CliError("Bad value for --query " + query + ": Invalid jmespath expression: nested more than "
                    + MAX_NESTING + " brackets deep");
        }
        try {
            e = Jmes.RUNTIME.compile(query);
        } catch (ParseException ex) {
            throw new CliError("Bad value for --query " + query + ": Invalid jmespath expression: " + ex.getMessage());
        }
        try {
            return e.search(json);
        } catch (io.burt.jmespath.function.ArgumentTypeException ex) {
            throw new CliError(pythonWording(ex.getMessage()));
        } catch (io.burt.jmespath.JmesPathException ex) {
            throw new CliError(ex.getMessage());
        }
    }

    private static final java.util.regex.Pattern ARGUMENT_TYPE = java.util.regex.Pattern.compile(
            "Invalid argument type calling \"([a-z_]+)\": expected (.+) but was ([a-z]+)");

    /**
     * A JMESPath type error as the AWS CLI prints it (Python's jmespath words it), e.g. sort_by over a key that is
     * null for one element: the CLI says which function, what it expected and what it got.
     */
    static String pythonWording(String message) {
        java.util.regex.Matcher m = ARGUMENT_TYPE.matcher(message == null ? "" : message);
        if (!m.matches()) {
            return message;
        }
        java.util.List<String> types = new java.util.ArrayList<>();
        for (String t : m.group(2).split(",? or |, ")) {
            types.add("'" + t.strip() + "'");
        }
        String got = m.group(3);
        return "In function " + m.group(1) + "(), invalid type for value: " + (got.equals("null") ? "None" : got)
                + ", expected one of: [" + String.join(", ", types) + "], received: \"" + got + "\"";
    }
}
