package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * --deployment-configuration: a rolling update keeps at most maximumPercent of the desired count RUNNING or PENDING
 * (rounded down) and at least minimumHealthyPercent healthy (rounded up), as the ECS API Reference describes
 * DeploymentConfiguration; describe-services shows the configuration given, 200/100 when none was.
 */
class EcsDeploymentConfigurationTest {

    static final String NET = " --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001,"
            + "subnet-0defb000000000001],assignPublicIp=ENABLED}'";

    /** Four running tasks of web-fargate:1 and a registered revision 2. */
    static Cloud fourTasks(String deploymentConfiguration) {
        return Sim.wait(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://fargate-taskdef.json", "aws ecs create-service --cluster demo --service-name web"
                + " --task-definition web-fargate --desired-count 4 --launch-type FARGATE" + NET + deploymentConfiguration,
                "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json"), 60);
    }

    static long count(Cloud c, String revision, String status) {
        return Sim.of(c, "task").stream().filter(t -> t.attr("task-definition").equals(revision)
                && t.attr("status").equals(status)).count();
    }

    static long active(Cloud c) {
        return Sim.of(c, "task").stream().filter(t -> !t.attr("status").equals("STOPPED")).count();
    }

    static long running(Cloud c) {
        return Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("RUNNING")).count();
    }

    static JsonObject configuration(Cloud c) {
        String out = Sim.run(c, "aws ecs describe-services --cluster demo --services web").output();
        return JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("services").get(0).getAsJsonObject()
                .getAsJsonObject("deploymentConfiguration");
    }

    @Test
    void halfTheOldTasksStopFirstWhenTheServiceMayNotGrow() {
        Cloud c = fourTasks(" --deployment-configuration maximumPercent=100,minimumHealthyPercent=50");
        assertEquals(4, count(c, "web-fargate:1", "RUNNING"));
        c = Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2");
        assertEquals(2, count(c, "web-fargate:1", "STOPPED"), "two old tasks stop at once to make room");
        assertEquals(2, count(c, "web-fargate:1", "RUNNING"), "two keep serving: 50% of 4");
        assertEquals(2, count(c, "web-fargate:2", "PENDING"), "two new ones start in their place");
        long lowest = 4;
        long highest = 0;
        for (int s = 0; s < 240; s += 5) {
            c = Sim.wait(c, 5);
            lowest = Math.min(lowest, running(c));
            highest = Math.max(highest, active(c));
        }
        assertEquals(2, lowest, "never fewer than two running");
        assertEquals(4, highest, "never more than four running or pending: 100% of 4");
        assertEquals(4, count(c, "web-fargate:2", "RUNNING"));
        assertEquals(4, count(c, "web-fargate:1", "STOPPED"));
    }

    @Test
    void theDefaultsStartAllNewTasksBeforeAnyOldOneStops() {
        Cloud c = fourTasks("");
        JsonObject d = configuration(c);
        assertEquals(200, d.get("maximumPercent").getAsInt());
        assertEquals(100, d.get("minimumHealthyPercent").getAsInt());
        assertEquals(false, d.getAsJsonObject("deploymentCircuitBreaker").get("enable").getAsBoolean());
        c = Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2");
        assertEquals(4, count(c, "web-fargate:2", "PENDING"), "four new tasks start beside the four old ones");
        assertEquals(4, count(c, "web-fargate:1", "RUNNING"));
        for (int s = 0; s < 120; s += 5) {
            c = Sim.wait(c, 5);
            assertTrue(running(c) >= 4, "never fewer than four running, at " + s + " s");
            assertTrue(active(c) <= 8, "never more than eight: 200% of 4");
        }
        assertEquals(4, count(c, "web-fargate:2", "RUNNING"));
        assertEquals(4, count(c, "web-fargate:1", "STOPPED"));
    }

    @Test
    void aBatchOfOneAtATimeWithOneHundredFiftyPercent() {
        // desired 3: maximumPercent 150 allows 4 (rounded down from 4.5), minimumHealthyPercent 75 keeps 3 (2.25 up)
        Cloud c = Sim.wait(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://fargate-taskdef.json", "aws ecs create-service --cluster demo --service-name web"
                + " --task-definition web-fargate --desired-count 3 --launch-type FARGATE" + NET
                + " --deployment-configuration '{\"maximumPercent\":150,\"minimumHealthyPercent\":75}'",
                "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json"), 60);
        c = Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2");
        assertEquals(1, count(c, "web-fargate:2", "PENDING"), "one new task: 4 at most");
        assertEquals(3, count(c, "web-fargate:1", "RUNNING"), "none of the old ones stops: 3 must stay healthy");
        for (int s = 0; s < 400; s += 5) {
            c = Sim.wait(c, 5);
            assertTrue(running(c) >= 3 && active(c) <= 4, running(c) + " running, " + active(c) + " in all at " + s);
        }
        assertEquals(3, count(c, "web-fargate:2", "RUNNING"));
    }

    @Test
    void updateServiceChangesTheConfigurationAndDescribeShowsIt() {
        Cloud c = fourTasks("");
        Outcome o = Sim.run(c, "aws ecs update-service --cluster demo --service web --deployment-configuration"
                + " 'minimumHealthyPercent=50,deploymentCircuitBreaker={enable=true,rollback=true}'");
        String said = String.join("\n", o.changes());
        assertTrue(said.contains("at least 2 healthy and at most 8"), said);
        assertTrue(!said.contains("new deployment"), "a new configuration alone starts no deployment: " + said);
        JsonObject d = configuration(o.cloud());
        assertEquals(200, d.get("maximumPercent").getAsInt(), "a member not given keeps its value");
        assertEquals(50, d.get("minimumHealthyPercent").getAsInt());
        assertEquals(true, d.getAsJsonObject("deploymentCircuitBreaker").get("enable").getAsBoolean());
        assertEquals(true, d.getAsJsonObject("deploymentCircuitBreaker").get("rollback").getAsBoolean());
        assertEquals(4, running(Sim.wait(o.cloud(), 60)), "nothing was replaced");
    }

    @Test
    void limitsThatCannotMoveAreExplained() {
        Cloud c = fourTasks(" --deployment-configuration maximumPercent=100,minimumHealthyPercent=100");
        Outcome o = Sim.run(c, "aws ecs update-service --cluster demo --service web --deployment-configuration"
                + " maximumPercent=100");
        assertTrue(String.join("\n", o.changes()).contains("would never finish"), o.changes().toString());
        c = Sim.wait(Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2"),
                300);
        assertEquals(4, count(c, "web-fargate:1", "RUNNING"), "the old tasks keep running");
        assertEquals(0, count(c, "web-fargate:2", "RUNNING") + count(c, "web-fargate:2", "PENDING"));
        List<String> ok = Sim.run(c, "aws ecs update-service --cluster demo --service web --deployment-configuration"
                + " maximumPercent=125").changes();
        assertTrue(!String.join("\n", ok).contains("never finish"), ok.toString());
        c = Sim.wait(Sim.ok(c, "aws ecs update-service --cluster demo --service web --deployment-configuration"
                + " maximumPercent=125"), 600);
        assertEquals(4, count(c, "web-fargate:2", "RUNNING"), "one at a time, the update finishes");
    }
}
