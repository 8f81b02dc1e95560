package computequest.present;

/**
 * One thing to show, as text, with what it is: renderers choose layout and colour by {@link Style} and never
 * reword it. {@link #label()} carries meaning in words, so it never rests on colour alone.
 */
public record Said(Style style, String text) {

    public enum Style {
        /** A scene's heading. */
        HEADING,
        /** Story prose. */
        PROSE,
        /** One numbered choice ("2. text"). */
        CHOICE,
        /** Already laid out in lines (program output, help, status, reports, the farewell): shown as it is. */
        PREFORMATTED,
        OK,
        WRONG,
        INFO,
        HINT,
        CHANGE,
        SCORE,
        ENDING
    }

    /** The words before the text, or empty. */
    public String label() {
        return switch (style) {
            case OK -> "[ok] ";
            case WRONG -> "[not quite] ";
            case CHANGE -> "[cloud] ";
            case HINT -> "[hint] ";
            case SCORE -> "[score] ";
            case ENDING -> "[the end] ";
            default -> "";
        };
    }
}
