package computequest.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import computequest.endpoint.Answer;
import computequest.endpoint.Endpoint;
import computequest.endpoint.WireCall;
import computequest.endpoint.WireRequest;
import computequest.endpoint.WireResponse;
import computequest.sim.Cloud;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code --endpoint}: the simulated cloud served over HTTP on the loopback address, so the real AWS CLI and SDKs can
 * drive the game. One request at a time, bodies up to {@link Endpoint#MAX_BODY}, at most {@link #BURST} requests at
 * once and {@link #PER_SECOND} a second after that; each call becomes one more input of the game's step.
 */
final class EndpointServer implements Closeable {

    /** The port LocalStack made familiar. */
    static final int DEFAULT_PORT = 4566;
    static final int BURST = 60;
    static final int PER_SECOND = 30;
    /** AWS's documented example key id, which the simulated laptop uses too: nothing secret. */
    static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    /**
     * Short, so that its export line fits the story pane and is copied whole (a tester's copy of the 40-character
     * example key, broken over lines, ran a bare 'export' and a stray command). The endpoint checks no credentials.
     */
    static final String SECRET_KEY = "cq-local-secret";
    private static final String STARTING = "The game is still starting; try again in a moment.";

    private final HttpServer server;
    private final ExecutorService worker;
    private final Endpoint endpoint = new Endpoint();
    private volatile Function<WireCall, Answer> game;
    /** Why calls are refused before {@link #serve}: the game is starting, or waits for the player's menu choice. */
    private volatile String notYet = STARTING;
    private final int burst;
    private final int perSecond;
    private double tokens;
    private long lastRefill = System.nanoTime();

    private EndpointServer(HttpServer server, ExecutorService worker, int burst, int perSecond) {
        this.server = server;
        this.worker = worker;
        this.burst = burst;
        this.perSecond = perSecond;
        this.tokens = burst;
    }

    /** Binds 127.0.0.1:port (0 picks a free port); calls are refused as unavailable until {@link #serve}. */
    static EndpointServer open(int port) throws IOException {
        return open(port, BURST, PER_SECOND);
    }

    /** The same, with another rate limit: {@code burst} calls at once, then {@code perSecond} a second. */
    static EndpointServer open(int port, int burst, int perSecond) throws IOException {
        // A client that sends its request slowly is cut off after 10 s, so it cannot hold the one worker (read once,
        // when the JDK's HTTP server first starts; an explicit -D setting wins).
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "10");
        }
        HttpServer s;
        try {
            s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        } catch (BindException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is in use (is LocalStack or another game running?);"
                    + " choose another with --endpoint=PORT", e);
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "compute-quest-endpoint");
            t.setDaemon(true);
            return t;
        });
        EndpointServer es = new EndpointServer(s, worker, burst, perSecond);
        s.createContext("/", es::exchange);
        s.setExecutor(worker);
        s.start();
        return es;
    }

    /** Whether the game's start menu waits for the player's choice: calls are refused saying so meanwhile. */
    void atStartMenu(boolean waiting) {
        notYet = waiting ? "The game is at its start menu: choose a game there first (continue, a new game or a"
                + " save), then run this again. Nothing was run." : STARTING;
    }

    /** From now on, calls go to {@code game}. */
    void serve(Function<WireCall, Answer> game) {
        this.game = game;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** What the game says at the start: how to point a shell at it. */
    String greeting() {
        return "Your simulated cloud also answers at " + url() + " for the real AWS CLI and SDKs. In your own shell:"
                + "\n  export AWS_ENDPOINT_URL=" + url()
                + "\n  export AWS_ACCESS_KEY_ID=" + ACCESS_KEY
                + "\n  export AWS_SECRET_ACCESS_KEY=" + SECRET_KEY
                + "\n  export AWS_DEFAULT_REGION=" + Cloud.REGION
                + "\n(the game checks no credentials: any will do), then: aws ec2 describe-instances. AWS CLI 2 before 2.13 ignores AWS_ENDPOINT_URL, and CLI 1 ignores"
                + " it for SQS: add --endpoint-url " + url() + " there. What you run there shows up here.";
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            WireResponse r = answer(ex);
            Map<String, String> headers = new LinkedHashMap<>(r.headers());
            headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client went away, or wrote something the HTTP layer rejects: nothing reached the game.
        }
    }

    private WireResponse answer(HttpExchange ex) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        WireRequest head = new WireRequest(ex.getRequestMethod(), path, query, headers, null);
        if (!admit()) {
            return endpoint.refuse(head, "Slow down: the game takes at most " + perSecond + " requests a second.",
                    400, true);
        }
        String length = head.header("content-length");
        if (length != null && (!length.matches("\\d{1,12}") || Long.parseLong(length) > Endpoint.MAX_BODY)) {
            if (length.matches("\\d{1,12}") && Long.parseLong(length) <= 2L * Endpoint.MAX_BODY) {
                // read a body of up to twice the limit before answering, so that a client still sending it reads
                // the 413 instead of a reset connection (a test saw "bytes received: 0" under load)
                try (InputStream in = ex.getRequestBody()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return endpoint.refuse(head, Endpoint.TOO_LARGE, 413,
                    false);
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(Endpoint.MAX_BODY + 1);
        }
        if (body.length > Endpoint.MAX_BODY) {
            return endpoint.refuse(head, Endpoint.TOO_LARGE, 413,
                    false);
        }
        Function<WireCall, Answer> g = game;
        if (g == null) {
            return endpoint.refuse(head, notYet, 503, true);
        }
        WireRequest req = new WireRequest(ex.getRequestMethod(), path, query, headers, body);
        return endpoint.handle(req, g);
    }

    /** A token bucket: BURST at once, PER_SECOND after that. */
    private boolean admit() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - lastRefill) / 1e9 * perSecond);
        lastRefill = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
