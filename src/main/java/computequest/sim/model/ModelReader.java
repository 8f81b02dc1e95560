package computequest.sim.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one service model as a stream into compact shapes, never holding the whole JSON tree: the shapes section
 * (most of a model) goes straight into {@link Shape.Data} arrays of shared strings; the operations are held as small
 * trees only until the shapes they name are read; metadata and waiters are small and kept as read.
 */
final class ModelReader {

    /** One copy of each name: shape names recur as member references across thousands of shapes. */
    private final Map<String, String> names = new HashMap<>();

    JsonObject metadata = new JsonObject();
    final Map<String, JsonObject> operations = new LinkedHashMap<>();
    JsonObject waiters = new JsonObject();
    final Map<String, Shape.Data> shapes = new LinkedHashMap<>();

    static ModelReader read(Reader r) throws IOException {
        ModelReader m = new ModelReader();
        JsonReader in = new JsonReader(r);
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "metadata" -> m.metadata = JsonParser.parseReader(in).getAsJsonObject();
                case "waiters" -> m.waiters = JsonParser.parseReader(in).getAsJsonObject();
                case "operations" -> {
                    in.beginObject();
                    while (in.hasNext()) {
                        String op = in.nextName();
                        m.operations.put(op, JsonParser.parseReader(in).getAsJsonObject());
                    }
                    in.endObject();
                }
                case "shapes" -> {
                    in.beginObject();
                    while (in.hasNext()) {
                        String name = m.share(in.nextName());
                        m.shapes.put(name, m.shape(in));
                    }
                    in.endObject();
                }
                default -> in.skipValue();
            }
        }
        in.endObject();
        return m;
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
        d.traits = traits.toArray(String[]::new);
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
            memberTraits.add(traits.isEmpty() ? null : traits.toArray(String[]::new));
            anyTraits |= !traits.isEmpty();
        }
        in.endObject();
        d.hasMembers = true;
        d.memberNames = memberNames.toArray(String[]::new);
        d.memberShapes = memberShapes.toArray(String[]::new);
        d.memberTraits = anyTraits ? memberTraits.toArray(String[][]::new) : null;
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
        return out.toArray(String[]::new);
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
        return s == null ? null : names.computeIfAbsent(s, k -> k);
    }
}
