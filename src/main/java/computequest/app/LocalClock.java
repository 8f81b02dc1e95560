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
            z = systemZone();
            zone = z;
        }
        return z;
    }

    /**
     * The system's zone; a system on UTC (as servers and containers often are) gets {@code ZoneId.of("UTC")}, which
     * needs no zone rules: {@code Etc/UTC} would read tzdb.dat through a ServiceLoader (about 8 ms at start).
     */
    static ZoneId systemZone() {
        String id = java.util.TimeZone.getDefault().getID();
        return switch (id) {
            case "UTC", "Etc/UTC", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Etc/UCT", "UCT" ->
                    ZoneId.of("UTC");
            default -> ZoneId.systemDefault();
        };
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
