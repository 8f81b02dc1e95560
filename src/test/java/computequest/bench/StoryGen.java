package computequest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** Writes a generated story of {@code scenes} scenes that exercises every construct, in files of 1,000. */
final class StoryGen {

    private StoryGen() {
    }

    static long write(Path dir, int scenes) throws IOException {
        long bytes = 0;
        Files.writeString(dir.resolve("00-story.story"), "@story gen Generated\n@start s0\n");
        for (int file = 0; file * 1000 < scenes; file++) {
            StringBuilder b = new StringBuilder(800 * 1000);
            b.append("@chapter ").append(file + 1).append(" Generated chapter\n");
            for (int i = file * 1000; i < Math.min(scenes, (file + 1) * 1000); i++) {
                scene(b, i, scenes);
            }
            Path f = dir.resolve(String.format(Locale.ROOT, "%03d-gen.story", file + 1));
            Files.writeString(f, b);
            bytes += b.length();
        }
        return bytes;
    }

    static void scene(StringBuilder b, int i, int n) {
        int next = i + 1 < n ? i + 1 : i;
        b.append(":: s").append(i).append('\n');
        b.append("@title Scene ").append(i).append('\n');
        b.append("@objective Launch an instance and look at it, step ").append(i).append('\n');
        b.append("@hint A nudge for scene ").append(i).append('\n');
        b.append("@hint The concept: instances bill per second while running\n");
        b.append("@hint Type: aws ec2 describe-instances\n");
        if (i == n - 1) {
            b.append("@ending\n");
        }
        b.append("Prose for scene ").append(i).append(": an instance is a virtual machine that you rent by\n");
        b.append("the second. Its type sets how many vCPUs and how much memory it has.\n\n");
        b.append("A second paragraph, so the prose joiner has work to do.\n");
        b.append("~ flag seen-").append(i).append('\n');
        if (i != n - 1) {
            b.append("* Go on -> s").append(next).append('\n');
            // Guarded, so it scores once, except in every hundredth scene: there the checker warns that the points
            // can be farmed (going back and on again), which keeps that check's whole-graph pass in the figure.
            b.append("  ? score >=0 and not flag ").append(i % 100 == 7 ? "never" : "on-" + i).append('\n');
            b.append("  ~ score +1\n");
            b.append("  ~ flag on-").append(i).append('\n');
            b.append("  > Right: that moves you on.\n");
            b.append("* Go back -> s").append(Math.max(0, i - 1)).append('\n');
            b.append("  > Back you go.\n");
            b.append("* Stay here\n");
            b.append("  > Wrong, and this explains why in a sentence.\n");
            b.append("@goal instance state=running type=t3.micro count>=1 -> s").append(next).append('\n');
            b.append("  ~ badge Launcher").append(i % 10).append('\n');
            b.append("  > Goal reached.\n");
            b.append("@check instance type~m5\n");
            b.append("  > That one costs more.\n");
            b.append("@on aws ec2 run-instances --instance-type m5.large\n");
            b.append("  > Careful with the bill.\n");
        }
        b.append('\n');
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
