package computequest.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables without borders (docker images, kubectl get, the game's status tables) that are wider than the space they
 * get: each row too wide is split at the same column boundary, the columns that fit on its first line and the rest
 * on a line under it indented two more, so the moved columns line up with each other. Never a cut, never a split
 * word.
 */
final class Columns {

    private Columns() {
    }

    /**
     * A block of output fitted: as one table if it is one, else each run of indented rows (the game's status tables,
     * each under its heading) as a table of its own; lines that are no table are left as they are.
     */
    static List<String> fitBlock(List<String> lines, int width) {
        List<String> whole = fit(lines, width);
        if (whole != null) {
            return whole;
        }
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("  ") && !l.isBlank()) {
                run.add(l);
                continue;
            }
            flush(run, width, out);
            out.add(l);
        }
        flush(run, width, out);
        return out;
    }

    /** The width the simulated CLI's help is wrapped to, as the AWS CLI wraps for an 80-column terminal. */
    static final int CLI_WIDTH = 79;

    /**
     * Help wrapped for 80 columns, shown in a narrower pane, would be wrapped twice ("(aws ec2" alone, "describe-images)." under
     * it): its paragraphs are joined again first, so the pane wraps them once, to its own width. Two lines are one
     * paragraph when they have the same indent, hold words and no columns, and the second's first word would not have
     * fit on the first within {@link #CLI_WIDTH}: where a wrap at that width broke them. JSON, YAML and tables never
     * join.
     */
    static List<String> unwrapped(List<String> lines, int width) {
        if (width >= CLI_WIDTH || lines.stream().allMatch(l -> l.length() <= width)) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && !out.isEmpty() && continues(lines.get(i - 1), lines.get(i))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + lines.get(i).strip());
            } else {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    /** Whether a wrap at {@link #CLI_WIDTH} broke one paragraph into {@code line} and {@code next}. */
    private static boolean continues(String line, String next) {
        int indent = lead(List.of(line));
        if (line.isBlank() || next.isBlank() || indent != lead(List.of(next)) || indent < 2
                || line.length() > CLI_WIDTH) {
            return false;
        }
        String a = line.strip();
        String b = next.strip();
        String first = b.split(" ")[0];
        return line.length() + 1 + first.length() > CLI_WIDTH && words(a) && words(b)
                && "[\"{}|+<>#*".indexOf(b.charAt(0)) < 0 && !b.startsWith("- ") && !first.endsWith(":")
                && !a.endsWith(",") && !a.endsWith("{") && !a.endsWith("[") && !a.endsWith(":");
    }

    /** Words, not columns: no run of two spaces inside, and no tab. */
    private static boolean words(String s) {
        return !s.contains("  ") && s.indexOf('\t') < 0;
    }

    private static void flush(List<String> run, int width, List<String> out) {
        List<String> fitted = fit(run, width);
        out.addAll(fitted != null ? fitted : run);
        run.clear();
    }

    /**
     * The lines of a borderless table fitted to {@code width}, or null when the lines are not such a table (fewer
     * than two rows, a row that does not start at the left, no boundary between columns that every row shares) or
     * already fit.
     */
    static List<String> fit(List<String> lines, int width) {
        if (lines.stream().allMatch(l -> l.length() <= width) || width < 8) {
            return null;
        }
        List<List<String>> parts = new ArrayList<>();
        lines.forEach(l -> parts.add(new ArrayList<>()));
        // a wide row that is a name and then words (a save that cannot be loaded, and why) is no part of the columns:
        // it stays whole here, for the wrap that hangs it under its words
        List<String> current = lines.stream().map(l -> l.length() > width && sentence(l) ? "" : l).toList();
        List<String> aside = lines.stream().map(l -> l.length() > width && sentence(l) ? l : "").toList();
        while (current.stream().anyMatch(l -> l.length() > width)) {
            List<String> rows = current.stream().filter(l -> !l.isBlank()).toList();
            int at = rows.size() < 2 ? -1 : boundary(rows, width, true);
            if (at < 0 && rows.size() >= 2) {
                at = boundary(rows, width, false); // a first column wider than the width alone: it wraps by itself
            }
            boolean first = parts.get(0).isEmpty();
            if (at < 0 && first) {
                return null;
            }
            if (at < 0) {
                break;
            }
            if (first && prose(current, at, width)) {
                return null; // a last column of words (help's descriptions) wraps under itself instead
            }
            // only the rows too wide are split (all at the same column); the continuation is indented two more
            String more = " ".repeat(lead(rows.stream().filter(r -> r.length() > width).toList()) + 2);
            List<String> next = new ArrayList<>();
            for (int i = 0; i < current.size(); i++) {
                String l = current.get(i);
                boolean wide = l.length() > width && l.length() > at;
                parts.get(i).add(wide ? l.substring(0, at).stripTrailing() : l);
                next.add(wide ? more + l.substring(at) : "");
            }
            current = next;
        }
        for (int i = 0; i < current.size(); i++) {
            parts.get(i).add(current.get(i));
            if (!aside.get(i).isEmpty()) {
                parts.get(i).set(0, aside.get(i));
            }
        }
        // rows as records: each row's first part, then its continuations under it
        List<String> out = new ArrayList<>();
        for (List<String> row : parts) {
            for (int j = 0; j < row.size(); j++) {
                if (j == 0 || !row.get(j).isBlank()) {
                    out.add(row.get(j));
                }
            }
        }
        return out;
    }

    /** A row of one name and then words: at most one gap of two spaces, and words after it. */
    private static boolean sentence(String row) {
        String[] cells = row.strip().split(" {2,}");
        return cells.length == 2 && cells[1].contains(" ");
    }

    /** Whether what would move of every row too wide is one column of four words or more: text to wrap, not columns. */
    private static boolean prose(List<String> lines, int at, int width) {
        return lines.stream().filter(l -> l.length() > width && l.length() > at).map(l -> l.substring(at).strip())
                .allMatch(m -> !m.contains("  ") && m.split(" ").length >= 4); // "2026-11-30 08:19 UTC" is a cell
    }

    /** The indent the rows share (the rows too wide: their continuations go two further in). */
    private static int lead(List<String> rows) {
        return rows.stream().mapToInt(r -> r.length() - r.stripLeading().length()).min().orElse(0);
    }

    /**
     * A column start: a position where every row has two spaces before it (or has ended), some row has text, and
     * every row has text before it; with {@code fitting}, the rightmost that leaves every row's first part within
     * the width, else the leftmost.
     */
    private static int boundary(List<String> rows, int width, boolean fitting) {
        int widest = rows.stream().mapToInt(String::length).max().orElse(0);
        for (int p = fitting ? Math.min(widest - 1, width + 2) : 3; fitting ? p >= 3 : p < widest; p += fitting ? -1 : 1) {
            boolean starts = false;
            boolean ok = true;
            for (String r : rows) {
                if (r.length() <= p) {
                    ok &= !fitting || r.stripTrailing().length() <= width;
                    continue;
                }
                ok &= r.charAt(p - 1) == ' ' && r.charAt(p - 2) == ' ' && !r.substring(0, p - 2).isBlank()
                        && (!fitting || r.substring(0, p).stripTrailing().length() <= width);
                starts |= r.charAt(p) != ' ';
                if (!ok) {
                    break;
                }
            }
            if (ok && starts) {
                return p;
            }
        }
        return -1;
    }
}
