package computequest.bench;

import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Load + check of a generated 100,000-scene story in a JVM started as ./play starts the game (its flags, on each
 * JDK), as an author running {@code ./play author check} on a huge story would. The benchmark's own JVM has a large
 * heap and both JIT compilers, which makes its in-process figure kinder than what a player gets.
 */
final class StoryAsPlayed {

    private StoryAsPlayed() {
    }

    /** In the parent: one child JVM per JDK, one row each. */
    static void measure(List<Path> jdks, int scenes) throws Exception {
        Path dir = Files.createTempDirectory("cq-bench-story-played");
        StoryGen.write(dir, scenes);
        try {
            for (Path jdk : jdks) {
                List<String> c = Startup.cmd(jdk.resolve("bin/java").toString(), Startup.PLAY_FLAGS,
                        List.of("-cp", System.getProperty("java.class.path"), StoryAsPlayed.class.getName(),
                                dir.toString()));
                Process p = new ProcessBuilder(c).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                p.waitFor();
                String name = String.format(java.util.Locale.ROOT, "%s: load + check, %,d scenes, ./play's JVM flags",
                        Startup.jdkLabel(jdk), scenes);
                if (!out.startsWith("RESULT ")) {
                    Bench.row(name, "failed: " + out, "< 1 s", false);
                    continue;
                }
                String[] f = out.split(" ");
                double total = Double.parseDouble(f[1]);
                Bench.row(name, Bench.ms(total) + " (load " + Bench.ms(Double.parseDouble(f[2])) + ", check "
                        + Bench.ms(Double.parseDouble(f[3])) + ")", "< 1 s", total < 1e9);
            }
        } finally {
            StoryGen.delete(dir);
        }
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
