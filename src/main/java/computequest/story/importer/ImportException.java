package computequest.story.importer;

/** A note that cannot become a draft; the message says why, in words meant for the author. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
