package computequest.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the terminal's software flow control (XON/XOFF, {@code stty ixon}) off while the built-in editor is open, so
 * Ctrl-S reaches it as a key instead of freezing the output, and puts the terminal's settings back after. Most Linux
 * terminals start with {@code ixon} on, and Lanterna leaves it as it finds it. Costs two {@code stty} runs per edit;
 * where there is no {@code /dev/tty} or no {@code stty}, it does nothing (the editor's F2 and Ctrl-O still save).
 */
final class FlowControl implements AutoCloseable {

    private static final File TTY = new File("/dev/tty");
    private final String saved;

    private FlowControl(String saved) {
        this.saved = saved;
    }

    /** Saves the terminal's settings and switches flow control off; a no-op when that cannot be done. */
    static FlowControl off() {
        if (!TTY.exists()) {
            return new FlowControl(null);
        }
        String settings = stty("-g");
        if (settings == null || settings.isBlank()) {
            return new FlowControl(null);
        }
        stty("-ixon");
        return new FlowControl(settings.strip());
    }

    /** Puts back the settings saved by {@link #off()}. */
    @Override
    public void close() {
        if (saved != null) {
            stty(saved);
        }
    }

    private static String stty(String arg) {
        try {
            Process p = new ProcessBuilder("stty", arg).redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
