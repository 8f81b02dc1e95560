package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.ec2.Instance;
import org.junit.jupiter.api.Test;

/** Inputs a playtester copied from AWS documentation, and the answers they deserve. */
class PlaytestFixesTest {

    private static Outcome run(Cloud c, String line) {
        return CloudSim.execute(c, line);
    }

    @Test
    void minAndMaxCountLaunchAsManyAsMaxCount() {
        Outcome o = run(Sim.withRoles(Cloud.fresh(1)), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                + " --min-count 2 --max-count 2");
        assertTrue(o.ok(), o.output());
        assertEquals(2, o.cloud().instances().size());
        assertFalse(run(Sim.withRoles(Cloud.fresh(1)), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type"
                + " t3.micro --min-count 3 --max-count 2").ok());
    }

    @Test
    void modifyInstanceAttributeTakesTheDocumentationJsonForm() {
        Cloud c = Ec2LifecycleTest.launch("");
        String id = c.instances().keySet().iterator().next();
        c = CloudSim.advance(c, 30).cloud();
        c = CloudSim.advance(Ec2LifecycleTest.ok(c, "aws ec2 stop-instances --instance-ids " + id).cloud(), 60).cloud();
        Outcome o = run(c, "aws ec2 modify-instance-attribute --instance-id " + id
                + " --instance-type \"{\\\"Value\\\": \\\"t3.small\\\"}\"");
        assertTrue(o.ok(), o.output());
        assertEquals("t3.small", o.cloud().instances().get(id).instanceType());
    }

    @Test
    void sshReachesAnInstanceByItsPublicIp() {
        Cloud c = CloudSim.advance(Ec2LifecycleTest.launch(""), 30).cloud();
        Instance i = c.instances().values().iterator().next();
        Outcome o = run(c, "ssh -i bakery.pem ec2-user@" + i.publicIp() + " 'echo hi > /dev/shm/x'");
        assertTrue(o.ok(), o.output());
        assertEquals("hi", o.cloud().instances().get(i.instanceId()).ram().get("/dev/shm/x"));
    }

    @Test
    void otherToolsSayWhatToTypeInstead() {
        assertTrue(CloudSim.isCloudCommand("eksctl create cluster --name x"));
        Outcome o = run(Sim.withRoles(Cloud.fresh(1)), "eksctl create cluster --name x");
        assertFalse(o.ok());
        assertTrue(o.output().contains("aws eks create-cluster"), o.output());
    }

    @Test
    void aTaskDefinitionFileWithoutFileSchemeGetsAPreciseHint() {
        Outcome o = run(Sim.withRoles(Cloud.fresh(1)), "aws ecs register-task-definition --cli-input-json taskdef.json");
        assertFalse(o.ok());
        assertTrue(o.output().contains("file://taskdef.json"), o.output());
        assertFalse(o.output().contains("com.google"), o.output());
        Outcome broken = run(Sim.withRoles(Cloud.fresh(1)), "aws ecs register-task-definition --cli-input-json '{\"family\": x}'");
        assertFalse(broken.output().contains("Exception") || broken.output().contains("setStrictness"), broken.output());
    }

    @Test
    void theZipFileHintNamesTheFileOnce() {
        Outcome o = run(Sim.withRoles(Cloud.fresh(1)), "aws lambda create-function --function-name f --runtime python3.12 --handler"
                + " lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file file://resize.zip");
        assertTrue(o.output().contains("fileb://resize.zip ") && !o.output().contains("fileb://file://"), o.output());
    }

    @Test
    void theTimeoutLimitsTheInvokePhaseNotTheColdStart() {
        Cloud c = Sim.withRoles(Cloud.fresh(1));
        c = run(c, "aws lambda create-function --function-name f --runtime python3.12 --handler"
                + " lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://resize.zip")
                .cloud();
        c = Sim.wait(c, CloudSim.SECONDS_PER_COMMAND); // the player's next command: the function is Active by then
        Outcome slow = run(c, "aws lambda invoke --function-name f out.json");
        String all = slow.output() + String.join("\n", slow.changes());
        assertTrue(all.contains("Task timed out after 3.00 seconds"), all);
        assertTrue(all.contains("Duration: 3000.00 ms"), "the run is cut at the timeout itself: " + all);
        assertTrue(all.contains("needs about"), "says how long the code needed: " + all);
    }
}
