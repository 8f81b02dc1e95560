package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The ECS deployment circuit breaker as the API documents it: with enable on, a deployment whose tasks fail to
 * start (here: an image that is not in ECR, CannotPullContainerError) ends FAILED after the threshold (half the
 * desired count, at least 3) and launches no more tasks; with rollback on as well, the service goes back to the
 * last completed deployment. Without the breaker the scheduler keeps retrying.
 */
class EcsCircuitBreakerTest {

    static final String BAD_REVISION = "aws ecs register-task-definition --family web-fargate --requires-compatibilities"
            + " FARGATE --network-mode awsvpc --cpu 256 --memory 512 --execution-role-arn"
            + " arn:aws:iam::123456789012:role/ecsTaskExecutionRole --container-definitions"
            + " '[{\"name\":\"web\",\"image\":\"" + Sim.REG + "/web:v9\",\"essential\":true}]'";

    /** A service of two web:v1 tasks in steady state, with the given breaker, and web-fargate:2 (web:v9, not pushed). */
    static Cloud steady(String breaker) {
        Cloud c = Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json",
                "aws ecs create-service --cluster demo --service-name web --task-definition web-fargate:1"
                        + " --desired-count 2 --launch-type FARGATE" + EcsServiceDeploymentTest.PUBLIC
                        + (breaker.isEmpty() ? "" : " --deployment-configuration '" + breaker + "'"), BAD_REVISION);
        return Sim.wait(c, 120);
    }

    static JsonObject service(Cloud c) {
        return JsonParser.parseString(EcsServiceDeploymentTest.describe(c)).getAsJsonObject().getAsJsonArray("services")
                .get(0).getAsJsonObject();
    }

    static long failedToStart(Cloud c) {
        return Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("STOPPED")).count();
    }

    @Test
    void rollbackReturnsToTheLastCompletedDeployment() {
        Cloud c = steady("deploymentCircuitBreaker={enable=true,rollback=true}");
        assertEquals(2, EcsServiceDeploymentTest.count(c, "RUNNING"));
        String before = service(c).get("taskDefinition").getAsString();
        assertTrue(before.endsWith("web-fargate:1"), before);
        Outcome o = Sim.run(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2");
        Outcome w = CloudSim.advance(o.cloud(), 1800);
        c = w.cloud();
        String said = String.join("\n", w.changes());
        assertTrue(said.contains("the deployment circuit breaker stopped the deployment of web-fargate:2")
                && said.contains("back on web-fargate:1"), said);
        JsonObject s = service(c);
        assertEquals(before, s.get("taskDefinition").getAsString(), "rolled back to revision 1");
        long failed = failedToStart(c);
        // the threshold for 2 desired tasks is the minimum, 3; tasks start two at a time, so the third or fourth trips it
        assertTrue(failed == 3 || failed == 4, "failed tasks: " + failed);
        assertEquals(2, EcsServiceDeploymentTest.count(c, "RUNNING"), "revision 1's tasks kept serving throughout");
        String events = s.getAsJsonArray("events").toString();
        assertTrue(events.contains("deployment failed: tasks failed to start."), events);
        assertTrue(events.contains("rolling back to deployment ecs-svc/"), events);
        JsonArray deployments = s.getAsJsonArray("deployments");
        assertEquals(1, deployments.size(), deployments.toString());
        assertTrue(deployments.get(0).getAsJsonObject().get("taskDefinition").getAsString().endsWith("web-fargate:1"));
        assertEquals(failed, failedToStart(Sim.wait(c, 3600)), "a rolled-back service stays steady");
    }

    @Test
    void withoutRollbackTheDeploymentEndsFailedAndLaunchesNoMore() {
        Cloud c = steady("deploymentCircuitBreaker={enable=true,rollback=false}");
        c = Sim.wait(Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2"),
                1800);
        JsonObject s = service(c);
        assertTrue(s.get("taskDefinition").getAsString().endsWith("web-fargate:2"), "no rollback: " + s);
        JsonObject primary = s.getAsJsonArray("deployments").get(0).getAsJsonObject();
        assertEquals("PRIMARY", primary.get("status").getAsString());
        assertEquals("FAILED", primary.get("rolloutState").getAsString(), primary.toString());
        long failed = failedToStart(c);
        assertTrue(failed == 3 || failed == 4, "the threshold for 2 desired tasks is 3: " + failed);
        assertEquals(failed, primary.get("failedTasks").getAsLong());
        assertEquals(failed, failedToStart(Sim.wait(c, 3600)), "a FAILED deployment launches no more tasks");
        assertEquals(2, EcsServiceDeploymentTest.count(c, "RUNNING"), "the old tasks still serve");
        // a new deployment (here: the good revision again) is monitored afresh
        c = Sim.wait(Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:1"),
                300);
        primary = service(c).getAsJsonArray("deployments").get(0).getAsJsonObject();
        assertEquals("COMPLETED", primary.get("rolloutState").getAsString(), primary.toString());
    }

    @Test
    void withoutTheBreakerTheDeploymentStaysInProgress() {
        Cloud c = steady("");
        c = Sim.wait(Sim.ok(c, "aws ecs update-service --cluster demo --service web --task-definition web-fargate:2"),
                1800);
        JsonObject s = service(c);
        JsonObject primary = s.getAsJsonArray("deployments").get(0).getAsJsonObject();
        assertEquals("IN_PROGRESS", primary.get("rolloutState").getAsString());
        assertTrue(s.get("taskDefinition").getAsString().endsWith("web-fargate:2"));
        assertFalse(s.getAsJsonArray("events").toString().contains("deployment failed"));
    }
}
