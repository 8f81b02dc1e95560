package computequest.save;

import computequest.story.Printable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
        return render(store, entries, zone, "./play");
    }

    /**
     * The listing, its columns as wide as their longest entry.
     *
     * @param play the command that resumes a save from this folder, as the player would type it ({@code ./play},
     *             with {@code --saves DIR} when the listing was of another folder)
     */
    public static String render(SaveStore store, List<SaveStore.Entry> entries, ZoneId zone, String play) {
        if (entries.isEmpty()) {
            return Printable.clean("No saves yet in " + store.dir() + ". The game saves itself as 'autosave' at each scene change"
                    + " and when you quit; 'save NAME' keeps a save of your own.");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "CHAPTER", "SCENES", "PLAYED", "LAST PLAYED"});
        List<String> broken = new ArrayList<>();
        for (SaveStore.Entry e : entries) {
            if (!e.ok()) {
                rows.add(new String[] {e.name(), null});
                broken.add("CANNOT BE LOADED: " + e.problem());
                continue;
            }
            SaveFile.Summary s = e.header().summary();
            String chapter = s.chapter().isEmpty() ? s.sceneTitle() : s.chapter();
            String progress = s.ended() ? "finished" : s.scenesVisited() + "/" + s.scenesTotal();
            rows.add(new String[] {e.name(), clip(chapter, 26), progress, played(e.header().playedSeconds()),
                    date(e.header().lastPlayed(), zone)});
        }
        int[] widths = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < widths.length && r[1] != null; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        widths[0] = rows.stream().mapToInt(r -> r[0].length()).max().orElse(4);
        StringBuilder b = new StringBuilder("Saves in " + store.dir() + " (newest first):\n");
        int bad = 0;
        for (String[] r : rows) {
            b.append("  ").append(pad(r[0], widths[0])).append("  ");
            if (r[1] == null) {
                b.append(broken.get(bad++));
            } else {
                for (int i = 1; i < widths.length; i++) {
                    b.append(pad(r[i], widths[i])).append("  ");
                }
                b.append(r[4]);
            }
            b.append('\n');
        }
        b.append("SCENES: the scenes seen of those on the way through, as the in-game map counts them.\n");
        b.append("Resume the newest with ").append(play).append(" --continue, or one with ").append(play)
                .append(" --load NAME (in the game: load NAME).");
        return Printable.clean(b.toString());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
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
