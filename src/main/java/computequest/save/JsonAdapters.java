package computequest.save;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Gson adapters for saves: dates, and whole numbers read exactly (Gson's own turn 1.5 into 1 and 1e300 into 0). */
final class JsonAdapters {

    private JsonAdapters() {
    }

    /** ISO-8601 instants ("2026-11-23T10:40:00Z"); Gson has no built-in adapter for java.time. */
    static final TypeAdapter<Instant> INSTANT = new TypeAdapter<Instant>() {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            String s = in.nextString();
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw new JsonParseException("'" + s + "' is not a date and time such as 2026-11-23T10:40:00Z, at "
                        + in.getPath(), e);
            }
        }
    }.nullSafe();

    static final TypeAdapter<Integer> INT = new TypeAdapter<Integer>() {
        @Override
        public void write(JsonWriter out, Integer value) throws IOException {
            out.value(value);
        }

        @Override
        public Integer read(JsonReader in) throws IOException {
            return (int) whole(in, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }.nullSafe();

    static final TypeAdapter<Long> LONG = new TypeAdapter<Long>() {
        @Override
        public void write(JsonWriter out, Long value) throws IOException {
            out.value(value);
        }

        @Override
        public Long read(JsonReader in) throws IOException {
            return whole(in, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }.nullSafe();

    /** A JSON number written as a whole number in range: no fraction, no exponent, no string, no overflow. */
    private static long whole(JsonReader in, long min, long max) throws IOException {
        String path = in.getPath();
        if (in.peek() != JsonToken.NUMBER) {
            throw new JsonParseException("expected a whole number at " + path + ", found " + in.peek());
        }
        String text = in.nextString();
        try {
            long v = Long.parseLong(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new JsonParseException("'" + text + "' at " + path + " is not a whole number from " + min + " to " + max);
    }
}
