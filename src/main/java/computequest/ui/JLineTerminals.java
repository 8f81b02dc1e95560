package computequest.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/** Line mode's system terminal, built the quick way: no subprocess for what JLine or the game already knows. */
final class JLineTerminals {

    private JLineTerminals() {
    }

    /**
     * Start-up: JLine runs {@code infocmp -x TERM} (a subprocess, 20-40 ms here) even for the common terminals whose
     * descriptions it ships. For those, and for tmux-256color (shipped with the game), the shipped description is
     * used; any other TERM still asks infocmp.
     */
    static void knownTerminalCapabilities(String term) {
        if (term != null && !term.isBlank() && InfoCmp.getLoadedInfoCmp(term) == null) {
            String shipped = InfoCmp.getDefaultInfoCmp(term);
            if (shipped == null && SHIPPED_HERE.contains(term)) {
                shipped = ourCapabilities(term);
            }
            if (shipped != null) {
                InfoCmp.setLoadedInfoCmp(term, shipped);
            }
        }
    }

    /** Terminal types whose description the game ships beside JLine's (tmux's own type, the default in tmux 3.4). */
    static final java.util.Set<String> SHIPPED_HERE = java.util.Set.of("tmux-256color");

    private static String ourCapabilities(String term) {
        try (InputStream in = JLineTerminals.class.getResourceAsStream(term + ".caps")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The system terminal through JLine's native (JNI) provider alone: with its exec provider also on the list, JLine
     * runs {@code test -t 1} in a subprocess at start even when the native one does the work (about 10 ms here).
     * Where the native library cannot load, the usual choice of providers is made; on a serial line, JLine's stty
     * provider (see {@link TtySettings}).
     */
    static Terminal systemTerminal() throws IOException {
        if (TtySettings.serialLine()) {
            return TerminalBuilder.builder().system(true).name("compute-quest").provider("exec").build();
        }
        try {
            return TerminalBuilder.builder().system(true).name("compute-quest").exec(false).dumb(false).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalBuilder.builder().system(true).name("compute-quest").build();
        }
    }
}
