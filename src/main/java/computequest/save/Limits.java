package computequest.save;

import java.time.Instant;

/**
 * The ranges a loaded number must be in. They are far beyond anything a game reaches, and far enough inside the
 * limits of {@code long} and {@code Instant} that adding to them cannot overflow (a year of simulated time added to
 * the largest clock, a date turned into milliseconds for sorting).
 */
final class Limits {

    /** A thousand years, in seconds: the most simulated time or time played a save may hold. */
    static final long MAX_SECONDS = 1000L * 366 * 24 * 3600;
    /** The largest score, either way. */
    static final long MAX_SCORE = 1_000_000;
    /** The largest bill, in US dollars. */
    static final double MAX_USD = 1e12;
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    private Limits() {
    }
}
