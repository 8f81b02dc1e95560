package computequest.story;

import java.io.IOException;
import java.io.Writer;

/**
 * The one place that decides which characters may reach a terminal. Text the game shows comes from the story, from
 * what the player typed (names, tags), from save files and from file names, and any of those can hold a control
 * character: ESC starts a sequence that retitles or repaints the terminal, and Lanterna refuses to draw one at all.
 *
 * <p>Both renderers pass everything they write through {@link #clean(String)} or {@link #writer(Writer)}. A control
 * character is shown as {@value #SHOWN_AS}, one for one, so widths computed before cleaning still hold and the player
 * sees that something was there. Newline and tab are kept: the renderers lay them out. The story checker and the
 * simulated cloud use {@link #firstControl(String)} to refuse such text where it enters.
 */
public final class Printable {

    /** What a control character is drawn as: U+FFFD, the replacement character. */
    public static final char SHOWN_AS = '\uFFFD';

    private Printable() {
    }

    /** C0 controls other than newline and tab (ESC and CR among them), DEL, and the C1 controls U+0080 to U+009F. */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    /** The text with every control character replaced by {@value #SHOWN_AS}; the same string when there is none. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        int i = firstControl(s);
        if (i < 0) {
            return s;
        }
        char[] cs = s.toCharArray();
        for (; i < cs.length; i++) {
            if (isControl(cs[i])) {
                cs[i] = SHOWN_AS;
            }
        }
        return new String(cs);
    }

    /** The index of the first control character, or -1 when the text has none. */
    public static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How a control character is named in a message, e.g. "ESC (0x1b)". */
    public static String describe(char c) {
        String name = switch (c) {
            case 0x1B -> "ESC ";
            case 0x07 -> "BEL ";
            case 0x0D -> "carriage return ";
            case 0x7F -> "DEL ";
            case 0x00 -> "NUL ";
            default -> "";
        };
        return name + String.format("(0x%02x)", (int) c);
    }

    /** A writer that cleans everything written through it before passing it on. */
    public static Writer writer(Writer out) {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                char[] copy = new char[len];
                for (int i = 0; i < len; i++) {
                    char c = buf[off + i];
                    copy[i] = isControl(c) ? SHOWN_AS : c;
                }
                out.write(copy, 0, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
