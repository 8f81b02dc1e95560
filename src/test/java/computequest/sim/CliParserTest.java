package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliParserTest {

    private static String refuse(String cmd) {
        Outcome o = CloudSim.execute(Cloud.fresh(1), cmd);
        assertFalse(o.ok(), cmd + " should be refused");
        return o.output();
    }

    @Test
    void suggestsTheClosestParameter() {
        assertTrue(refuse("aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-tpye t3.micro")
                .contains("Did you mean --instance-type?"));
    }

    @Test
    void suggestsTheClosestOperationAndService() {
        assertTrue(refuse("aws ec2 run-instance").contains("Did you mean run-instances?"));
        assertTrue(refuse("aws ec3 describe-instances").contains("Did you mean ec2?"));
    }

    @Test
    void namesMissingRequiredParameters() {
        assertTrue(refuse("aws ec2 run-instances --instance-type t3.micro").contains("needs --image-id"));
    }

    @Test
    void saysWhenARealCommandIsNotSimulated() {
        assertTrue(refuse("aws ec2 create-vpc --cidr-block 10.0.0.0/16").contains("real AWS command"));
    }

    @Test
    void acceptsDocumentationStyleCommandLines() {
        Cloud keyed = CloudSim.execute(Cloud.fresh(1), "aws ec2 create-key-pair --key-name MyKeyPair").cloud();
        Outcome o = CloudSim.execute(keyed, "aws ec2 run-instances --image-id=ami-0a1b2c3d4e5f60001"
                + " --instance-type t3.micro --count 1 --key-name MyKeyPair --security-group-ids sg-0c0ffee0defa17c01"
                + " --region us-east-1 --output table");
        assertTrue(o.ok(), o.output());
        assertTrue(o.output().contains("RunInstances"), o.output());
    }

    @Test
    void refusesAnotherRegionAndAnUnclosedQuote() {
        assertTrue(refuse("aws ec2 describe-instances --region eu-west-1").contains("one region"));
        assertTrue(refuse("aws ec2 describe-instances --filters 'Name=x").contains("never closed"));
    }

    @Test
    void perCommandHelpListsParameters() {
        Outcome o = CloudSim.execute(Cloud.fresh(1), "aws ec2 run-instances help");
        assertTrue(o.ok());
        assertTrue(o.output().contains("--instance-type") && o.output().contains("--hibernation-options"));
    }

    @Test
    void garbageIsRefusedWithAMessageNeverAnInternalError() {
        for (String s : new String[] {"", "aws '", "aws ec2 --", "aws ec2 run-instances --count", "ssh",
                "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --count 99",
                "aws ec2 describe-instances --filters Name=nope,Values=1", "\\", "aws ec2 stop-instances --instance-ids i-zz"}) {
            Outcome o = CloudSim.execute(Cloud.fresh(1), s);
            org.junit.jupiter.api.Assertions.assertNotEquals("InternalError", o.errorCode(), s + ": " + o.output());
            assertFalse(o.ok(), s + " should be refused");
            assertFalse(o.output().isBlank(), s + " is refused with no message");
        }
    }
}
