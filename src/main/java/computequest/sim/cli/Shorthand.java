package computequest.sim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The AWS CLI's shorthand syntax, {@code Key=Value,List=[a,b],Struct={K=V}}, read the way awscli/shorthand.py reads
 * it: a bare value runs to the next comma, and {@code Values=a,b,Name=c} makes {@code Values} a list of two. The
 * result holds strings only; {@link Coerce} then converts them by the model, as the CLI does.
 */
final class Shorthand {

    private final String in;
    private int i;

    private Shorthand(String in) {
        this.in = in;
    }

    /** @throws CliError {@code Expected: '=', received: 'EOF' for input: ...} as the CLI words it */
    static JsonObject parse(String value) {
        Shorthand p = new Shorthand(value);
        return p.parameter();
    }

    private JsonObject parameter() {
        JsonObject params = new JsonObject();
        keyval(params);
        while (i < in.length()) {
            expect(',', true);
            int at = i;
            String key = keyval(params);
            if (key == null) {
                throw new CliError("Second instance of key \"" + lastKey + "\" encountered for input:\n"
                        + location(at) + "\nThis is often because there is a preceding \",\" instead of a space.");
            }
        }
        return params;
    }

    private String lastKey;

    /** Reads key=value into params; returns null when the key was already there. */
    private String keyval(JsonObject params) {
        String key = key();
        expect('=', true);
        JsonElement v = values();
        lastKey = key;
        if (params.has(key)) {
            return null;
        }
        params.add(key, v);
        return key;
    }

    private String key() {
        int start = i;
        while (i < in.length() && isKeyChar(in.charAt(i))) {
            i++;
        }
        return in.substring(start, i);
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || "-_.#/:".indexOf(c) >= 0;
    }

    private JsonElement values() {
        if (i >= in.length()) {
            return new JsonPrimitive("");
        }
        char c = in.charAt(i);
        if (c == '[') {
            return explicitList();
        }
        if (c == '{') {
            return hash();
        }
        return csv();
    }

    private JsonElement csv() {
        String first = firstValue();
        whitespace();
        if (i >= in.length() || in.charAt(i) != ',') {
            return new JsonPrimitive(first);
        }
        expect(',', true);
        JsonArray list = new JsonArray();
        list.add(first);
        while (true) {
            int mark = i;
            String second = secondValue();
            if (second == null) {
                if (i >= in.length()) {
                    throw syntax("<second>", "<none>");
                }
                i = mark;
                backtrackTo(',');
                break;
            }
            whitespace();
            if (i >= in.length()) {
                list.add(second);
                break;
            }
            if (in.charAt(i) != ',') {
                i = mark;
                backtrackTo(',');
                break;
            }
            expect(',', true);
            list.add(second);
        }
        return list.size() == 1 ? new JsonPrimitive(first) : list;
    }

    private void backtrackTo(char c) {
        while (i >= 0 && in.charAt(i) != c) {
            i--;
        }
    }

    private JsonArray explicitList() {
        expect('[', true);
        JsonArray values = new JsonArray();
        while (current() != ']') {
            values.add(explicitValue());
            whitespace();
            if (current() != ']') {
                expect(',', false);
                whitespace();
            }
        }
        expect(']', false);
        return values;
    }

    private JsonElement explicitValue() {
        char c = current();
        if (c == '[') {
            return explicitList();
        }
        if (c == '{') {
            return hash();
        }
        return new JsonPrimitive(firstValue());
    }

    private JsonObject hash() {
        expect('{', true);
        JsonObject o = new JsonObject();
        while (current() != '}') {
            String key = key();
            expect('=', true);
            JsonElement v = explicitValue();
            whitespace();
            if (current() != '}') {
                expect(',', false);
                whitespace();
            }
            o.add(key, v);
        }
        expect('}', false);
        return o;
    }

    private String firstValue() {
        char c = current();
        if (c == '\'' || c == '"') {
            return quoted(c);
        }
        String v = bare(true);
        return v == null ? "" : v;
    }

    /** A later value of a comma-separated list; null when none starts here (it may be the next key). */
    private String secondValue() {
        char c = current();
        if (c == '\'' || c == '"') {
            return quoted(c);
        }
        return bare(false);
    }

    /** An unquoted value: a first value may hold '=', a later one may not (there it starts the next key). */
    private String bare(boolean first) {
        int start = i;
        StringBuilder b = new StringBuilder();
        while (i < in.length()) {
            char ch = in.charAt(i);
            if (ch == '\\' && i + 1 < in.length() && in.charAt(i + 1) == ',') {
                b.append(',');
                i += 2;
            } else if (i == start ? startsWord(ch) : first ? followsFirst(ch) : followsSecond(ch)) {
                b.append(ch);
                i++;
            } else {
                break;
            }
        }
        return i == start ? null : b.toString().stripTrailing();
    }

    private String quoted(char q) {
        int start = i;
        i++;
        StringBuilder b = new StringBuilder();
        while (i < in.length() && in.charAt(i) != q) {
            if (in.charAt(i) == '\\' && i + 1 < in.length() && (in.charAt(i + 1) == q || in.charAt(i + 1) == '\\')) {
                i++;
            }
            b.append(in.charAt(i++));
        }
        if (i >= in.length()) {
            i = start;
            throw syntax(q == '"' ? "<double quoted>" : "<singled quoted>", "<none>");
        }
        i++;
        return b.toString();
    }

    private static boolean startsWord(char c) {
        return c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+' || c >= '-' && c <= '<' || c >= '>' && c <= 'Z'
                || c >= '\\' && c <= 'z' || c >= '|';
    }

    private static boolean followsFirst(char c) {
        return Character.isWhitespace(c) || c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+'
                || c >= '-' && c <= '\\' || c >= '^' && c <= '|' || c >= '~';
    }

    private static boolean followsSecond(char c) {
        return Character.isWhitespace(c) || c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+'
                || c >= '-' && c <= '<' || c >= '>';
    }

    private char current() {
        return i < in.length() ? in.charAt(i) : '\0';
    }

    private void whitespace() {
        while (i < in.length() && Character.isWhitespace(in.charAt(i))) {
            i++;
        }
    }

    private void expect(char c, boolean skipWhitespace) {
        if (skipWhitespace) {
            whitespace();
        }
        if (i >= in.length()) {
            throw syntax(String.valueOf(c), "EOF");
        }
        if (in.charAt(i) != c) {
            throw syntax(String.valueOf(c), String.valueOf(in.charAt(i)));
        }
        i++;
        if (skipWhitespace) {
            whitespace();
        }
    }

    private CliError syntax(String expected, String actual) {
        return new CliError("Expected: '" + expected + "', received: '" + actual + "' for input:\n" + location(i));
    }

    /** The input with a caret under the position, as the CLI (v2) shows it. */
    private String location(int at) {
        return in + "\n" + " ".repeat(Math.max(0, Math.min(at, in.length()))) + "^";
    }
}
