package computequest.save;

import computequest.story.Printable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The listing of a saves folder, as shown by {@code ./play saves} and the in-game {@code saves}. */
public final class SavesTable {

    /** Built on first use: a DateTimeFormatter with a zone name loads locale data (about 6 ms at start). */
    private static final class Formatter {
        static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
    }

    private SavesTable() {
    }

    public static String render(SaveStore store, List<SaveStore.Entry> entries, ZoneId zone) {
        if (entries.isEmpty()) {
            return Printable.clean("No saves yet in " + store.dir() + ". The game saves itself as 'autosave' at each scene change"
                    + " and when you quit; 'save NAME' keeps a save of your own.");
        }
        StringBuilder b = new StringBuilder("Saves in " + store.dir() + " (newest first):\n");
        b.append(String.format(Locale.ROOT, "  %-16s %-26s %-12s %-9s %s%n", "NAME", "CHAPTER", "PROGRESS", "PLAYED",
                "LAST PLAYED"));
        for (SaveStore.Entry e : entries) {
            if (!e.ok()) {
                b.append(String.format(Locale.ROOT, "  %-16s CANNOT BE LOADED: %s%n", e.name(), e.problem()));
                continue;
            }
            SaveFile.Summary s = e.header().summary();
            String chapter = s.chapter().isEmpty() ? s.sceneTitle() : s.chapter();
            String progress = s.ended() ? "finished" : s.scenesVisited() + "/" + s.scenesTotal() + " scenes";
            b.append(String.format(Locale.ROOT, "  %-16s %-26s %-12s %-9s %s%n", e.name(), clip(chapter, 26), progress,
                    played(e.header().playedSeconds()), date(e.header().lastPlayed(), zone)));
        }
        b.append("Resume the newest with ./play --continue, or one with ./play --load NAME (in the game: load NAME).");
        return Printable.clean(b.toString());
    }

    static String played(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        return h > 0 ? h + "h " + m + "m" : m > 0 ? m + "m" : seconds + "s";
    }

    /** {@code 2026-11-30 07:07 UTC}: when a save was written, in the player's time zone. */
    public static String date(Instant t, ZoneId zone) {
        if (zone.getId().equals("UTC")) {
            // What the formatter writes for UTC, without its locale data.
            java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0,
                    java.time.ZoneOffset.UTC);
            if (d.getYear() >= 1000 && d.getYear() <= 9999) {
                StringBuilder b = new StringBuilder(20).append(d.getYear()).append('-');
                two(two(two(two(b, d.getMonthValue()).append('-'), d.getDayOfMonth()).append(' '), d.getHour())
                        .append(':'), d.getMinute());
                return b.append(" UTC").toString();
            }
        }
        return Formatter.DATE.format(t.atZone(zone));
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append(n < 10 ? "0" : "").append(n);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
