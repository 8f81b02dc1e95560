package computequest.bench;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.save.UndoHistory;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 14 item 10: a session that creates resources without end. Each step creates one ECS cluster and records an undo
 * step, as the game does; the figures are the step time at the end (median and p99 of the last 1,000 steps) and the
 * heap after a collection, at several sizes. Flat step time and linear memory mean the cloud's maps share structure.
 * Run alone: {@code java -cp ... computequest.bench.GrowthBench [N]}; Bench runs it with the other figures.
 */
public final class GrowthBench {

    private GrowthBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
    }

    static void run(int total) throws Exception {
        System.out.println("Growth: one session creating " + String.format(Locale.ROOT, "%,d", total)
                + " ECS clusters, one per step, each step kept for undo (simulator + undo history)");
        simulator(total);
        engine(total);
        process(Math.min(total, 20_000));
    }

    /** The simulated cloud and the undo history alone: what structural sharing is for. */
    static void simulator(int total) {
        Cloud c = Cloud.fresh(1);
        GameState s = new GameState("sandbox", c, 0, java.util.Map.of(), java.util.List.of(), java.util.List.of(), 0,
                false, 1, 0);
        UndoHistory history = new UndoHistory(java.util.List.of());
        double[] window = new double[1_000];
        int checkpoint = 1_000;
        for (int n = 1; n <= total; n++) {
            long t0 = System.nanoTime();
            Outcome o = CloudSim.execute(s.cloud(), "aws ecs create-cluster --cluster-name c" + n);
            GameState next = s.withCloud(o.cloud()).withTurn(n);
            history.record("create " + n, s, next);
            s = next;
            window[(n - 1) % window.length] = System.nanoTime() - t0;
            if (n == checkpoint || n == total) {
                report("simulator + undo", n, window, Math.min(n, window.length));
                checkpoint *= 10;
            }
        }
        if (history.size() != Math.min(total, UndoHistory.LIMIT)) {
            throw new IllegalStateException("undo history holds " + history.size());
        }
    }

    /**
     * The same through the whole engine step, in the course's first scene: its goals and checks ask about instances,
     * and the engine lists only the kinds a condition names, so the clusters piling up elsewhere cost nothing.
     */
    static void engine(int total) throws Exception {
        Engine engine = new Engine(Bench.realStory());
        GameState s = engine.start(1).state();
        UndoHistory history = new UndoHistory(java.util.List.of());
        double[] window = new double[1_000];
        int checkpoint = 1_000;
        for (int n = 1; n <= total; n++) {
            long t0 = System.nanoTime();
            Step step = engine.step(s, "aws ecs create-cluster --cluster-name c" + n);
            history.record("create " + n, s, step.state());
            s = step.state();
            window[(n - 1) % window.length] = System.nanoTime() - t0;
            if (n == checkpoint || n == total) {
                report("engine step + undo", n, window, Math.min(n, window.length));
                checkpoint *= 10;
            }
        }
    }

    /**
     * The whole game in its own JVM with a 160 MB heap, line mode, input piped: {@code n} create-cluster commands,
     * then quit. It must end normally and leave an autosave (issue 14 item 10: it used to die of OutOfMemoryError).
     */
    static void process(int n) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cq-growth");
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            in.append("aws ecs create-cluster --cluster-name c").append(i).append(" --query cluster.status\n");
        }
        java.nio.file.Path input = java.nio.file.Files.writeString(dir.resolve("in"), in.append("quit\n"));
        ProcessBuilder pb = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx160m", "-cp", System.getProperty("java.class.path"), "computequest.app.Main",
                "--plain", "--saves", dir.resolve("saves").toString())
                .redirectInput(input.toFile()).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        long t0 = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String out = java.nio.file.Files.readString(dir.resolve("out"));
        long answered = out.lines().filter(l -> l.equals("\"ACTIVE\"")).count();
        boolean saved = java.nio.file.Files.exists(dir.resolve("saves").resolve("autosave.json"));
        System.out.printf(Locale.ROOT, "  game process, -Xmx160m, %,d commands piped: exit %d, %,d answered, autosave %s,"
                + " %.1f s (%.2f ms a command)%n", n, exit, answered, saved ? "written" : "MISSING", seconds,
                seconds * 1e3 / n);
        Bench.row(String.format(Locale.ROOT, "game process with -Xmx160m, %,d commands", n),
                String.format(Locale.ROOT, "exit %d, %.1f s", exit, seconds), "no OutOfMemoryError, autosave",
                exit == 0 && saved && answered == n);
    }

    private static void report(String what, int n, double[] window, int count) {
        double[] w = Arrays.copyOf(window, count);
        Arrays.sort(w);
        double median = w[w.length / 2];
        double p99 = w[Math.min(w.length - 1, (int) Math.ceil(w.length * 0.99) - 1)];
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6;
        System.out.printf(Locale.ROOT, "  %s, %,d resources: step median %.3f ms, p99 %.3f ms (last %,d steps),"
                + " heap after GC %.1f MB%n", what, n, median / 1e6, p99 / 1e6, count, heapMb);
        Bench.row(String.format(Locale.ROOT, "%s at %,d resources: step p99 / heap", what, n),
                String.format(Locale.ROOT, "%.3f ms / %.1f MB", p99 / 1e6, heapMb),
                n >= 100_000 ? "p99 < 1 ms" : "", n >= 100_000 ? p99 < 1e6 : null);
    }
}
