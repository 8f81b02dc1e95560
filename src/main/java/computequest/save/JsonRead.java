package computequest.save;

import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a generated save reader ({@link SaveReader}) reads from a {@link JsonReader}, each read as Gson 2.15's own
 * adapters read it, so the generated reader accepts and refuses what Gson's reflective binding did: a string also
 * from a number or a boolean, a boolean also from a string, whole numbers through {@link JsonAdapters}, a map also as
 * an array of [key, value] pairs (as Gson's complex map keys write it), null wherever a value is missing or null, and
 * a primitive record component refused when null. Unknown members are skipped, but every character of them is read,
 * so a text that reads here is one that parses as a whole.
 */
final class JsonRead {

    private JsonRead() {
    }

    /** Consumes a JSON null: true when the next value was one. */
    static boolean isNull(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return true;
        }
        return false;
    }

    /** Gson's String adapter. */
    static String string(JsonReader r) throws IOException {
        JsonToken t = r.peek();
        if (t == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        return t == JsonToken.BOOLEAN ? Boolean.toString(r.nextBoolean()) : r.nextString();
    }

    /** Gson's Boolean adapter. */
    static Boolean bool(JsonReader r) throws IOException {
        JsonToken t = r.peek();
        if (t == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        return t == JsonToken.STRING ? Boolean.parseBoolean(r.nextString()) : r.nextBoolean();
    }

    /** Gson's Double adapter. */
    static Double dbl(JsonReader r) throws IOException {
        return isNull(r) ? null : r.nextDouble();
    }

    static Integer integer(JsonReader r) throws IOException {
        return JsonAdapters.INT.read(r);
    }

    static Long longValue(JsonReader r) throws IOException {
        return JsonAdapters.LONG.read(r);
    }

    static Instant instant(JsonReader r) throws IOException {
        return JsonAdapters.INSTANT.read(r);
    }

    /** A record component of type int: refused when null, as Gson refuses null for a primitive. */
    static int intComponent(JsonReader r, String component) throws IOException {
        return present(integer(r), r, component);
    }

    static long longComponent(JsonReader r, String component) throws IOException {
        return present(longValue(r), r, component);
    }

    static boolean booleanComponent(JsonReader r, String component) throws IOException {
        return present(bool(r), r, component);
    }

    static double doubleComponent(JsonReader r, String component) throws IOException {
        return present(dbl(r), r, component);
    }

    private static <T> T present(T value, JsonReader r, String component) {
        if (value == null) {
            throw new JsonParseException("null is not allowed as value for record component '" + component
                    + "' of primitive type; at path " + r.getPath());
        }
        return value;
    }

    /** Begins a record's object: false (and the null consumed) when it is null. */
    static boolean beginRecord(JsonReader r) throws IOException {
        if (isNull(r)) {
            return false;
        }
        r.beginObject();
        return true;
    }

    /** Begins a list: null for JSON null, else an empty list to fill until {@link JsonReader#hasNext()} is false. */
    static <E> List<E> beginList(JsonReader r) throws IOException {
        if (isNull(r)) {
            return null;
        }
        r.beginArray();
        return new ArrayList<>();
    }

    static <E> List<E> endList(JsonReader r, List<E> list) throws IOException {
        if (list != null) {
            r.endArray();
        }
        return list;
    }

    /**
     * Begins a map: null for JSON null, else an empty map. {@code pairs}: the map is written as an array of [key, value]
     * arrays (the caller peeks for BEGIN_ARRAY before), as Gson also reads it.
     */
    static <V> Map<String, V> beginMap(JsonReader r, boolean pairs) throws IOException {
        if (isNull(r)) {
            return null;
        }
        if (pairs) {
            r.beginArray();
        } else {
            r.beginObject();
        }
        return new LinkedHashMap<>();
    }

    /** The next entry's key (in pair form, after beginning its pair), refused when the map has it already. */
    static String key(JsonReader r, Map<String, ?> map, boolean pairs) throws IOException {
        String key;
        if (pairs) {
            r.beginArray();
            key = string(r);
        } else {
            key = r.nextName();
        }
        if (map.containsKey(key)) {
            throw new JsonSyntaxException("Duplicate key '" + key + "'; at path " + r.getPreviousPath());
        }
        return key;
    }

    /** Ends an entry: its pair array in pair form. */
    static void endEntry(JsonReader r, boolean pairs) throws IOException {
        if (pairs) {
            r.endArray();
        }
    }

    static <V> Map<String, V> endMap(JsonReader r, Map<String, V> map, boolean pairs) throws IOException {
        if (map != null) {
            if (pairs) {
                r.endArray();
            } else {
                r.endObject();
            }
        }
        return map;
    }

    /** Skips a value of an unknown member, reading every token of it (strings through their escapes). */
    static void skip(JsonReader r) throws IOException {
        switch (r.peek()) {
            case BEGIN_ARRAY -> {
                r.beginArray();
                while (r.hasNext()) {
                    skip(r);
                }
                r.endArray();
            }
            case BEGIN_OBJECT -> {
                r.beginObject();
                while (r.hasNext()) {
                    r.nextName();
                    skip(r);
                }
                r.endObject();
            }
            case NULL -> r.nextNull();
            case BOOLEAN -> r.nextBoolean();
            default -> r.nextString();
        }
    }
}
