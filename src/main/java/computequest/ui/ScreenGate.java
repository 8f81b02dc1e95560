package computequest.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Line mode's output up to the first read, held against the launcher's snapshot ({@link FirstScreen}). Without a
 * snapshot on the screen, text goes straight through and is kept. With one, text is held back: at the first read,
 * if the game's screen is the one already shown, nothing more is printed; if it differs (something the snapshot's
 * key cannot see changed), the game's own screen follows under a line saying so, so the player never acts on a
 * stale screen. After the first read the gate is only a pass-through.
 */
final class ScreenGate extends Writer {

    private final PrintWriter under;
    private final Charset charset;
    private final FirstScreen snapshot;
    private final StringBuilder seen = new StringBuilder();
    private boolean open;
    /** While a screen is drawn only to be kept ({@link #capture}), what it writes. */
    private StringBuilder capturing;

    /** The width the note is wrapped to: the terminal's, as the game's own text is. */
    private final java.util.function.IntSupplier width;

    ScreenGate(PrintWriter under, Charset charset, FirstScreen snapshot, java.util.function.IntSupplier width) {
        this.under = under;
        this.charset = charset;
        this.snapshot = snapshot;
        this.width = width;
    }

    /** The note under an out-of-date snapshot, wrapped at spaces like the rest of the game's text. */
    private void note() {
        under.println();
        under.print(FirstScreen.outOfDate(width.getAsInt()));
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) throws IOException {
        if (capturing != null) {
            capturing.append(buf, off, len);
            return;
        }
        if (!open) {
            seen.append(buf, off, len);
            if (snapshot.shown() != null) {
                return;
            }
        }
        under.write(buf, off, len);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (capturing == null && (open || snapshot.shown() == null)) {
            under.flush();
            if (under.checkError()) {
                throw new IOException("output failed");
            }
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /**
     * At the first read: settles the first screen. {@code prompt} is what the reader will print itself (JLine's
     * prompt), which is part of the screen; with plain streams the prompt has already been written through here.
     */
    synchronized void firstRead(String prompt) {
        if (open) {
            return;
        }
        open = true;
        String text = seen.toString();
        seen.setLength(0);
        byte[] screen = (text + prompt).getBytes(charset);
        byte[] shown = snapshot.shown();
        if (shown != null && Arrays.equals(shown, screen)) {
            if (!prompt.isEmpty()) {
                under.write('\r'); // the reader draws its prompt over the one the snapshot showed
                under.flush();
            }
            return;
        }
        if (shown != null) {
            note();
            under.write(text);
            under.flush();
        }
        snapshot.drawn().accept(screen);
    }

    /** When the game ends before its first read: whatever it printed and the snapshot did not show is printed now. */
    synchronized void release() {
        if (open) {
            return;
        }
        open = true;
        String text = seen.toString();
        seen.setLength(0);
        byte[] shown = snapshot.shown();
        if (shown != null && !Arrays.equals(shown, text.getBytes(charset))) {
            note();
            under.write(text);
        }
        under.flush();
    }

    /** Something that draws through this gate. */
    interface Drawing {
        void draw() throws IOException;
    }

    /**
     * The bytes {@code drawing} writes, with {@code prompt} after them, as the terminal would get them; nothing reaches
     * the terminal. For the screen a later start will draw, kept ahead of it.
     */
    synchronized byte[] capture(Drawing drawing, String prompt) throws IOException {
        capturing = new StringBuilder();
        try {
            drawing.draw();
            return (capturing + prompt).getBytes(charset);
        } finally {
            capturing = null;
        }
    }
}
