package computequest.save;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.internal.bind.JsonTreeReader;
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

    private SaveCodec() {
    }

    /**
     * Gson, for writing saves only: reading uses the generated {@link SaveReader}, so a start that loads a save never
     * builds this (its reflective binding cost a cold start 60-90 ms; README, Performance).
     */
    static final class Writing {

        static final Gson GSON = new GsonBuilder()
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

        private Writing() {
        }
    }

    /** Reads save records from a save's JSON tree (brought up to the current format). */
    interface Binder<T> {
        T bind(JsonObject tree) throws IOException;
    }

    // Classes, not lambdas: a lambda's first call spins a class at run time, which a cold start pays for.
    private static final Binder<SavedFile> TREE = new Binder<>() {
        @Override
        public SavedFile bind(JsonObject tree) throws IOException {
            return SaveReader.savedFile(new JsonTreeReader(tree));
        }
    };
    private static final Binder<SavedFile.Header> HEADER = new Binder<>() {
        @Override
        public SavedFile.Header bind(JsonObject tree) throws IOException {
            return SaveReader.savedFileHeader(new JsonTreeReader(tree));
        }
    };

    public static String encode(SaveFile save) {
        return Checksum.add(Writing.GSON.toJson(SavedFile.save(save)) + "\n");
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
        SaveFile streamed = streamed(json, acceptEdited);
        if (streamed != null) {
            return checked(streamed, streamed.formatVersion(), file);
        }
        return decodeTree(json, file, acceptEdited, TREE);
    }

    /**
     * A save read straight from its text, without a tree, when it is sound JSON in the current format with its header
     * in order; null otherwise: then {@link #decodeTree} reads it again, to migrate it or to refuse it with the precise
     * message. Both read the same values, as the checks are the same and the text parses the same either way.
     */
    static SaveFile streamed(String json, boolean acceptEdited) {
        try {
            JsonReader r = new JsonReader(new StringReader(json));
            r.setStrictness(Strictness.STRICT);
            SavedFile s = SaveReader.savedFile(r);
            // the generated reader reads a missing header number as 0, where the tree refuses it: leave those to the tree
            if (s == null || !json.contains("\"minCompatibleVersion\"") || !json.contains("\"formatVersion\"")
                    || r.peek() != JsonToken.END_DOCUMENT || !FORMAT.equals(s.format())
                    || s.minCompatibleVersion() > VERSION || SaveMigrations.needed(s.formatVersion())
                    || (!acceptEdited && Checksum.check(json) != Checksum.Verdict.MATCHES)) {
                return null;
            }
            return s.load();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads a save through its JSON tree: parse, header checks, migration, then {@code binder}. The game binds with
     * the generated {@link SaveReader}; SaveReaderEquivalenceTest binds with Gson's reflection, as before, to compare.
     */
    static SaveFile decodeTree(String json, Path file, boolean acceptEdited, Binder<SavedFile> binder)
            throws SaveException {
        if (json.isBlank()) {
            throw new SaveException(file, "is empty: the save was never written completely.");
        }
        JsonObject o = checkedHeader(parse(json, file), json, file, acceptEdited);
        int version = integer(o, "formatVersion", file);
        SaveFile save;
        try {
            save = binder.bind(SaveMigrations.upgrade(o, version)).load();
        } catch (IOException | RuntimeException e) {
            throw new SaveException(file, "is corrupt: " + reason(e), e);
        }
        return checked(save, version, file);
    }

    private static SaveFile checked(SaveFile save, int version, Path file) throws SaveException {
        List<String> problems = SaveChecks.problems(save, version);
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
        return header(json, file, HEADER);
    }

    /** {@link #header(String, Path)} with the header record read by {@code binder} from the header's tree. */
    static SaveFile header(String json, Path file, Binder<SavedFile.Header> binder) throws SaveException {
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
                    head.add(name, element(r));
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
            save = binder.bind(o).load();
        } catch (IOException | RuntimeException e) {
            throw new SaveException(file, "is corrupt: " + reason(e), e);
        }
        List<String> problems = new ArrayList<>();
        SaveChecks.headerProblems(save, problems);
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
            JsonElement tree = element(reader);
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

    /** JsonParser's tree of the next value (strict, as the reader is), with the parse error it wraps unwrapped. */
    private static JsonElement element(JsonReader reader) throws IOException {
        try {
            return JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
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

    static String reason(Throwable e) {
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
