package computequest.app;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every everyday command line ({@code ./play}, {@code --plain}, {@code --continue}, {@code --load NAME},
 * {@code --saves DIR}, {@code --seed N}, {@code --story DIR}, {@code --from SCENE}, {@code --ascii},
 * {@code --no-color}), read without picocli. Building picocli's command model costs 50-80 ms before the first prompt
 * (see the README's Performance section), and these lines need none of it. Anything else (help, version,
 * subcommands, mistakes, options added later) returns null and goes to picocli, which gives the usual messages.
 * {@code QuickArgsTest} keeps this equal to picocli, and fails if Main gains an option with a defaultValue or a
 * field picocli injects, which this class would leave unset.
 */
final class QuickArgs {

    private enum Kind { FLAG, NUMBER, PATH, TEXT }

    private static final Map<String, Kind> OPTIONS = Map.of("--plain", Kind.FLAG, "--no-color", Kind.FLAG,
            "--ascii", Kind.FLAG, "--continue", Kind.FLAG, "--seed", Kind.NUMBER, "--story", Kind.PATH,
            "--saves", Kind.PATH, "--load", Kind.TEXT, "--from", Kind.TEXT);

    /** The options handled here; any other argument sends the whole line to picocli. */
    static final Set<String> KNOWN = OPTIONS.keySet();

    private QuickArgs() {
    }

    /** A Main set up as picocli would set it, or null when picocli must read these arguments. */
    static Main parse(String[] args, PrintStream err) {
        Main m = new Main(err);
        m.seed = 1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Kind kind = OPTIONS.get(name);
            if (kind == null || !seen.add(name)) {
                return null;
            }
            if (kind == Kind.FLAG) {
                if (value != null) {
                    return null;
                }
                flag(m, name);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            // picocli may read "-x" as an option or a value depending on its names; leave those lines to it.
            if (value.isEmpty() || value.startsWith("-") && kind != Kind.NUMBER) {
                return null;
            }
            try {
                switch (name) {
                    case "--seed" -> m.seed = Long.parseLong(value);
                    case "--story" -> m.storyDir = Path.of(value);
                    case "--saves" -> m.savesDir = Path.of(value);
                    case "--load" -> m.loadName = value;
                    default -> m.from = value;
                }
            } catch (NumberFormatException | InvalidPathException e) {
                return null;
            }
        }
        return m;
    }

    private static void flag(Main m, String name) {
        switch (name) {
            case "--plain" -> m.plain = true;
            case "--no-color" -> m.noColor = true;
            case "--ascii" -> m.ascii = true;
            default -> m.continueLatest = true;
        }
    }
}
