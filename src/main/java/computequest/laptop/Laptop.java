package computequest.laptop;

import computequest.sim.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Objects;

/**
 * The learner's simulated laptop: the files and folders of the home folder, the shell's variables and its history.
 * Immutable; every change returns a new laptop. Paths are relative to the home folder ({@code app/index.html}), and
 * every collection is kept sorted, so the same commands always give the same laptop and the same save.
 *
 * @param files   file path to text content
 * @param dirs    folder paths (the home folder itself is not listed)
 * @param vars    shell variables, exported or not (the game's shell does not tell them apart)
 * @param history the lines typed at the shell, oldest first, at most {@link #HISTORY_KEPT}
 * @param modes   permission bits in octal ("400") of the files chmod changed; any other file has 644, as a file a
 *                redirect makes under the usual umask 022 (ssh reads them: it refuses a key others may read)
 */
public record Laptop(Map<String, String> files, List<String> dirs, Map<String, String> vars, List<String> history,
                     Map<String, String> modes) {

    /** The home folder, as $HOME and pwd show it. */
    public static final String HOME = "/home/learner";
    static final int HISTORY_KEPT = 500;

    public Laptop {
        files = Collections.unmodifiableMap(new TreeMap<>(files == null ? Map.of() : files));
        dirs = List.copyOf(new TreeSet<>(dirs == null ? List.of() : dirs));
        vars = Collections.unmodifiableMap(new TreeMap<>(vars == null ? Map.of() : vars));
        history = List.copyOf(history == null ? List.of() : history);
        modes = Collections.unmodifiableMap(new TreeMap<>(modes == null ? Map.of() : modes));
    }

    /** The default file mode: 644, read and write for you, read for everyone else. */
    public static final int FILE_MODE = 0644;

    /**
     * The record's own equality (every component, as {@code Objects.equals}) and a hash of the same components,
     * written out: the undo history compares states after every turn, and a record's generated {@code equals} makes
     * the JVM build method handles at its first call, about 5 ms a record on the first answer of a game (README
     * Performance). {@code WrittenEqualsTest} holds both to every component.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Laptop l && Objects.equals(files, l.files) && Objects.equals(dirs, l.dirs)
                && Objects.equals(vars, l.vars) && Objects.equals(history, l.history)
                && Objects.equals(modes, l.modes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(files, dirs, vars, history, modes);
    }

    /** The laptop a new game starts with: the course's files and a few variables. */
    public static Laptop fresh() {
        return HomeFiles.laptop();
    }

    public Optional<String> read(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public boolean isFile(String path) {
        return files.containsKey(path);
    }

    /** The home folder ("") and every listed folder. */
    public boolean isDir(String path) {
        return path.isEmpty() || dirs.contains(path);
    }

    public boolean exists(String path) {
        return isFile(path) || isDir(path);
    }

    /**
     * The most characters the laptop keeps in its files and variables together: a save holds them all, and a save
     * has a size limit (a tester doubled a variable until the save could not be loaded, then until the game ran out of
     * memory).
     */
    public static final int MAX_CHARS = 8 << 20;

    /** The characters in every file and variable. */
    long size() {
        long n = 0;
        for (String t : files.values()) {
            n += t.length();
        }
        for (Map.Entry<String, String> v : vars.entrySet()) {
            n += v.getKey().length() + v.getValue().length();
        }
        return n;
    }

    public Laptop withFile(String path, String text) {
        Map<String, String> f = new TreeMap<>(files);
        f.put(path, text);
        return new Laptop(f, dirs, vars, history, modes);
    }

    public Laptop withDir(String path) {
        List<String> d = new ArrayList<>(dirs);
        d.add(path);
        return new Laptop(files, d, vars, history, modes);
    }

    /** Without the file or folder at {@code path}, and without everything inside that folder. */
    public Laptop without(String path) {
        Map<String, String> f = new TreeMap<>(files);
        f.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + "/"));
        List<String> d = new ArrayList<>(dirs);
        d.removeIf(p -> p.equals(path) || p.startsWith(path + "/"));
        Map<String, String> m = new TreeMap<>(modes);
        m.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + "/"));
        return new Laptop(f, d, vars, history, m);
    }

    /** A file's permission bits: what chmod set, or {@link #FILE_MODE}. */
    public int mode(String path) {
        String m = modes.get(path);
        return m == null ? FILE_MODE : Integer.parseInt(m, 8);
    }

    /** Whether you may write to {@code path}: no file there yet, or its owner's write bit (0200) is set. */
    public boolean writable(String path) {
        return !isFile(path) || (mode(path) & 0200) != 0;
    }

    /** The same laptop with a file's permission bits set (the default mode is not stored). */
    public Laptop withMode(String path, int mode) {
        Map<String, String> m = new TreeMap<>(modes);
        if ((mode & 07777) == FILE_MODE) {
            m.remove(path);
        } else {
            m.put(path, Integer.toOctalString(mode & 07777));
        }
        return new Laptop(files, dirs, vars, history, m);
    }

    public Laptop withVar(String name, String value) {
        Map<String, String> v = new TreeMap<>(vars);
        v.put(name, value);
        return new Laptop(files, dirs, v, history, modes);
    }

    public Laptop withoutVar(String name) {
        Map<String, String> v = new TreeMap<>(vars);
        v.remove(name);
        return new Laptop(files, dirs, v, history, modes);
    }

    Laptop withVars(Map<String, String> v) {
        return new Laptop(files, dirs, v, history, modes);
    }

    /** The same laptop with no history: what undo compares, since looking around changes nothing worth undoing. */
    public Laptop withoutHistory() {
        return new Laptop(files, dirs, vars, List.of(), modes);
    }

    public Laptop withHistory(String line) {
        List<String> h = new ArrayList<>(history);
        h.add(line);
        if (h.size() > HISTORY_KEPT) {
            h = h.subList(h.size() - HISTORY_KEPT, h.size());
        }
        return new Laptop(files, dirs, vars, h, modes);
    }

    /** Resource kind and attributes for story conditions: {@code file id=taskdef.json json=true text~"containerPort": 80}. */
    public static final Map<String, java.util.Set<String>> SCHEMA = Map.of("file",
            java.util.Set.of("id", "folder", "json", "text", "lines"));

    /** Every file and folder as a {@code file} resource, sorted by path: what story conditions read. */
    public List<Resource> resources() {
        List<Resource> out = new ArrayList<>();
        TreeMap<String, Resource> all = new TreeMap<>();
        for (String d : dirs) {
            all.put(d, new Resource("file", d, Map.of("id", d, "folder", "true", "json", "false", "text", "",
                    "lines", "0")));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            String text = f.getValue();
            all.put(f.getKey(), new Resource("file", f.getKey(), Map.of("id", f.getKey(), "folder", "false",
                    "json", Boolean.toString(HomeFiles.binaryKind(text) == null && PyJson.valid(text)), "text", text,
                    "lines", Long.toString(text.lines().count()))));
        }
        out.addAll(all.values());
        return out;
    }

    /** The names directly inside a folder ("" is home), folders first marked with a trailing slash, sorted. */
    List<String> list(String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        TreeSet<String> out = new TreeSet<>();
        for (String d : dirs) {
            if (d.startsWith(prefix) && !d.substring(prefix.length()).contains("/")) {
                out.add(d.substring(prefix.length()) + "/");
            }
        }
        for (String f : files.keySet()) {
            if (f.startsWith(prefix) && !f.substring(prefix.length()).contains("/")) {
                out.add(f.substring(prefix.length()));
            }
        }
        return List.copyOf(out);
    }
}
