package computequest.save;

import java.nio.file.Path;

/** A save could not be read or written. The message names the file and the problem, in words for the player. */
public final class SaveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public SaveException(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    SaveException(Path file, String problem, Throwable cause) {
        super(file + " " + problem, cause);
        this.file = file;
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }
}
