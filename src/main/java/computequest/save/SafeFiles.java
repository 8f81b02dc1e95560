package computequest.save;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file operations a save folder needs, done so that nothing outside the folder is ever written and nothing but a
 * regular file of a sane size is ever read: temporary files are created new ({@code O_EXCL}) without following links
 * ({@code O_NOFOLLOW}), saves are read only when they are regular files of at most {@link #MAX_BYTES}, and writers to
 * one folder take turns under a lock file.
 */
final class SafeFiles {

    /** The largest save read: a whole course with its undo steps is about 115 KB; this leaves room for big clouds. */
    static final long MAX_BYTES = 32L << 20;
    /** How long a writer waits for another game's write in the same folder before giving up. */
    static final long LOCK_WAIT_MILLIS = 5_000;

    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();
    private static final Map<Path, FileChannel> CLAIMS = new ConcurrentHashMap<>();

    /**
     * A test hook: runs after half of a file is written and before the rest, so a test can kill the writer there or
     * make the disk fail there.
     */
    static volatile MidWrite midWrite = () -> { };

    private SafeFiles() {
    }

    /**
     * Reads a save as text. Links, FIFOs, devices and folders are refused without being opened, and so is a file
     * larger than {@link #MAX_BYTES}.
     */
    static String read(Path f) throws SaveException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new SaveException(f, "does not exist.", e);
        } catch (IOException e) {
            throw new SaveException(f, "could not be read: " + why(e), e);
        }
        if (a.isSymbolicLink()) {
            throw new SaveException(f, "is a symbolic link. Saves are read only from regular files in the saves"
                    + " folder; copy the file there instead of linking it.");
        }
        if (!a.isRegularFile()) {
            throw new SaveException(f, "is not a regular file (it is a " + (a.isDirectory() ? "folder" : "device,"
                    + " pipe or socket") + "), so it is not a save.");
        }
        if (a.size() > MAX_BYTES) {
            throw new SaveException(f, "is " + (a.size() >> 20) + " MB, larger than a save can be (" + (MAX_BYTES >> 20)
                    + " MB), so it is not read.");
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(MAX_BYTES + 1, Math.max(a.size() + 1, 8192)));
            while (b.hasRemaining() && ch.read(b) >= 0) {
                if (!b.hasRemaining() && b.capacity() <= MAX_BYTES) {
                    b = ByteBuffer.allocate((int) Math.min(MAX_BYTES + 1, b.capacity() * 2L)).put(b.flip());
                }
            }
            if (b.position() > MAX_BYTES) {
                throw new SaveException(f, "grew larger than a save can be (" + (MAX_BYTES >> 20) + " MB) while"
                        + " being read, so it is not read.");
            }
            b.flip();
            return StandardCharsets.UTF_8.newDecoder().decode(b).toString();
        } catch (CharacterCodingException e) {
            throw new SaveException(f, "is not a Compute Quest save (it is not even text).", e);
        } catch (IOException e) {
            throw new SaveException(f, "could not be read: " + why(e), e);
        }
    }

    /**
     * Writes a new file and flushes it to disk. A file already at {@code tmp} (left by a crash, or a link someone
     * put there) is removed first, which never touches what a link points to, and the new file is created exclusively
     * and without following links, so the write cannot land anywhere else. A failed write removes its partial file.
     */
    static void writeNew(Path tmp, byte[] bytes) throws IOException {
        Files.deleteIfExists(tmp);
        try (FileChannel ch = FileChannel.open(tmp, CREATE_NEW)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            b.limit(bytes.length / 2);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            midWrite.run();
            b.limit(bytes.length);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // nothing more can be done; the next save removes it
        }
    }

    /** Runs {@code work} while holding the folder's lock: one writer at a time, in this process and across games. */
    static <T> T locked(Path dir, LockedWork<T> work) throws IOException, SaveException {
        Path lockFile = dir.resolve(".lock");
        Object monitor = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new Object());
        synchronized (monitor) {
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                long giveUp = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
                FileLock lock = ch.tryLock();
                while (lock == null) {
                    if (System.nanoTime() > giveUp) {
                        throw new SaveException(dir, "is busy: another Compute Quest game has been saving there for"
                                + " " + LOCK_WAIT_MILLIS / 1000 + " s. Try again, or give each game its own folder"
                                + " with --saves DIR.");
                    }
                    sleep();
                    lock = ch.tryLock();
                }
                try (FileLock held = lock) {
                    return work.run();
                }
            }
        }
    }

    /**
     * Claims the folder for this game until the process ends.
     *
     * @return false when another running game holds it
     */
    static boolean claim(Path dir) throws IOException {
        Path f = dir.resolve(".game.lock").toAbsolutePath().normalize();
        if (CLAIMS.containsKey(f)) {
            return true;
        }
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock = ch.tryLock();
        if (lock == null) {
            ch.close();
            return false;
        }
        CLAIMS.put(f, ch); // kept open: the lock goes when the process ends, however it ends
        // The holder's process id, for ./play: a start while this game plays skips its kept first screen, which
        // cannot show the warning that start will print (src/launcher/first-screen.sh). Only a hint: the lock rules.
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return true;
    }

    /** Moves a file to a name nothing has yet: never replaces a file. */
    static Path moveAsideFresh(Path file, Path dir, String stem, String ext) throws IOException {
        for (int n = 1; ; n++) {
            Path aside = dir.resolve(stem + (n == 1 ? "" : "-" + n) + ext);
            if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException raced) {
                // taken in the meantime: try the next name
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** See {@link #midWrite}. */
    interface MidWrite {
        void run() throws IOException;
    }

    /** Work done under the folder lock. */
    interface LockedWork<T> {
        T run() throws IOException, SaveException;
    }

    /** An I/O failure in words for the player: what is wrong, and where. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            Path f = denied.getFile() == null ? null : Path.of(denied.getFile());
            Path folder = f == null ? null : f.toAbsolutePath().getParent();
            if (f != null && folder != null && Files.isWritable(folder) && Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                return "permission denied on " + f + ": that file belongs to another user or is read-only, though"
                        + " the folder can be written (remove the file, or make it writable).";
            }
            return "permission denied: " + (folder == null ? "the folder" : folder) + " is read-only or belongs to"
                    + " another user.";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way (" + e.getMessage() + ").";
        }
        if (e instanceof FileSystemLoopException || e instanceof NotDirectoryException) {
            return "a part of the path is not a folder (" + e.getMessage() + ").";
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
