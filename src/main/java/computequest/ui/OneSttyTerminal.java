package computequest.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, taken over with one subprocess instead of five. Lanterna's start saves the terminal's
 * settings ({@code stty -g}), then turns off canonical mode ({@code -icanon}, then {@code min 1}), echo and the
 * interrupt key, each its own {@code stty} run. Here the save runs one shell that prints the settings and then sets
 * all four at once, and prints the terminal's size, which Lanterna would otherwise ask the terminal for (see
 * {@link #findTerminalSize()}); the calls that follow ask for what is already set and run nothing. Any later change (echo back
 * on, the settings restored at the end) runs {@code stty} as Lanterna would.
 */
final class OneSttyTerminal extends UnixTerminal {

    /** {@code /bin/stty}; a test may name a slower one ({@code -Dcq.stty}) to hold the start where Ctrl-C is hard to hit. */
    private static final String STTY = System.getProperty("cq.stty", "/bin/stty");

    /** Set once the settings are put back as saved, so the guard has nothing left to do. */
    private volatile boolean restored;

    private String saved;
    /** The size stty gave with the settings, for the screen's start; null once used or when it could not tell. */
    private TerminalSize startSize;
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
            restored = false;
            return;
        }
        // stdin is the terminal (exec redirects it from /dev/tty): the settings first, then the raw modes.
        // susp undef too: Ctrl-Z is a key (the game says it does not pause), because a full screen stopped by it came
        // back after fg to a terminal in line mode, echoing keys, with nothing redrawn (a playtest).
        // The size too: Lanterna would ask the terminal (a cursor-position report), and when keys typed before the game
        // was up are waiting, the report's answer ends up among them as text ("hint[30;100R", a playtest).
        // Lanterna's exec joins the output's lines without a separator: '|' marks where the size begins.
        // Ctrl-C while this runs (a playtest: 2 starts in 5) stopped the JVM before Lanterna's own restoring hook was
        // there, and the shell was left with no interrupt key. So the guard is in place before anything changes, and
        // the shell ignores the keyboard's signals: once it has begun it always prints the settings it then changes,
        // and the guard waits for them and puts them back.
        // (Lanterna calls this from its constructor, before this class's fields are set: hence the local latch.)
        java.util.concurrent.CountDownLatch settled = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> guard(settled), "compute-quest-stty-guard"));
        try {
            String got = exec("/bin/sh", "-c", "trap '' INT QUIT; " + STTY + " -g && echo '|' && " + STTY
                    + " size && " + STTY + " -icanon min 1 -echo intr undef susp undef").replace("\n", "").trim();
            int bar = got.indexOf('|');
            String settings = (bar >= 0 ? got.substring(0, bar) : got).trim();
            if (settings.isEmpty()) {
                throw new IOException("stty could not read the terminal's settings");
            }
            saved = settings;
            startSize = bar >= 0 ? size(got.substring(bar + 1)) : null;
        } finally {
            settled.countDown();
        }
        canonical = false;
        echo = false;
        signals = false;
    }

    /**
     * The size from stty, never from a cursor-position report: at the start the one the settings' stty gave, after a
     * resize a new stty run. A terminal that cannot tell (0 0) is asked as Lanterna asks.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize s = startSize;
        startSize = null;
        if (s == null) {
            try {
                s = size(runSTTYCommand("size"));
            } catch (IOException | RuntimeException e) {
                s = null;
            }
        }
        return s != null ? s : super.findTerminalSize();
    }

    /** "ROWS COLUMNS" as stty prints it, or null for anything else (or a zero size). */
    static TerminalSize size(String stty) {
        String[] parts = stty.trim().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(parts[0]);
            int cols = Integer.parseInt(parts[1]);
            return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * At exit (Ctrl-C, a signal, an error) before the game has put the terminal back: waits for the settings to be
     * known (stty takes milliseconds; the wait is bounded) and restores them, whatever stage the start reached.
     */
    private void guard(java.util.concurrent.CountDownLatch settled) {
        try {
            settled.await(10, java.util.concurrent.TimeUnit.SECONDS);
            if (saved != null && !restored) {
                runSTTYCommand(saved);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // nothing more can be done at exit
        }
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null) {
            runSTTYCommand(saved);
            restored = true;
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
