package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./play's class-data cache (AppCDS on JDK 17, the AOT cache on JDK 25): a built cache is used, and a stale,
 * truncated or foreign cache, or one from before a JDK change, is left out, so the game starts normally and prints
 * exactly what it prints with no cache, on standard output and standard error alike. Each JDK runs behind a small
 * wrapper that records the JVM's arguments, so the test sees whether the archive was passed.
 */
class ClassCacheTest {

    static final Path PROJECT = Path.of(System.getProperty("cq.projectDir", ".")).toAbsolutePath().normalize();
    static final String INPUT = "status\nhelp\nquit\n";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err, String jvmArgs) {
    }

    @Test
    void jdk17() throws Exception {
        check(Path.of("/usr/lib/jvm/java-17-openjdk-amd64"), ".jsa", "-XX:SharedArchiveFile=");
    }

    @Test
    void jdk25() throws Exception {
        check(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"), ".aot", "-XX:AOTCache=");
    }

    void check(Path realJdk, String ext, String flag) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(realJdk.resolve("bin/java")), "no JDK at " + realJdk);
        Path home = gameHome();
        Path jdk = fakeJdk(realJdk, "jdk-under-test");
        Path archive = home.resolve("target/class-cache/jdk-under-test" + ext);

        Run plain = play(home, jdk, "off");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("> "), plain.out());
        assertFalse(plain.jvmArgs().contains(flag), plain.jvmArgs());

        Run fresh = play(home, jdk, "wait");
        assertTrue(Files.size(archive) > 1_000_000, "no archive built at " + archive);
        assertTrue(fresh.jvmArgs().contains(flag + archive), "the new archive is used: " + fresh.jvmArgs());
        assertSame(plain, fresh, "with a fresh cache");
        assertSame(plain, play(home, jdk, "use"), "with the cache, built earlier");
        byte[] good = Files.readAllBytes(archive);

        // Stale: the jar was rebuilt (a new time), so the archive no longer matches it.
        Path jar = home.resolve("target/compute-quest.jar");
        FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() + 5_000));
        assertLeftOut(plain, play(home, jdk, "use"), flag, "stale (jar rebuilt)");
        Files.setLastModifiedTime(jar, built);
        assertTrue(play(home, jdk, "use").jvmArgs().contains(flag), "the key matches again");

        // Truncated: a half-written archive aborts the JVM (exit 134 on JDK 17) if it is passed.
        Files.write(archive, java.util.Arrays.copyOf(good, good.length / 2));
        assertLeftOut(plain, play(home, jdk, "use"), flag, "truncated");

        // Foreign: another file of the very size recorded in the key (the launcher cannot tell), then the other
        // kind of archive under this name.
        byte[] noise = new byte[good.length];
        new java.util.Random(7).nextBytes(noise);
        Files.write(archive, noise);
        Run foreign = play(home, jdk, "use");
        assertTrue(foreign.jvmArgs().contains(flag), "same size and key, so it is passed: " + foreign.jvmArgs());
        assertSame(plain, foreign, "foreign archive of the recorded size");
        Files.write(archive, new byte[] {(byte) 0xca, (byte) 0xfe, 1, 2, 3});
        assertLeftOut(plain, play(home, jdk, "use"), flag, "foreign archive of another size");

        // A JDK change: the same java path with another release file.
        Files.write(archive, good);
        assertTrue(play(home, jdk, "use").jvmArgs().contains(flag), "restored");
        Files.writeString(jdk.resolve("release"), "\nJAVA_RUNTIME_VERSION=\"updated\"\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertLeftOut(plain, play(home, jdk, "use"), flag, "after a JDK change");
    }

    /**
     * The archive also holds what a start on a terminal loads and a piped start never does (JLine's terminal and line
     * reader in line mode, and on JDK 17 Lanterna's screen in full screen): ./play's training types the same input on a
     * pseudo-terminal, where util-linux's script can make one (JDK 24+ records that run alone). Without them a start
     * on a terminal loaded about 400 classes from the jar, 70-120 ms (README Performance).
     */
    @Test
    void onJdk17TheArchiveHoldsTheClassesOfAStartOnATerminal() throws Exception {
        // The game's own classes that only those starts load (the libraries' are archived from ./play's one jar; the
        // jar made here leaves them in separate jars, which the archive does not take)
        holdsTerminalClasses(Path.of("/usr/lib/jvm/java-17-openjdk-amd64"), ".jsa", List.of("-Xshare:on",
                "-XX:SharedArchiveFile="), List.of("computequest.ui.HangUp", "computequest.ui.ChoicesPane",
                "computequest.ui.LanternaFrontend"));
    }

    @Test
    void onJdk25TheAotCacheHoldsTheClassesOfAStartOnATerminal() throws Exception {
        holdsTerminalClasses(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"), ".aot", List.of("-XX:AOTMode=on",
                "-XX:AOTCache="), List.of("computequest.ui.HangUp"));
    }

    void holdsTerminalClasses(Path realJdk, String ext, List<String> use, List<String> wanted) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(realJdk.resolve("bin/java")), "no JDK at " + realJdk);
        Assumptions.assumeTrue(new ProcessBuilder("sh", "-c", "command -v script && command -v timeout")
                .start().waitFor() == 0, "no util-linux script or timeout here to make a pseudo-terminal");
        Path home = gameHome();
        Path jdk = fakeJdk(realJdk, "jdk-under-test");
        play(home, jdk, "wait");
        Path archive = home.resolve("target/class-cache/jdk-under-test" + ext);
        assertTrue(Files.size(archive) > 1_000_000, "no archive built at " + archive);
        // The archive is valid for the jar's class path followed by more: the test classes, for Probe.
        String cp = home.resolve("target/compute-quest.jar") + File.pathSeparator
                + Path.of(ClassCacheTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> cmd = new ArrayList<>(List.of(realJdk.resolve("bin/java").toString(), "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", use.get(0),
                use.get(1) + archive, "-Xlog:class+load=info:stdout", "-cp", cp, Probe.class.getName()));
        cmd.addAll(wanted);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        assertTrue(log.contains("probed " + wanted.size()), "the probe ran: " + log.lines().filter(l -> !l.contains(
                "[class,load]")).toList());
        for (String c : wanted) {
            assertTrue(log.contains("] " + c + " source: shared objects file"), c + " is not in the archive: "
                    + log.lines().filter(l -> l.contains(c + " ")).toList());
        }
    }

    /** Loads (without initialising) each class named, so the class-loading log says where each came from. */
    static final class Probe {
        public static void main(String[] names) throws ClassNotFoundException {
            for (String n : names) {
                Class.forName(n, false, Probe.class.getClassLoader());
            }
            System.out.println("probed " + names.length);
        }
    }

    static void assertLeftOut(Run plain, Run r, String flag, String what) {
        assertFalse(r.jvmArgs().contains(flag), what + ": the archive must not be passed: " + r.jvmArgs());
        assertSame(plain, r, what);
    }

    static void assertSame(Run plain, Run r, String what) {
        assertEquals(plain.exit(), r.exit(), what + ": exit; stderr " + r.err());
        assertEquals(plain.out(), r.out(), what + ": standard output");
        assertEquals(plain.err(), r.err(), what + ": standard error");
    }

    /** A copy of ./play beside the story, a short training input, and the game as a jar over the test class path. */
    Path gameHome() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.copy(PROJECT.resolve("play"), home.resolve("play"));
        copyTree(PROJECT.resolve("story"), home.resolve("story"));
        Files.createDirectories(home.resolve("src/launcher"));
        Files.writeString(home.resolve("src/launcher/train.in"), "help\nstatus\naws ec2 describe-instances\nquit\n");
        Files.createDirectories(home.resolve("target"));
        writeJar(home.resolve("target/compute-quest.jar"));
        return home;
    }

    /** The compiled game classes, with the libraries on the manifest's Class-Path, as java -jar needs them. */
    static void writeJar(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "computequest.app.Main");
        List<String> libs = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("junit") && !entry.contains("opentest4j")
                    && !entry.contains("apiguardian") && !entry.contains("surefire")) {
                libs.add(Path.of(entry).toUri().toString());
            }
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libs));
        Path classes = PROJECT.resolve("target/classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /** A JDK home whose bin/java records its arguments, then runs the real one; release is a copy. */
    Path fakeJdk(Path real, String name) throws IOException {
        Path home = Files.createDirectories(tmp.resolve(name));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.copy(real.resolve("release"), home.resolve("release"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"" + home.resolve("calls.log") + "\"\nexec '"
                + real.resolve("bin/java") + "' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        return home;
    }

    /** Runs ./play --plain with this JDK first on the PATH; the JVM arguments are those of the game itself. */
    static Run play(Path home, Path jdk, String mode) throws Exception {
        Path log = jdk.resolve("calls.log");
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("play").toString(), "--plain", "--saves",
                home.resolve("saves").toString()).directory(home.toFile());
        pb.environment().put("PATH", jdk.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("CQ_CLASS_CACHE", mode);
        pb.environment().remove("TERM");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(INPUT.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "./play did not finish");
        deleteTree(home.resolve("saves"));
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        String game = calls.stream().filter(c -> c.contains("-Dcq.home=")).reduce((a, b) -> b).orElse("");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err), game);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
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
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
