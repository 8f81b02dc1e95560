package computequest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * JVM start to the first full-screen frame in tmux (100x30, on a private tmux socket): a real terminal emulator,
 * which answers the size and cursor queries Lanterna sends (util-linux {@code script} does not, and Lanterna then
 * waits for its timeout). The frame counts as drawn when the start scene's title is on the screen; the
 * hello-world counts when its "> " is. The screen is polled every few milliseconds, which both runs share.
 */
final class TuiFrame {

    static final String SOCKET = "cq-bench-" + ProcessHandle.current().pid();

    private TuiFrame() {
    }

    static void measure(Path jar) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/tmux")) && !Files.isExecutable(Path.of("/usr/local/bin/tmux"))) {
            Bench.row("first TUI frame", "not measured: no tmux on this machine", "<= x1.5 hello", null);
            return;
        }
        String title = Bench.realStory().scene(Bench.realStory().start()).orElseThrow().title();
        String needle = title.length() > 12 ? title.substring(0, 12) : title;
        List<String> game = Startup.cmd(Startup.PLAY_FLAGS, List.of("-Dcq.home=" + Startup.playHome, "-jar", jar.toString()));
        Path tmp = Files.createTempDirectory("cq-bench-tui");
        List<String> hello = Startup.cmd(List.of("-cp", Startup.helloWorld(tmp).toString(), "Hello"));
        List<Long> tui = new ArrayList<>();
        List<Long> base = new ArrayList<>();
        try {
            for (int i = 0; i < Bench.RUNS + 1; i++) {
                long h = firstScreen(hello, ">", "h" + i);
                long t = firstScreen(game, needle, "g" + i);
                if (i > 0 && h > 0 && t > 0) {
                    base.add(h);
                    tui.add(t);
                }
            }
        } finally {
            new ProcessBuilder("tmux", "-L", SOCKET, "kill-server").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        }
        if (tui.isEmpty()) {
            Bench.row("first TUI frame (title \"" + needle + "\" on screen)", "no frame detected within 20 s",
                    "<= x1.5 hello", false);
            return;
        }
        double ratio = Bench.median(tui) / Bench.median(base);
        Bench.row("first TUI frame in tmux 100x30, ./play flags", Bench.ms(Bench.median(tui))
                + String.format(Locale.ROOT, " (x%.2f hello in tmux, %s)", ratio, Bench.ms(Bench.median(base))),
                "<= x1.5 hello", ratio <= 1.5);
    }

    /** Nanoseconds from starting the command in a new tmux session until the screen contains {@code needle}. */
    static long firstScreen(List<String> command, String needle, String session) throws IOException, InterruptedException {
        StringBuilder sh = new StringBuilder("exec");
        for (String part : command) {
            sh.append(" '").append(part.replace("'", "'\\''")).append('\'');
        }
        List<String> start = List.of("tmux", "-L", SOCKET, "-f", "/dev/null", "new-session", "-d", "-s", session,
                "-x", "100", "-y", "30", sh.toString());
        ProcessBuilder pb = new ProcessBuilder(start).redirectErrorStream(true).directory(Startup.work.toFile());
        pb.environment().remove("CI");
        pb.environment().remove("TMUX");
        pb.environment().put("TERM", "xterm-256color");
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor(10, TimeUnit.SECONDS);
        long found = -1;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(20);
        try {
            while (System.nanoTime() < deadline) {
                Process cap = new ProcessBuilder("tmux", "-L", SOCKET, "capture-pane", "-p", "-t", session)
                        .redirectErrorStream(true).start();
                String screen = new String(cap.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                cap.waitFor(5, TimeUnit.SECONDS);
                if (screen.contains(needle)) {
                    found = System.nanoTime() - t0;
                    break;
                }
                Thread.sleep(2);
            }
        } finally {
            new ProcessBuilder("tmux", "-L", SOCKET, "kill-session", "-t", session).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        }
        return found;
    }
}
