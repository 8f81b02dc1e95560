package computequest.sim;

import static computequest.sim.RealAccountRulesTest.AL2023;
import static computequest.sim.RealAccountRulesTest.failing;
import static computequest.sim.RealAccountRulesTest.only;
import static computequest.sim.Sim.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 17's smaller facts (fact sheet, verified additions 6 and 8): each as a real account has it, and breaking it
 * fails with AWS's error code.
 */
class RealAccountFactsTest {

    static final String IMAGE = "aws ec2 create-image --instance-id ID --name tracker --query ImageId --output text";

    record Made(Cloud cloud, String ami) {
    }

    static Made image() {
        Cloud c = Sim.wait(ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro"), 30);
        Outcome o = Sim.run(c, IMAGE.replace("ID", only(c).instanceId()));
        return new Made(o.cloud(), o.output().strip());
    }

    // ---- AMIs: pending, then available; the snapshot is billed until deleted ----

    @Test
    void aNewAmiIsPendingAndCannotLaunchUntilAvailable() {
        Made m = image();
        String launch = "aws ec2 run-instances --image-id " + m.ami() + " --instance-type t3.micro";
        assertTrue(Sim.run(m.cloud(), "aws ec2 describe-images --owners self").output().contains("\"State\": \"pending\""));
        failing(m.cloud(), launch, "InvalidAMIID.Unavailable");
        Outcome waited = Sim.run(m.cloud(), "aws ec2 wait image-available --image-ids " + m.ami());
        assertTrue(Sim.run(waited.cloud(), "aws ec2 describe-images --owners self").output()
                .contains("\"State\": \"available\""));
        ok(waited.cloud(), launch);
        Outcome later = CloudSim.advance(m.cloud(), Catalog.AMI_PENDING_SECONDS);
        assertTrue(String.join(" ", later.changes()).contains(m.ami() + ": pending -> available"), later.changes().toString());
    }

    @Test
    void theSnapshotIsBilledUntilDeletedEvenAfterTheAmiIsDeregistered() {
        Made m = image();
        String snap = "snap-0" + m.ami().substring(5);
        double month = Catalog.DEFAULT_ROOT_GIB * 0.05;
        Cloud hour = Sim.wait(m.cloud(), 3600);
        assertEquals(month / 730, Sim.billed(hour, "EBS snapshot"), 1e-9, "8 GiB at $0.05 per GB-month, per hour");
        failing(hour, "aws ec2 delete-snapshot --snapshot-id " + snap, "InvalidSnapshot.InUse");
        Cloud kept = ok(hour, "aws ec2 deregister-image --image-id " + m.ami());
        failing(kept, "aws ec2 run-instances --image-id " + m.ami() + " --instance-type t3.micro", "InvalidAMIID.NotFound");
        assertTrue(Sim.run(kept, "aws ec2 describe-snapshots --owner-ids self").output().contains(snap));
        assertEquals(2 * month / 730, Sim.billed(Sim.wait(kept, 3600), "EBS snapshot"), 1e-9, "still billed");
        Cloud gone = ok(kept, "aws ec2 delete-snapshot --snapshot-id " + snap);
        assertEquals(month / 730, Sim.billed(Sim.wait(gone, 3600), "EBS snapshot"), 1e-9, "no longer billed");
        failing(gone, "aws ec2 delete-snapshot --snapshot-id " + snap, "InvalidSnapshot.NotFound");
        Outcome both = Sim.run(hour, "aws ec2 deregister-image --image-id " + m.ami() + " --delete-associated-snapshots");
        assertTrue(both.output().contains(snap), both.output());
        assertTrue(Sim.of(both.cloud(), "snapshot").isEmpty());
        failing(hour, "aws ec2 deregister-image --image-id " + AL2023, "UnauthorizedOperation");
    }

    // ---- instances ----

    @Test
    void theVcpuQuotaReplacesACountCap() {
        int per = 2;
        int fit = Catalog.ON_DEMAND_STANDARD_VCPUS / per;
        Cloud c = Cloud.fresh(1);
        Outcome o = failing(c, "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro --count "
                + (fit + 1), "VcpuLimitExceeded");
        assertTrue(o.output().contains("current vCPU limit of " + Catalog.ON_DEMAND_STANDARD_VCPUS), o.output());
        c = ok(c, "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro --count " + (fit - 1));
        Cloud ranged = ok(c, "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro --count 1:5");
        assertEquals(fit, ranged.instances().size(), "MIN:MAX launches as many as fit");
        failing(ranged, "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro", "VcpuLimitExceeded");
        Cloud stopped = ok(Sim.wait(ranged, 30), "aws ec2 stop-instances --instance-ids "
                + ranged.instances().keySet().iterator().next());
        ok(Sim.wait(stopped, 30), "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro");
    }

    @Test
    void anInstanceWithHibernationEnabledCannotChangeItsType() {
        Cloud c = Sim.wait(ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro"
                + " --hibernation-options Configured=true --block-device-mappings"
                + " 'DeviceName=/dev/xvda,Ebs={Encrypted=true}'"), 30);
        String id = only(c).instanceId();
        c = Sim.wait(ok(c, "aws ec2 stop-instances --instance-ids " + id + " --hibernate"), 60);
        Outcome o = failing(c, "aws ec2 modify-instance-attribute --instance-id " + id + " --instance-type t3.small",
                "UnsupportedHibernationConfiguration");
        assertTrue(o.output().contains("hibernation enabled"), o.output());
    }

    @Test
    void ubuntuImagesBelongToCanonical() {
        Cloud c = Cloud.fresh(1);
        String canonical = Sim.run(c, "aws ec2 describe-images --owners 099720109477 --query 'Images[].ImageId'"
                + " --output text").output().strip();
        assertEquals(RealAccountRulesTest.UBUNTU, canonical);
        String amazon = Sim.run(c, "aws ec2 describe-images --owners amazon --query 'Images[].ImageId' --output text")
                .output();
        assertFalse(amazon.contains(RealAccountRulesTest.UBUNTU), amazon);
    }

    @Test
    void aWindowsInstanceSaysItsRealRateIsHigherThanLinux() {
        Cloud c = Sim.wait(ok(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60003"
                + " --instance-type t3.micro"), 3600);
        assertTrue(c.ledger().lines().stream().anyMatch(l -> l.description().contains("Windows")
                && l.description().contains("licence")), c.ledger().lines().toString());
        String said = String.join(" ", Sim.run(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60003"
                + " --instance-type t3.micro").changes());
        assertTrue(said.contains("costs more per hour than Linux") && !said.matches(".*\\$0\\.\\d+.*Windows.*"), said);
        String linux = String.join(" ", Sim.run(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023
                + " --instance-type t3.micro").changes());
        assertFalse(linux.contains("Windows"), linux);
    }

    // ---- Lambda ----

    static final String CREATE = "aws lambda create-function --function-name f --handler lambda_function.lambda_handler"
            + " --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://hello.zip --runtime ";

    @Test
    void currentRuntimesAreAcceptedAndDeprecatedOnesRefused() {
        Cloud c = ok(Cloud.fresh(1), RealAccountRulesTest.LAMBDA_ROLE);
        for (String r : new String[] {"python3.14", "nodejs24.x", "java25", "dotnet10", "ruby3.4", "java17.al2023"}) {
            ok(c, CREATE + r);
        }
        Outcome o = failing(c, CREATE + "nodejs20.x", "InvalidParameterValueException");
        assertTrue(o.output().contains("no longer supported") && o.output().contains("nodejs24.x"), o.output());
        failing(c, CREATE + "dotnet8", "InvalidParameterValueException");
        failing(c, CREATE + "python3.9", "InvalidParameterValueException");
    }

    @Test
    void theAccountSettingsSayANewAccountsConcurrencyCanBeLower() {
        Outcome o = Sim.run(Cloud.fresh(1), "aws lambda get-account-settings");
        assertTrue(o.output().contains("\"ConcurrentExecutions\": 1000"), o.output());
        assertTrue(String.join(" ", o.changes()).contains("far fewer"), o.changes().toString());
    }

    @Test
    void anAsynchronousInvokeAnswers202WithNoPayload() {
        Cloud c = Sim.played(Cloud.fresh(1), RealAccountRulesTest.LAMBDA_ROLE, CREATE + "python3.13");
        Outcome async = Sim.run(c, "aws lambda invoke --function-name f --invocation-type Event out.json");
        assertEquals("{\n    \"StatusCode\": 202\n}", async.output().strip());
        assertFalse(String.join(" ", async.changes()).contains("now holds"), async.changes().toString());
        assertTrue(Sim.run(c, "aws lambda invoke --function-name f out.json").output().contains("\"StatusCode\": 200"));
    }

    @Test
    void anSqsBatchGoesUpTo10000WithABatchingWindow() {
        Cloud c = ok(Cloud.fresh(1), RealAccountRulesTest.LAMBDA_ROLE, CREATE + "python3.13",
                "aws sqs create-queue --queue-name orders");
        String map = "aws lambda create-event-source-mapping --function-name f --event-source-arn"
                + " arn:aws:sqs:us-east-1:123456789012:";
        failing(c, map + "orders --batch-size 10000", "InvalidParameterValueException");
        failing(c, map + "orders --batch-size 10001 --maximum-batching-window-in-seconds 5", "InvalidParameterValue");
        Outcome big = Sim.run(c, map + "orders --batch-size 10000 --maximum-batching-window-in-seconds 5");
        assertTrue(big.output().contains("\"BatchSize\": 10000") && big.output().contains(
                "\"MaximumBatchingWindowInSeconds\": 5"), big.output());
    }
}
