package computequest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;

/**
 * Every way a player starts the game, through {@code ./play} as shipped (bash, checks, class-data cache), timed in
 * one run beside a hello-world on the same JDK that prints the same prompt and answers a line; the runs are
 * interleaved so background load hits both alike. Each path gives two figures: the first screen, and the moment the
 * line typed at start has been answered (see {@link Launch}). Then peak resident memory of a whole course.
 */
final class Startup {

    /** The JVM flags ./play passes before its class-data cache (keep in step with the launcher). */
    static final List<String> PLAY_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xms16m", "-Xlog:disable", "-Xlog:all=warning:stderr",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    static final String SCREEN_GOAL = "<= x1.5 hello";
    static final String INPUT_GOAL = "<= x2 hello";

    /** A temporary copy of the launcher beside links to the project's pom, sources and jar, and a story copy. */
    static Path playHome;
    /** A scratch folder: the working directory of every start. */
    static Path work;

    private Startup() {
    }

    /** One way to start: a command, its environment, pipes or a pty, and the saves folder it starts with. */
    record Way(String name, List<String> command, Map<String, String> env, boolean pty, Path savesFrom) {
        boolean hello() {
            return name.startsWith("hello");
        }
    }

    static void run(Path project, int runs, List<Path> jdks) throws Exception {
        Path tmp = Files.createTempDirectory("cq-bench-start");
        work = Files.createDirectories(tmp.resolve("work"));
        playHome = makePlayHome(project, tmp);
        Path hello = helloWorld(tmp);
        if (!Files.exists(project.resolve("target/compute-quest.jar"))) {
            System.out.println("  no target/compute-quest.jar: run 'mvn -B -q -Pbench verify', which builds it first");
            return;
        }
        List<String> course = new ArrayList<>();
        for (String t : Bench.allTranscriptInputs()) {
            course.addAll(Bench.transcript(t));
        }
        for (Path jdk : jdks) {
            runJdk(jdk, runs, hello, course, tmp);
        }
    }

    static void runJdk(Path jdk, int runs, Path hello, List<String> course, Path tmp) throws Exception {
        String v = jdkLabel(jdk);
        String java = jdk.resolve("bin/java").toString();
        System.out.println("Start-up on " + v + ": first screen and first line answered (median of " + runs
                + " interleaved runs)");
        String play = playHome.resolve("play").toString();
        Map<String, String> env = Map.of("PATH", jdk.resolve("bin") + ":" + System.getenv("PATH"),
                "CQ_CLASS_CACHE", "use");
        Map<String, String> noCache = Map.of("PATH", env.get("PATH"), "CQ_CLASS_CACHE", "off");
        Path saves = work.resolve("saves");

        // The class-data cache as ./play builds it in the background after a build: here in the foreground, timed.
        Path cache = playHome.resolve("target/class-cache");
        deleteTree(cache);
        long t0 = System.nanoTime();
        Launch.run(List.of(play, "--plain", "--saves", saves.toString()), Map.of("PATH", env.get("PATH"),
                "CQ_CLASS_CACHE", "wait"), work, false, List.of());
        Bench.row(v + ": building the class-data cache (./play does it in the background)",
                Bench.ms(System.nanoTime() - t0), "", null);
        // The autosave of a whole course, for the returning player.
        Path endOfCourse = Files.createDirectories(tmp.resolve("end-of-course-" + v.replace(' ', '-')));
        deleteTree(saves);
        Launch.run(List.of(play, "--plain", "--saves", saves.toString()), env, work, false, course);
        copyTree(saves, endOfCourse.resolve("saves"));

        List<String> helloCmd = List.of(java, "-cp", hello.toString(), "Hello");
        List<String> newGame = List.of(play, "--plain", "--saves", saves.toString());
        List<Way> paths = new ArrayList<>();
        paths.add(new Way("hello-world", helloCmd, Map.of(), false, null));
        paths.add(new Way("piped line mode, new game", newGame, env, false, null));
        paths.add(new Way("piped line mode, new game, no class-data cache", newGame, noCache, false, null));
        // ./play prints a kept first screen before the JVM starts (README, Performance): the same starts without it
        Map<String, String> noSnapshot = Map.of("PATH", env.get("PATH"), "CQ_CLASS_CACHE", "use",
                "CQ_FIRST_SCREEN", "off");
        paths.add(new Way("piped line mode, new game, no first-screen snapshot", newGame, noSnapshot, false, null));
        paths.add(new Way("returning player, ./play --continue, end-of-course autosave",
                List.of(play, "--continue", "--plain", "--saves", saves.toString()), env, false,
                endOfCourse.resolve("saves")));
        paths.add(new Way("returning player, --continue, no first-screen snapshot",
                List.of(play, "--continue", "--plain", "--saves", saves.toString()), noSnapshot, false,
                endOfCourse.resolve("saves")));
        paths.add(new Way("new game with that autosave present", newGame, env, false, endOfCourse.resolve("saves")));
        boolean script = Files.isExecutable(Path.of("/usr/bin/script"));
        if (script) {
            paths.add(new Way("hello-world on a pty", helloCmd, Map.of(), true, null));
            paths.add(new Way("line mode on a real terminal (pty, JLine), new game", newGame, env, true, null));
            paths.add(new Way("line mode on a real terminal, new game, no first-screen snapshot", newGame, noSnapshot,
                    true, null));
        }
        Map<Way, List<Launch.Result>> results = new LinkedHashMap<>();
        for (Way p : paths) {
            results.put(p, new ArrayList<>());
            start(p); // warm the page cache
        }
        Map<Way, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Way p : paths) {
                Launch.Result r = start(p);
                if (r.error() != null) {
                    errors.put(p, r.error());
                } else {
                    results.get(p).add(r);
                }
            }
        }
        Launch.Result helloPipe = medians(results.get(paths.get(0)));
        Launch.Result helloPty = script ? medians(results.get(paths.stream().filter(w -> w.pty() && w.hello())
                .findFirst().orElseThrow())) : null;
        for (Way p : paths) {
            if (results.get(p).isEmpty()) {
                Bench.row(v + ": " + p.name(), "failed: " + errors.get(p), "", null);
                continue;
            }
            Launch.Result m = medians(results.get(p));
            report(v + ": " + p.name(), m, p.pty() ? helloPty : helloPipe, p.hello());
        }
        TuiFrame.measure(v, java, env, play);
        firstStartAfterBuild(v, play, env, cache, saves);
        System.out.println();

        System.out.println("Memory on " + v + ": peak resident set (VmHWM) after playing every transcript");
        long helloKb = memory(v + ": hello-world with ./play's JVM flags", cmd(java, PLAY_FLAGS, helloCmd.subList(1, 4)),
                Map.of(), course, null);
        memory(v + ": game, whole course, ./play as shipped", newGame, env, course, helloKb);
        memory(v + ": game, whole course, ./play without the class-data cache", newGame, noCache, course, helloKb);
        System.out.println();
    }

    /** Rows for one path: first screen and first line answered, each with its ratio to the hello-world. */
    static void report(String name, Launch.Result m, Launch.Result base, boolean hello) {
        if (hello) {
            Bench.row(name + ": first screen / line answered", Bench.ms(m.screen()) + " / " + Bench.ms(m.accepted()),
                    "", null);
            return;
        }
        double rs = m.screen() / (double) base.screen();
        double ra = m.accepted() / (double) base.accepted();
        Bench.row(name + ": first screen", Bench.ms(m.screen()) + String.format(Locale.ROOT, " (x%.2f)", rs),
                SCREEN_GOAL, rs <= 1.5);
        Bench.row(name + ": first line answered", Bench.ms(m.accepted()) + String.format(Locale.ROOT, " (x%.2f)", ra),
                INPUT_GOAL, ra <= 2);
    }

    static Launch.Result start(Way p) throws Exception {
        Path saves = work.resolve("saves");
        deleteTree(saves);
        if (p.savesFrom() != null) {
            copyTree(p.savesFrom(), saves);
        }
        return Launch.run(p.command(), p.env(), work, p.pty(), List.of());
    }

    /**
     * The first ./play after a build: no cache yet, so it starts without one and builds it in the background. Timed
     * three times, each after the previous background build has finished.
     */
    static void firstStartAfterBuild(String v, String play, Map<String, String> env, Path cache, Path saves)
            throws Exception {
        List<Launch.Result> rs = new ArrayList<>();
        Map<String, String> background = Map.of("PATH", env.get("PATH"), "CQ_CLASS_CACHE", "background");
        for (int i = 0; i < 3; i++) {
            deleteTree(cache);
            deleteTree(saves);
            Launch.Result r = Launch.run(List.of(play, "--plain", "--saves", saves.toString()), background, work,
                    false, List.of());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!hasKey(cache) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500); // let the builder's last process exit
            if (r.error() == null) {
                rs.add(r);
            }
        }
        if (!rs.isEmpty()) {
            Launch.Result m = medians(rs);
            Bench.row(v + ": first ./play after a build (cache built in the background): first screen / line answered",
                    Bench.ms(m.screen()) + " / " + Bench.ms(m.accepted()), "", null);
        }
    }

    static boolean hasKey(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (var s = Files.list(cache)) {
            return s.anyMatch(f -> f.toString().endsWith(".key"));
        }
    }

    static Launch.Result medians(List<Launch.Result> rs) {
        return new Launch.Result((long) Bench.median(rs.stream().map(Launch.Result::screen).toList()),
                (long) Bench.median(rs.stream().map(Launch.Result::accepted).toList()), 0, null);
    }

    /** Peak resident set (median of 3) after playing the whole course; a ratio when a hello-world figure is given. */
    static long memory(String name, List<String> command, Map<String, String> env, List<String> feed, Long helloKb)
            throws Exception {
        List<Long> hwm = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deleteTree(work.resolve("saves"));
            Launch.Result r = Launch.run(command, env, work, false, feed);
            if (r.error() == null) {
                hwm.add(r.hwmKb());
            }
        }
        if (hwm.isEmpty()) {
            Bench.row("peak RSS: " + name, "failed", "", null);
            return 0;
        }
        long rss = (long) Bench.median(hwm);
        String ratio = helloKb == null ? "" : String.format(Locale.ROOT, " (x%.2f)", rss / (double) helloKb);
        Bench.row("peak RSS: " + name, String.format(Locale.ROOT, "%.1f MB", rss / 1024.0) + ratio,
                helloKb == null ? "" : "<= x1.5 hello", helloKb == null ? null : rss <= 1.5 * helloKb);
        return rss;
    }

    static String jdkLabel(Path jdk) throws IOException {
        String release = Files.readString(jdk.resolve("release"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("JAVA_VERSION=\"([0-9]+)").matcher(release);
        return "JDK " + (m.find() ? m.group(1) : jdk.getFileName());
    }

    static Path makePlayHome(Path project, Path tmp) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        for (String name : List.of("pom.xml", "src", "target")) {
            Files.createSymbolicLink(home.resolve(name), project.resolve(name));
        }
        // A copy, not a link: the story loader walks the folder without following a link at its root.
        copyTree(project.resolve("story"), home.resolve("story"));
        Files.copy(project.resolve("play"), home.resolve("play"));
        return home;
    }

    static List<String> cmd(String java, List<?>... parts) {
        List<String> out = new ArrayList<>();
        out.add(java);
        for (List<?> p : parts) {
            for (Object o : p) {
                out.add(o.toString());
            }
        }
        return out;
    }

    static Path helloWorld(Path tmp) throws IOException {
        Path src = tmp.resolve("Hello.java");
        Files.writeString(src, """
                public class Hello {
                    public static void main(String[] args) throws Exception {
                        System.out.print("> ");
                        System.out.flush();
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
                        for (String l; (l = in.readLine()) != null; ) {
                            System.out.print(l + "\\n> ");
                            System.out.flush();
                        }
                    }
                }
                """);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", tmp.toString(),
                src.toString());
        if (rc != 0) {
            throw new IllegalStateException("could not compile Hello.java");
        }
        return tmp;
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
