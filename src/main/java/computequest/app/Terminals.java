package computequest.app;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/** Decides, once at start, whether this process talks to a real interactive terminal. */
final class Terminals {

    private Terminals() {
    }

    /** Standard input and output are a terminal (on JDK 22+, System.console() exists even when piped). */
    static boolean interactive() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Full screen needs a real terminal, a TERM that is set and not dumb, and no CI. */
    static boolean fullScreenPossible(Map<String, String> env) {
        String term = env.get("TERM");
        return interactive() && term != null && !term.isBlank() && !term.equals("dumb") && env.get("CI") == null;
    }

    /**
     * Colour is off with NO_COLOR set to anything non-empty (no-color.org), with --no-color, and for a terminal that
     * has none: TERM=dumb, a monochrome entry (xterm-mono, or any NAME-mono or NAME-m) or a plain VT terminal.
     */
    static boolean colorAllowed(Map<String, String> env, boolean noColorFlag) {
        String nc = env.get("NO_COLOR");
        String term = env.getOrDefault("TERM", "");
        boolean mono = term.equals("dumb") || term.endsWith("-mono") || term.endsWith("-m") || term.matches("vt\\d+");
        return !noColorFlag && (nc == null || nc.isEmpty()) && !mono;
    }
}
