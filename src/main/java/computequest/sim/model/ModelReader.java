package computequest.sim.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entries of one service model, one at a time as {@link Lines} finds them: a shape's JSON goes straight
 * into a {@link Shape.Data} of arrays of shared strings (never a JSON tree); an operation or the waiters are small
 * trees. Not thread-safe: its owner reads under its own lock.
 */
final class ModelReader {

    /** One copy of each name: shape names recur as member references across thousands of shapes. */
    private final Map<String, String> names = new HashMap<>();
    /** For toArray: method references cost a class spun at run time on first use, which start-up feels. */
    private static final String[] NO_STRINGS = {};

    /** A shape from its JSON text, such as {@code {"type":"list","member":{"shape":"Tag"}}}. */
    Shape.Data shape(String json) {
        try {
            return shape(new JsonReader(new StringReader(json)));
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("unreadable shape " + json.substring(0, Math.min(json.length(), 80)), e);
        }
    }

    /** An object entry (an operation, the metadata, the waiters) from its JSON text. */
    static JsonObject object(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private Shape.Data shape(JsonReader in) throws IOException {
        Shape.Data d = new Shape.Data();
        List<String> traits = new ArrayList<>();
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            switch (key) {
                case "members" -> members(in, d);
                case "required" -> d.required = strings(in);
                case "enum" -> d.enumValues = strings(in);
                case "member", "key", "value" -> part(in, d, key.equals("member") ? 0 : key.equals("key") ? 2 : 4);
                default -> {
                    String v = scalar(in);
                    if (v != null) {
                        traits.add(share(key));
                        traits.add(share(v));
                    }
                }
            }
        }
        in.endObject();
        d.traits = traits.toArray(NO_STRINGS);
        return d;
    }

    private void members(JsonReader in, Shape.Data d) throws IOException {
        List<String> memberNames = new ArrayList<>();
        List<String> memberShapes = new ArrayList<>();
        List<String[]> memberTraits = new ArrayList<>();
        boolean anyTraits = false;
        in.beginObject();
        while (in.hasNext()) {
            memberNames.add(share(in.nextName()));
            String shape = null;
            List<String> traits = new ArrayList<>();
            in.beginObject();
            while (in.hasNext()) {
                String key = in.nextName();
                if (key.equals("shape")) {
                    shape = share(in.nextString());
                    continue;
                }
                String v = scalar(in);
                if (v != null) {
                    traits.add(share(key));
                    traits.add(share(v));
                }
            }
            in.endObject();
            memberShapes.add(shape);
            memberTraits.add(traits.isEmpty() ? null : traits.toArray(NO_STRINGS));
            anyTraits |= !traits.isEmpty();
        }
        in.endObject();
        d.hasMembers = true;
        d.memberNames = memberNames.toArray(NO_STRINGS);
        d.memberShapes = memberShapes.toArray(NO_STRINGS);
        d.memberTraits = anyTraits ? memberTraits.toArray(new String[0][]) : null;
    }

    /** A list's member or a map's key or value: its shape and locationName. */
    private void part(JsonReader in, Shape.Data d, int at) throws IOException {
        if (d.parts == null) {
            d.parts = new String[6];
        }
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            if (key.equals("shape")) {
                d.parts[at] = share(in.nextString());
            } else if (key.equals("locationName")) {
                d.parts[at + 1] = share(scalar(in));
            } else {
                in.skipValue();
            }
        }
        in.endObject();
    }

    private String[] strings(JsonReader in) throws IOException {
        List<String> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            out.add(share(scalar(in)));
        }
        in.endArray();
        return out.toArray(NO_STRINGS);
    }

    /** A string, number (as written) or boolean as text, as the JSON tree's getAsString gave it; null otherwise. */
    private static String scalar(JsonReader in) throws IOException {
        JsonToken t = in.peek();
        switch (t) {
            case STRING, NUMBER:
                return in.nextString();
            case BOOLEAN:
                return String.valueOf(in.nextBoolean());
            default:
                in.skipValue();
                return null;
        }
    }

    String share(String s) {
        if (s == null) {
            return null;
        }
        String shared = names.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }
}
