package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.present.Telling;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A playtester's text notes: the sandbox's list of services, a single choice, and chapter 1's open port 80. */
class TextFixesTest {

    static String said(Step step) {
        return Telling.plain(step.events());
    }

    @Test
    void theSandboxIntroNamesEveryServiceAwsHelpLists() throws Exception {
        Engine sandbox = SandboxCommand.engine();
        Step start = sandbox.start(1);
        String intro = said(start).replaceAll("\\s+", " ");
        Matcher m = Pattern.compile("Simulated services: ([a-z0-9, ]+)").matcher(said(sandbox.step(start.state(),
                "aws help")));
        assertTrue(m.find());
        List<String> services = Arrays.stream(m.group(1).split(", ")).map(String::strip).toList();
        assertTrue(services.containsAll(List.of("iam", "elbv2", "sts")), services.toString());
        for (String service : services) {
            assertTrue(Pattern.compile("[:,] " + service + "( and|[,.])| and " + service + "\\.").matcher(intro).find(),
                    service + " is missing from the sandbox's intro:\n" + intro);
        }
        assertFalse(intro.contains("{"), intro);
    }

    @Test
    void aSingleChoiceSaysType1() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState s = TestPlaytest.start(engine, "ec2-done", 1).state();
        assertEquals(1, engine.visibleChoices(s).size());
        String wrong = said(engine.step(s, "fly me to the moon"));
        assertTrue(wrong.contains("type 1") && !wrong.contains("(1-1)"), wrong);
        String why = said(engine.step(s, "why"));
        assertTrue(why.contains("type 1") && !why.contains("1-1"), why);
        String help = said(engine.step(s, "help"));
        assertFalse(help.contains("(1-1)"), help);
    }

    @Test
    void chapterOnesCleanUpTeachesToRevokeTheOpenPort80() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState s = TestPlaytest.start(engine, "ec2-web", 1).state();
        s = engine.step(s, "aws ec2 authorize-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol tcp"
                + " --port 80 --cidr 0.0.0.0/0").state();
        GameState atCleanUp = engine.step(s.withScene("ec2-terminate"), "look").state();
        String look = said(engine.step(atCleanUp, "look"));
        assertTrue(look.contains("aws ec2 revoke-security-group-ingress --group-id sg-0c0ffee0defa17c01 --protocol"
                + " tcp --port 80 --cidr 0.0.0.0/0"), look);
        Step revoked = engine.step(atCleanUp, "aws ec2 revoke-security-group-ingress --group-id sg-0c0ffee0defa17c01"
                + " --protocol tcp --port 80 --cidr 0.0.0.0/0");
        assertTrue(said(revoked).contains("Port 80 is closed again"), said(revoked));
        assertFalse(said(engine.step(revoked.state(), "look")).contains("revoke-security-group-ingress"),
                "once closed, the scene no longer asks for it");
    }

    @Test
    void theLaunchLineSaysWhatBillsWhilePending() throws Exception {
        Engine sandbox = SandboxCommand.engine();
        String launch = said(sandbox.step(sandbox.start(1).state(),
                "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"));
        String flat = launch.replaceAll("\\s+", " ");
        assertFalse(flat.contains("Not billed until"), flat);
        assertTrue(flat.contains("instance hours bill once it runs") && flat.contains("public IPv4 address bill from now"),
                flat);
    }
}
