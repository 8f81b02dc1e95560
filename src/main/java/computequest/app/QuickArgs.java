package computequest.app;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The everyday command lines ({@code ./play}, {@code --plain}, {@code --seed N}, {@code --story DIR},
 * {@code --no-color}), read without picocli. Building picocli's command model is about half of the time from JVM
 * start to the first prompt (50-60 ms here; see the README's Performance section), and these lines need none of it.
 * Anything else (help, version, mistakes, other options) returns null and goes to picocli, which gives the usual
 * messages, and so do lines with options added later. {@code QuickArgsTest} keeps this equal to picocli, and fails
 * if Main gains an option with a defaultValue or a field picocli injects, which this class would leave unset.
 */
final class QuickArgs {

    /** The options handled here; any other argument sends the whole line to picocli. */
    static final Set<String> KNOWN = Set.of("--plain", "--seed", "--story", "--no-color");

    private QuickArgs() {
    }

    /** A Main set up as picocli would set it, or null when picocli must read these arguments. */
    static Main parse(String[] args, PrintStream err) {
        Main m = new Main(err);
        m.seed = 1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!seen.add(name)) {
                return null;
            }
            switch (name) {
                case "--plain", "--no-color" -> {
                    if (value != null) {
                        return null;
                    }
                    if (name.equals("--plain")) {
                        m.plain = true;
                    } else {
                        m.noColor = true;
                    }
                }
                case "--seed", "--story" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            return null;
                        }
                        value = args[++i];
                    }
                    if (value.isEmpty() || value.startsWith("-") && name.equals("--story")) {
                        return null;
                    }
                    try {
                        if (name.equals("--seed")) {
                            m.seed = Long.parseLong(value);
                        } else {
                            m.storyDir = Path.of(value);
                        }
                    } catch (NumberFormatException | InvalidPathException e) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return m;
    }
}
