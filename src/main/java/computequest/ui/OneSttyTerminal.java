package computequest.ui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, taken over with one subprocess instead of five. Lanterna's start saves the terminal's
 * settings ({@code stty -g}), then turns off canonical mode ({@code -icanon}, then {@code min 1}), echo and the
 * interrupt key, each its own {@code stty} run. Here the save runs one shell that prints the settings and then sets
 * all four at once; the calls that follow ask for what is already set and run nothing. Any later change (echo back
 * on, the settings restored at the end) runs {@code stty} as Lanterna would.
 */
final class OneSttyTerminal extends UnixTerminal {

    private static final String STTY = "/bin/stty";

    private String saved;
    /** What the terminal is known to be set to; null while unknown. */
    private Boolean canonical;
    private Boolean echo;
    private Boolean signals;

    /** ./play drew a kept frame on the alternate screen: it stays until the game's first frame replaces it. */
    private boolean framed;
    /** On the alternate screen that ./play switched to, rather than one Lanterna switched to. */
    private boolean onKeptScreen;

    OneSttyTerminal(InputStream in, OutputStream out, Charset charset, boolean framed) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.framed = framed;
    }

    /**
     * Switching to the alternate screen again, where ./play already drew the kept frame, would save the cursor's place
     * on that screen, and the shell's cursor would not come back at the end: so the switch is skipped, as is the
     * clearing that follows it (the first frame clears the screen as it draws).
     */
    @Override
    public void enterPrivateMode() throws IOException {
        if (!framed) {
            super.enterPrivateMode();
            return;
        }
        onKeptScreen = true;
    }

    @Override
    public void clearScreen() throws IOException {
        if (framed) {
            framed = false; // the start's clearing; the first frame's own clearing goes through
            return;
        }
        super.clearScreen();
    }

    /** Leaves the alternate screen as Lanterna would: colours reset, cursor shown, the shell's screen back. */
    @Override
    public void exitPrivateMode() throws IOException {
        if (!onKeptScreen) {
            super.exitPrivateMode();
            return;
        }
        onKeptScreen = false;
        resetColorAndSGR();
        setCursorVisible(true);
        writeToTerminal((byte) 0x1b, (byte) '[', (byte) '?', (byte) '1', (byte) '0', (byte) '4', (byte) '9', (byte) 'l');
        flush();
    }

    @Override
    public void close() throws IOException {
        if (onKeptScreen) {
            exitPrivateMode();
        }
        super.close();
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        if (saved != null) {
            saved = runSTTYCommand("-g").trim();
            return;
        }
        // stdin is the terminal (exec redirects it from /dev/tty): the settings first, then the raw modes.
        // susp undef too: Ctrl-Z is a key (the game says it does not pause), because a full screen stopped by it came
        // back after fg to a terminal in line mode, echoing keys, with nothing redrawn (a playtest).
        String got = exec("/bin/sh", "-c", STTY + " -g && " + STTY + " -icanon min 1 -echo intr undef susp undef")
                .trim();
        if (got.isEmpty()) {
            throw new IOException("stty could not read the terminal's settings");
        }
        saved = got;
        canonical = false;
        echo = false;
        signals = false;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null) {
            runSTTYCommand(saved);
            canonical = null;
            echo = null;
            signals = null;
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (canonical == null || canonical != enabled) {
            super.canonicalMode(enabled);
            canonical = enabled;
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (echo == null || echo != enabled) {
            super.keyEchoEnabled(enabled);
            echo = enabled;
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (signals == null || signals != enabled) {
            super.keyStrokeSignalsEnabled(enabled);
            signals = enabled;
        }
    }
}
