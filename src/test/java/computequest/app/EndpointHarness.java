package computequest.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.ui.Frontend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A game running its loop on its own thread with the endpoint on a free port, as {@code ./play --endpoint} runs it:
 * lines can be typed into it, and the real AWS CLI (Debian's awscli 2.9, /usr/bin/aws) can be pointed at it.
 */
final class EndpointHarness implements AutoCloseable {

    /** Debian's awscli package: the real AWS CLI, version 2.9. (The pyenv shim named aws is version 1.) */
    static final Path REAL_CLI = Path.of("/usr/bin/aws");

    private static final String END = "\u0000end";
    private final BlockingQueue<String> typed = new LinkedBlockingQueue<>();
    private final Semaphore atPrompt = new Semaphore(0);
    final List<Event> shown = Collections.synchronizedList(new ArrayList<>());
    final GameLoop loop;
    final EndpointServer server;
    private final Thread thread;
    private volatile Throwable failed;
    /** Released when the game opens its built-in editor; the editor stays open until {@link #closeEditor}. */
    final Semaphore editorOpen = new Semaphore(0);
    private final java.util.concurrent.CountDownLatch editorClosed = new java.util.concurrent.CountDownLatch(1);

    EndpointHarness(Engine engine, Step first, SaveSession saves) throws IOException {
        this(engine, first, saves, EndpointServer.BURST, EndpointServer.PER_SECOND);
    }

    EndpointHarness(Engine engine, Step first, SaveSession saves, int burst, int perSecond) throws IOException {
        server = EndpointServer.open(0, burst, perSecond);
        Frontend frontend = new Frontend() {
            @Override
            public void show(View view, List<Event> events) {
                shown.addAll(events);
            }

            @Override
            public Optional<String> read(View view) {
                atPrompt.release();
                try {
                    String line = typed.take();
                    return line.equals(END) ? Optional.empty() : Optional.of(line);
                } catch (InterruptedException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<String> editText(String path, String text) {
                editorOpen.release();
                try {
                    editorClosed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(text + "edited\n");
            }

            @Override
            public void close() {
            }
        };
        loop = saves == null ? new GameLoop(engine, frontend, first)
                : new GameLoop(engine, frontend, first, null, saves);
        server.serve(new ShellCalls(loop));
        thread = new Thread(() -> {
            try {
                loop.run();
            } catch (Throwable t) {
                failed = t;
            }
        }, "endpoint-harness-game");
        thread.setDaemon(true);
        thread.start();
    }

    /** Skips the test when the real CLI is absent here; CI (CQ_REQUIRE_AWS_CLI=1, set by .ci/run) fails instead. */
    static void requireRealCli() {
        boolean present = Files.isExecutable(REAL_CLI);
        if (!present && "1".equals(System.getenv("CQ_REQUIRE_AWS_CLI"))) {
            throw new AssertionError("the real AWS CLI (/usr/bin/aws, Debian's awscli) is required here but missing");
        }
        Assumptions.assumeTrue(present, "skipped: the real AWS CLI is not installed (apt-get install awscli;"
                + " .ci/run installs it)");
    }

    /** Types a line at the game's prompt and waits until the game has answered it. */
    void type(String line) throws InterruptedException {
        assertTrue(atPrompt.tryAcquire(60, TimeUnit.SECONDS), "the game did not come back to its prompt");
        typed.put(line);
        assertTrue(atPrompt.tryAcquire(60, TimeUnit.SECONDS), "the game did not answer: " + line);
        atPrompt.release();
        check();
    }

    /** Types a line at the game's prompt without waiting for its answer (say, one that opens the editor). */
    void typeNoWait(String line) throws InterruptedException {
        assertTrue(atPrompt.tryAcquire(60, TimeUnit.SECONDS), "the game did not come back to its prompt");
        typed.put(line);
    }

    /** Closes the built-in editor (saving), and waits until the game is back at its prompt. */
    void closeEditor() throws InterruptedException {
        editorClosed.countDown();
        assertTrue(atPrompt.tryAcquire(60, TimeUnit.SECONDS), "the game did not come back from its editor");
        atPrompt.release();
        check();
    }

    /** Types a line and returns what the simulated cloud printed for it (its Output events). */
    String printed(String line) throws InterruptedException {
        int before = shown.size();
        type(line);
        StringBuilder b = new StringBuilder();
        synchronized (shown) {
            for (Event e : shown.subList(before, shown.size())) {
                if (e instanceof Event.Output o) {
                    b.append(o.text());
                }
            }
        }
        return b.toString();
    }

    /** What the game showed, as the renderers word it: for failure messages. */
    String transcript() {
        StringBuilder b = new StringBuilder();
        synchronized (shown) {
            for (Event e : shown) {
                computequest.present.Telling.of(e).forEach(s -> b.append(s.text()).append('\n'));
            }
        }
        return b.toString();
    }

    GameState state() {
        return loop.state();
    }

    /** What the real CLI printed, and how it exited. */
    record Ran(int exit, String out, String err) {
        String all() {
            return "exit " + exit + "\n" + out + err;
        }
    }

    /** Runs {@code aws ARGS --endpoint-url URL} with the game's dummy credentials and region. */
    Ran aws(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(REAL_CLI.toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--endpoint-url", server.url()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", EndpointServer.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", EndpointServer.SECRET_KEY);
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_PAGER", "");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("TZ", "UTC"); // the CLI v2 prints times in local time; the game's account keeps UTC
        Path out = Files.createTempFile("cq-aws", ".out");
        Path err = Files.createTempFile("cq-aws", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("aws " + String.join(" ", args) + " did not finish");
            }
            check();
            return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs the real CLI and fails unless it exits 0; returns what it printed. */
    String ok(String... args) throws IOException, InterruptedException {
        Ran r = aws(args);
        assertTrue(r.exit() == 0, () -> "aws " + String.join(" ", args) + " failed:\n" + r.all());
        return r.out();
    }

    private void check() {
        if (failed != null) {
            throw new AssertionError("the game loop failed", failed);
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        typed.put(END);
        thread.join(10_000);
        check();
    }
}
