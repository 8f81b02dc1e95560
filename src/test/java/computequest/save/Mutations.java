package computequest.save;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random damage to a save's text, as a disk, a copy or a hand could do it: a value of another type or number form,
 * a member dropped or added, a member given twice, a character changed, the text cut off. Most damaged texts get a
 * fresh checksum, so that the readers get past it to the values.
 */
final class Mutations {

    /** Values put in place of others: every JSON type, and numbers a whole-number field must refuse. */
    private static final List<String> VALUES = List.of("null", "\"7\"", "7", "1.5", "1e3", "-0", "1E400",
            "9223372036854775808", "2147483648", "-2147483649", "true", "\"true\"", "\"x\"", "{}", "[]",
            "[[\"k\", \"v\"]]", "[[\"k\", \"v\"], [\"k\", \"w\"]]", "{\"a\": 1}", "[1, null]", "\"2026-11-23T10:40:00Z\"",
            "\"not-a-date\"", "\"NaN\"", "0", "-1", "1000000000000", "false", "\"\"");

    private final Random rnd;
    private String last = "";

    Mutations(Random rnd) {
        this.rnd = rnd;
    }

    /** What the last {@link #mutate} did, for a failure message. */
    String last() {
        return last;
    }

    String mutate(String json) {
        int kind = rnd.nextInt(12);
        if (kind == 0) {
            int at = rnd.nextInt(json.length());
            last = "cut at " + at;
            return json.substring(0, at);
        }
        if (kind == 1) {
            int at = 1 + rnd.nextInt(json.length() - 1);
            String chars = "{}[]\",:0a\\ -.e";
            char c = chars.charAt(rnd.nextInt(chars.length()));
            last = "character " + at + " -> " + c;
            return checksum(json.substring(0, at) + c + json.substring(at + 1));
        }
        if (kind == 2) {
            return duplicate(json);
        }
        if (kind == 3) {
            return rnd.nextBoolean() ? malformedUnknown(json) : trailing(json);
        }
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        root.remove("checksum");
        List<Object[]> places = new ArrayList<>();
        collect(root, 0, rnd.nextInt(4) == 0 ? 2 : 99, places);
        if (kind == 6) {
            places = new ArrayList<>(places.stream().filter(p -> get(p) instanceof JsonObject o && !o.isEmpty())
                    .toList());
        } else if (rnd.nextBoolean()) {
            // Numbers and booleans are few among the strings: aim at them half of the time.
            List<Object[]> scalars = places.stream().filter(p -> get(p).isJsonPrimitive()
                    && !get(p).getAsJsonPrimitive().isString()).toList();
            places = scalars.isEmpty() ? places : new ArrayList<>(scalars);
        }
        Object[] p = places.get(rnd.nextInt(places.size()));
        JsonElement value = JsonParser.parseString(rnd.nextBoolean() ? nearMiss(get(p))
                : VALUES.get(rnd.nextInt(VALUES.size())));
        if (kind == 4 && p[0] instanceof JsonObject o) {
            o.remove((String) p[1]);
            last = "dropped " + p[1];
        } else if (kind == 5 && p[0] instanceof JsonObject o) {
            o.add("unknown" + rnd.nextInt(3), value);
            last = "added unknown member " + value + " beside " + p[1];
        } else if (kind == 6 && get(p) instanceof JsonObject o && !o.isEmpty()) {
            value = pairs(o);
            set(p, value);
            last = p[1] + " as pairs " + value;
        } else {
            set(p, value);
            last = p[1] + " = " + value;
        }
        String text = SaveCodec.Writing.GSON.toJson(root) + "\n";
        return rnd.nextInt(8) == 0 ? text : Checksum.add(text);
    }

    /** A value of nearly the type of {@code e}: the forms a reader must refuse or convert exactly as Gson does. */
    private String nearMiss(JsonElement e) {
        List<String> near;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            String n = e.getAsString();
            String next = n.matches("-?\\d{1,17}") ? String.valueOf(Long.parseLong(n) + 1) : "5";
            near = List.of(next, next, "null", "\"" + n + "\"", n + ".0", n + ".5", n + "e0", "-" + n, "1e3", "2147483648",
                    "9223372036854775808", "\"NaN\"", "true");
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            near = List.of("null", "\"true\"", "\"false\"", "\"yes\"", "1", "\"\"");
        } else if (e.isJsonPrimitive()) {
            near = List.of("null", "7", "true", "false", "{}", "[]", "\"\"", "1.5e300");
        } else if (e.isJsonObject()) {
            near = List.of("null", "[]", "\"x\"", "[[\"k\", null]]", "[[null, \"v\"]]", "[[\"k\"]]", "[\"k\"]", "7");
        } else if (e.isJsonArray()) {
            near = List.of("null", "{}", "[null]", "[[]]", "\"x\"", "[{}]", "[7]");
        } else {
            near = List.of("0", "\"\"", "false", "{}", "[]");
        }
        return near.get(rnd.nextInt(near.size()));
    }

    /** An object as Gson's complex map keys write a map: [[key, value], ...], sometimes with a key given twice. */
    private JsonArray pairs(JsonObject o) {
        JsonArray a = new JsonArray();
        for (String k : o.keySet()) {
            JsonArray pair = new JsonArray();
            pair.add(k);
            pair.add(o.get(k));
            a.add(pair);
        }
        if (rnd.nextBoolean()) {
            a.add(a.get(0).deepCopy());
        }
        return a;
    }

    /** An unknown member whose value is not JSON (a reader that skips loosely would not see it). */
    private String malformedUnknown(String json) {
        List<String> bad = List.of("\"a\\qb\"", "\"\\u12\"", "tru", "01", "NaN", "'x'", "[1,]", "{\"a\" 1}", "-");
        int at = json.indexOf("{\n", 1 + rnd.nextInt(json.length() - 2));
        if (at < 0) {
            last = "no object for an unknown member";
            return json;
        }
        String value = bad.get(rnd.nextInt(bad.size()));
        last = "unknown member " + value + " at " + at;
        return checksum(json.substring(0, at + 2) + "\"zzUnknown\": " + value + ",\n" + json.substring(at + 2));
    }

    /** Text after the save's end. */
    private String trailing(String json) {
        String more = List.of("{}", "x", "]", "\"more\"", "\n\n", "0").get(rnd.nextInt(6));
        last = "text after the end: " + more;
        return checksum(json + more);
    }

    private static JsonElement get(Object[] p) {
        return p[0] instanceof JsonObject o ? o.get((String) p[1]) : ((JsonArray) p[0]).get((Integer) p[1]);
    }

    private static void set(Object[] p, JsonElement value) {
        if (p[0] instanceof JsonObject o) {
            o.add((String) p[1], value);
        } else {
            ((JsonArray) p[0]).set((Integer) p[1], value);
        }
    }

    /** Gives a member of a random line a second value before its own (the last one counts, as Gson's tree keeps). */
    private String duplicate(String json) {
        String[] lines = json.split("\n", -1);
        for (int tries = 0; tries < 50; tries++) {
            int i = 2 + rnd.nextInt(lines.length - 3);
            String l = lines[i].strip();
            if (l.startsWith("\"") && l.endsWith(",") && l.contains("\": ")) {
                String name = l.substring(0, l.indexOf("\": ") + 3);
                String extra = lines[i].substring(0, lines[i].indexOf('"')) + name
                        + VALUES.get(rnd.nextInt(VALUES.size())) + ",";
                last = "duplicated " + name + " before line " + i;
                List<String> out = new ArrayList<>(List.of(lines));
                out.add(i, extra);
                return checksum(String.join("\n", out));
            }
        }
        last = "no line to duplicate";
        return json;
    }

    /** The text with its checksum line made to match it (when it has one to replace, and most of the time). */
    private String checksum(String json) {
        if (rnd.nextInt(4) == 0 || !json.startsWith("{\n  \"checksum\": \"")) {
            return json;
        }
        int end = json.indexOf('\n', 2);
        return Checksum.add("{\n" + json.substring(end + 1));
    }

    private static void collect(JsonElement e, int depth, int maxDepth, List<Object[]> out) {
        if (depth >= maxDepth) {
            return;
        }
        if (e instanceof JsonObject o) {
            for (String k : o.keySet()) {
                out.add(new Object[] {o, k});
                collect(o.get(k), depth + 1, maxDepth, out);
            }
        } else if (e instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Object[] {a, i});
                collect(a.get(i), depth + 1, maxDepth, out);
            }
        }
    }
}
