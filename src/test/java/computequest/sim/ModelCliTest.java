package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.model.Models;
import org.junit.jupiter.api.Test;

/**
 * The command line read by AWS's own service models. Every expectation is a documented fact: a real operation name,
 * an example from the AWS CLI's documentation, or the real CLI's message for the same line (checked with
 * {@code aws} 1.45 against a closed endpoint; {@link RealCliOracleTest} repeats that check when aws is installed).
 */
class ModelCliTest {

    private static String refused(String cmd) {
        return Sim.refused(Cloud.fresh(1), cmd);
    }

    @Test
    void realOperationsThatAreNotSimulatedSaySoAndTyposAreCorrectedFromTheRealNames() {
        assertTrue(refused("aws ec2 create-nat-gateway --subnet-id subnet-1").contains("is a real AWS command"));
        assertTrue(refused("aws ec2 create-tag").contains("Did you mean create-tags?"));
        assertTrue(refused("aws stss get-caller-identity").contains("Did you mean sts?"));
        assertTrue(refused("aws rds describe-db-instances").contains("is a real AWS service"));
        assertTrue(Models.operations("ec2").contains("create-tags"));
        assertTrue(Models.operations("s3").contains("ls"), "the CLI's own commands are listed too");
        assertTrue(Models.operations("ecr").contains("get-login-password"));
        assertTrue(Models.services().size() > 400, "every service of the AWS CLI");
    }

    @Test
    void anUnambiguousPrefixOfAParameterIsAccepted() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ecs create-cluster --cluster-name default");
        assertTrue(Sim.run(c, "aws ecs describe-clusters --cluster default").output().contains("\"clusterName\": \"default\""));
        assertTrue(refused("aws ecs describe-clusters --c default")
                .contains("aws: error: ambiguous option: --c could match --color, --ca-bundle, --cli-read-timeout"));
    }

    @Test
    void argumentParserErrorsAreWordedAsTheCliWordsThem() {
        assertTrue(refused("aws ec2 start-instances")
                .contains("aws: error: the following arguments are required: --instance-ids"));
        assertTrue(refused("aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --foo 1")
                .contains("Unknown options: --foo, 1"));
        assertTrue(refused("aws ec2 describe-instances --output xml")
                .contains("aws: error: argument --output: Invalid choice, valid choices are:"));
        assertTrue(refused("aws ec2 describe-instances --max-items x")
                .contains("aws: error: argument --max-items: invalid int value: 'x'"));
        assertTrue(refused("aws ec2 describe-instances --region")
                .contains("aws: error: argument --region: expected one argument"));
    }

    @Test
    void shorthandAndJsonAreReadByTheModelAndValidatedAsBotocoreDoes() {
        String base = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro ";
        assertTrue(refused(base + "--placement AvailabilityZone")
                .contains("Error parsing parameter '--placement': Expected: '=', received: 'EOF' for input:"));
        assertTrue(refused(base + "--placement Foo=bar").contains("Parameter validation failed:\n"
                + "Unknown parameter in Placement: \"Foo\", must be one of: AvailabilityZoneId, Affinity, GroupName"));
        assertTrue(refused(base + "--hibernation-options Configured=maybe").contains("Invalid type for parameter"
                + " HibernationOptions.Configured, value: maybe, type: <class 'str'>, valid types: <class 'bool'>"));
        assertTrue(refused(base + "--block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=x}'")
                .contains("invalid literal for int() with base 10: 'x'"));
        assertTrue(refused(base + "--tag-specifications '[{\"ResourceType\":\"instance\"'")
                .contains("Error parsing parameter '--tag-specifications': Invalid JSON:"));
        assertTrue(refused("aws ec2 describe-instances --filters Name=a,Valuez=b")
                .contains("Unknown parameter in Filters[0]: \"Valuez\", must be one of: Name, Values"));
        assertTrue(refused("aws dynamodb create-table --table-name t --attribute-definitions AttributeName=id"
                + " --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST")
                .contains("Missing required parameter in AttributeDefinitions[0]: \"AttributeType\""));
        assertTrue(refused("aws lambda create-function --function-name f --memory-size big")
                .contains("aws: error: the following arguments are required:"), "argparse checks come first");
    }

    @Test
    void documentedCommandLinesTheGameUsedToRefuseAreAccepted() {
        // From awscli/examples: ec2/describe-instances.rst, ec2/run-instances.rst, ecs/create-cluster.rst
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 describe-instances --filters Name=instance-type,Values=t2.micro,t3.micro"
                + " Name=availability-zone,Values=us-east-2c");
        Sim.ok(c, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                + " --associate-public-ip-address --count 1");
    }

    /** An operation added in one place (sqs/SqsOps.java): the model gives its parameters, checks and help. */
    @Test
    void anOperationAddedToItsServiceIsParsedCheckedAndAnswered() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws sqs create-queue --queue-name orders");
        assertEquals("{\n    \"QueueUrl\": \"https://sqs.us-east-1.amazonaws.com/123456789012/orders\"\n}",
                Sim.run(c, "aws sqs get-queue-url --queue-name orders").output());
        assertEquals("https://sqs.us-east-1.amazonaws.com/123456789012/orders",
                Sim.run(c, "aws sqs get-queue-url --queue-name orders --query QueueUrl --output text").output());
        Outcome missing = CloudSim.execute(c, "aws sqs get-queue-url --queue-name order");
        assertEquals("AWS.SimpleQueueService.NonExistentQueue", missing.errorCode());
        assertTrue(missing.output().startsWith("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling"
                + " the GetQueueUrl operation: The specified queue does not exist."), missing.output());
        assertTrue(refused("aws sqs get-queue-url").contains("the following arguments are required: --queue-name"));
        assertTrue(Sim.run(c, "aws sqs get-queue-url help").output().contains("--queue-name"));
    }

    @Test
    void fileAndCliInputJson() {
        assertTrue(refused("aws sqs create-queue --queue-name q --attributes file:///nonexist").contains(
                "Error parsing parameter '--attributes': Unable to load paramfile file:///nonexist: [Errno 2] No such file"
                        + " or directory: '/nonexist'"));
        assertTrue(refused("aws ec2 run-instances --image-id x --cli-input-json '{\"Foo\":1}'")
                .contains("Unknown parameter in input: \"Foo\", must be one of: BlockDeviceMappings, ImageId"));
        assertTrue(refused("aws ec2 start-instances --cli-input-json '{}'")
                .contains("Missing required parameter in input: \"InstanceIds\""), "no argparse check with it");
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro");
        String id = CloudSim.resources(c).stream().filter(r -> r.kind().equals("instance")).findFirst().orElseThrow().id();
        // The ids reach the operation: a pending instance cannot be stopped yet, a running one can.
        Outcome early = CloudSim.execute(c, "aws ec2 stop-instances --cli-input-json '{\"InstanceIds\":[\"" + id + "\"]}'");
        assertTrue(!early.ok() && early.output().contains("IncorrectInstanceState"), early.output());
        Outcome o = CloudSim.execute(Sim.wait(c, 60), "aws ec2 stop-instances --cli-input-json '{\"InstanceIds\":[\""
                + id + "\"]}'");
        assertTrue(o.ok() && o.output().contains("\"stopping\""), o.output());
    }

    @Test
    void helpListsTheModelsArgumentsToo() {
        String help = Sim.run(Cloud.fresh(1), "aws ec2 run-instances help").output();
        assertTrue(help.contains("--metadata-options"), help);
        String real = Sim.run(Cloud.fresh(1), "aws ec2 create-nat-gateway help").output();
        assertTrue(real.contains("does not simulate") && real.contains("--subnet-id") && real.contains("--allocation-id"), real);
    }

    @Test
    void kebabCaseAsTheCliSpellsWaitersAndOperations() {
        assertEquals("instance-running", Models.kebab("InstanceRunning"));
        assertEquals("run-instances", Models.kebab("RunInstances"));
        assertEquals("services-stable", Models.kebab("ServicesStable"));
        assertFalse(Models.service("ec2").waiters().isEmpty());
    }
}
