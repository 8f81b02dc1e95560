package computequest.laptop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.Cloud;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A file whose owner write bit is off (chmod 400) cannot be written, as with bash run by a normal user (checked
 * with {@code runuser -u nobody -- bash -c 'echo a > k.pem; chmod 400 k.pem; echo x > k.pem'}: it prints
 * "bash: k.pem: Permission denied", exits 1, and k.pem still holds "a"). bash opens a redirection before it runs
 * the command, so a refused one means the command never ran.
 */
class ReadOnlyFileTest {

    private Laptop laptop = Laptop.fresh();
    private Cloud cloud = Cloud.fresh(7);
    private Ran last;

    private Ran run(String line) {
        last = Shell.run(laptop, cloud, line);
        laptop = last.laptop();
        cloud = last.cloud();
        return last;
    }

    private String errors() {
        return last.out().stream().filter(o -> o.kind() == Out.Kind.ERROR).map(Out::text)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void writingOrAppendingToAReadOnlyFileIsRefusedAndLeavesIt() {
        run("echo a > k.pem");
        run("chmod 400 k.pem");
        for (String line : new String[] {"echo x > k.pem", "echo y >> k.pem", "echo z > other.txt > k.pem"}) {
            assertFalse(run(line).ok(), line);
            assertEquals("bash: k.pem: Permission denied", errors().lines().findFirst().orElse(""), line);
            assertEquals("a\n", laptop.read("k.pem").orElseThrow(), line);
            assertEquals(0400, laptop.mode("k.pem"), line);
        }
        assertEquals("", laptop.read("other.txt").orElseThrow(), "bash opens redirections left to right");
        run("chmod u+w k.pem");
        assertTrue(run("echo y >> k.pem").ok());
        assertEquals("a\ny\n", laptop.read("k.pem").orElseThrow());
    }

    @Test
    void aCloudCommandIntoAReadOnlyFileDoesNotRun() {
        run("aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem");
        assertTrue(last.ok(), last.out().toString());
        String key = laptop.read("bakery.pem").orElseThrow();
        assertTrue(key.startsWith("-----BEGIN"), key);
        run("chmod 400 bakery.pem");
        run("aws ec2 create-key-pair --key-name bakery2 --query KeyMaterial --output text > bakery.pem");
        assertFalse(last.ok());
        assertEquals(0, last.cloudCalls(), "the redirection failed first, so aws never ran");
        assertTrue(errors().startsWith("bash: bakery.pem: Permission denied"), errors());
        assertEquals(key, laptop.read("bakery.pem").orElseThrow());
        run("aws ec2 describe-key-pairs --query KeyPairs[].KeyName --output text");
        assertEquals("bakery", last.out().stream().filter(o -> o.kind() == Out.Kind.OUTPUT).map(Out::text)
                .collect(Collectors.joining()).strip(), "no second key pair was made");
    }

    @Test
    void aRedirectionIntoAMissingFolderAlsoStopsTheCommand() {
        run("aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > nofolder/bakery.pem");
        assertEquals("bash: nofolder/bakery.pem: No such file or directory", errors());
        assertEquals(0, last.cloudCalls());
    }

    @Test
    void cpAndTheEditorRefuseAReadOnlyTarget() {
        run("echo a > k.pem");
        run("chmod 444 k.pem");
        assertFalse(run("cp taskdef.json k.pem").ok());
        assertEquals("cp: cannot create regular file 'k.pem': Permission denied", errors());
        assertEquals("a\n", laptop.read("k.pem").orElseThrow());
        assertNull(run("nano k.pem").edit());
        assertTrue(errors().startsWith("nano: k.pem: Permission denied"), errors());
        assertTrue(run("cp k.pem copy.pem").ok(), "reading it is still allowed");
        assertEquals(0444 & ~022, laptop.mode("copy.pem"));
    }
}
