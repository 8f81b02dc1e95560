package computequest.ui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Opening the full screen on this process's terminal, and the frame ./play may already have drawn there: when the
 * launcher printed a kept first frame (README, Performance: first-screen snapshot), the terminal is already on the
 * alternate screen, and it must leave it again if the game does not take that screen over (an error, line mode).
 */
public final class FullScreen {

    /** Set by ./play when the snapshot it printed was a full-screen frame (it began with {@link FullScreenShot#ALTERNATE}). */
    static final String KEPT = "CQ_FIRST_SCREEN_FULL";
    private static final String LEAVE = "\033[?1049l";

    /** A file ./play made when it drew a kept frame: while it exists, ./play leaves the frame when the JVM ends. */
    static final String GUARD = "CQ_FIRST_SCREEN_GUARD";

    private final PrintStream out;
    private final String launcherGuard;
    private Thread guard;

    private FullScreen(PrintStream out, boolean kept, String launcherGuard) {
        this.out = out;
        this.launcherGuard = launcherGuard;
        if (kept) {
            guard = new Thread(this::leave, "compute-quest-leave-kept-frame");
            Runtime.getRuntime().addShutdownHook(guard);
        }
    }

    /**
     * This start's full screen. When ./play drew a kept frame, the alternate screen is left at exit (also after an
     * error or Ctrl-C before the game is up) unless the game's full screen has taken it over by then.
     */
    public static FullScreen of(Map<String, String> env, PrintStream out) {
        return new FullScreen(out, "1".equals(env.get(KEPT)), env.get(GUARD));
    }

    /**
     * {@code err} made to leave a kept frame before anything is written to it: a message printed over the kept frame
     * would vanish with it at exit, unread.
     */
    public PrintStream messagesFirst(PrintStream err) {
        return new PrintStream(new java.io.FilterOutputStream(err) {
            @Override
            public void write(int b) throws IOException {
                leave();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                leave();
                out.write(b, off, len);
            }
        }, true, Charset.defaultCharset());
    }

    /** Whether a kept first screen is a full-screen frame rather than line mode's text. */
    public static boolean isFrame(byte[] screen) {
        byte[] a = FullScreenShot.ALTERNATE.getBytes(StandardCharsets.US_ASCII);
        return screen.length >= a.length && java.util.Arrays.equals(screen, 0, a.length, a, 0, a.length);
    }

    /** Whether ./play drew a kept full-screen frame that nothing has taken over or taken away yet. */
    public synchronized boolean kept() {
        return guard != null;
    }

    /**
     * Goes back to the screen the player had (the shell's), where a line-mode game or a message can be read; nothing
     * when ./play drew no frame. Safe to call twice.
     */
    public synchronized void leave() {
        if (guard == null) {
            return;
        }
        out.print(LEAVE);
        out.flush();
        disarm();
    }

    private void disarm() {
        Thread g = guard;
        guard = null;
        if (launcherGuard != null) { // the frame is left, or the game's screen answers for it: ./play leaves it alone
            try {
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(launcherGuard));
            } catch (IOException | RuntimeException e) {
                // ./play then leaves the alternate screen once more, which only moves the cursor
            }
        }
        if (g != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(g);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs and finds nothing to do
            }
        }
    }

    /**
     * Opens the full screen. Never a Swing window: the text terminal is forced. Ctrl-C is trapped and read as a key,
     * so it quits through the game loop and the terminal is restored. Outside a UTF-8 locale the screen is drawn in
     * ASCII. A kept frame on the screen stays there until the game draws its own over it.
     *
     * @throws IOException when there is no usable terminal; the caller falls back to line mode
     */
    public synchronized LanternaFrontend open(boolean color, boolean ascii) throws IOException {
        // Lanterna writes in the default charset: outside a UTF-8 locale, box-drawing characters would come out as
        // question marks, so draw with ASCII instead.
        boolean utf8 = Charset.defaultCharset().equals(StandardCharsets.UTF_8);
        // Under LANG=C the default is US-ASCII, which drops every typed non-ASCII character: read and write UTF-8.
        Charset io = Charset.defaultCharset().equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8
                : Charset.defaultCharset();
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        // On Unix, what the factory would build (a UnixTerminal trapping Ctrl-C), taken over with one stty run.
        Terminal terminal = windows
                ? new DefaultTerminalFactory(out, System.in, io).setForceTextTerminal(true)
                        .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP).createTerminal()
                : new OneSttyTerminal(new TypedAhead(System.in), out, io, kept());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        if (guard != null) {
            disarm(); // the game's screen restores the terminal from here on
        }
        LanternaFrontend f = new LanternaFrontend(screen, color, ascii || !utf8, out, io);
        f.restoreOnExit();
        return f;
    }
}
