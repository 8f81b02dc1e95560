package computequest.story;

/**
 * Where something is in a story file: 1-based line and column.
 *
 * <p>The story's own records (scenes, choices, goals, reactions, effects, conditions) do not hold Position objects:
 * each holds its file name (one string shared by the whole file) and the line and column {@link #pack packed} in a
 * long, and builds a Position when asked. A 100,000-scene story had 1.8 million of them, a fifth of its objects.
 */
public record Position(String file, int line, int column) {

    /** What {@link #pack} gives for no position at all (with a null file). */
    static final long NONE = Long.MIN_VALUE;

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }

    /** The line and column of {@code p} in one long (line in the high half), or {@link #NONE} for null. */
    static long pack(Position p) {
        return p == null ? NONE : pack(p.line, p.column);
    }

    static long pack(int line, int column) {
        return (long) line << 32 | column & 0xFFFFFFFFL;
    }

    /** The file of {@code p}, or null for null. */
    static String fileOf(Position p) {
        return p == null ? null : p.file;
    }

    /** The position a record stores as its file and {@link #pack packed} line and column; null for none. */
    static Position of(String file, long lineColumn) {
        return file == null && lineColumn == NONE ? null : new Position(file, (int) (lineColumn >> 32),
                (int) lineColumn);
    }
}
