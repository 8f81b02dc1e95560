package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

/** A service's deployments: retries of tasks that fail to start, and update-service starting a new deployment. */
class EcsServiceDeploymentTest {

    static final String SUBNETS = "subnets=[subnet-0defa000000000001,subnet-0defb000000000001]";
    static final String PRIVATE = " --network-configuration 'awsvpcConfiguration={" + SUBNETS + "}'";
    static final String PUBLIC = " --network-configuration 'awsvpcConfiguration={" + SUBNETS + ",assignPublicIp=ENABLED}'";

    static Cloud failingService() {
        return Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json",
                "aws ecs create-service --cluster demo --service-name web --task-definition web-fargate --desired-count 2"
                        + " --launch-type FARGATE" + PRIVATE);
    }

    static long count(Cloud c, String status) {
        return Sim.of(c, "task").stream().filter(t -> t.attr("status").equals(status)).count();
    }

    static String describe(Cloud c) {
        return Sim.run(c, "aws ecs describe-services --cluster demo --services web").output();
    }

    @Test
    void tasksThatFailToStartAreRetriedListedAndThrottled() {
        Cloud c = Sim.wait(failingService(), 600);
        assertTrue(count(c, "STOPPED") >= 6, "the scheduler kept launching: " + count(c, "STOPPED"));
        String stopped = Sim.run(c, "aws ecs list-tasks --cluster demo --desired-status STOPPED").output();
        assertTrue(stopped.contains("task/demo/"), stopped);
        String d = describe(c);
        assertTrue(d.contains("is unable to consistently start tasks successfully.") && d.contains("CannotPullContainerError"), d);
        assertTrue(d.contains("\"assignPublicIp\": \"DISABLED\""), d);
        // the throttle: ten minutes more bring fewer attempts than the first ten
        long first = count(c, "STOPPED");
        long second = count(Sim.wait(c, 600), "STOPPED") - first;
        assertTrue(second < first, first + " failures, then " + second);
    }

    @Test
    void updateServiceWithAPublicIpStartsANewDeploymentThatRuns() {
        Cloud c = Sim.wait(failingService(), 900);
        Outcome o = Sim.run(c, "aws ecs update-service --cluster demo --service web" + PUBLIC);
        assertTrue(String.join("\n", o.changes()).contains("new deployment"), o.changes().toString());
        assertTrue(o.output().contains("\"assignPublicIp\": \"ENABLED\""), o.output());
        c = Sim.wait(o.cloud(), 60);
        assertEquals("2", Sim.of(c, "service").get(0).attr("running"), describe(c));
        assertTrue(describe(c).contains("has reached a steady state"), describe(c));
    }

    @Test
    void forceNewDeploymentReplacesRunningTasks() {
        Cloud c = Sim.wait(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://fargate-taskdef.json", "aws ecs create-service --cluster demo --service-name web"
                + " --task-definition web-fargate --desired-count 2 --launch-type FARGATE" + PUBLIC), 60);
        assertEquals(2, count(c, "RUNNING"));
        c = Sim.wait(Sim.ok(c, "aws ecs update-service --cluster demo --service web --force-new-deployment"), 120);
        assertEquals(2, count(c, "RUNNING"));
        assertEquals(2, count(c, "STOPPED"), "the two old tasks were replaced");
        String unchanged = String.join("\n", Sim.run(c, "aws ecs update-service --cluster demo --service web" + PUBLIC)
                .changes());
        assertTrue(!unchanged.contains("new deployment"), "the same network configuration is no new deployment");
    }

    @Test
    void aNewRevisionRollsOutWithoutDowntime() {
        Cloud c = Sim.wait(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://fargate-taskdef.json", "aws ecs create-service --cluster demo --service-name web"
                + " --task-definition web-fargate --desired-count 2 --launch-type FARGATE" + PUBLIC,
                "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json"), 60);
        c = Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2");
        assertEquals(2, count(c, "RUNNING"), "the old tasks keep serving while the new ones start");
        assertEquals(2, count(c, "PENDING"));
        for (int s = 5; s <= 65; s += 5) {
            c = Sim.wait(c, 5);
            assertTrue(count(c, "RUNNING") >= 2, "never fewer than the desired count running, at " + s + " s");
        }
        // the new tasks run from 30 s; without a load balancer or a health check they count as healthy 40 s later
        assertEquals(4, count(c, "RUNNING"), "at 65 s the old tasks still serve beside the new ones");
        c = Sim.wait(c, 10);
        assertEquals(2, Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("RUNNING")
                && t.attr("task-definition").equals("web-fargate:2")).count());
        assertEquals(2, count(c, "STOPPED"), "the old tasks stopped once the new ones ran");
    }
}
