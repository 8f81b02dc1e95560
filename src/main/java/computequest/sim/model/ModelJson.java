package computequest.sim.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over one JSON value in the bytes of a model file, for the JSON genmodels.py writes: ASCII, strings without
 * escapes (checked there, refused here), no whitespace but newlines. It reads the bytes in place, without Gson's
 * reader, whose classes and character buffers the first command of a session would otherwise wait for. Not
 * thread-safe; one cursor reads one value.
 */
final class ModelJson {

    private final String file;
    private final byte[] b;
    private int i;

    ModelJson(String file, byte[] bytes, int at) {
        this.file = file;
        this.b = bytes;
        this.i = at;
    }

    /** A whole file's value as a tree. */
    static JsonElement tree(String file, byte[] bytes) {
        return new ModelJson(file, bytes, 0).value();
    }

    /** The value at the cursor as a tree (objects keep the file's order; numbers as Long, else BigDecimal). */
    JsonElement value() {
        switch (peek()) {
            case '{' -> {
                JsonObject o = new JsonObject();
                for (boolean more = open('{', '}'); more; more = next('}')) {
                    String key = string();
                    colon();
                    o.add(key, value());
                }
                return o;
            }
            case '[' -> {
                JsonArray a = new JsonArray();
                for (boolean more = open('[', ']'); more; more = next(']')) {
                    a.add(value());
                }
                return a;
            }
            case '"' -> {
                return new JsonPrimitive(string());
            }
            case 't', 'f' -> {
                return new JsonPrimitive(Boolean.parseBoolean(word()));
            }
            case 'n' -> {
                word();
                return JsonNull.INSTANCE;
            }
            default -> {
                return new JsonPrimitive(number(number()));
            }
        }
    }

    /** A number as Long when integral, else BigDecimal (in a method of its own, so BigDecimal loads only if used). */
    private static Number number(String n) {
        boolean integral = n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0 && n.length() < 19;
        return integral ? Long.valueOf(n) : new BigDecimal(n);
    }

    /** A string, number (as written) or boolean as text, as Gson's getAsString gives it; null after skipping another. */
    String scalar() {
        char c = peek();
        if (c == '{' || c == '[' || c == 'n') {
            value();
            return null;
        }
        return c == '"' ? string() : c == 't' || c == 'f' ? word() : number();
    }

    /** Consumes {@code open} and says whether a first entry follows (false: the close was consumed too). */
    boolean open(char open, char close) {
        expect(open);
        if (peek() == close) {
            i++;
            return false;
        }
        return true;
    }

    /** After an entry: consumes a comma (true, another entry follows) or {@code close} (false). */
    boolean next(char close) {
        char c = peek();
        if (c != ',' && c != close) {
            throw error("expected ',' or '" + close + "'");
        }
        i++;
        return c == ',';
    }

    void colon() {
        expect(':');
    }

    String string() {
        expect('"');
        int start = i;
        while (i < b.length && b[i] != '"') {
            if (b[i] == '\\' || b[i] == '\n') {
                throw error("an escape or line break inside a string");
            }
            i++;
        }
        if (i >= b.length) {
            throw error("a string without its closing quote");
        }
        return new String(b, start, i++ - start, StandardCharsets.ISO_8859_1);
    }

    private String number() {
        int start = i;
        while (i < b.length && (b[i] >= '0' && b[i] <= '9' || b[i] == '-' || b[i] == '+' || b[i] == '.' || b[i] == 'e'
                || b[i] == 'E')) {
            i++;
        }
        if (i == start) {
            throw error("expected a value");
        }
        return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
    }

    private String word() {
        int start = i;
        while (i < b.length && b[i] >= 'a' && b[i] <= 'z') {
            i++;
        }
        String w = new String(b, start, i - start, StandardCharsets.ISO_8859_1);
        if (!w.equals("true") && !w.equals("false") && !w.equals("null")) {
            throw error("expected a value, found '" + w + "'");
        }
        return w;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private char peek() {
        while (i < b.length && (b[i] == '\n' || b[i] == '\r' || b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i >= b.length) {
            throw error("unexpected end");
        }
        return (char) (b[i] & 0xff);
    }

    private IllegalStateException error(String what) {
        return new IllegalStateException(what + " at byte " + i + " of " + file + " (run src/tools/genmodels.py)");
    }
}
