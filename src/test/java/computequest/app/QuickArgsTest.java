package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The picocli-free fast path must read every line it accepts exactly as picocli does, and hand back the rest. */
class QuickArgsTest {

    static final PrintStream ERR = new PrintStream(PrintStream.nullOutputStream());

    /**
     * Lines with other options go to picocli, so new options need no change here, as long as picocli would leave
     * their fields at their Java initial values when they are absent (no defaultValue) and Main has no field that
     * picocli injects (@Spec, @Mixin, @ParentCommand, @Parameters, @ArgGroup).
     */
    @Test
    void mainHasNoFieldTheFastPathWouldLeaveUnset() {
        Set<String> names = new HashSet<>();
        for (Field f : Main.class.getDeclaredFields()) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o != null) {
                names.addAll(List.of(o.names()));
                boolean known = QuickArgs.KNOWN.containsAll(List.of(o.names()));
                if (!known) {
                    assertEquals("__no_default_value__", o.defaultValue(), "Main's option "
                            + List.of(o.names()) + " has a defaultValue, which QuickArgs does not apply: give the"
                            + " field that value as its initializer instead, or teach QuickArgs the option");
                }
            }
            for (Class<? extends java.lang.annotation.Annotation> a : List.of(CommandLine.Spec.class,
                    CommandLine.Mixin.class, CommandLine.ParentCommand.class, CommandLine.Parameters.class,
                    CommandLine.ArgGroup.class)) {
                assertNull(f.getAnnotation(a), "Main." + f.getName() + " is injected by picocli, which QuickArgs"
                        + " skips: teach QuickArgs, or drop the fast path");
            }
        }
        assertTrue(names.containsAll(QuickArgs.KNOWN), "QuickArgs reads options Main no longer has: " + names);
    }

    @Test
    void acceptedLinesMatchPicocli() throws Exception {
        for (String line : List.of("", "--plain", "--plain --no-color", "--seed 7", "--seed=-3 --plain",
                "--story some/dir", "--story=x --seed 42 --no-color --plain", "--continue", "--continue --plain",
                "--load mygame", "--load=auto --saves /tmp/s", "--saves s --continue", "--from ec2-intro --seed 3",
                "--ascii", "--ascii --no-color --from=x")) {
            String[] args = line.isEmpty() ? new String[0] : line.split(" ");
            Main quick = QuickArgs.parse(args, ERR);
            assertNotNull(quick, line);
            Main viaPicocli = new Main(ERR);
            new CommandLine(viaPicocli).parseArgs(args);
            assertSameOptions(viaPicocli, quick, line);
        }
    }

    /** Every @Option field of Main holds the same value in both. */
    static void assertSameOptions(Main expected, Main actual, String line) throws IllegalAccessException {
        for (Field f : Main.class.getDeclaredFields()) {
            if (f.getAnnotation(CommandLine.Option.class) != null) {
                assertEquals(f.get(expected), f.get(actual), line + ": " + f.getName());
            }
        }
    }

    @Test
    void everythingElseGoesToPicocli() {
        for (String line : List.of("--help", "-h", "--version", "-V", "--seed", "--seed x", "--story",
                "--plain --plain", "--plain=yes", "--colour", "extra", "--seed 1 --seed 2", "--story -x", "--load",
                "--load -x", "--saves", "--continue=true", "--from --plain", "saves", "sandbox", "author check")) {
            assertNull(QuickArgs.parse(line.split(" "), ERR), line);
        }
    }

    /** 5,000 seeded random lines from tricky tokens: every line the fast path accepts, picocli reads the same. */
    @Test
    void randomLinesTheFastPathAcceptsMatchPicocli() throws Exception {
        String[] tokens = {"--plain", "--no-color", "--seed", "--story", "7", "-3", "0x10", "+5", "x", "dir", "-",
                "--seed=-3", "--story=a", "--story=", "--seed=", "--", "-p", "--plain=true", "010",
                "9223372036854775808", " ", "--story=-x", "--continue", "--load", "--saves", "--from", "--ascii",
                "--load=a", "--saves=", "--from=-", "saves", "a b"};
        java.util.Random random = new java.util.Random(1);
        int accepted = 0;
        for (int t = 0; t < 5_000; t++) {
            String[] a = new String[random.nextInt(5)];
            for (int i = 0; i < a.length; i++) {
                a[i] = tokens[random.nextInt(tokens.length)];
            }
            Main quick = QuickArgs.parse(a, ERR);
            if (quick == null) {
                continue;
            }
            accepted++;
            Main slow = new Main(ERR);
            new picocli.CommandLine(slow).parseArgs(a);
            String line = java.util.Arrays.toString(a);
            assertSameOptions(slow, quick, line);
        }
        assertTrue(accepted > 500, "the fast path should accept many lines, took " + accepted);
    }
}
