package computequest.save;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import computequest.engine.GameState;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link SaveFile} into pretty JSON and back. The state is written by Gson's generic record support, so new
 * records and fields in the simulated cloud are saved without changes here. Gson leaves a missing field null (or 0),
 * so every load is validated: header, required values, and a dry run of the simulated cloud.
 *
 * <p>Versioning follows ink's save state: the file carries the format it was written in and the oldest reader format
 * that can load it; a reader refuses files that need a newer reader, and files older than it can still read.
 */
public final class SaveCodec {

    /** The marker that tells a Compute Quest save from other JSON. */
    public static final String FORMAT = "compute-quest-save";
    /**
     * The format this build writes. 2: only the oldest undo step carries its state ({@code before}); the later ones
     * carry only their command, and the states are rebuilt by replay on load. 1: every undo step carries its state.
     */
    public static final int VERSION = 2;
    /** Files written in an older format than this can no longer be loaded. */
    public static final int OLDEST_READABLE = 1;
    /** Files this build writes can be read by readers of this format or newer. */
    public static final int MIN_COMPATIBLE = 2;
    /** Undo steps kept in a file; the session itself keeps them all. */
    public static final int UNDO_KEPT = 20;

    private static final Pattern POSITION = Pattern.compile("at line (\\d+) column (\\d+)");

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .enableComplexMapKeySerialization()
            .setStrictness(Strictness.STRICT)
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .create();

    private SaveCodec() {
    }

    public static String encode(SaveFile save) {
        return GSON.toJson(save) + "\n";
    }

    /**
     * Reads and checks a save.
     *
     * @param file only used in messages
     * @throws SaveException naming the file and what is wrong with it
     */
    public static SaveFile decode(String json, Path file) throws SaveException {
        if (json.isBlank()) {
            throw new SaveException(file, "is empty: the save was never written completely.");
        }
        JsonElement tree = parse(json, file);
        if (!tree.isJsonObject() || !FORMAT.equals(string(tree.getAsJsonObject(), "format"))) {
            throw new SaveException(file, "is not a Compute Quest save (it is JSON, but has no \"format\": \""
                    + FORMAT + "\" field).");
        }
        JsonObject o = tree.getAsJsonObject();
        int version = integer(o, "formatVersion", file);
        int minCompatible = integer(o, "minCompatibleVersion", file);
        if (minCompatible > VERSION) {
            throw new SaveException(file, "was written by a newer Compute Quest (save format " + version
                    + ", which needs format " + minCompatible + " or later to read; this game reads format " + VERSION
                    + "). Update the game to load it.");
        }
        if (version < OLDEST_READABLE) {
            throw new SaveException(file, "is in save format " + version + ", which this game no longer reads"
                    + " (the oldest it reads is " + OLDEST_READABLE + ").");
        }
        SaveFile save;
        try {
            save = GSON.fromJson(o, SaveFile.class);
        } catch (RuntimeException e) {
            throw new SaveException(file, "is corrupt: " + reason(e), e);
        }
        List<String> problems = problems(save, version);
        if (!problems.isEmpty()) {
            throw new SaveException(file, "is corrupt: " + String.join("; ", problems) + ".");
        }
        return save;
    }

    private static JsonElement parse(String json, Path file) throws SaveException {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement tree = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new SaveException(file, "is corrupt: there is more text after the end of the save ("
                        + reader.toString().replaceFirst("^JsonReader", "").strip() + ").");
            }
            return tree;
        } catch (EOFException e) {
            throw new SaveException(file, "is truncated: it ends in the middle of the save, so it was cut off"
                    + " while being written or copied.", e);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("End of input") || atEnd(m, json)) {
                throw new SaveException(file, "is truncated: it ends in the middle of the save ("
                        + shortMessage(m) + ").", e);
            }
            throw new SaveException(file, "is not valid JSON (" + shortMessage(m) + ").", e);
        }
    }

    /** Whether a parse error's "line L column C" is on the last line of the text: the text was cut off there. */
    private static boolean atEnd(String message, String json) {
        Matcher m = POSITION.matcher(message);
        if (!m.find()) {
            return false;
        }
        long lines = json.chars().filter(c -> c == '\n').count() + 1;
        return Long.parseLong(m.group(1)) >= lines && (message.startsWith("Unterminated")
                || message.contains("End of input"));
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }

    private static int integer(JsonObject o, String key, Path file) throws SaveException {
        JsonElement e = o.get(key);
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            try {
                return Integer.parseInt(p.getAsString());
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
        }
        throw new SaveException(file, "is corrupt: \"" + key + "\" should be a whole number, but is " + e + ".");
    }

    /** Required values that Gson may have left null, and a dry run of the cloud; empty when the save is sound. */
    static List<String> problems(SaveFile s, int version) {
        List<String> out = new ArrayList<>();
        require(s.storyId(), "storyId", out);
        require(s.created(), "created", out);
        require(s.lastPlayed(), "lastPlayed", out);
        require(s.summary(), "summary", out);
        if (s.playedSeconds() < 0) {
            out.add("\"playedSeconds\" is negative");
        }
        if (s.state() == null) {
            out.add("\"state\" is missing");
            return out;
        }
        checkState(s.state(), "state", out);
        for (int i = 0; i < s.undo().size() && out.isEmpty(); i++) {
            SaveFile.UndoStep u = s.undo().get(i);
            if (u == null || u.command() == null || (u.before() == null && (i == 0 || version < 2))) {
                out.add("undo step " + i + " is empty");
            } else if (u.before() != null) {
                checkState(u.before(), "undo[" + i + "].before", out);
            }
        }
        return out;
    }

    private static void checkState(GameState g, String path, List<String> out) {
        if (g.sceneId() == null || g.sceneId().isBlank()) {
            out.add("\"" + path + ".sceneId\" is missing");
        }
        Cloud c = g.cloud();
        if (c == null) {
            out.add("\"" + path + ".cloud\" is missing");
            return;
        }
        int before = out.size();
        walk(c, path + ".cloud", out, 0);
        if (c.rng() == null) {
            out.add("\"" + path + ".cloud.rng\" is missing");
        }
        if (c.ledger() == null) {
            out.add("\"" + path + ".cloud.ledger\" is missing");
        }
        if (c.clock() < 0) {
            out.add("\"" + path + ".cloud.clock\" is negative");
        }
        if (out.size() > before) {
            return;
        }
        try {
            // A dry run: the cloud must list its resources and let an hour pass without failing.
            CloudSim.resources(c);
            CloudSim.advance(c, 3600);
        } catch (RuntimeException e) {
            out.add("the simulated cloud in \"" + path + "\" is damaged (" + reason(e) + ")");
        }
    }

    /**
     * Finds collections that are null, and null entries in collections, anywhere in a record tree. By convention no
     * record in the state holds a null collection, so this covers records other helpers add later.
     */
    private static void walk(Object value, String path, List<String> out, int depth) {
        if (value == null || depth > 40 || out.size() > 5) {
            return;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() == null) {
                    out.add("\"" + path + "." + e.getKey() + "\" is null");
                } else {
                    walk(e.getValue(), path + "." + e.getKey(), out, depth + 1);
                }
            }
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object v : c) {
                if (v == null) {
                    out.add("\"" + path + "[" + i + "]\" is null");
                } else {
                    walk(v, path + "[" + i + "]", out, depth + 1);
                }
                i++;
            }
            return;
        }
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent rc : value.getClass().getRecordComponents()) {
            Object v;
            try {
                rc.getAccessor().setAccessible(true);
                v = rc.getAccessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String p = path + "." + rc.getName();
            boolean collection = Map.class.isAssignableFrom(rc.getType()) || Collection.class.isAssignableFrom(rc.getType());
            if (v == null && (collection || rc.getType().isEnum())) {
                out.add("\"" + p + "\" is missing");
            } else {
                walk(v, p, out, depth + 1);
            }
        }
    }

    private static void require(Object value, String name, List<String> out) {
        if (value == null) {
            out.add("\"" + name + "\" is missing");
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof JsonParseException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return shortMessage(m);
    }

    private static String shortMessage(String m) {
        String line = m.lines().findFirst().orElse(m).replaceFirst("\\s*See https://\\S+$", "")
                .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON")
                .strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** ISO-8601 instants ("2026-11-23T10:40:00Z"); Gson has no built-in adapter for java.time. */
    private static final class InstantAdapter extends TypeAdapter<Instant> {
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
    }
}
