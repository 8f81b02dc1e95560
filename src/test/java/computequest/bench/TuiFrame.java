package computequest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * ./play to the first full-screen frame in tmux (100x30, on a private tmux socket): a real terminal emulator,
 * which answers the size and cursor queries Lanterna sends (util-linux {@code script} does not, and Lanterna then
 * waits for its timeout). The frame counts as drawn when the start scene's title is on the screen; the
 * hello-world counts when its "> " is. The screen is polled every few milliseconds, which both runs share.
 */
final class TuiFrame {

    static final String SOCKET = "cq-bench-" + ProcessHandle.current().pid();

    private TuiFrame() {
    }

    /** The first full-screen frame and the first line answered, for ./play and a hello-world in tmux. */
    static void measure(String v, String java, Map<String, String> env, String play) throws Exception {
        String name = v + ": first full-screen frame in tmux 100x30";
        if (!Files.isExecutable(Path.of("/usr/bin/tmux")) && !Files.isExecutable(Path.of("/usr/local/bin/tmux"))) {
            Bench.row(name, "not measured: no tmux on this machine", Startup.SCREEN_GOAL, null);
            return;
        }
        String title = Bench.realStory().scene(Bench.realStory().start()).orElseThrow().title();
        String needle = title.length() > 12 ? title.substring(0, 12) : title;
        // Each path its own saves folder: a game stopped by closing its terminal autosaves as it goes, and that
        // autosave must not land in the folder the next start, already under way, reads (it would show the start menu).
        Path gameSaves = Startup.work.resolve("saves-tui");
        Path ownSaves = Startup.work.resolve("saves-tui-own");
        List<String> game = command(env, play, gameSaves);
        Map<String, String> off = new java.util.HashMap<>(env);
        off.put("CQ_FIRST_SCREEN", "off");
        List<String> noSnapshot = command(off, play, ownSaves);
        Path tmp = Files.createTempDirectory("cq-bench-tui");
        List<String> hello = List.of(java, "-cp", Startup.helloWorld(tmp).toString(), "Hello");
        List<long[]> tui = new ArrayList<>();
        List<long[]> own = new ArrayList<>();
        List<long[]> base = new ArrayList<>();
        try {
            // A game that ends (here: quit at once) keeps the next start's first frame, which ./play then shows before
            // the JVM runs; the timed runs are stopped by closing their terminal, so they keep none themselves.
            Startup.deleteTree(gameSaves);
            quit(game, needle);
            for (int i = 0; i < Bench.RUNS + 1; i++) {
                long[] h = firstScreen(hello, ">", null, "h" + i);
                Startup.deleteTree(gameSaves);
                long[] t = firstScreen(game, needle, "Reservations", "g" + i);
                Startup.deleteTree(ownSaves);
                long[] o = firstScreen(noSnapshot, needle, "Reservations", "o" + i);
                if (i > 0 && h[1] > 0 && t[1] > 0 && o[1] > 0) {
                    base.add(h);
                    tui.add(t);
                    own.add(o);
                }
            }
        } finally {
            new ProcessBuilder("tmux", "-L", SOCKET, "kill-server").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        }
        if (tui.isEmpty()) {
            Bench.row(name, "no frame, or no answer, within 20 s", Startup.SCREEN_GOAL, false);
            return;
        }
        Launch.Result h = new Launch.Result(median(base, 0), median(base, 1), 0, null);
        Bench.row(v + ": hello-world in tmux: first screen / line answered", Bench.ms(h.screen()) + " / "
                + Bench.ms(h.accepted()), "", null);
        Startup.report(name, new Launch.Result(median(tui, 0), median(tui, 1), 0, null), h, false);
        Startup.report(name + ", no first-screen snapshot", new Launch.Result(median(own, 0), median(own, 1), 0, null),
                h, false);
    }

    /** ./play with this environment and a saves folder of the benchmark's own. */
    static List<String> command(Map<String, String> env, String play, Path saves) {
        List<String> game = new ArrayList<>(List.of("env"));
        new java.util.TreeMap<>(env).forEach((k, val) -> game.add(k + "=" + val));
        game.addAll(List.of(play, "--saves", saves.toString()));
        return game;
    }

    /** Starts the game, waits for its first frame and quits it, so that it keeps the next start's frame. */
    static void quit(List<String> game, String needle) throws IOException, InterruptedException {
        Process p = session("prime", game).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !tmux("capture-pane", "-p", "-t", "prime").contains(needle)) {
            Thread.sleep(20);
        }
        tmux("send-keys", "-t", "prime", "quit", "Enter");
        while (System.nanoTime() < deadline && tmux("capture-pane", "-p", "-t", "prime").contains(needle)) {
            Thread.sleep(20);
        }
        Thread.sleep(500); // the game keeps the next starts' screens as it leaves
        tmux("kill-session", "-t", "prime");
    }

    /** A tmux session running {@code command}, 100x30, on a terminal as a player's: no CI, TERM xterm-256color. */
    static ProcessBuilder session(String name, List<String> command) {
        StringBuilder sh = new StringBuilder("exec");
        for (String part : command) {
            sh.append(" '").append(part.replace("'", "'\\''")).append('\'');
        }
        List<String> start = List.of("tmux", "-L", SOCKET, "-f", "/dev/null", "new-session", "-d", "-s", name,
                "-x", "100", "-y", "30", sh.toString());
        ProcessBuilder pb = new ProcessBuilder(start).redirectErrorStream(true).directory(Startup.work.toFile());
        pb.environment().remove("CI");
        pb.environment().remove("TMUX");
        pb.environment().put("TERM", "xterm-256color");
        return pb;
    }

    /**
     * Nanoseconds from starting the command in a new tmux session until the screen contains {@code needle}, and
     * until the line typed at once ({@link Launch#TYPED}) is answered: {@code answer} is on the screen, or for the
     * hello-world (answer null) a second prompt.
     */
    static long[] firstScreen(List<String> command, String needle, String answer, String session)
            throws IOException, InterruptedException {
        ProcessBuilder pb = session(session, command);
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor(10, TimeUnit.SECONDS);
        tmux("send-keys", "-t", session, "-l", Launch.TYPED);
        tmux("send-keys", "-t", session, "Enter");
        long[] found = {-1, -1};
        long deadline = t0 + TimeUnit.SECONDS.toNanos(20);
        try {
            while (System.nanoTime() < deadline) {
                String screen = tmux("capture-pane", "-p", "-t", session);
                if (found[0] < 0 && screen.contains(needle)) {
                    found[0] = System.nanoTime() - t0;
                }
                boolean answered = answer != null ? screen.contains(answer)
                        : screen.lines().filter(l -> l.startsWith(">")).count() >= 2;
                if (found[0] >= 0 && answered) {
                    found[1] = System.nanoTime() - t0;
                    break;
                }
                Thread.sleep(2);
            }
        } finally {
            tmux("kill-session", "-t", session);
        }
        return found;
    }

    static long median(List<long[]> xs, int i) {
        return (long) Bench.median(xs.stream().map(x -> x[i]).toList());
    }

    static String tmux(String... args) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of("tmux", "-L", SOCKET));
        c.addAll(List.of(args));
        Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}
