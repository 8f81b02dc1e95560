package computequest.ui;

/**
 * A typed line that ends in a backslash goes on on the next line, as in a shell: the prompt waits for the rest and
 * the two are joined without the backslash (so {@code --statement-id x \} then {@code --action y} reads
 * {@code --statement-id x --action y}). Commands shown in the course are split this way.
 */
final class Continuation {

    private Continuation() {
    }

    /**
     * Whether the line ends in an unescaped backslash (an odd number of them). ESC then a backslash is a terminal's
     * string terminator, not a continuation: such a line is hostile text, and is taken as it is.
     */
    static boolean continues(String line) {
        int i = line.length() - 1;
        while (i >= 0 && line.charAt(i) == '\\') {
            i--;
        }
        int n = line.length() - 1 - i;
        return n % 2 == 1 && (i < 0 || !Character.isISOControl(line.charAt(i)));
    }

    /** The line so far, its trailing backslash taken away, followed by the next line. */
    static String join(String head, String next) {
        return head.substring(0, head.length() - 1) + next;
    }
}
