package computequest.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
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
    private boolean acceptEdited;
    /** Another game plays from this folder: do not autosave over its progress. */
    private volatile boolean shared;

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

    /**
     * A save name as the player may type it: the file's own name is accepted too, so {@code a.json} means {@code a}
     * and {@code a.json.bak} means {@code a.bak}.
     */
    public static String typed(String name) {
        String n = name.strip();
        if (n.endsWith(BAK) && n.length() > BAK.length()) {
            return n.substring(0, n.length() - BAK.length()) + ".bak";
        }
        return n.endsWith(EXT) && n.length() > EXT.length() ? n.substring(0, n.length() - EXT.length()) : n;
    }

    /** The file for a name; {@code NAME.bak} means the backup of {@code NAME}. */
    public Path file(String name) {
        if (name.endsWith(".bak")) {
            return dir.resolve(name.substring(0, name.length() - 4) + BAK);
        }
        return dir.resolve(name + EXT);
    }

    /**
     * Writes a save safely (see the class comment). Nothing outside the folder is written: the temporary file is
     * created new without following links, and only a regular file is ever backed up. A file this build cannot
     * read because a newer game wrote it is never replaced or renamed; a broken one is moved aside under a name
     * nothing has.
     *
     * @return notes for the player (e.g. an unreadable old file that was kept aside), usually none
     */
    public List<String> save(String name, SaveFile save) throws SaveException {
        Optional<String> bad = nameProblem(name);
        if (bad.isPresent()) {
            throw new SaveException(dir.resolve(name), "cannot be written. " + bad.get());
        }
        Path target = file(name);
        if (shared && name.equals(AUTOSAVE)) {
            throw new SaveException(target, "was not written: another Compute Quest game is playing with the saves in"
                    + " " + dir + " and autosaves there, so this game does not replace its progress. Keep yours with"
                    + " 'save NAME', or play with --saves DIR.");
        }
        byte[] bytes = encode(target, save);
        return write(name, bytes, () -> {
            List<String> notes = new ArrayList<>();
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (readOnly(target)) {
                    throw new SaveException(target, "is read-only, so it was not replaced. Save under another name,"
                            + " or make it writable first (chmod u+w " + target + ").");
                }
                keepPrevious(name, target, notes);
            }
            return notes;
        });
    }

    /**
     * A regular file without its owner's write permission: the shell's {@code >} would refuse it (as it would for
     * anyone but root, whom the game does not treat differently), so a save does not replace it either.
     */
    private static boolean readOnly(Path f) {
        if (Files.isSymbolicLink(f) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return !Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS)
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(f);
        }
    }

    /**
     * Writes a save under a name no file in the folder has yet: {@code base}, else {@code base-2}, {@code base-3}...
     * chosen under the folder's lock, so nothing is ever replaced. A game that may not autosave (the folder is
     * another game's) can still keep its progress this way.
     *
     * @return the name it was written under
     */
    public String saveFresh(String base, SaveFile save) throws SaveException {
        Optional<String> bad = nameProblem(base);
        if (bad.isPresent()) {
            throw new SaveException(dir.resolve(base), "cannot be written. " + bad.get());
        }
        byte[] bytes = encode(file(base), save);
        String[] chosen = new String[1];
        write(base, bytes, () -> {
            String name = base;
            for (int i = 2; Files.exists(file(name), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(dir.resolve(name + BAK), LinkOption.NOFOLLOW_LINKS); i++) {
                name = base + "-" + i;
            }
            chosen[0] = name;
            return List.of();
        }, () -> file(chosen[0]));
        return chosen[0];
    }

    /** The save's text, refused before anything is written when it is larger than a save may be to load again. */
    private static byte[] encode(Path target, SaveFile save) throws SaveException {
        byte[] bytes = SaveCodec.encode(save).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > SafeFiles.MAX_BYTES) {
            throw new SaveException(target, "was not written: this game would make a save of "
                    + (bytes.length >> 20) + " MB, and a save larger than " + (SafeFiles.MAX_BYTES >> 20) + " MB cannot"
                    + " be loaded again. Something in the game is very large (a file on the laptop, or a shell"
                    + " variable?): remove it, then save again.");
        }
        return bytes;
    }

    private List<String> write(String name, byte[] bytes, SafeFiles.LockedWork<List<String>> before)
            throws SaveException {
        return write(name, bytes, before, () -> file(name));
    }

    /** Writes {@code bytes} to the file {@code target} names once {@code before} has run, all under the lock. */
    private List<String> write(String name, byte[] bytes, SafeFiles.LockedWork<List<String>> before,
                               java.util.function.Supplier<Path> target) throws SaveException {
        Path tmp = dir.resolve("." + name + EXT + ".tmp");
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new SaveException(dir, "is a file, not a folder, so no save can be written in it. Give --saves"
                        + " a folder (it is created if missing).");
            }
            Files.createDirectories(dir);
            return SafeFiles.locked(dir, () -> {
                List<String> notes = before.run();
                SafeFiles.writeNew(tmp, bytes);
                Files.move(tmp, target.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                syncDirectory();
                return notes;
            });
        } catch (IOException e) {
            SafeFiles.deleteQuietly(tmp);
            throw new SaveException(file(name), "could not be written: " + SafeFiles.why(e) + " Your game goes on, but this"
                    + " progress is not on disk; try another folder with --saves DIR.", e);
        }
    }

    /**
     * Copies a sound previous save to NAME.json.bak. An unreadable one is moved aside, untouched, as NAME.broken.json
     * (or NAME.broken-2.json, ...: never over another file); one from a newer game stops the save.
     */
    private void keepPrevious(String name, Path target, List<String> notes) throws IOException, SaveException {
        String old;
        try {
            old = SafeFiles.read(target);
            SaveCodec.decode(old, target, true);
        } catch (SaveException e) {
            if (e.kind() == SaveException.Kind.NEWER) {
                throw new SaveException(target, "was not replaced: it was written by a newer Compute Quest, and is"
                        + " kept as it is. Save under another name with 'save NAME'.", SaveException.Kind.NEWER, e);
            }
            if (Files.isSymbolicLink(target)) {
                notes.add("The old " + target.getFileName() + " was a symbolic link; it was replaced by the save, and"
                        + " the file it pointed to was left alone.");
                return;
            }
            Path aside = SafeFiles.moveAsideFresh(target, dir, name + ".broken", EXT);
            notes.add("The old " + target.getFileName() + " could not be read, so it was kept as " + aside.getFileName()
                    + " and not used as the backup.");
            return;
        }
        Path tmp = dir.resolve("." + name + BAK + ".tmp");
        SafeFiles.writeNew(tmp, old.getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, dir.resolve(name + BAK), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes the rename itself durable; not every system can open a folder, and then the rename still happened. */
    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    /**
     * Claims the folder for this game while it runs. When another game already plays from it, this game does not
     * autosave there (it would replace that game's progress), and the returned message says so.
     *
     * @return a message for the player when the folder is shared, else empty
     */
    public Optional<String> claim() {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                return Optional.empty(); // the first save explains that --saves names a file
            }
            shared = !SafeFiles.claim(dir);
        } catch (IOException e) {
            return Optional.empty(); // a read-only folder: the first autosave explains it
        }
        return sharedNote();
    }

    /** What {@link #claim} told the player when another game holds the folder, else empty. */
    public Optional<String> sharedNote() {
        return shared ? Optional.of("Another Compute Quest game is playing with the saves in " + dir + ". This game"
                + " will not autosave there while it does, so it cannot replace that game's progress; on quit your"
                + " progress is kept under a name of its own, 'save NAME' still works, and --saves DIR gives this game"
                + " a folder of its own.") : Optional.empty();
    }

    /** Whether another game held the folder when this one last tried to claim it. */
    public boolean shared() {
        return shared;
    }

    /**
     * Tries again to claim a folder another game held: once that game has quit, this one may autosave there.
     *
     * @return whether this game now holds the folder
     */
    public boolean reclaim() {
        if (shared) {
            try {
                shared = !SafeFiles.claim(dir);
            } catch (IOException e) {
                return false;
            }
        }
        return !shared;
    }

    /** A store that loads saves whose checksum does not match ({@code --accept-edited}). */
    public SaveStore acceptingEdited() {
        SaveStore s = new SaveStore(dir);
        s.acceptEdited = true;
        return s;
    }

    /** Loads a save by name ({@code NAME.bak} loads the backup); the file is never changed. */
    public SaveFile load(String name) throws SaveException {
        Optional<String> bad = nameProblem(name.endsWith(".bak") ? name.substring(0, name.length() - 4) : name);
        if (bad.isPresent()) {
            throw new SaveException(dir.resolve(name), "cannot be loaded. " + bad.get());
        }
        Path f = file(name);
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new SaveException(f, "does not exist." + (list().isEmpty() ? " There are no saves yet."
                    : " Type 'saves' (or run ./play saves) to see the saves there are."));
        }
        try {
            return SaveCodec.decode(SafeFiles.read(f), f, acceptEdited);
        } catch (SaveException e) {
            Path bak = dir.resolve(name + BAK);
            if (!name.endsWith(".bak") && e.kind() == SaveException.Kind.DAMAGED && Files.isRegularFile(bak)) {
                throw new SaveException(f, e.problem() + " The version before it is kept in " + bak.getFileName()
                        + ": load it with 'load " + name + ".bak' (or ./play --load " + name + ".bak).", e);
            }
            throw e;
        }
    }

    /**
     * One line of the listing: a save whose header reads (its state is read only when it is loaded), or a file
     * that does not, and why.
     */
    public record Entry(String name, Path file, SaveFile header, String problem) {
        public boolean ok() {
            return header != null;
        }
    }

    /**
     * Every save in the folder, newest first; unreadable ones are listed too, with their problem. Only headers are
     * read, so a listing stays fast with large saves; files that are not regular files are listed, never opened.
     */
    public List<Entry> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(EXT) && !n.startsWith(".");
            }).sorted().limit(10_000).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            name = name.substring(0, name.length() - EXT.length());
            try {
                out.add(new Entry(name, f, SaveCodec.header(SafeFiles.read(f), f), null));
            } catch (SaveException e) {
                out.add(new Entry(name, f, null, e.problem()));
            }
        }
        out.sort(Comparator.comparing((Entry e) -> e.ok() ? e.header().lastPlayed() : Instant.MIN)
                .reversed().thenComparing(Entry::name));
        return out;
    }

    /** The save played most recently, if any loads. */
    public Optional<Entry> latest() {
        return list().stream().filter(Entry::ok).findFirst();
    }
}
