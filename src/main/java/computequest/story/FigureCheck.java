package computequest.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every price and every limit a story shows must be on its allow-list of figures (the {@code figures} rule), so a
 * figure can only enter the story with a stated source. The list has one unit a line, {@code UNIT VALUE...}, any
 * number of lines per unit, {@code #} comments saying where each figure comes from; the unit {@code $} is a price:
 * <pre>
 * $ 0.0104 0.0208        # EC2 On-Demand, us-east-1, per hour: t3.micro, t3.small
 * GiB 1 2 4              # instance memory
 * </pre>
 */
public final class FigureCheck {

    private static final Pattern PRICE = Pattern.compile("\\$(\\d[\\d,]*(?:\\.\\d+)?)");

    private final Map<String, Set<String>> allowed;
    private final Pattern limit;

    private FigureCheck(Map<String, Set<String>> allowed) {
        this.allowed = allowed;
        List<String> units = new ArrayList<>(allowed.keySet());
        units.remove("$");
        units.sort(Comparator.comparingInt(String::length).reversed());
        this.limit = units.isEmpty() ? null : Pattern.compile("(?<![\\w.])(\\d[\\d,]*(?:\\.\\d+)?)[ -]("
                + String.join("|", units.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** Reads an allow-list; a line without values is an error at its position. */
    public static FigureCheck parse(String file, String text, List<Diagnostic> problems) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (StoryRules.Entry entry : StoryRules.entries(file, text)) {
            String[] w = entry.body().split("\\s+");
            if (w.length < 2) {
                problems.add(Diagnostic.error(entry.at(), "'" + w[0] + "' has no figures after it",
                        "write the unit, then the allowed values: 'GiB 1 2 4'"));
                continue;
            }
            Set<String> values = allowed.computeIfAbsent(w[0], k -> new LinkedHashSet<>());
            for (int j = 1; j < w.length; j++) {
                values.add(w[j].replace(",", "").replaceFirst("^\\$", ""));
            }
        }
        return new FigureCheck(allowed);
    }

    /**
     * Every figure in one story file that is not on the list, at its line and column. Each line is read joined with
     * the first word of the next, so a figure and its unit split by a line break are still seen; comments are skipped.
     */
    public List<Diagnostic> check(String file, String text, Position listAt) {
        List<Diagnostic> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String own = lines[i].replace("\r", "");
            if (own.strip().startsWith("//")) {
                continue;
            }
            String next = i + 1 < lines.length && !lines[i + 1].strip().startsWith("//")
                    ? lines[i + 1].strip().replaceFirst("^[>*~?] ?", "") : "";
            String line = own + " " + next.split(" ", 2)[0];
            Matcher m = PRICE.matcher(line);
            while (m.find() && m.start() < own.length()) {
                String v = m.group(1).replace(",", "");
                if (!allowed.getOrDefault("$", Set.of()).contains(v)) {
                    out.add(Diagnostic.error(new Position(file, i + 1, m.start() + 1), "the price $" + v
                            + " is not on the story's list of figures", "check it against the source, then add it to "
                            + listAt.file() + " with a comment saying where it comes from"));
                }
            }
            Matcher l = limit == null ? null : limit.matcher(line);
            while (l != null && l.find() && l.start() < own.length()) {
                String v = l.group(1).replace(",", "");
                if (!allowed.get(l.group(2)).contains(v)) {
                    out.add(Diagnostic.error(new Position(file, i + 1, l.start() + 1), "'" + l.group()
                            + "' is not on the story's list of figures", "check it against the source, then add it"
                            + " to " + listAt.file() + " under " + l.group(2)));
                }
            }
        }
        return out;
    }

    /** How many prices a text quotes: a story that names none has nothing for this check to guard. */
    public static long prices(String text) {
        return PRICE.matcher(text).results().count();
    }
}
