package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A save's date in UTC is written without the formatter's locale data, and reads exactly as the formatter's. */
class SavesTableDateTest {

    private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    @Test
    void utcDatesReadAsTheFormatterWritesThem() {
        Random r = new Random(16);
        for (int i = 0; i < 2_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(-30_000_000_000L, 250_000_000_000L), r.nextInt(1_000_000_000));
            String expected = FORMATTER.format(t.atZone(ZoneId.of("Etc/UTC")));
            assertEquals(expected, SavesTable.date(t, ZoneId.of("UTC")), t.toString());
            assertEquals(expected, FORMATTER.format(t.atZone(ZoneId.of("UTC"))), t.toString());
        }
        assertEquals("2026-11-30 07:05 UTC",
                SavesTable.date(Instant.parse("2026-11-30T07:05:59.9Z"), ZoneId.of("UTC")));
    }

    @Test
    void otherZonesUseTheirRules() {
        Instant t = Instant.parse("2026-07-01T12:00:00Z");
        assertEquals("2026-07-01 14:00 CEST", SavesTable.date(t, ZoneId.of("Europe/Berlin")));
    }
}
