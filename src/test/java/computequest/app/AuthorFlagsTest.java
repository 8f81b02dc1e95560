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
 * ./play gives the author tools that read a whole story (check, test, graph, watch, lsp) their own JVM flags when the
 * story is large (4 MB or more), chosen in the launcher before the JVM starts, and everything else (the game, {@code
 * author record}, which plays it, and the tools on a small story such as the shipped one) the game's flags and its
 * class-data cache. An author start with its own flags never passes the cache, which is built for the game's flags,
 * and prints exactly what the same command prints run plainly: on JDK 25 a cache made with other flags would log
 * errors. The JVM's arguments are seen through a wrapper JDK that records them ({@link ClassCacheTest#fakeJdk}).
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

        // An author check of the shipped story: the game's flags and cache, the same output as run plainly.
        Path bare = realJdk.resolve("bin/java");
        Run small = play(home, jdk, "use", "", "author", "check", "story");
        assertTrue(small.jvmArgs().containsAll(GAME), small.jvmArgs().toString());
        assertTrue(small.jvmArgs().stream().anyMatch(a -> a.startsWith(cacheFlag)), small.jvmArgs().toString());
        assertSame(run(home, List.of(bare.toString(), "-jar", "target/compute-quest.jar"), List.of("author", "check",
                "story"), ""), small, "author check story");

        // On a story of 4 MB: their own flags, no cache, the same output as run plainly.
        writeLargeStory(home.resolve("large"));
        List<String> large = List.of("author", "check", "large");
        Run author = play(home, jdk, "use", "", large.toArray(String[]::new));
        assertBatch(author, large, cacheFlag);
        assertSame(run(home, List.of(bare.toString(), "-jar", "target/compute-quest.jar"), large, ""), author,
                "author check large");
        assertFalse(author.out().isEmpty());

        // Other command lines, through a java that only records its arguments (the same JDK name and release, so
        // the cache built above is valid for it).
        Path recorder = recordingJdk(realJdk);
        for (List<String> args : List.of(List.of("--story", "large", "author", "graph", "--format", "mermaid"),
                List.of("author", "test", "--walks", "story", "large"), List.of("author", "lsp", "--story", "large"),
                List.of("--story=large", "author", "watch"))) {
            assertBatch(play(home, recorder, "use", "", args.toArray(String[]::new)), args, cacheFlag);
        }
        for (List<String> args : List.of(List.of("author", "record", "--story", "large", "r.walk"),
                List.of("author", "vocab"), List.of("--load", "author"), List.of("author", "graph", "story"),
                List.of("author", "check", "--story"))) {
            Run r = play(home, recorder, "use", "", args.toArray(String[]::new));
            assertTrue(r.jvmArgs().containsAll(GAME), args + ": " + r.jvmArgs());
            assertTrue(r.jvmArgs().stream().anyMatch(a -> a.startsWith(cacheFlag)), args + ": " + r.jvmArgs());
        }
    }

    static void assertBatch(Run r, List<String> args, String cacheFlag) {
        assertTrue(r.jvmArgs().containsAll(AUTHOR), args + ": " + r.jvmArgs());
        for (String a : r.jvmArgs()) {
            assertFalse(GAME.contains(a) && !AUTHOR.contains(a) || a.startsWith(cacheFlag), args + " gets the game's "
                    + a);
        }
    }

    /** A JDK home of the same name and release as the one under test whose java records its arguments and stops. */
    Path recordingJdk(Path real) throws java.io.IOException {
        Path home = Files.createDirectories(tmp.resolve("recorder/jdk-under-test"));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.copy(real.resolve("release"), home.resolve("release"));
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"" + home.resolve("calls.log") + "\"\n");
        assertTrue(java.toFile().setExecutable(true));
        return home;
    }

    static void assertSame(Run plain, Run r, String what) {
        assertEquals(plain.exit(), r.exit(), what + ": exit; " + r.err());
        assertEquals(plain.out(), r.out(), what + ": standard output");
        assertEquals("", r.err(), what + ": standard error");
    }

    /** A valid story of about 4.5 MB: 5,000 scenes in a chain, in five files. */
    static void writeLargeStory(Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("00.story"), "@story large Large\n@start s0\n");
        int n = 5_000;
        for (int f = 0; f < 5; f++) {
            StringBuilder b = new StringBuilder("@chapter " + (f + 1) + " Part\n");
            for (int i = f * 1_000; i < (f + 1) * 1_000; i++) {
                b.append(":: s").append(i).append("\n@title Scene ").append(i).append("\n@hint Look around ")
                        .append(i).append("\nProse for scene ").append(i).append(", long enough to weigh something:")
                        .append(" an instance is a virtual machine that you rent by the second, and its type sets")
                        .append(" how many vCPUs and how much memory it has. ".repeat(16)).append('\n');
                b.append(i == n - 1 ? "@ending\n" : "* Go on -> s" + (i + 1) + "\n  > On you go.\n").append('\n');
            }
            Files.writeString(dir.resolve(String.format("%02d.story", f + 1)), b);
        }
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
