package computequest.app;

import static computequest.app.TmuxLineModeTest.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One tmux server per test, on its own socket ({@code tmux -L cq-test-PID-N}, config /dev/null), so tests never touch
 * the default server other tmux users share, and {@link #close()} kills only this server.
 */
final class Tmux implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();

    final String socket = "cq-test-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet();
    /** The session in use: each {@link #start} opens a new one and closes the one before, on the same server. */
    String session;
    private int sessions;
    /** A saves folder of this test's own, created empty. */
    final Path saves = Path.of(System.getProperty("java.io.tmpdir"), socket + "-saves");

    {
        // Named after this JVM's pid: a folder left by an earlier run whose pid this one reuses may hold saves.
        delete(saves);
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing left over
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    /** Starts {@code shellCommand} in a new session of this server, {@code w} by {@code h}. */
    void start(int w, int h, String shellCommand) throws Exception {
        String before = session;
        session = "cq" + (++sessions);
        tmux("-f", "/dev/null", "new-session", "-d", "-s", session, "-x", Integer.toString(w), "-y",
                Integer.toString(h), shellCommand);
        if (before != null) {
            tmux("kill-session", "-t", before);
        }
    }

    /** The game's java command line, quoted for the shell, with --story story and this test's saves folder. */
    String game(String... flags) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main", "--story", "story",
                "--saves", saves.toString()));
        java.addAll(List.of(flags));
        return String.join(" ", java.stream().map(a -> "'" + a + "'").toList()) + "; echo EXIT=$?; sleep 30";
    }

    void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        tmux(cmd.toArray(String[]::new));
    }

    /**
     * Waits until the line editor reads: JLine turns on application cursor keys as it starts reading a line, which
     * tmux shows as the pane's keypad_cursor_flag. Keys sent before that are echoed by the terminal itself.
     */
    void waitUntilReading() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!tmux("display", "-p", "-t", session, "#{keypad_cursor_flag}").strip().equals("1")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the line editor never started reading:\n" + screen());
            }
            Thread.sleep(50);
        }
    }

    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", session);
    }

    String waitUntil(String what, Predicate<String> ok) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String s = "";
        while (System.nanoTime() < deadline) {
            s = screen();
            if (ok.test(s)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never saw " + what + " on the screen:\n" + s);
    }

    String waitFor(String text) throws Exception {
        return waitUntil("'" + text + "'", s -> s.contains(text));
    }

    @Override
    public void close() throws Exception {
        tmux("kill-server");
        delete(saves);
    }
}
