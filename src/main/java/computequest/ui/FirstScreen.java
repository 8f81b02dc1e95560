package computequest.ui;

import java.util.function.Consumer;

/**
 * The launcher's first-screen snapshot, as line mode sees it: the bytes {@code ./play} printed from the snapshot
 * before the game started (null when it printed none), and where the screen the game itself draws before its first
 * read goes, as the bytes the terminal gets, so that the next start can show it.
 *
 * @param shown what is already on the screen, or null
 * @param drawn given the game's own first screen (prompt included) once, at the first read
 */
public record FirstScreen(byte[] shown, Consumer<byte[]> drawn) {

    /** The line under a snapshot that turned out to differ from the game's screen, before the real screen. */
    public static final String OUT_OF_DATE = "(The screen above was kept from an earlier start and is out of date; here"
            + " is the game as it is now.)";

    /** The note wrapped at spaces to {@code width} columns, as line mode prints it: its lines, each ending in \n. */
    public static String outOfDate(int width) {
        StringBuilder b = new StringBuilder();
        Wrap.lines(OUT_OF_DATE, width, "").forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    /** No snapshot: the game draws its first screen itself, and nothing keeps it. */
    public static final FirstScreen NONE = new FirstScreen(null, screen -> { });
}
