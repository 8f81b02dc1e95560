package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.laptop.Laptop;
import computequest.ui.LineFrontend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A hostile tester's lines that ended the game with a stack trace or ran it out of memory (losing the turns since the
 * last autosave): each is refused with a message, the state stays as it was, and the game goes on.
 */
class HugeInputTest {

    private static final Engine SANDBOX = sandbox();

    private static Engine sandbox() {
        try {
            return SandboxCommand.engine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Plays the lines in the sandbox's game loop over byte streams, then 'status'; what it printed. */
    private static String play(String... lines) throws Exception {
        String input = String.join("\n", lines) + "\naws ec2 describe-key-pairs --query KeyPairs[].KeyName --output"
                + " text\nquit\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, 100)) {
            new GameLoop(SANDBOX, ui, SANDBOX.start(1)).run();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStackOverflowInAnyCommandIsRefusedAndTheGameGoesOn() throws Exception {
        // the CLI's shorthand syntax is read recursively: 5,000 brackets overflow the stack of any JVM
        String o = play("aws ec2 create-key-pair --key-name kept --query KeyName",
                "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --tag-specifications ResourceType=instance,"
                        + "Tags=" + "[".repeat(5000));
        String flat = o.replaceAll("\\s+", " ");
        assertTrue(flat.contains("That line was not carried out: it is nested too deeply for the game to read."
                + " Nothing changed"), o.substring(Math.max(0, o.length() - 2000)));
        assertTrue(o.contains("--output text\nkept\n"), "the game went on, with its key pair: "
                + o.substring(o.length() - 300));
    }

    @Test
    void deeplyNestedShellAndQueryLinesGetTheirOwnMessages() {
        GameState s = SANDBOX.start(1).state();
        String subst = TextFixesTest.said(SANDBOX.step(s, "echo " + "$(".repeat(2000)));
        assertTrue(subst.contains("$( … ) nested more than 64 deep"), subst);
        for (String query : new String[] {"[".repeat(2000), "!".repeat(5000), "(".repeat(3000)}) {
            Step q = SANDBOX.step(s, "aws ec2 describe-instances --query '" + query + "'");
            String said = TextFixesTest.said(q);
            assertTrue(said.contains("Invalid jmespath expression: nested more than 64 brackets deep"), said);
        }
        String fine = TextFixesTest.said(SANDBOX.step(s, "aws ec2 describe-instances --query '[[[Reservations]]]'"));
        assertFalse(fine.contains("nested more than"), fine);
    }

    @Test
    void theLaptopStopsGrowingAtItsLimitInsteadOfRunningOutOfMemory() {
        Step s = SANDBOX.step(SANDBOX.start(1).state(), "export A=" + "x".repeat(96));
        for (int i = 0; i < 25; i++) {
            Step next = SANDBOX.step(s.state(), "export A=$A$A");
            if (i < 16) {
                assertEquals(96L << (i + 1), next.state().laptop().vars().get("A").length(), "doubling " + (i + 1));
            } else {
                String said = TextFixesTest.said(next);
                assertTrue(said.contains("bash: xrealloc: cannot allocate")
                        || said.contains("No space left on device"), "doubling " + (i + 1) + ": " + said);
                assertTrue(next.state().laptop().vars().get("A").length() <= Laptop.MAX_CHARS);
            }
            s = next;
        }
        Step files = s;
        for (int i = 0; i < 12; i++) {
            files = SANDBOX.step(files.state(), "echo $A > f" + i);
        }
        long total = files.state().laptop().vars().values().stream().mapToLong(String::length).sum();
        for (String f : files.state().laptop().files().values()) {
            total += f.length();
        }
        assertTrue(total <= Laptop.MAX_CHARS, "the laptop holds " + total);
        assertTrue(TextFixesTest.said(files).contains("bash: write error: No space left on device"),
                TextFixesTest.said(files));
    }
}
