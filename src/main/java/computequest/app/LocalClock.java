package computequest.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the local time zone, whose rules are read only when a date is first shown. Reading them
 * (tzdb.dat through a ServiceLoader) costs several milliseconds, and a new game shows no date before its first
 * prompt.
 */
final class LocalClock extends Clock {

    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId z = zone;
        if (z == null) {
            z = ZoneId.systemDefault();
            zone = z;
        }
        return z;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return Clock.system(z);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
