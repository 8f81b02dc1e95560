package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** author record: a played session becomes a walkthrough with state expectations, and that walkthrough passes. */
class AuthorRecordTest {

    @Test
    void aPlayedSessionBecomesAPassingWalkthroughWithStateExpectations() throws Exception {
        Engine engine = AuthorToolsTest.engine(Path.of("story"));
        String typed = "1\n1\nhint\n1\naws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem\n"
                + "chmod 400 bakery.pem\n"
                + "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name bakery"
                + "\nundo\nwait 60\nquit\n";
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        String walk = AuthorRecordCommand.record(engine, null, 1, new ByteArrayInputStream(typed.getBytes(
                StandardCharsets.UTF_8)), shown);
        assertTrue(shown.toString(StandardCharsets.UTF_8).contains("Launch"), "the game was played and shown");
        assertTrue(walk.contains("> 1\nexpect scene ec2-ami\n"), walk);
        assertTrue(walk.contains("> aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                + " --key-name bakery\nexpect scene ec2-pending\n"), walk);
        assertTrue(walk.contains("// typed 'undo': a walkthrough cannot replay it\n"), walk);
        assertTrue(walk.contains("expect instance state="), walk);
        assertTrue(walk.contains("expect score ="), walk);
        assertTrue(!walk.contains("> quit"), walk);
        WalkthroughRunner.Result r = WalkthroughRunner.run(engine, "rec.walk", walk);
        assertTrue(r.passed(), r.line() + "\n" + walk);
        assertTrue(r.expectations() >= 6, r.line());
        assertEquals("ec2-firewall", r.reached().stream().reduce((a, b) -> b).orElse(""), r.reached().toString());
    }
}
