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
 * Turns a {@link SaveFile} into pretty JSON and back. The JSON is written from the save records ({@link SavedFile},
 * {@link GameSave}, {@link CloudSave} and one *Save per service), never from the engine's or the sim's records, so a
 * refactor of those cannot change the format silently; an older file is first brought up to date by
 * {@link SaveMigrations}. Gson leaves a missing field null (or 0), so every load is validated: header, required
 * values, and a dry run of the simulated cloud.
 *
 * <p>Versioning follows ink's save state: the file carries the format it was written in and the oldest reader format
 * that can load it; a reader refuses files that need a newer reader, and files older than it can still read.
 */
public final class SaveCodec {

    /** The marker that tells a Compute Quest save from other JSON. */
    public static final String FORMAT = "compute-quest-save";
    /**
     * The format this build writes. 4: the save records; the cloud's service state is grouped under "services", one
     * section per service ({@link SaveMigrations} moves a format 3 file's members there).
     * 3: a checksum line (see {@link Checksum}); readers of format 2 ignore it.
     * 2: only the oldest undo step carries its state ({@code before}); the later ones
     * carry only their command, and the states are rebuilt by replay on load. 1: every undo step carries its state.
     */
    public static final int VERSION = 4;
    /** Files written in an older format than this can no longer be loaded. */
    public static final int OLDEST_READABLE = 1;
    /** Files this build writes can be read by readers of this format or newer (3 would not find the services). */
    public static final int MIN_COMPATIBLE = 4;
    /** Undo steps kept in a file; the session itself keeps them all. */
    public static final int UNDO_KEPT = 20;

    private static final Pattern POSITION = Pattern.compile("at line (\\d+) column (\\d+)");

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .enableComplexMapKeySerialization()
            .setStrictness(Strictness.STRICT)
            .registerTypeAdapter(Instant.class, JsonAdapters.INSTANT)
            .registerTypeAdapter(int.class, JsonAdapters.INT)
            .registerTypeAdapter(Integer.class, JsonAdapters.INT)
            .registerTypeAdapter(long.class, JsonAdapters.LONG)
            .registerTypeAdapter(Long.class, JsonAdapters.LONG)
            .create();

    private SaveCodec() {
    }

    public static String encode(SaveFile save) {
        return Checksum.add(GSON.toJson(SavedFile.save(save)) + "\n");
    }

    /** {@link #decode(String, Path, boolean)} refusing edited files. */
    public static SaveFile decode(String json, Path file) throws SaveException {
        return decode(json, file, false);
    }

    /**
     * Reads and checks a save.
     *
     * @param file         only used in messages
     * @param acceptEdited load a file whose checksum does not match (the player edited it on purpose)
     * @throws SaveException naming the file and what is wrong with it
     */
    public static SaveFile decode(String json, Path file, boolean acceptEdited) throws SaveException {
        if (json.isBlank()) {
            throw new SaveException(file, "is empty: the save was never written completely.");
        }
        JsonObject o = checkedHeader(parse(json, file), json, file, acceptEdited);
        int version = integer(o, "formatVersion", file);
        SaveFile save;
        try {
            save = GSON.fromJson(SaveMigrations.upgrade(o, version), SavedFile.class).load();
        } catch (RuntimeException e) {
            throw new SaveException(file, "is corrupt: " + reason(e), e);
        }
        List<String> problems = problems(save, version);
        if (!problems.isEmpty()) {
            throw new SaveException(file, "is corrupt: " + String.join("; ", problems) + ".");
        }
        return save;
    }

    /**
     * Reads only what a listing shows: the header and summary, not the state or the undo steps (their text is only
     * skipped over and checked against the checksum). The result has no state.
     */
    static SaveFile header(String json, Path file) throws SaveException {
        if (json.isBlank()) {
            throw new SaveException(file, "is empty: the save was never written completely.");
        }
        JsonObject head = new JsonObject();
        try {
            JsonReader r = new JsonReader(new StringReader(json));
            r.setStrictness(Strictness.STRICT);
            if (r.peek() != JsonToken.BEGIN_OBJECT) {
                throw new SaveException(file, "is not a Compute Quest save (it is not a JSON object).");
            }
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                if (name.equals("state") || name.equals("undo")) {
                    r.skipValue();
                } else {
                    head.add(name, GSON.getAdapter(JsonElement.class).read(r));
                }
            }
            r.endObject();
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            parse(json, file); // the full parse gives the precise message (truncated, not JSON)
            throw new SaveException(file, "is not valid JSON (" + shortMessage(String.valueOf(e.getMessage())) + ").", e);
        }
        JsonObject o = checkedHeader(head, json, file, false);
        SaveFile save;
        try {
            save = GSON.fromJson(o, SavedFile.Header.class).load();
        } catch (RuntimeException e) {
            throw new SaveException(file, "is corrupt: " + reason(e), e);
        }
        List<String> problems = new ArrayList<>();
        headerProblems(save, problems);
        if (!problems.isEmpty()) {
            throw new SaveException(file, "is corrupt: " + String.join("; ", problems) + ".");
        }
        return save;
    }

    /** The format marker, the versions and the checksum: the object itself when all is well. */
    private static JsonObject checkedHeader(JsonElement tree, String json, Path file, boolean acceptEdited)
            throws SaveException {
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
                    + "). Update the game to load it; the file is kept as it is.", SaveException.Kind.NEWER, null);
        }
        if (version < OLDEST_READABLE) {
            throw new SaveException(file, "is in save format " + version + ", which this game no longer reads"
                    + " (the oldest it reads is " + OLDEST_READABLE + ").");
        }
        Checksum.Verdict v = Checksum.check(json);
        if (!acceptEdited && (v == Checksum.Verdict.DIFFERS || (v == Checksum.Verdict.ABSENT && version >= 3))) {
            String name = String.valueOf(file.getFileName()).replaceFirst("\\.json(\\.bak)?$", "$1");
            throw new SaveException(file, "was changed after the game wrote it: its checksum does not match its"
                    + " content, so a disk error or an editor changed it. It is not loaded, and not changed. If you"
                    + " edited it on purpose, load it anyway with ./play --load " + name
                    + " --accept-edited.", SaveException.Kind.EDITED, null);
        }
        return o;
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
        headerProblems(s, out);
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

    /** The header's required values, and every number in a range a real game can reach. */
    private static void headerProblems(SaveFile s, List<String> out) {
        require(s.storyId(), "storyId", out);
        require(s.created(), "created", out);
        require(s.lastPlayed(), "lastPlayed", out);
        require(s.summary(), "summary", out);
        range("playedSeconds", s.playedSeconds(), 0, Limits.MAX_SECONDS, out);
        date("created", s.created(), out);
        date("lastPlayed", s.lastPlayed(), out);
        if (s.summary() != null) {
            range("summary.score", s.summary().score(), -Limits.MAX_SCORE, Limits.MAX_SCORE, out);
            range("summary.scenesVisited", s.summary().scenesVisited(), 0, Integer.MAX_VALUE, out);
        }
    }

    private static void range(String name, long value, long min, long max, List<String> out) {
        if (value < min || value > max) {
            out.add("\"" + name + "\" is " + value + ", outside " + min + " to " + max);
        }
    }

    private static void date(String name, Instant t, List<String> out) {
        if (t != null && (t.isBefore(Limits.EARLIEST) || t.isAfter(Limits.LATEST))) {
            out.add("\"" + name + "\" is " + t + ", outside " + Limits.EARLIEST + " to " + Limits.LATEST);
        }
    }

    private static void checkState(GameState g, String path, List<String> out) {
        if (g.sceneId() == null || g.sceneId().isBlank()) {
            out.add("\"" + path + ".sceneId\" is missing");
        }
        range(path + ".score", g.score(), -Limits.MAX_SCORE, Limits.MAX_SCORE, out);
        range(path + ".hintsShown", g.hintsShown(), 0, Integer.MAX_VALUE, out);
        range(path + ".turn", g.turn(), 0, Integer.MAX_VALUE, out);
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
        range(path + ".cloud.clock", c.clock(), 0, Limits.MAX_SECONDS, out);
        if (c.ledger() != null && !(c.ledger().total() >= 0 && c.ledger().total() < Limits.MAX_USD)) {
            out.add("\"" + path + ".cloud.ledger\" totals " + c.ledger().total() + " USD, outside 0 to "
                    + Limits.MAX_USD);
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
}
