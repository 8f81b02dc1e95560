package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.ec2.Ec2Ids;
import org.junit.jupiter.api.Test;

/** EC2 answers an id of the wrong shape with KIND.Malformed, and a well-formed id that names nothing with NotFound. */
class Ec2MalformedIdsTest {

    static final Cloud C = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
            + " --instance-type t3.micro");

    static void malformed(String cmd, String code, String operation, String id) {
        String out = Sim.refused(C, cmd);
        assertTrue(out.contains("An error occurred (" + code + ") when calling the " + operation + " operation:"
                + " Invalid id: \"" + id + "\""), out);
    }

    static void notFound(String cmd, String code) {
        String out = Sim.refused(C, cmd);
        assertTrue(out.contains("(" + code + ")"), out);
    }

    @Test
    void idsOfTheWrongShapeAreMalformed() {
        // The playtester's ids: 15 hex digits after i-, and an AMI id far too short.
        malformed("aws ec2 describe-instances --instance-ids i-000000000000000", "InvalidInstanceID.Malformed",
                "DescribeInstances", "i-000000000000000");
        malformed("aws ec2 stop-instances --instance-ids web-1", "InvalidInstanceID.Malformed", "StopInstances",
                "web-1");
        malformed("aws ec2 run-instances --image-id ami-12345 --instance-type t3.micro", "InvalidAMIID.Malformed",
                "RunInstances", "ami-12345");
        malformed("aws ec2 describe-images --image-ids ami-0A1B2C3D4E5F60001", "InvalidAMIID.Malformed",
                "DescribeImages", "ami-0A1B2C3D4E5F60001");
        malformed("aws ec2 describe-security-groups --group-ids sg-web", "InvalidGroupId.Malformed",
                "DescribeSecurityGroups", "sg-web");
        malformed("aws ec2 describe-subnets --subnet-ids subnet-123", "InvalidSubnetID.Malformed",
                "DescribeSubnets", "subnet-123");
        malformed("aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --subnet-id"
                + " subnet-xyz", "InvalidSubnetID.Malformed", "RunInstances", "subnet-xyz");
        malformed("aws ec2 describe-vpcs --vpc-ids vpc-1", "InvalidVpcID.Malformed", "DescribeVpcs", "vpc-1");
    }

    @Test
    void wellFormedIdsThatNameNothingAreNotFound() {
        // Ids of both lengths, 17 hex digits (as in the CLI's documented examples) and 8 for older resources.
        notFound("aws ec2 describe-instances --instance-ids i-1234567890abcdef0", "InvalidInstanceID.NotFound");
        notFound("aws ec2 describe-instances --instance-ids i-12345678", "InvalidInstanceID.NotFound");
        notFound("aws ec2 describe-images --image-ids ami-0abcdef1234567890", "InvalidAMIID.NotFound");
        notFound("aws ec2 describe-security-groups --group-ids sg-903004f8", "InvalidGroup.NotFound");
        notFound("aws ec2 describe-subnets --subnet-ids subnet-04a636d18e83cfacb", "InvalidSubnetID.NotFound");
        notFound("aws ec2 describe-vpcs --vpc-ids vpc-a01106c2", "InvalidVpcID.NotFound");
    }

    @Test
    void theShapeIsPrefixAnd8Or17LowercaseHexDigits() {
        assertTrue(Ec2Ids.wellFormed("i-1234567890abcdef0", "i-"));
        assertTrue(Ec2Ids.wellFormed("i-12345678", "i-"));
        assertFalse(Ec2Ids.wellFormed("i-000000000000000", "i-"));
        assertFalse(Ec2Ids.wellFormed("i-1234567890abcdef00", "i-"));
        assertFalse(Ec2Ids.wellFormed("i-1234567890ABCDEF0", "i-"));
        assertFalse(Ec2Ids.wellFormed("i-1234567890abcdefg", "i-"));
        assertFalse(Ec2Ids.wellFormed("ami-1234567890abcdef0", "i-"));
    }
}
