package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every price and every limit the story shows must be a figure from the fact sheet (/work/shared/aws-facts.md), or a
 * figure derived from it, or a scenario value the story sets itself; each allowed figure says which.
 */
class FactFiguresTest {

    /** Prices in USD. */
    static final Set<String> PRICES = Set.of(
            // EC2 On-Demand, us-east-1, Linux, per hour
            "0.0116", "0.0052", "0.0104", "0.0208", "0.0416", "0.096", "0.085", "0.126",
            // EBS gp3 per GB-month; public IPv4 per hour
            "0.08", "0.005",
            // Lightsail bundles per month, and the IPv6-only floor
            "5", "7", "12", "24", "44", "3.50",
            // Fargate per vCPU-hour and per GB-hour
            "0.04048", "0.004445",
            // EKS control plane per cluster-hour (standard, extended support)
            "0.10", "0.60",
            // ECR storage per GB-month (0.10 above); Lambda per GB-second x86 and arm64; per million requests
            "0.0000166667", "0.0000133334", "0.20",
            // derived: one Fargate task of 0.25 vCPU and 0.5 GB = 0.25*0.04048 + 0.5*0.004445 = 0.0123 per hour
            "0.012",
            // derived: seven such tasks (what fits a t3.medium's memory) = 7*0.0123 = 0.0864 per hour
            "0.086",
            // derived monthly figures (x730 hours) for the finale: m5.large 70, t3.small 15, t3.medium 30,
            // EKS control plane 73, control plane + t3.small 88, two t3.medium 61, control plane + two t3.medium 134,
            // three m5.large 210, twelve t3.small 182; scenario estimates: the orders API on Fargate about 40
            // (two 0.5 vCPU/1 GB tasks all month = 36, plus lunch), the nightly Lambda report under 1
            "70", "15", "30", "73", "88", "61", "134", "210", "182", "40", "1",
            // scenario: the finale's monthly budget (a story figure, not an AWS price)
            "250");

    /** Limits and sizes, by unit. */
    static final Map<String, Set<String>> LIMITS = Map.ofEntries(
            // Lambda memory 128..10240 in 1 MB steps, 1769 = one vCPU; Lightsail 512 MB plan; 1024 = a Lambda setting the player picks
            Map.entry("MB", Set.of("128", "10240", "1769", "512", "1024", "1")),
            // Lightsail RAM, SSD and Fargate storage; 0.5 GB = 512 MiB of task memory
            Map.entry("GB", Set.of("1", "2", "4", "8", "20", "40", "60", "80", "160", "0.5")),
            // instance memory; hibernation RAM limit
            Map.entry("GiB", Set.of("0.5", "1", "2", "4", "8", "16", "150")),
            // Fargate memory for 0.25 and 0.5 vCPU, and the taskdef samples
            Map.entry("MiB", Set.of("512", "1024", "2048", "4096", "256")),
            // Lightsail transfer
            Map.entry("TB", Set.of("1", "2", "3", "4", "5")),
            // billing granularity now and before December 2020; 23 ms is the scenario's example run
            Map.entry("ms", Set.of("1", "100", "23")),
            // Lambda default and maximum timeout ("3.00" as in its error); 10 and 60 = settings the story suggests;
            // 40 = the report scenario's need
            Map.entry("seconds", Set.of("3", "900", "10", "40", "3.00", "60")),
            // Lambda maximum run (15 minutes); the scenarios' job lengths
            Map.entry("minutes", Set.of("15", "2", "40", "1438", "20")),
            // Lambda's monthly free tier
            Map.entry("GB-seconds", Set.of("400000")),
            // instance and Fargate sizes: t/m/c/r types have 1 or 2; Fargate 0.25 and 0.5; Lightsail 2
            Map.entry("vCPU", Set.of("0.25", "0.5", "1", "2")),
            Map.entry("vCPUs", Set.of("1", "2")));

    static final Pattern PRICE = Pattern.compile("\\$(\\d[\\d,]*(?:\\.\\d+)?)");
    static final Pattern LIMIT = Pattern.compile("(?<![\\w.])(\\d[\\d,]*(?:\\.\\d+)?)[ -](GB-seconds|MB|GB|GiB|MiB|TB|ms|seconds|minutes|vCPUs|vCPU)\\b");

    /**
     * Checks each line joined with the start of the next one, so a figure and its unit split across a line break
     * ("400,000" at the end of one line, "GB-seconds" at the start of the next) are still seen; a match is reported
     * once, on the line where it starts.
     */
    static List<String> problems(String file, String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("//")) {
                continue;
            }
            String next = i + 1 < lines.length && !lines[i + 1].strip().startsWith("//")
                    ? lines[i + 1].strip().replaceFirst("^[>*~?] ?", "") : "";
            int own = lines[i].length();
            String line = lines[i] + " " + next.split(" ", 2)[0];
            Matcher m = PRICE.matcher(line);
            while (m.find() && m.start() < own) {
                String v = m.group(1).replace(",", "");
                if (!PRICES.contains(v)) {
                    out.add(file + ":" + (i + 1) + ": price $" + v + " is not on the fact sheet");
                }
            }
            Matcher l = LIMIT.matcher(line);
            while (l.find() && l.start() < own) {
                String v = l.group(1).replace(",", "");
                if (!LIMITS.get(l.group(2)).contains(v)) {
                    out.add(file + ":" + (i + 1) + ": '" + l.group() + "' is not a figure from the fact sheet");
                }
            }
        }
        return out;
    }

    @Test
    void everyPriceAndLimitInTheStoryIsOnTheFactSheet() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("story"))) {
            files = s.filter(p -> p.toString().endsWith(".story")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int prices = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            problems.addAll(problems(f.toString(), text));
            prices += (int) PRICE.matcher(text).results().count();
        }
        assertTrue(prices >= 20, "expected the story to quote prices; found " + prices);
        assertEquals(List.of(), problems);
    }

    @Test
    void aFigureSplitFromItsUnitByALineBreakIsStillChecked() {
        List<String> p = problems("t.story", "The free tier covers 1M requests and 500,000\nGB-seconds a month.\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("t.story:1:"), p.get(0));
    }

    @Test
    void aWrongFigureIsCaught() {
        List<String> p = problems("t.story", "A t3.micro costs about $0.0200 an hour and Lambda runs up to 901 seconds.\n"
                + "// a comment may say $9.99\n");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).contains("$0.0200"));
        assertTrue(p.get(1).contains("901 seconds"));
    }
}
