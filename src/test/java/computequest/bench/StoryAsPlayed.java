package computequest.bench;

import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Load + check of a generated 100,000-scene story as an author running {@code ./play author check} on a huge story
 * gets it: in a JVM started with the flags ./play gives that command (read from the launcher itself, on each JDK),
 * split into load and check; and the real launcher, {@code ./play author check DIR}, timed whole with its peak
 * resident memory. The benchmark's own JVM has a large heap and both JIT compilers, which makes its in-process figure
 * kinder than what an author gets.
 */
final class StoryAsPlayed {

    private StoryAsPlayed() {
    }

    /** In the parent: one child JVM and three launcher runs per JDK, one row each. */
    static void measure(List<Path> jdks, int scenes) throws Exception {
        Path dir = Files.createTempDirectory("cq-bench-story-played");
        StoryGen.write(dir, scenes);
        try {
            List<String> flags = launcherFlags(dir);
            System.out.println("  ./play author check runs java " + String.join(" ", flags));
            for (Path jdk : jdks) {
                List<String> c = Startup.cmd(jdk.resolve("bin/java").toString(), flags,
                        List.of("-cp", System.getProperty("java.class.path"), StoryAsPlayed.class.getName(),
                                dir.toString()));
                Process p = new ProcessBuilder(c).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                p.waitFor();
                String name = String.format(java.util.Locale.ROOT,
                        "%s: load + check, %,d scenes, ./play author check's JVM flags", Startup.jdkLabel(jdk), scenes);
                if (!out.startsWith("RESULT ")) {
                    Bench.row(name, "failed: " + out, "< 1 s", false);
                } else {
                    String[] f = out.split(" ");
                    double total = Double.parseDouble(f[1]);
                    Bench.row(name, Bench.ms(total) + " (load " + Bench.ms(Double.parseDouble(f[2])) + ", check "
                            + Bench.ms(Double.parseDouble(f[3])) + ")", "< 1 s", total < 1e9);
                }
                launcher(jdk, dir, scenes);
            }
        } finally {
            StoryGen.delete(dir);
        }
    }

    /** The JVM flags ./play starts {@code author check} with: what it passes to a java that only prints them. */
    static List<String> launcherFlags(Path story) throws Exception {
        Path bin = Files.createTempDirectory("cq-bench-fake-java");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        java.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("bash", Bench.PROJECT.resolve("play").toString(), "author", "check",
                story.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        List<String> args = new String(p.getInputStream().readAllBytes()).lines().toList();
        p.waitFor();
        StoryGen.delete(bin);
        List<String> flags = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-Dcq.home=")) {
                return flags;
            }
            flags.add(a);
        }
        throw new IllegalStateException("./play did not start java as expected: " + args);
    }

    /** {@code ./play author check DIR} with this JDK first on the PATH: median wall time, CPU and peak RSS of 3. */
    static void launcher(Path jdk, Path story, int scenes) throws Exception {
        String name = String.format(java.util.Locale.ROOT, "%s: ./play author check, %,d scenes (wall, CPU, peak RSS)",
                Startup.jdkLabel(jdk), scenes);
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            Bench.row(name, "no /usr/bin/time here", "< 1 s", null);
            return;
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path times = Files.createTempFile("cq-bench-time", ".txt");
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M",
                    "bash", Bench.PROJECT.resolve("play").toString(), "author", "check", story.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PATH", jdk.resolve("bin") + ":" + System.getenv("PATH"));
            int exit = pb.start().waitFor();
            String[] f = Files.readString(times).strip().split("\\s+");
            Files.delete(times);
            if (exit != 0 || f.length != 4) {
                Bench.row(name, "failed: exit " + exit, "< 1 s", false);
                return;
            }
            wall.add(Double.parseDouble(f[0]));
            cpu.add(Double.parseDouble(f[1]) + Double.parseDouble(f[2]));
            rss.add(Long.parseLong(f[3]));
        }
        double w = Bench.median(wall);
        Bench.row(name, String.format(java.util.Locale.ROOT, "%.2f s, %.2f s CPU, %.0f MB", w, Bench.median(cpu),
                Bench.median(rss) / 1024.0), "< 1 s", w < 1.0);
    }

    /** In the child: three loads and checks of the story in args[0]; prints the medians in nanoseconds. */
    public static void main(String[] args) throws Exception {
        Bench.Validator validator = Bench.Validator.find();
        List<Long> total = new ArrayList<>();
        List<Long> load = new ArrayList<>();
        List<Long> check = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            StoryParser.Parsed p = StoryParser.parseDirectory(Path.of(args[0]));
            long t1 = System.nanoTime();
            validator.check(p);
            long t2 = System.nanoTime();
            total.add(t2 - t0);
            load.add(t1 - t0);
            check.add(t2 - t1);
        }
        System.out.println("RESULT " + (long) Bench.median(total) + " " + (long) Bench.median(load) + " "
                + (long) Bench.median(check));
    }
}
