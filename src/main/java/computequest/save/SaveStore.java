package computequest.save;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The saves folder: one {@code NAME.json} per save, and {@code NAME.json.bak}, the version before the last write.
 *
 * <p>A write never leaves a broken or missing save, even when the process is killed in the middle: the new text goes
 * to a temporary file that is flushed to disk ({@link FileChannel#force}) and then renamed over the old file in one
 * atomic step. The previous file is first copied to the backup the same way.
 */
public final class SaveStore {

    /** The slot written at each scene change, on quit, on Ctrl-C and on SIGTERM. */
    public static final String AUTOSAVE = "autosave";
    static final String EXT = ".json";
    static final String BAK = ".json.bak";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path dir;

    public SaveStore(Path dir) {
        this.dir = dir;
    }

    /** The saves folder: {@code saves/} beside the launcher when {@code cq.home} is set, else {@code ./saves}. */
    public static Path defaultDir() {
        String home = System.getProperty("cq.home");
        return home == null ? Path.of("saves") : Path.of(home, "saves");
    }

    public Path dir() {
        return dir;
    }

    /**
     * Checks a save name typed by the player.
     *
     * @return empty when fine, else why not
     */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("A save needs a name.");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            return Optional.of("'" + name + "' is not a save name: names cannot contain '/', '\\' or '..'."
                    + " Use letters, digits, '-', '_' and '.', e.g. 'before-ecs'.");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a save name: use up to 64 letters, digits, '-', '_' and '.',"
                    + " starting with a letter or digit, e.g. 'before-ecs'.");
        }
        if (name.endsWith(".bak")) {
            return Optional.of("'" + name + "' is not a save name: names ending in '.bak' are for backups.");
        }
        return Optional.empty();
    }

    /** The file for a name; {@code NAME.bak} means the backup of {@code NAME}. */
    public Path file(String name) {
        if (name.endsWith(".bak")) {
            return dir.resolve(name.substring(0, name.length() - 4) + BAK);
        }
        return dir.resolve(name + EXT);
    }

    /**
     * Writes a save safely (see the class comment).
     *
     * @return notes for the player (e.g. an unreadable old file that was kept aside), usually none
     */
    public List<String> save(String name, SaveFile save) throws SaveException {
        Optional<String> bad = nameProblem(name);
        if (bad.isPresent()) {
            throw new SaveException(dir.resolve(name), "cannot be written. " + bad.get());
        }
        Path target = file(name);
        List<String> notes = new ArrayList<>();
        byte[] bytes = SaveCodec.encode(save).getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(dir);
            if (Files.exists(target)) {
                keepPrevious(name, target, notes);
            }
            Path tmp = dir.resolve("." + name + EXT + ".tmp");
            writeDurably(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
        } catch (IOException e) {
            throw new SaveException(target, "could not be written: " + why(e) + " Your game goes on, but this"
                    + " progress is not on disk; try another folder with --saves DIR.", e);
        }
        return notes;
    }

    /** Copies a sound previous save to NAME.json.bak; an unreadable one is moved aside, untouched, as NAME.broken.json. */
    private void keepPrevious(String name, Path target, List<String> notes) throws IOException {
        try {
            SaveCodec.decode(read(target), target);
        } catch (SaveException e) {
            Path aside = dir.resolve(name + ".broken" + EXT);
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            notes.add("The old " + target.getFileName() + " could not be read, so it was kept as " + aside.getFileName()
                    + " and not used as the backup.");
            return;
        }
        Path tmp = dir.resolve("." + name + BAK + ".tmp");
        writeDurably(tmp, Files.readAllBytes(target));
        Files.move(tmp, dir.resolve(name + BAK), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }

    /** Makes the rename itself durable; not every system can open a folder, and then the rename still happened. */
    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    /** Loads a save by name ({@code NAME.bak} loads the backup); the file is never changed. */
    public SaveFile load(String name) throws SaveException {
        Optional<String> bad = nameProblem(name.endsWith(".bak") ? name.substring(0, name.length() - 4) : name);
        if (bad.isPresent()) {
            throw new SaveException(dir.resolve(name), "cannot be loaded. " + bad.get());
        }
        Path f = file(name);
        if (!Files.exists(f)) {
            throw new SaveException(f, "does not exist." + (list().isEmpty() ? " There are no saves yet."
                    : " Type 'saves' (or run ./play saves) to see the saves there are."));
        }
        try {
            return SaveCodec.decode(read(f), f);
        } catch (SaveException e) {
            Path bak = dir.resolve(name + BAK);
            if (!name.endsWith(".bak") && Files.exists(bak)) {
                throw new SaveException(f, e.getMessage().substring(f.toString().length() + 1)
                        + " The version before it is kept in " + bak.getFileName() + ": load it with 'load " + name
                        + ".bak' (or ./play --load " + name + ".bak).", e);
            }
            throw e;
        }
    }

    private static String read(Path f) throws SaveException {
        try {
            byte[] bytes = Files.readAllBytes(f);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new SaveException(f, "is not a Compute Quest save (it is not even text).", e);
        } catch (IOException e) {
            throw new SaveException(f, "could not be read: " + why(e), e);
        }
    }

    /** One line of the listing: a save that loads, or a file that does not and why. */
    public record Entry(String name, Path file, SaveFile save, String problem) {
        public boolean ok() {
            return save != null;
        }
    }

    /** Every save in the folder, newest first; unreadable ones are listed too, with their problem. */
    public List<Entry> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(EXT) && !n.startsWith(".") && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            name = name.substring(0, name.length() - EXT.length());
            try {
                out.add(new Entry(name, f, SaveCodec.decode(read(f), f), null));
            } catch (SaveException e) {
                out.add(new Entry(name, f, null, e.getMessage().substring(f.toString().length() + 1)));
            }
        }
        out.sort(Comparator.comparing((Entry e) -> e.ok() ? e.save().lastPlayed().toEpochMilli() : Long.MIN_VALUE)
                .reversed().thenComparing(Entry::name));
        return out;
    }

    /** The save played most recently, if any loads. */
    public Optional<Entry> latest() {
        return list().stream().filter(Entry::ok).findFirst();
    }

    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (is the folder read-only?).";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + e.getMessage() + " does not exist.";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT) + " (" + fse.getFile() + ").";
        }
        return e.getMessage() + ".";
    }
}
