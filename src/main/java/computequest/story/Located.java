package computequest.story;

/**
 * Something read from a story file that knows where: its file and its line and column packed in a long (see
 * {@link Position#pack}), which a story's records hold instead of a {@link Position} object each.
 */
public interface Located {

    String file();

    long lineColumn();

    /** Where it is, or null when it was made without a position. */
    default Position position() {
        return Position.of(file(), lineColumn());
    }
}
