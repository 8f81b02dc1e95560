package computequest.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./play review}'s place in the command line's help ({@code ./play help review}, {@code ./play review --help}):
 * the review itself starts before the command line is parsed ({@link ReviewCommand}), so this only describes it.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Retrieval practice: answer today's due review cards (questions from the course's knowledge "
                + "checks, and small tasks in a scratch account) from your latest save, then play on where you were.",
                "Cards come back later when you answer them well and sooner when you miss them."})
final class ReviewUsage implements Callable<Integer> {

    @Option(names = "--load", paramLabel = "NAME", description = "Review from the save NAME instead of the latest.")
    String load;

    @Option(names = "--saves", paramLabel = "DIR", description = "The saves folder (default: saves/ in the game's folder).")
    Path saves;

    @Option(names = "--story", paramLabel = "DIR", description = "The story the save was played in.")
    Path story;

    @Option(names = "--plain", description = "Line mode: plain text, for any terminal, pipes and screen readers.")
    boolean plain;

    @Option(names = "--ascii", description = "Full screen drawn without box-drawing characters.")
    boolean ascii;

    @Option(names = "--no-color", description = "No colour (also: the NO_COLOR environment variable).")
    boolean noColor;

    @Override
    public Integer call() {
        // Never reached from the command line, which starts the review first; described here for help only.
        return 0;
    }
}
