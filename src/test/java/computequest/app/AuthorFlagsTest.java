package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./play gives the author tools that are batch jobs (check, test, graph, vocab, ...) their own JVM flags, chosen in
 * the launcher before the JVM starts, and the game (and {@code author record}, which plays it) the game's flags and its
 * class-data cache. An author start never passes the cache, which is built for the game's flags, and prints exactly
 * what the same command prints run plainly: on JDK 25 a cache made with other flags would log errors. The JVM's
 * arguments are seen through a wrapper JDK that records them ({@link ClassCacheTest#fakeJdk}).
 */
class AuthorFlagsTest {

    static final List<String> GAME = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-Xms16m");
    static final List<String> AUTHOR = List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err, List<String> jvmArgs) {
    }

    @Test
    void jdk17() throws Exception {
        check(Path.of("/usr/lib/jvm/java-17-openjdk-amd64"), "-XX:SharedArchiveFile=");
    }

    @Test
    void jdk25() throws Exception {
        check(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"), "-XX:AOTCache=");
    }

    void check(Path realJdk, String cacheFlag) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(realJdk.resolve("bin/java")), "no JDK at " + realJdk);
        ClassCacheTest maker = new ClassCacheTest();
        maker.tmp = Files.createDirectories(tmp.resolve("parent"));
        Path home = maker.gameHome();
        Path jdk = maker.fakeJdk(realJdk, "jdk-under-test");

        // The game builds its cache and uses it, with the game's flags.
        Run game = play(home, jdk, "wait", "quit\n", "--plain", "--saves", home.resolve("saves").toString());
        assertEquals(0, game.exit(), game.err());
        assertTrue(game.jvmArgs().containsAll(GAME), game.jvmArgs().toString());
        assertTrue(game.jvmArgs().stream().anyMatch(a -> a.startsWith(cacheFlag)), "the game uses its cache: "
                + game.jvmArgs());
        assertFalse(game.jvmArgs().containsAll(AUTHOR), game.jvmArgs().toString());

        // An author check, with the cache in place: its own flags, no cache, the same output as run plainly.
        Path bare = realJdk.resolve("bin/java");
        for (List<String> args : List.of(List.of("author", "check", "story"),
                List.of("--story", "story", "author", "graph", "--format", "mermaid"))) {
            Run author = play(home, jdk, "use", "", args.toArray(String[]::new));
            assertTrue(author.jvmArgs().containsAll(AUTHOR), args + ": " + author.jvmArgs());
            for (String a : author.jvmArgs()) {
                assertFalse(GAME.contains(a) && !AUTHOR.contains(a) || a.startsWith(cacheFlag), args + " gets the game's "
                        + a);
            }
            Run plain = run(home, List.of(bare.toString(), "-jar", "target/compute-quest.jar"), args, "");
            assertEquals(plain.exit(), author.exit(), args + ": exit; " + author.err());
            assertEquals(plain.out(), author.out(), args + ": standard output");
            assertEquals("", author.err(), args + ": standard error");
            assertFalse(author.out().isEmpty());
        }

        // author record plays the game: the game's flags and cache.
        Run record = play(home, jdk, "use", "status\nquit\n", "author", "record", home.resolve("r.walk").toString(),
                "--story", "story");
        assertEquals(0, record.exit(), record.err());
        assertTrue(record.jvmArgs().containsAll(GAME), record.jvmArgs().toString());
        assertTrue(record.jvmArgs().stream().anyMatch(a -> a.startsWith(cacheFlag)), record.jvmArgs().toString());
    }

    /** Runs ./play with this JDK first on the PATH; the JVM arguments are those of the last java it started. */
    static Run play(Path home, Path jdk, String cacheMode, String input, String... args) throws Exception {
        Path log = jdk.resolve("calls.log");
        Files.deleteIfExists(log);
        List<String> cmd = List.of("bash", home.resolve("play").toString());
        Run r = run(home, cmd, List.of(args), input, "PATH", jdk.resolve("bin") + File.pathSeparator
                + System.getenv("PATH"), "CQ_CLASS_CACHE", cacheMode);
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        String last = calls.stream().filter(c -> c.contains("-Dcq.home=")).reduce((a, b) -> b).orElse("");
        return new Run(r.exit(), r.out(), r.err(), List.of(last.split(" ")));
    }

    static Run run(Path home, List<String> command, List<String> args, String input, String... env) throws Exception {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(all).directory(home.toFile());
        pb.environment().remove("TERM");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("CQ_FIRST_SCREEN", "off");
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), all + " did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err), List.of());
    }
}
