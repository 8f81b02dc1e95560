package computequest.app;

import computequest.ui.FirstScreen;
import computequest.ui.FullScreen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first-screen snapshot (README, Performance): {@code ./play} computes the key of a start in line mode from
 * everything its first screen depends on (src/launcher/first-screen.sh) and, when a snapshot with that key is kept,
 * prints it before the JVM starts. The game then holds its own first screen against it ({@link FirstScreen}) and keeps
 * the screen it drew under the key, one file per command line: the key, a NUL byte, the screen's bytes. Keeping a
 * snapshot is an optimisation only: every failure here is silent, and a start without one draws as before.
 */
final class ScreenSnapshot {

    static final String DIR = "CQ_FIRST_SCREEN_DIR";
    static final String BASE = "CQ_FIRST_SCREEN_BASE";
    static final String KEY = "CQ_FIRST_SCREEN_KEY";
    static final String SHOWN = "CQ_FIRST_SCREEN_SHOWN";
    /** Past this many saves, ./play keeps no snapshot (reading each save's checksum line would cost more). */
    static final int MAX_SAVES = 64;
    static final char SEPARATOR = '\u001f';
    /** The most snapshots kept; each is a few kilobytes. */
    static final int KEPT = 32;

    private final Path dir;
    private final String base;
    private final String key;
    private final Path shown;

    private ScreenSnapshot(Path dir, String base, String key, Path shown) {
        this.dir = dir;
        this.base = base;
        this.key = key;
        this.shown = shown;
    }

    /** The snapshot ./play set up for this start, if it set one up. */
    static Optional<ScreenSnapshot> of(Map<String, String> env) {
        String dir = env.get(DIR);
        String base = env.get(BASE);
        String key = env.get(KEY);
        if (dir == null || dir.isEmpty() || base == null || key == null || !key.startsWith(base + "\n")) {
            return Optional.empty();
        }
        String shown = env.get(SHOWN);
        return Optional.of(new ScreenSnapshot(Path.of(dir), base, key, shown == null ? null : Path.of(shown)));
    }

    /** Line mode's hook for this start: the bytes ./play printed, if any, and where the drawn screen is kept. */
    FirstScreen hook(List<String> args) {
        byte[] printed = shown == null ? null : screen(shown, key).orElse(null);
        if (printed != null) {
            used(shown);
        }
        if (printed != null && FullScreen.isFrame(printed)) {
            printed = null; // a full-screen frame, left again before line mode starts: nothing to build on
        }
        String saves = key.substring(key.lastIndexOf('\n') + 1);
        return new FirstScreen(printed, screen -> keep(slot(ttyLine(key), args, saves), key, screen));
    }

    /** A snapshot shown again is the newest: the oldest go first when too many are kept. */
    private static void used(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // it may go sooner
        }
    }

    /** The screen kept under {@code key} in {@code file}, or empty when the file holds another key or cannot be read. */
    static Optional<byte[]> screen(Path file, String key) {
        try {
            byte[] all = Files.readAllBytes(file);
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            if (all.length > k.length && all[k.length] == 0 && Arrays.equals(all, 0, k.length, k, 0, k.length)) {
                return Optional.of(Arrays.copyOfRange(all, k.length + 1, all.length));
            }
        } catch (IOException | RuntimeException e) {
            // no snapshot
        }
        return Optional.empty();
    }

    /** Writes a snapshot whole to a temporary file, then renames it into place; silent on any failure. */
    void keep(String slot, String k, byte[] screen) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".writing-", ".tmp"); // not an "s" name: never pruned
            byte[] kb = k.getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(kb, kb.length + 1 + screen.length);
            System.arraycopy(screen, 0, all, kb.length + 1, screen.length);
            Files.write(tmp, all);
            try {
                Files.move(tmp, dir.resolve(slot), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(slot), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // a snapshot is only an optimisation
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left behind in target/
                }
            }
        }
    }

    /** Past {@link #KEPT} snapshots, the oldest go: each state of a saves folder keeps one. */
    private void prune() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("s")).toList());
        }
        if (all.size() <= KEPT) {
            return;
        }
        Map<Path, Long> times = new java.util.HashMap<>();
        for (Path p : all) {
            times.put(p, Files.getLastModifiedTime(p).toMillis());
        }
        all.sort(java.util.Comparator.comparing((Path p) -> times.get(p)).thenComparing(Path::toString));
        for (Path p : all.subList(0, all.size() - KEPT)) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * Keeps the first screen of a start with these options and this saves folder, as ./play will key it on a terminal
     * of {@code size} ("ROWS COLUMNS" as stty prints it; null to keep this start's): a screen drawn after the
     * terminal was resized belongs to the new size.
     */
    void keepFor(List<String> args, Path saves, String size, byte[] screen) {
        String b = size == null ? base : resized(base, size);
        savesLine(saves).ifPresent(s -> keep(slot(ttyLine(b), args, s), b + "\n" + argsLine(args) + "\n" + s,
                screen));
    }

    /** The key's base with the terminal line's size replaced ("tty TT ROWS COLUMNS"). */
    static String resized(String base, String size) {
        StringBuilder b = new StringBuilder();
        for (String line : base.split("\n", -1)) {
            if (line.startsWith("tty ")) {
                String[] parts = line.split(" ", 3);
                line = parts.length >= 2 ? "tty " + parts[1] + " " + size : line;
            }
            b.append(b.length() == 0 ? "" : "\n").append(line);
        }
        return b.toString();
    }

    /**
     * The file name ./play gives the snapshot of a start: its terminal, options and saves folder. Each state of the
     * folder keeps its own, so that a game's end (which keeps the next start's screen) does not replace this start's,
     * and so does each terminal, so that starts on a pipe and on a terminal do not replace each other's.
     */
    static String slot(String ttyLine, List<String> args, String savesLine) {
        String s = "s" + (ttyLine + " " + String.join(" ", args) + " " + savesLine).replaceAll("[^a-zA-Z0-9-]", "_");
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /** The key's terminal line ("tty TT ROWS COLUMNS"), part of a snapshot's file name. */
    static String ttyLine(String key) {
        for (String line : key.split("\n")) {
            if (line.startsWith("tty ")) {
                return line;
            }
        }
        return "tty";
    }

    /** The options as ./play writes them into the key: "args", then each one after a unit separator. */
    static String argsLine(List<String> args) {
        StringBuilder b = new StringBuilder("args");
        b.append(SEPARATOR).append(String.join(String.valueOf(SEPARATOR), args));
        return b.toString();
    }

    /** Each save's file name and second line (its checksum), in byte order, as ./play reads them. */
    static Optional<String> savesLine(Path saves) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(saves)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && !n.startsWith(".");
            }).forEach(files::add);
        } catch (IOException | RuntimeException e) {
            files.clear(); // no folder: no saves, as the shell's glob finds none
        }
        if (files.size() > MAX_SAVES) {
            return Optional.empty();
        }
        files.sort((x, y) -> Arrays.compareUnsigned(name(x), name(y)));
        StringBuilder b = new StringBuilder("saves");
        for (Path f : files) {
            b.append(' ').append(f.getFileName()).append('=').append(secondLine(f));
        }
        return Optional.of(b.toString());
    }

    private static byte[] name(Path p) {
        return p.getFileName().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The second line as bash's {@code read -r} gives it: "" without one, NUL bytes dropped. */
    static String secondLine(Path f) {
        byte[] head;
        try (var in = Files.newInputStream(f)) {
            head = in.readNBytes(4096);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        int first = indexOf(head, 0);
        if (first < 0) {
            return "";
        }
        int end = indexOf(head, first + 1);
        byte[] line = Arrays.copyOfRange(head, first + 1, end < 0 ? head.length : end);
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(line.length);
        for (byte b : line) {
            if (b != 0) {
                kept.write(b);
            }
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
