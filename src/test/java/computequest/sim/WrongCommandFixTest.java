package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each wrong command's message names the most likely fix (issue 15 item 11). */
class WrongCommandFixTest {

    static final String FARGATE_ONLY = "aws ecs register-task-definition --cli-input-json '{\"family\": \"web-fargate\","
            + " \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", \"cpu\": \"256\", \"memory\":"
            + " \"512\", \"executionRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\","
            + " \"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx:latest\", \"essential\": true}]}'";

    static final String NET = " --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],"
            + "assignPublicIp=ENABLED}'";

    @Test
    void aFargateOnlyServiceWithoutALaunchTypeIsToldToAddLaunchTypeFargate() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ecs create-cluster --cluster-name bakery", FARGATE_ONLY);
        String out = Sim.refused(c, "aws ecs create-service --cluster bakery --service-name web-fargate"
                + " --task-definition web-fargate --desired-count 2" + NET);
        assertTrue(out.contains("Add --launch-type FARGATE"), out);
        assertFalse(out.contains("Register a revision"), "the fix is the launch type, not a new revision:\n" + out);
        String explicit = Sim.refused(c, "aws ecs run-task --cluster bakery --task-definition web-fargate"
                + " --launch-type EC2" + NET);
        assertTrue(explicit.contains("Use --launch-type FARGATE"), explicit);
        Sim.ok(c, "aws ecs create-service --cluster bakery --service-name web-fargate --task-definition web-fargate"
                + " --desired-count 2 --launch-type FARGATE" + NET);
    }

    @Test
    void capacityLaunchedWithoutUserDataIsToldToNameTheClusterNotToCreateDefault() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ecs create-cluster --cluster-name bakery");
        Outcome o = Sim.run(c, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium");
        String said = String.join("\n", o.changes());
        assertTrue(said.contains("echo ECS_CLUSTER=bakery >> /etc/ecs/ecs.config"), said);
        assertFalse(said.contains("create-cluster --cluster-name default"), said);
        Outcome named = Sim.run(c, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium"
                + " --user-data '#!/bin/bash\necho ECS_CLUSTER=shop >> /etc/ecs/ecs.config'");
        assertTrue(String.join("\n", named.changes()).contains("create-cluster --cluster-name shop"), named.changes()
                .toString());
    }

    @Test
    void aLongerFlagNameGetsDidYouMean() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type"
                + " t3.micro");
        String id = Sim.of(c, "instance").get(0).id();
        String out = Sim.refused(c, "aws ec2 create-image --instance-id " + id + " --image-name tracker");
        assertTrue(out.contains("Did you mean --name?"), out);
    }

    @Test
    void resizingAStoppingInstanceSaysToWaitNotToStopIt() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type"
                + " t3.micro");
        String id = Sim.of(c, "instance").get(0).id();
        c = Sim.ok(Sim.wait(c, 60), "aws ec2 stop-instances --instance-ids " + id);
        String out = Sim.refused(c, "aws ec2 modify-instance-attribute --instance-id " + id
                + " --instance-type t3.small");
        assertTrue(out.contains("is stopping") && out.contains("wait until it is stopped"), out);
        assertFalse(out.contains("stop it,"), out);
    }

    @Test
    void anInstanceFromYourOwnAmiSaysWhichAmiAndWhereItCameFrom() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type"
                + " t3.micro");
        String id = Sim.of(c, "instance").get(0).id();
        c = Sim.ok(Sim.wait(c, 60), "aws ec2 create-image --instance-id " + id + " --name tracker-v1");
        String ami = Sim.of(c, "image").stream().filter(r -> r.attr("owner").equals("self")).findFirst().orElseThrow()
                .id();
        String said = String.join("\n", Sim.run(Sim.wait(c, Catalog.AMI_PENDING_SECONDS), "aws ec2 run-instances --image-id " + ami
                + " --instance-type t3.micro").changes());
        assertTrue(said.contains("from your AMI tracker-v1 (" + ami + ", made from " + id + ")"), said);
    }
}
