package computequest.save;

import java.nio.file.Path;

/** A save could not be read or written. The message names the file and the problem, in words for the player. */
public final class SaveException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem: the callers treat a newer or an edited file differently from a damaged one. */
    public enum Kind {
        /** Truncated, corrupt, not a save, not a regular file, too large, or a problem of the disk. */
        DAMAGED,
        /** Written by a newer Compute Quest: kept as it is, never replaced or renamed. */
        NEWER,
        /** Sound JSON whose checksum does not match: changed outside the game (loadable with --accept-edited). */
        EDITED
    }

    private final transient Path file;
    private final Kind kind;

    public SaveException(Path file, String problem) {
        this(file, problem, Kind.DAMAGED, null);
    }

    SaveException(Path file, String problem, Throwable cause) {
        this(file, problem, Kind.DAMAGED, cause);
    }

    SaveException(Path file, String problem, Kind kind, Throwable cause) {
        super(file + " " + problem, cause);
        this.file = file;
        this.kind = kind;
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** The message without the file name in front. */
    public String problem() {
        String m = getMessage();
        String f = String.valueOf(file);
        return m.startsWith(f + " ") ? m.substring(f.length() + 1) : m;
    }
}
