package computequest.bench;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.robustness.Corpus;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The benchmark: {@code mvn -B -q -Pbench verify} (builds the jar, then runs this with the test classpath).
 * Prints the machine, then each figure beside its target, then a Markdown table for the README.
 * Not a test: it asserts nothing, it measures. Options: {@code -Dcq.bench.runs=N} start-up runs per variant
 * (default 11), {@code -Dcq.bench.quick=true} smaller story sizes.
 */
public final class Bench {

    static final Path PROJECT = Path.of(System.getProperty("cq.projectDir", ".")).toAbsolutePath().normalize();
    static final int RUNS = Integer.getInteger("cq.bench.runs", 11);
    static final boolean QUICK = Boolean.getBoolean("cq.bench.quick");

    /** Rows for the README table: figure, value, target, met. */
    static final List<String[]> ROWS = new ArrayList<>();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Machine machine = Machine.describe();
        System.out.println("Compute Quest benchmark");
        System.out.println(machine.text());
        System.out.println();

        List<Path> jdks = jdks();
        if (part("startup")) {
            Startup.run(PROJECT, RUNS, jdks);
        }
        if (part("cli")) {
            CliBench.run();
        }
        if (part("engine")) {
            engineSteps();
        }
        if (part("story")) {
            storyScale();
            StoryAsPlayed.measure(jdks, QUICK ? 10_000 : 100_000);
        }
        if (part("save")) {
            SaveBench.run(PROJECT);
        }
        if (part("growth")) {
            GrowthBench.run(Boolean.getBoolean("cq.bench.quick") ? 10_000 : 100_000);
        }

        System.out.println();
        System.out.println("load average at the end: " + Machine.loadAverage());
        System.out.println();
        System.out.println("README table (" + machine.oneLine() + "):");
        System.out.println();
        System.out.println("| figure | measured | target | met |");
        System.out.println("|---|---|---|---|");
        for (String[] r : ROWS) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    /**
     * Whether to run a part: all of them, or those named in {@code -Dcq.bench.only} (comma-separated: startup, cli,
     * engine, story, save, growth), e.g. to measure start-up alone on a quiet moment.
     */
    static boolean part(String name) {
        String only = System.getProperty("cq.bench.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(name);
    }

    /**
     * The JDKs to start the game on: this one, then each in {@code -Dcq.bench.jdks} (comma-separated homes; default
     * the Temurin 25 on this machine, when present).
     */
    static List<Path> jdks() {
        List<Path> out = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        String more = System.getProperty("cq.bench.jdks", "/usr/lib/jvm/temurin-25-jdk-amd64");
        for (String h : more.split(",")) {
            Path p = Path.of(h.strip());
            if (!h.isBlank() && Files.isExecutable(p.resolve("bin/java")) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static void row(String figure, String measured, String target, Boolean met) {
        ROWS.add(new String[] {figure, measured, target, met == null ? "-" : met ? "yes" : "**no**"});
        System.out.printf(Locale.ROOT, "  %-52s %-28s %s%s%n", figure, measured, target.isEmpty() ? "" : "target " + target,
                met == null ? "" : met ? "  [met]" : "  [MISSED]");
    }

    static String ms(double nanos) {
        double m = nanos / 1e6;
        return m >= 100 ? String.format(Locale.ROOT, "%.0f ms", m)
                : m >= 1 ? String.format(Locale.ROOT, "%.1f ms", m) : String.format(Locale.ROOT, "%.3f ms", m);
    }

    static double median(List<? extends Number> xs) {
        return percentile(xs, 50);
    }

    static double percentile(List<? extends Number> xs, double p) {
        double[] a = xs.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (a.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))];
    }

    static Story realStory() throws IOException {
        StoryParser.Parsed p = StoryParser.parseDirectory(PROJECT.resolve("story"));
        if (p.hasErrors()) {
            throw new IllegalStateException("story/ has errors: " + p.diagnostics());
        }
        return p.story();
    }

    static List<String> transcript(String name) throws IOException {
        Path p = PROJECT.resolve("src/test/resources/transcripts").resolve(name);
        if (!Files.exists(p)) {
            return List.of();
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.strip().equals("quit")).toList();
    }

    /** Every transcript's input, in name order: the course played as the tests play it. */
    static List<String> allTranscriptInputs() throws IOException {
        Path dir = PROJECT.resolve("src/test/resources/transcripts");
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".in")).sorted().forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    // ---- engine step latency ----

    /**
     * 10,000 inputs: the happy-path transcript in order (so goals fire and scenes change), mixed with status, look,
     * hint, wait, describe commands, choices and bad input. The game restarts when the story ends.
     */
    static void engineSteps() throws IOException {
        System.out.println("Engine step latency (pure engine, no I/O; 10,000 mixed inputs, after one warm-up pass)");
        Engine engine = new Engine(realStory());
        List<String> path = transcript("01-happy-path.in");
        List<String> mistakes = transcript("02-mistakes.in");
        double[] first = null;
        double[] stepOnly = null;
        double[] withView = null;
        for (int pass = 0; pass < 3; pass++) {
            Random r = new Random(42);
            GameState s = engine.start(1).state();
            int at = 0;
            double[] t = new double[10_000];
            double[] tv = new double[10_000];
            for (int n = 0; n < t.length; n++) {
                String input;
                int k = r.nextInt(100);
                if (k < 45 && at < path.size()) {
                    input = path.get(at++);
                } else if (k < 55) {
                    input = "status";
                } else if (k < 62) {
                    input = "look";
                } else if (k < 67) {
                    input = "hint";
                } else if (k < 75) {
                    input = r.nextBoolean() ? "wait" : "wait " + (1 + r.nextInt(120));
                } else if (k < 83) {
                    input = r.nextBoolean() ? "aws ec2 describe-instances" : "aws ec2 describe-instances --output table";
                } else if (k < 90 && !mistakes.isEmpty()) {
                    input = mistakes.get(r.nextInt(mistakes.size()));
                } else if (k < 95) {
                    input = Corpus.mutate(r, path.get(r.nextInt(path.size())));
                } else {
                    input = Integer.toString(1 + r.nextInt(4));
                }
                long t0 = System.nanoTime();
                Step step = engine.step(s, input);
                long t1 = System.nanoTime();
                View.of(engine, step.state());
                View.of(engine, step.state());
                long t2 = System.nanoTime();
                t[n] = t1 - t0;
                tv[n] = t2 - t0;
                s = step.state();
                if (s.ended() || at >= path.size() && r.nextInt(50) == 0) {
                    s = engine.start(1).state();
                    at = 0;
                }
            }
            if (pass == 0) {
                first = t;
            }
            stepOnly = t;
            withView = tv;
        }
        List<Double> cold = box(first);
        List<Double> warm = box(stepOnly);
        List<Double> view = box(withView);
        double med = median(warm);
        row("engine step, median (warm)", ms(med), "< 0.5 ms", med < 0.5e6);
        row("engine step, p99 (warm)", ms(percentile(warm, 99)), "", null);
        row("engine step, median / p99 (first pass, cold JIT)", ms(median(cold)) + " / " + ms(percentile(cold, 99)), "", null);
        row("step + 2 x View.of (what the game loop does), median", ms(median(view)), "", null);
        System.out.println();
    }

    /** Total time the JVM's collectors report, in ms. */
    static long gcMillis() {
        long sum = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }

    static List<Double> box(double[] a) {
        List<Double> out = new ArrayList<>(a.length);
        for (double d : a) {
            out.add(d);
        }
        return out;
    }

    // ---- story scale ----

    static void storyScale() throws Exception {
        System.out.println("Story load and check (generated stories, files of 1,000 scenes, read from disk)");
        Validator validator = Validator.find();
        System.out.println("  checker: " + validator.description());
        int[] sizes = QUICK ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
        Path root = Files.createTempDirectory("cq-bench-story");
        double prevLoad = 0;
        double prevCheck = 0;
        double loadGrowth = 0;
        double checkGrowth = 0;
        for (int size : sizes) {
            Path dir = Files.createDirectories(root.resolve("s" + size));
            long bytes = StoryGen.write(dir, size);
            int reps = size >= 100_000 ? 3 : size >= 10_000 ? 5 : 15;
            List<Long> load = new ArrayList<>();
            List<Long> check = new ArrayList<>();
            List<Long> gc = new ArrayList<>();
            int scenes = 0;
            int problems = 0;
            for (int i = 0; i < reps + 1; i++) {
                System.gc();
                long g0 = gcMillis();
                long t0 = System.nanoTime();
                StoryParser.Parsed p = StoryParser.parseDirectory(dir);
                long t1 = System.nanoTime();
                long g1 = gcMillis();
                int found = validator.check(p);
                long t2 = System.nanoTime();
                scenes = p.story().scenes().size();
                problems = p.diagnostics().size() + found;
                if (i > 0 || reps == 3) {
                    load.add(t1 - t0);
                    check.add(t2 - t1);
                    gc.add((g1 - g0) * 1_000_000);
                }
            }
            double l = median(load);
            double c = median(check);
            String growth = String.format(Locale.ROOT, " (GC %s)", ms(median(gc)))
                    + (prevLoad == 0 ? "" : String.format(Locale.ROOT, ", x%.1f for x10 scenes", l / prevLoad));
            row(String.format(Locale.ROOT, "story load (parse), %,d scenes, %.1f MB", size, bytes / 1e6),
                    ms(l) + growth, "", null);
            if (validator.present()) {
                String cg = prevCheck == 0 ? "" : String.format(Locale.ROOT, " (x%.1f)", c / Math.max(1, prevCheck));
                row(String.format(Locale.ROOT, "story check (validator), %,d scenes", size), ms(c) + cg,
                        size == 100_000 ? "< 1 s" : "", size == 100_000 ? c < 1e9 : null);
            }
            if (size == 100_000) {
                double total = l + (validator.present() ? c : 0);
                row("load + check, 100,000 scenes, in the benchmark's JVM (JDK " + Runtime.version().feature() + ", both JITs, 3 GB heap)", ms(total), "< 1 s", total < 1e9);
            }
            if (scenes != size || problems != 0) {
                System.out.println("  NOTE: " + size + " generated scenes gave " + scenes + " scenes and " + problems
                        + " diagnostics");
            }
            if (prevLoad != 0) {
                loadGrowth = l / prevLoad;
                checkGrowth = c / Math.max(1, prevCheck);
            }
            prevLoad = l;
            prevCheck = c;
        }
        row("growth of load time per x10 scenes (last step)", String.format(Locale.ROOT, "x%.1f", loadGrowth),
                "about x10 (linear)", loadGrowth < 15);
        if (validator.present()) {
            row("growth of check time per x10 scenes (last step)", String.format(Locale.ROOT, "x%.1f", checkGrowth),
                    "about x10 (linear)", checkGrowth < 15);
        }
        StoryGen.delete(root);
        System.out.println();
    }

    /**
     * The story checker, found at run time so this harness builds before and after the validator lands: a static
     * method of StoryValidator taking the parsed story (Parsed or Story), optionally with an interface describing
     * the simulator, which gets a proxy over CloudSim's schema and command table.
     */
    record Validator(java.lang.reflect.Method method, String description) {
        static Validator find() {
            try {
                Class<?> c = Class.forName("computequest.story.StoryValidator");
                for (java.lang.reflect.Method m : c.getMethods()) {
                    Class<?>[] ps = m.getParameterTypes();
                    if (!java.lang.reflect.Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("check")
                            || ps.length < 1 || ps.length > 2
                            || ps[0] != Story.class && ps[0] != StoryParser.Parsed.class
                            || ps.length == 2 && !ps[1].isInterface()) {
                        continue;
                    }
                    StringBuilder sig = new StringBuilder("StoryValidator." + m.getName() + "(" + ps[0].getSimpleName());
                    if (ps.length == 2) {
                        sig.append(", ").append(ps[1].getSimpleName()).append(" over CloudSim");
                    }
                    return new Validator(m, sig + "), called by reflection");
                }
                return new Validator(null, "StoryValidator has no static check method this harness can call;"
                        + " measuring the parser only (it checks targets and @start)");
            } catch (ClassNotFoundException e) {
                return new Validator(null, "no StoryValidator on this branch; measuring the parser only"
                        + " (it checks scene targets and @start)");
            }
        }

        boolean present() {
            return method != null;
        }

        /** Runs the check; returns how many errors it reported (when it returns diagnostics). */
        int check(StoryParser.Parsed p) throws ReflectiveOperationException {
            if (method == null) {
                return 0;
            }
            Class<?>[] ps = method.getParameterTypes();
            Object first = ps[0] == Story.class ? p.story() : p;
            Object out = ps.length == 1 ? method.invoke(null, first) : method.invoke(null, first, simProxy(ps[1]));
            if (out instanceof java.util.Collection<?> col) {
                return (int) col.stream().filter(d -> d instanceof computequest.story.Diagnostic dd && dd.isError()
                        && !p.diagnostics().contains(dd)).count();
            }
            return 0;
        }

        static Object simProxy(Class<?> type) {
            return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, m, args) -> switch (m.getName()) {
                        case "kinds", "schema" -> computequest.sim.CloudSim.schema();
                        case "knowsCommand", "knowsOperation" ->
                                computequest.sim.CloudSim.knowsOperation((String) args[0], (String) args[1]);
                        case "isCloudCommand" -> computequest.sim.CloudSim.isCloudCommand((String) args[0]);
                        case "values" -> computequest.sim.Vocabulary.values().getOrDefault((String) args[0],
                                java.util.Map.of());
                        case "realButNotSimulated" -> computequest.sim.Vocabulary.realButNotSimulated(
                                (String) args[0], (String) args[1]);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "CloudSim vocabulary";
                        default -> m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, args)
                                : m.getReturnType() == boolean.class ? Boolean.TRUE : null;
                    });
        }
    }
}
