package computequest.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import computequest.engine.Event;
import computequest.engine.View;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The first frame of a full-screen start, as the bytes Lanterna sends the terminal: switch to the alternate screen,
 * clear it, draw every cell, place the cursor. Drawn on a terminal that only records (nothing is read, its size is
 * given), for ./play's first-screen snapshot of the next start (README, Performance). Those bytes begin with the
 * switch to the alternate screen ({@link #ALTERNATE}), which is how ./play and the game tell a full-screen snapshot
 * from a line-mode one.
 */
final class FullScreenShot {

    /** xterm's "use the alternate screen, saving the cursor" (private mode 1049), as Lanterna's start writes it. */
    static final String ALTERNATE = "\033[?1049h";

    private FullScreenShot() {
    }

    static byte[] of(View view, List<Event> events, TerminalSize size, boolean color, boolean ascii, Charset charset)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        ANSITerminal recorder = new ANSITerminal(InputStream.nullInputStream(), out, charset) {
            @Override
            protected TerminalSize findTerminalSize() {
                return size;
            }
        };
        TerminalScreen screen = new TerminalScreen(recorder);
        screen.startScreen();
        new LanternaFrontend(screen, color, ascii, null, charset).show(view, events);
        return out.toByteArray();
    }
}
