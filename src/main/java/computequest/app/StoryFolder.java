package computequest.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The story folder an author tool reads: {@code DIR}, or {@code --story DIR} as {@code author new}, {@code author
 * record} and the game itself take it (a tester typed {@code author check --story DIR} and got "Unknown option").
 */
final class StoryFolder {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The story folder (default: story/).")
    Path dir;

    @Option(names = "--story", paramLabel = "DIR", description = "The story folder, as DIR.")
    Path option;

    /** The folder given, or null for the default; a problem when two different ones were given. */
    Path given() {
        return dir != null ? dir : option;
    }

    /** Why the folder cannot be known, or null. */
    String conflict() {
        return dir != null && option != null && !dir.normalize().equals(option.normalize())
                ? "two story folders given (" + dir + " and --story " + option + "): give one" : null;
    }
}
