package computequest.sim.cli;

import com.google.gson.FormattingStyle;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A JSON tree as the AWS CLI prints it (Python's json.dumps with a four-space indent): written straight to Gson's
 * {@link JsonWriter}, with the settings a {@code Gson} built for it would give (no HTML escaping, nulls kept,
 * lenient numbers), but without building a {@code Gson}, whose type adapters for every JDK type cost a first command
 * about a hundred classes (README Performance).
 */
final class JsonText {

    private static final FormattingStyle PRETTY = FormattingStyle.PRETTY.withIndent("    ");

    private JsonText() {
    }

    static String pretty(JsonElement json) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setFormattingStyle(PRETTY);
            w.setHtmlSafe(false);
            w.setSerializeNulls(true);
            w.setStrictness(Strictness.LENIENT);
            write(w, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonWriter w, JsonElement e) throws IOException {
        if (e == null || e.isJsonNull()) {
            w.nullValue();
        } else if (e instanceof JsonPrimitive p) {
            if (p.isNumber()) {
                w.value(p.getAsNumber());
            } else if (p.isBoolean()) {
                w.value(p.getAsBoolean());
            } else {
                w.value(p.getAsString());
            }
        } else if (e instanceof JsonArray a) {
            w.beginArray();
            for (JsonElement x : a) {
                write(w, x);
            }
            w.endArray();
        } else {
            w.beginObject();
            for (Map.Entry<String, JsonElement> m : ((JsonObject) e).entrySet()) {
                w.name(m.getKey());
                write(w, m.getValue());
            }
            w.endObject();
        }
    }
}
