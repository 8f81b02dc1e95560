package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.ecs.EcsScheduler;
import computequest.sim.ecs.Fargate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EcsTest {

    static final String NET = " --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001,"
            + "subnet-0defb000000000001],assignPublicIp=ENABLED}'";

    static Cloud withInstances(Cloud c, String type, int n) {
        c = Sim.ok(Sim.withRoles(c), "aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type " + type
                + " --count " + n + Sim.ecsLaunch("demo"));
        return Sim.wait(c, Catalog.PENDING_SECONDS);
    }

    @Test
    void ecsOptimizedInstanceRegistersOnceRunning() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), "aws ecs create-cluster --cluster-name demo",
                "aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.small"
                        + " --iam-instance-profile Name=ecsInstanceRole --user-data"
                        + " '#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config'");
        assertEquals("demo", Sim.of(c, "instance").get(0).attr("cluster"));
        assertTrue(Sim.of(c, "container-instance").isEmpty(), "not before it runs");
        c = Sim.wait(c, Catalog.PENDING_SECONDS);
        Resource ci = Sim.of(c, "container-instance").get(0);
        assertEquals("true", ci.attr("agent-connected"));
        assertEquals("2048", ci.attr("cpu-free"));
        assertEquals("1", Sim.of(c, "ecs-cluster").get(0).attr("container-instances"));
        String id = Sim.of(c, "instance").get(0).id();
        c = Sim.wait(Sim.ok(c, "aws ec2 stop-instances --instance-ids " + id), 30);
        assertEquals("false", Sim.of(c, "container-instance").get(0).attr("agent-connected"));
        c = Sim.wait(Sim.ok(c, "aws ec2 terminate-instances --instance-ids " + id), 30);
        assertTrue(Sim.of(c, "container-instance").isEmpty());
    }

    @Test
    void plainAmiDoesNotJoinAndNoClusterMeansDefault() {
        Outcome o = Sim.run(Cloud.fresh(1), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                + " --user-data ECS_CLUSTER=demo");
        assertTrue(String.join(" ", o.changes()).contains("no ECS agent"));
        assertTrue(Sim.of(Sim.wait(o.cloud(), 30), "container-instance").isEmpty());
        Cloud d = Sim.wait(Sim.ok(Sim.withRoles(Cloud.fresh(1)), "aws ec2 run-instances --image-id " + Catalog.ECS_AMI
                + " --instance-type t3.micro --iam-instance-profile Name=ecsInstanceRole"), 30);
        assertEquals("default", Sim.of(d, "ecs-cluster").get(0).id());
    }

    @Test
    void taskDefinitionRevisionsAndValidation() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ecs register-task-definition --cli-input-json file://taskdef.json",
                "aws ecs register-task-definition --cli-input-json file://taskdef.json");
        assertEquals(Set.of("web:1", "web:2"), Sim.of(c, "task-definition").stream().map(Resource::id).collect(Collectors.toSet()));
        String broken = Sim.refused(c, "aws ecs register-task-definition --cli-input-json file://broken-taskdef.json");
        assertTrue(broken.contains("ClientException") && broken.contains("Fargate only supports network mode"), broken);
        String json = Sim.refused(c, "aws ecs register-task-definition --cli-input-json '{\"family\": \"x\",'");
        assertTrue(json.contains("Invalid JSON"), json);
        String typo = Sim.refused(c, "aws ecs register-task-definition --cli-input-json '{\"famly\":\"x\","
                + "\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"nginx\",\"memory\":128,\"portMappings\":[{\"containerPort\":\"80\"}]}]}'");
        // botocore's client-side validation, as the real CLI prints it, plus the game's did-you-mean
        assertTrue(typo.contains("Parameter validation failed:"), typo);
        assertTrue(typo.contains("Missing required parameter in input: \"family\""), typo);
        assertTrue(typo.contains("Unknown parameter in input: \"famly\", must be one of: "), typo);
        assertTrue(typo.contains("Did you mean family?"), typo);
        assertTrue(typo.contains("Invalid type for parameter containerDefinitions[0].portMappings[0].containerPort,"
                + " value: 80, type: <class 'str'>, valid types: <class 'int'>"), typo);
        String mem = Sim.refused(c, "aws ecs register-task-definition --family x --container-definitions name=a,image=nginx");
        assertTrue(mem.contains("Invalid setting for container 'a'. At least one of 'memory' or 'memoryReservation'"
                + " must be specified."), mem);
        Sim.ok(c, "aws ecs register-task-definition --family x --container-definitions name=a,image=nginx,memory=128");
        assertTrue(Sim.refused(c, "aws ecs register-task-definition --cli-input-json file://nope.json").contains("No such file"));
    }

    @Test
    void fargateSizesFollowTheFactSheet() {
        assertTrue(Fargate.valid(256, 512));
        assertTrue(Fargate.valid(256, 2048));
        assertTrue(!Fargate.valid(256, 4096));
        assertTrue(Fargate.valid(512, 4096));
        assertTrue(!Fargate.valid(512, 512));
        assertTrue(Fargate.valid(4096, 30720));
        assertTrue(!Fargate.valid(4096, 31744));
        assertTrue(Fargate.valid(8192, 20480));
        assertTrue(!Fargate.valid(8192, 17408), "8 vCPU steps by 4096");
        assertTrue(Fargate.valid(16384, 122880));
        assertTrue(!Fargate.valid(16384, 36864), "16 vCPU steps by 8192");
        assertTrue(!Fargate.valid(300, 512));
    }

    @Test
    void ec2TasksPlaceWhileThereIsRoomAndSayWhyNot() {
        Cloud c = withInstances(Sim.pushedWeb(), "t3.micro", 1);
        c = Sim.ok(c, "aws ecs register-task-definition --cli-input-json file://taskdef.json");
        Outcome o = Sim.run(c, "aws ecs run-task --cluster demo --task-definition web --count 5");
        long placed = Sim.of(o.cloud(), "task").size();
        assertEquals(3, placed, "t3.micro registers 942 MiB: three 256 MiB tasks");
        assertTrue(String.join(" ", o.changes()).contains("RESOURCE:MEMORY"), o.changes().toString());
        c = Sim.wait(o.cloud(), EcsScheduler.EC2_TASK_START_SECONDS);
        assertTrue(Sim.of(c, "task").stream().allMatch(t -> t.attr("status").equals("RUNNING")));
        assertTrue(Sim.refused(Sim.pushedWeb(), "aws ecs run-task --cluster demo --task-definition nginx")
                .contains("ClientException"));
        String none = Sim.refused(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json file://taskdef.json"),
                "aws ecs run-task --cluster demo --task-definition web");
        assertTrue(none.contains("No Container Instances were found"), none);
    }

    @Test
    void missingImageStopsTheTaskWithCannotPullContainerError() {
        Cloud c = withInstances(Sim.ok(Cloud.fresh(1), "aws ecs create-cluster --cluster-name demo",
                "aws ecs register-task-definition --cli-input-json file://taskdef.json"), "t3.small", 1);
        c = Sim.wait(Sim.ok(c, "aws ecs run-task --cluster demo --task-definition web:1"), 60);
        Resource t = Sim.of(c, "task").get(0);
        assertEquals("STOPPED", t.attr("status"));
        String d = Sim.run(c, "aws ecs describe-tasks --cluster demo --tasks " + t.id()).output();
        assertTrue(d.contains("CannotPullContainerError"), d);
    }

    @Test
    void fargateNeedsNetworkConfigurationAndBillsPerSecondWithAMinute() {
        Cloud c = Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json");
        assertTrue(Sim.refused(c, "aws ecs run-task --cluster demo --launch-type FARGATE --task-definition web-fargate")
                .contains("Network Configuration must be provided"));
        assertTrue(Sim.refused(c, "aws ecs run-task --cluster demo --task-definition web-fargate" + NET)
                .contains("does not support launch_type EC2"));
        c = Sim.ok(c, "aws ecs run-task --cluster demo --launch-type FARGATE --task-definition web-fargate" + NET);
        String id = Sim.of(c, "task").get(0).id();
        c = Sim.wait(c, 10);
        c = Sim.wait(Sim.ok(c, "aws ecs stop-task --cluster demo --task " + id), EcsScheduler.TASK_STOP_SECONDS);
        double perHour = 0.25 * 0.04048 + 0.5 * 0.004445;
        assertEquals(perHour * 60 / 3600, Sim.billed(c, "Fargate task"), 1e-12, "an 11 s task pays 60 s");
        c = Sim.ok(c, "aws ecs run-task --cluster demo --launch-type FARGATE --task-definition web-fargate" + NET);
        c = Sim.wait(c, 3600);
        assertEquals(perHour * 60 / 3600 + perHour, Sim.billed(c, "Fargate task"), 1e-12, "then per second");
        // both tasks had assignPublicIp=ENABLED: each address is billed while its task runs (11 s, then an hour)
        assertEquals(0.005 * (10 + 3600) / 3600, Sim.billed(c, "public IPv4"), 0.005 * EcsScheduler.TASK_STOP_SECONDS / 3600,
                "a Fargate task's public IPv4 address is billed like an instance's");
    }

    @Test
    void serviceKeepsDesiredCountSpreadsAndReplaces() {
        Cloud c = withInstances(Sim.pushedWeb(), "t3.small", 1);
        c = withInstances(c, "t3.small", 2);
        c = Sim.ok(ElbTest.withBalancer(c), "aws ecs register-task-definition --cli-input-json file://taskdef.json",
                "aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 3"
                        + " --load-balancers targetGroupArn=" + ElbTest.TG_ARN + ",containerName=web,containerPort=80");
        c = Sim.wait(c, 30);
        assertEquals("3", Sim.of(c, "service").get(0).attr("running"));
        assertEquals("3", Sim.of(c, "load-balancer").get(0).attr("targets"));
        assertEquals("web-tg", Sim.of(c, "load-balancer").get(0).id());
        assertTrue(Sim.run(c, "aws ecs describe-services --cluster demo --services web").output().contains(
                "\"targetGroupArn\": \"" + ElbTest.TG_ARN + "\""),
                "the target group's ARN comes back whole, id included, as it was given");
        long zones = Sim.of(c, "task").stream().map(t -> t.attr("az")).distinct().count();
        long instanceZones = Sim.of(c, "container-instance").stream().map(t -> t.attr("az")).distinct().count();
        assertEquals(Math.min(3, instanceZones), zones, "spread across zones");
        String victim = Sim.of(c, "task").get(0).id();
        c = Sim.ok(c, "aws ecs stop-task --cluster demo --task " + victim);
        c = Sim.wait(c, 30);
        assertEquals("3", Sim.of(c, "service").get(0).attr("running"), "replaced");
        String ec2 = Sim.of(c, "container-instance").get(0).attr("ec2-instance");
        c = Sim.wait(Sim.ok(c, "aws ec2 terminate-instances --instance-ids " + ec2), 60);
        assertEquals(2, Sim.of(c, "container-instance").size());
        assertEquals("3", Sim.of(c, "service").get(0).attr("running"), "tasks of a lost instance are replaced");
        c = Sim.wait(Sim.ok(c, "aws ecs update-service --cluster demo --service web --desired-count 1"), 5);
        assertEquals("1", Sim.of(c, "service").get(0).attr("running"));
        assertTrue(Sim.refused(c, "aws ecs delete-service --cluster demo --service web").contains("scaled above 0"));
        c = Sim.ok(c, "aws ecs delete-service --cluster demo --service web --force");
        assertTrue(Sim.of(c, "service").isEmpty());
        assertTrue(Sim.of(c, "task").stream().allMatch(t -> t.attr("status").equals("STOPPED")));
    }

    @Test
    void fargateServiceSpreadsAcrossItsSubnets() {
        Cloud c = Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json",
                "aws ecs create-service --cluster demo --service-name web --task-definition web-fargate --desired-count 4"
                        + " --launch-type FARGATE" + NET);
        c = Sim.wait(c, 60);
        assertEquals("4", Sim.of(c, "service").get(0).attr("running"));
        assertEquals(Set.of("us-east-1a", "us-east-1b"), Sim.of(c, "task").stream().map(t -> t.attr("az")).collect(Collectors.toSet()));
        assertEquals(2, Sim.of(c, "task").stream().filter(t -> t.attr("az").equals("us-east-1a")).count());
    }
}
