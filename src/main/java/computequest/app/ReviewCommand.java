package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.RequestResult;
import computequest.engine.Step;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./play review [OPTIONS]}: resumes the most recent save (or {@code --load NAME}) and starts the review of the
 * cards due today at once; after it the game goes on where the player left it. It also starts every play session:
 * the app gives the engine today's date, which is how review cards fall due without the engine reading a clock.
 */
final class ReviewCommand {

    private ReviewCommand() {
    }

    /** Runs {@code ./play review ARGS}. */
    static int run(String[] args, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            new picocli.CommandLine(new ReviewUsage()).setCommandName(PlayName.command() + " review")
                    .usage(System.out);
            return 0;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (!rest.contains("--load") && rest.stream().noneMatch(a -> a.startsWith("--load="))) {
            rest.add(0, "--continue");
        }
        Main m = QuickArgs.parse(rest.toArray(String[]::new), err);
        if (m == null || m.from != null) {
            err.println("compute-quest: " + PlayName.command() + " review takes the options --load NAME, --saves DIR,"
                    + " --story DIR, --plain, --ascii and --no-color.");
            return 2;
        }
        m.reviewNow = true;
        try {
            return m.call();
        } catch (Exception ex) {
            return Main.fatal(ex, err);
        }
    }

    /**
     * Today's date, counted in UTC days from the system clock: the day turns at midnight UTC rather than local
     * midnight, which keeps the time-zone rules out of start-up (see LocalClock).
     */
    static LocalDate today() {
        return LocalDate.ofEpochDay(Math.floorDiv(System.currentTimeMillis(), 86_400_000L));
    }

    /** The first step of a session: the date passed in, then the review at once when asked for. */
    static Step startSession(Engine engine, Step first, boolean reviewNow) {
        Step session = engine.resolve(first.state(), new RequestResult.SessionStarted(today()));
        List<Event> events = new ArrayList<>(first.events());
        if (!reviewNow) {
            events.addAll(session.events());
            return new Step(session.state(), events);
        }
        Step review = engine.step(session.state(), "review");
        events.addAll(review.events());
        return new Step(review.state(), events);
    }
}
