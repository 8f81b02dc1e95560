package computequest.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * JVM start to the first full-screen frame on a pseudo-terminal (util-linux {@code script}, 100x30): the frame counts
 * as drawn when the start scene's title shows in the output with escape sequences removed.
 */
final class TuiFrame {

    private TuiFrame() {
    }

    static void measure(Path jar) throws Exception {
        String title = Bench.realStory().scene(Bench.realStory().start()).orElseThrow().title();
        String needle = title.length() > 12 ? title.substring(0, 12) : title;
        List<String> game = Startup.cmd(Startup.PLAY_FLAGS, List.of("-Dcq.home=" + Bench.PROJECT, "-jar", jar.toString()));
        List<Long> tui = new ArrayList<>();
        List<Long> hello = new ArrayList<>();
        Path tmp = java.nio.file.Files.createTempDirectory("cq-bench-tui");
        List<String> helloCmd = Startup.cmd(List.of("-cp", Startup.helloWorld(tmp).toString(), "Hello"));
        for (int i = 0; i < Bench.RUNS + 1; i++) {
            long h = Startup.spawn(helloCmd, true, List.of(), false, null).nanos();
            long t = firstFrame(game, needle);
            if (i > 0) {
                hello.add(h);
                if (t > 0) {
                    tui.add(t);
                }
            }
        }
        if (tui.isEmpty()) {
            Bench.row("first TUI frame (title \"" + needle + "\" on screen)", "no frame detected in 15 s",
                    "<= x1.5 hello", false);
            return;
        }
        double ratio = Bench.median(tui) / Bench.median(hello);
        Bench.row("first TUI frame on a 100x30 pty, ./play flags", Bench.ms(Bench.median(tui))
                + String.format(Locale.ROOT, " (x%.2f hello on a pty)", ratio), "<= x1.5 hello", ratio <= 1.5);
    }

    static long firstFrame(List<String> command, String needle) throws Exception {
        StringBuilder sh = new StringBuilder("stty cols 100 rows 30 2>/dev/null; exec");
        for (String part : command) {
            sh.append(" '").append(part.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", sh.toString(), "/dev/null");
        pb.environment().remove("CI");
        pb.environment().put("TERM", "xterm-256color");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long found = -1;
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(15_000);
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            long deadline = t0 + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                seen.write(buf, 0, n);
                String s = Startup.ANSI.matcher(seen.toString(StandardCharsets.UTF_8)).replaceAll("");
                if (s.contains(needle)) {
                    found = System.nanoTime() - t0;
                    break;
                }
            }
        } finally {
            watchdog.interrupt();
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        return found;
    }
}
