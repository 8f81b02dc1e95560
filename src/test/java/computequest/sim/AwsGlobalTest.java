package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI's global behaviour, each checked against a documented fact: the CLI's own help examples
 * (aws configure list), awscli/examples (sts get-caller-identity), the EC2 API reference (DryRunOperation) and the
 * waiter definitions in the service models (delay, maxAttempts, botocore's failure message).
 */
class AwsGlobalTest {

    private static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro";

    @Test
    void callerIdentityHasTheDocumentedMembers() {
        JsonObject o = JsonParser.parseString(Sim.run(Sim.withRoles(Cloud.fresh(1)), "aws sts get-caller-identity").output())
                .getAsJsonObject();
        assertEquals(List.of("UserId", "Account", "Arn"), List.copyOf(o.keySet()));
        assertEquals(Cloud.ACCOUNT_ID, o.get("Account").getAsString());
    }

    @Test
    void configureListUsesTheClisColumns() {
        String out = Sim.run(Sim.withRoles(Cloud.fresh(1)), "aws configure list").output();
        String[] lines = out.split("\n");
        assertEquals("      Name                    Value             Type    Location", lines[0]);
        assertEquals("      ----                    -----             ----    --------", lines[1]);
        assertEquals("   profile                <not set>             None    None", lines[2]);
        assertTrue(lines[3].matches("access_key +\\*{16}[A-Z]{4} shared-credentials-file +"), lines[3]);
        assertEquals("    region                us-east-1      config-file    ~/.aws/config", lines[5]);
    }

    @Test
    void configureSetGetAndTheDefaultOutputFormat() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), "aws configure set output text");
        assertEquals("text", Sim.run(c, "aws configure get output").output());
        assertEquals(Cloud.ACCOUNT_ID + "\tarn:aws:iam::123456789012:user/student\tAIDASAMPLEUSERID",
                Sim.run(c, "aws sts get-caller-identity").output(), "text: scalars in key order, tab-separated");
        Outcome missing = CloudSim.execute(c, "aws configure get nothing_here");
        assertFalse(missing.ok());
        assertEquals("", missing.output());
        assertTrue(Sim.refused(c, "aws sts get-caller-identity --profile dev")
                .contains("The config profile (dev) could not be found"));
        c = Sim.ok(c, "aws configure set region us-east-1 --profile dev");
        Sim.run(c, "aws sts get-caller-identity --profile dev");
    }

    @Test
    void versionSaysItIsTheGamesCliShapedLikeVersion2() {
        String v = Sim.run(Sim.withRoles(Cloud.fresh(1)), "aws --version").output();
        assertTrue(v.startsWith("aws-cli/2.") && v.contains("simulated"), v);
    }

    @Test
    void dryRunAnswersDryRunOperationAndLaunchesNothing() {
        String out = Sim.refused(Sim.withRoles(Cloud.fresh(1)), LAUNCH + " --dry-run");
        assertTrue(out.contains("DryRunOperation") && out.contains("Request would have succeeded, but DryRun flag is set."));
    }

    @Test
    void queryAndTextGiveTheInstanceIdsOnOneLine() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), LAUNCH + " --count 2");
        String ids = Sim.run(c, "aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId' --output text")
                .output();
        assertTrue(ids.matches("i-[0-9a-f]{17}\ti-[0-9a-f]{17}"), ids);
    }

    @Test
    void waitersPollAsTheModelSaysAndGiveUpAsBotocoreDoes() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), LAUNCH);
        String id = c.instances().keySet().iterator().next();
        Outcome running = CloudSim.execute(c, "aws ec2 wait instance-running --instance-ids " + id);
        assertTrue(running.ok(), running.output());
        assertEquals("", running.output(), "a waiter prints nothing when the condition holds");
        assertEquals("running", running.cloud().instances().get(id).state().apiName());
        long before = running.cloud().clock();
        Outcome stopped = CloudSim.execute(running.cloud(), "aws ec2 wait instance-stopped --instance-ids " + id);
        assertFalse(stopped.ok());
        assertTrue(stopped.output().startsWith("Waiter InstanceStopped failed: Max attempts exceeded"), stopped.output());
        assertEquals(39 * 15, stopped.cloud().clock() - before, "40 polls, 15 s apart (waiters-2.json)");
    }

    @Test
    void lambdaAndEcsWaitersExist() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), "aws lambda create-function --function-name f --runtime python3.12 --handler"
                + " lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic"
                + " --zip-file fileb://hello.zip");
        Outcome o = CloudSim.execute(c, "aws lambda wait function-active --function-name f");
        assertTrue(o.ok(), o.output());
        assertTrue(Sim.refused(c, "aws ecs wait services-stabel").contains("Did you mean services-stable?"));
    }
}
