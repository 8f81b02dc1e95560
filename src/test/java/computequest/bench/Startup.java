package computequest.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;

/**
 * JVM start to the first "> " prompt, for the game and for a hello-world that prints the same prompt, timed in
 * the same run with the runs interleaved so background load hits both alike. Also peak resident memory (VmHWM) and
 * peak Java heap of both, after playing the course's transcripts.
 */
final class Startup {

    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The JVM flags ./play passes (keep in step with the launcher). */
    static final List<String> PLAY_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms16m",
            "-Xlog:disable", "-Xlog:all=warning:stderr");
    static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?<=>]*[ -/]*[@-~]|\u001B[()][0-9A-Za-z]|\u001B[=>78]|\r");
    static final Pattern GC_PAUSE = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");
    static final Pattern HEAP_EXIT = Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K");
    static final String MARKER = "bench-marker-xyzzy";

    /**
     * Where the game runs: a temporary folder, so autosaves land there and never in the project's saves/, and every
     * start is a first start (no save to read) unless a variant says otherwise.
     */
    static Path work;

    /** A temporary copy of the launcher beside links to the project's pom, sources, jar and story: ./play without
     * touching the project's saves/. */
    static Path playHome;

    private Startup() {
    }

    record Variant(String name, List<String> command, boolean pty, Path dir) {
        Variant(String name, List<String> command, boolean pty) {
            this(name, command, pty, null);
        }
    }

    record Result(long nanos, long hwmKb, long heapKb, String error) {
    }

    static void run(Path project, int runs) throws Exception {
        Path jar = project.resolve("target/compute-quest.jar");
        Path story = project.resolve("story");
        Path tmp = Files.createTempDirectory("cq-bench-start");
        work = Files.createDirectories(tmp.resolve("fresh"));
        playHome = Files.createDirectories(tmp.resolve("home"));
        for (String name : List.of("pom.xml", "src", "target")) {
            Files.createSymbolicLink(playHome.resolve(name), project.resolve(name));
        }
        // A copy, not a link: the story loader walks the folder without following a link at its root.
        try (var files = Files.walk(project.resolve("story"))) {
            for (Path f : files.toList()) {
                Path to = playHome.resolve("story").resolve(project.resolve("story").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        if (Files.exists(project.resolve("play"))) {
            Files.copy(project.resolve("play"), playHome.resolve("play"));
        }
        Path hello = helloWorld(tmp);
        System.out.println("Start-up: JVM start to the first prompt \"> \" (median of " + runs + " interleaved runs)");
        if (!Files.exists(jar)) {
            System.out.println("  no " + jar + ": run 'mvn -B -q -Pbench verify', which builds it first");
            return;
        }
        List<String> course = new ArrayList<>();
        for (String t : Bench.allTranscriptInputs()) {
            course.addAll(Bench.transcript(t));
        }

        List<String> game = List.of("-jar", jar.toString(), "--plain", "--story", story.toString());
        List<String> helloCmd = List.of("-cp", hello.toString(), "Hello");

        // Class-data sharing archives: dynamic (ArchiveClassesAtExit) and static (class list + -Xshare:dump).
        Path dynamic = tmp.resolve("dynamic.jsa");
        spawn(cmd(List.of("-XX:ArchiveClassesAtExit=" + dynamic), PLAY_FLAGS, game), false, course, false, null);
        Path classList = tmp.resolve("cq.classlist");
        Path staticJsa = tmp.resolve("static.jsa");
        spawn(cmd(List.of("-XX:DumpLoadedClassList=" + classList), PLAY_FLAGS, game), false, course, false, null);
        Process dump = new ProcessBuilder(cmd(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + staticJsa, "-XX:+UseSerialGC", "-cp", jar.toString())))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("dump.log").toFile()).start();
        dump.waitFor(120, TimeUnit.SECONDS);
        clearSaves(work);
        boolean haveDynamic = Files.exists(dynamic);
        boolean haveStatic = Files.exists(staticJsa);

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("hello-world (java -cp . Hello)", cmd(helloCmd), false));
        variants.add(new Variant("hello-world with ./play's JVM flags", cmd(PLAY_FLAGS, helloCmd), false));
        variants.add(new Variant("game, plain java -jar", cmd(game), false));
        variants.add(new Variant("game, ./play's JVM flags (C1 only, SerialGC)", cmd(PLAY_FLAGS, game), false));
        if (haveDynamic) {
            variants.add(new Variant("game, ./play flags + dynamic AppCDS (ArchiveClassesAtExit)",
                    cmd(PLAY_FLAGS, List.of("-XX:SharedArchiveFile=" + dynamic), game), false));
        }
        if (haveStatic) {
            variants.add(new Variant("game, ./play flags + static AppCDS (class list, -Xshare:dump)",
                    cmd(PLAY_FLAGS, List.of("-XX:SharedArchiveFile=" + staticJsa), game), false));
        }
        Path play = playHome.resolve("play");
        if (Files.isExecutable(play)) {
            // Prime ./play (it may build an archive on its first runs), then time it whole: bash, checks and JVM.
            for (int i = 0; i < 3; i++) {
                spawn(List.of(play.toString(), "--plain"), false, List.of(), false, null);
            }
            variants.add(new Variant("./play --plain (the launcher as shipped, bash included)",
                    List.of(play.toString(), "--plain"), false));
        }
        // A player back after the whole course: the autosave of a full game is read at start.
        Path returning = Files.createDirectories(tmp.resolve("returning"));
        Path before = work;
        work = returning;
        spawn(cmd(PLAY_FLAGS, game), false, course, false, null);
        work = before;
        if (Files.isDirectory(returning.resolve("saves"))) {
            variants.add(new Variant("game, ./play flags, with the autosave of a whole course to read",
                    cmd(PLAY_FLAGS, game), false, returning));
        }
        boolean script = Files.isExecutable(Path.of("/usr/bin/script"));
        if (script) {
            variants.add(new Variant("hello-world on a pty", cmd(helloCmd), true));
            variants.add(new Variant("game --plain on a pty (JLine line reader), ./play flags",
                    cmd(PLAY_FLAGS, haveStatic ? List.of("-XX:SharedArchiveFile=" + staticJsa) : List.of(), game), true));
        }

        Map<Variant, List<Long>> times = new LinkedHashMap<>();
        Map<Variant, String> errors = new LinkedHashMap<>();
        for (Variant v : variants) {
            times.put(v, new ArrayList<>());
            spawn(v.command(), v.pty(), List.of(), false, null); // warm the page cache
        }
        for (int i = 0; i < runs; i++) {
            for (Variant v : variants) {
                Path was = work;
                if (v.dir() == null) {
                    clearSaves(work);
                } else {
                    work = v.dir();
                }
                Result r = spawn(v.command(), v.pty(), List.of(), false, null);
                work = was;
                if (r.error() != null) {
                    errors.put(v, r.error());
                } else {
                    times.get(v).add(r.nanos());
                }
            }
        }
        double helloMs = Bench.median(times.get(variants.get(0)));
        double helloPty = script ? Bench.median(times.get(variants.get(variants.size() - 2))) : Double.NaN;
        for (Variant v : variants) {
            List<Long> t = times.get(v);
            if (t.isEmpty()) {
                Bench.row(v.name(), "failed: " + errors.get(v), "", null);
                continue;
            }
            double med = Bench.median(t);
            double base = v.pty() ? helloPty : helloMs;
            double ratio = med / base;
            boolean isGame = !v.name().startsWith("hello");
            String measured = Bench.ms(med) + (isGame ? String.format(Locale.ROOT, " (x%.2f)", ratio) : "");
            Bench.row("first prompt: " + v.name(), measured, isGame ? "<= x1.5 hello" : "",
                    isGame ? ratio <= 1.5 : null);
        }
        tuiGap(jar);
        System.out.println();

        System.out.println("Memory: peak resident set (VmHWM) and peak Java heap, after playing every transcript");
        List<String> best = haveStatic ? cmd(PLAY_FLAGS, List.of("-XX:SharedArchiveFile=" + staticJsa), game)
                : cmd(PLAY_FLAGS, game);
        memory("hello-world (default JVM flags)", cmd(helloCmd), course, tmp, null);
        long helloFlags = memory("hello-world with ./play's JVM flags", cmd(PLAY_FLAGS, helloCmd), course, tmp, null);
        memory("game, plain java -jar", cmd(game), course, tmp, helloFlags);
        memory("game, ./play flags" + (haveStatic ? " + static AppCDS" : ""), best, course, tmp, helloFlags);
        memory("game, ./play flags (as ./play runs it)", cmd(PLAY_FLAGS, game), course, tmp, helloFlags);
        System.out.println();
    }

    /** Deletes the saves folder a previous run left in {@code dir}, so the next start is a first start. */
    static void clearSaves(Path dir) throws IOException {
        Path saves = dir.resolve("saves");
        if (Files.isDirectory(saves)) {
            try (var s = Files.walk(saves)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static long memory(String name, List<String> command, List<String> feed, Path tmp, Long helloKb) throws Exception {
        List<Long> hwm = new ArrayList<>();
        List<Long> heap = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path log = tmp.resolve("gc-" + i + ".log");
            List<String> c = new ArrayList<>(command);
            c.add(1, "-Xlog:gc,gc+heap+exit:file=" + log);
            clearSaves(work);
            Result r = spawn(c, false, feed, true, log);
            if (r.error() == null) {
                hwm.add(r.hwmKb());
                heap.add(r.heapKb());
            }
        }
        if (hwm.isEmpty()) {
            Bench.row("peak RSS: " + name, "failed", "", null);
            return 0;
        }
        long rss = (long) Bench.median(hwm);
        long h = (long) Bench.median(heap);
        String ratio = helloKb == null ? "" : String.format(Locale.ROOT, " (x%.2f)", rss / (double) helloKb);
        Bench.row("peak RSS: " + name, String.format(Locale.ROOT, "%.1f MB", rss / 1024.0) + ratio,
                helloKb == null ? "" : "<= x1.5 hello", helloKb == null ? null : rss <= 1.5 * helloKb);
        Bench.row("peak heap used: " + name, String.format(Locale.ROOT, "%.1f MB", h / 1024.0), "", null);
        return rss;
    }

    /** Reports whether a full-screen (Lanterna) frontend exists; its first frame is not measured by this harness yet. */
    static void tuiGap(Path jar) throws Exception {
        boolean tui = false;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            var entries = z.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                if (e.getName().startsWith("computequest/") && e.getName().endsWith(".class")) {
                    byte[] b = z.getInputStream(e).readAllBytes();
                    if (new String(b, StandardCharsets.ISO_8859_1).contains("com/googlecode/lanterna")) {
                        tui = true;
                        break;
                    }
                }
            }
        }
        Bench.row("first TUI frame", tui ? "see below" : "not measured: no Lanterna frontend in the jar yet",
                "<= x1.5 hello", null);
        if (tui) {
            TuiFrame.measure(jar);
        }
    }

    static List<String> cmd(List<?>... parts) {
        List<String> out = new ArrayList<>();
        out.add(JAVA);
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
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", tmp.toString(), src.toString());
        if (rc != 0) {
            throw new IllegalStateException("could not compile Hello.java");
        }
        return tmp;
    }

    /**
     * Starts a command, times it to its first "> " prompt, then optionally feeds lines and reads its peak RSS
     * while it waits at the last prompt, then ends its input.
     */
    static Result spawn(List<String> command, boolean pty, List<String> feed, boolean memory, Path gcLog)
            throws IOException, InterruptedException {
        List<String> c = command;
        if (pty) {
            StringBuilder sh = new StringBuilder("stty cols 100 rows 30 2>/dev/null; exec");
            for (String part : command) {
                sh.append(" '").append(part.replace("'", "'\\''")).append('\'');
            }
            c = List.of("/usr/bin/script", "-qfec", sh.toString(), "/dev/null");
        }
        ProcessBuilder pb = new ProcessBuilder(c).redirectErrorStream(false).directory(work.toFile());
        pb.environment().remove("CI");
        if (pty) {
            pb.environment().put("TERM", "xterm-256color");
        } else {
            pb.environment().remove("TERM");
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        InputStream in = p.getInputStream();
        OutputStream out = p.getOutputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long firstPrompt = -1;
        long hwm = 0;
        try {
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                seen.write(buf, 0, n);
                if (firstPrompt < 0 && atPrompt(seen, null)) {
                    firstPrompt = System.nanoTime() - t0;
                    if (feed.isEmpty()) {
                        break;
                    }
                    StringBuilder b = new StringBuilder();
                    for (String l : feed) {
                        b.append(l).append('\n');
                    }
                    b.append(MARKER).append('\n');
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    seen.reset();
                } else if (firstPrompt >= 0 && atPrompt(seen, MARKER)) {
                    break;
                }
            }
            if (memory) {
                long pid = pty ? p.descendants().map(ProcessHandle::pid).reduce((a, b) -> b).orElse(p.pid()) : p.pid();
                hwm = Machine.kb(Machine.read("/proc/" + pid + "/status"), "VmHWM").orElse(0L);
            }
        } finally {
            try {
                out.close();
            } catch (IOException ignored) {
                // the process may already be gone
            }
            in.transferTo(OutputStream.nullOutputStream());
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            watchdog.interrupt();
        }
        if (firstPrompt < 0) {
            String tail = seen.toString(StandardCharsets.UTF_8);
            return new Result(0, 0, 0, "no prompt; exit " + p.exitValue() + ", output ends: "
                    + tail.substring(Math.max(0, tail.length() - 200)).replace('\n', ' '));
        }
        long heap = gcLog == null ? 0 : peakHeapKb(gcLog);
        return new Result(firstPrompt, hwm, heap, null);
    }

    static boolean atPrompt(ByteArrayOutputStream seen, String marker) {
        String s = ANSI.matcher(seen.toString(StandardCharsets.ISO_8859_1)).replaceAll("");
        return s.endsWith("> ") && (marker == null || s.contains(marker));
    }

    /** The largest heap occupancy the GC log shows: before any collection, or at exit. */
    static long peakHeapKb(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        String text = Files.readString(log);
        long peak = 0;
        Matcher m = GC_PAUSE.matcher(text);
        while (m.find()) {
            long v = Long.parseLong(m.group(1));
            peak = Math.max(peak, switch (m.group(2)) {
                case "G" -> v * 1024 * 1024;
                case "M" -> v * 1024;
                default -> v;
            });
        }
        long atExit = 0;
        Matcher e = HEAP_EXIT.matcher(text);
        while (e.find()) {
            atExit += Long.parseLong(e.group(1));
        }
        return Math.max(peak, atExit);
    }
}
