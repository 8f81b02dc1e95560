package computequest.sim.ecs;

import computequest.sim.Cloud;
import java.util.Comparator;
import java.util.List;

/**
 * The deployment circuit breaker of the rolling update (deploymentCircuitBreaker enable/rollback): a new deployment
 * none of whose tasks has reached RUNNING fails once that many tasks in a row stopped before running (the threshold:
 * half the desired count, rounded up here, at least 3 and at most 200, as ECS's API model states). A failed deployment
 * launches no more tasks; with rollback on, the service goes back to the last deployment that completed, whose tasks
 * still run, since the rolling update stops old tasks only as new ones become healthy. The failure and the rollback
 * are service events, as in ECS, and the failure is read back from the event log.
 */
final class CircuitBreaker {

    static final int MIN_THRESHOLD = 3;
    static final int MAX_THRESHOLD = 200;
    private static final String FAILED = " deployment failed: tasks failed to start.";

    private CircuitBreaker() {
    }

    static int threshold(int desired) {
        return Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, (desired + 1) / 2));
    }

    /** The deployment's consecutively failed tasks: none once any of its tasks has run. */
    static int failedTasks(Cloud cloud, EcsState.Service s) {
        boolean ran = cloud.ecs().tasks().values().stream().anyMatch(t -> t.cluster().equals(s.cluster())
                && t.service().equals(s.name()) && !RollingUpdate.isOld(s, t) && t.startedAt() >= 0);
        return ran ? 0 : ServiceRetry.failures(cloud, s).size();
    }

    private static String failedEvent(EcsState.Service s) {
        return "(service " + s.name() + ") (deployment " + EcsServiceOps.deploymentId(s) + ")" + FAILED;
    }

    /** Whether the breaker failed the service's current deployment. */
    static boolean failed(EcsState.Service s) {
        String e = failedEvent(s);
        return s.events().stream().anyMatch(x -> x.at() >= s.deployedAt() && x.message().equals(e));
    }

    /**
     * Fails the current deployment when the breaker is on and the threshold is reached, and rolls back if asked;
     * null when the scheduler goes on as usual.
     */
    static Cloud trip(Cloud cloud, EcsState.Service s, List<String> changes) {
        int failed = failedTasks(cloud, s);
        if (!s.deployment().circuitBreaker() || failed < threshold(s.desired())) {
            return null;
        }
        EcsState.Service now = cloud.ecs().services().get(s.key()).withEvent(failedEvent(s), cloud.clock());
        changes.add("Service event: " + failedEvent(s));
        String why = "Service " + s.name() + ": the deployment circuit breaker stopped the deployment of "
                + s.taskDefinition() + " after " + failed + " tasks in a row failed to start (its threshold for "
                + s.desired() + " desired: " + threshold(s.desired()) + "; last reason: "
                + ServiceRetry.lastReason(cloud, s) + "). The deployment is FAILED and launches no more tasks";
        List<EcsState.Task> previous = cloud.ecs().tasks().values().stream().filter(t -> t.cluster().equals(s.cluster())
                && t.service().equals(s.name()) && t.status().equals("RUNNING") && RollingUpdate.isOld(s, t))
                .sorted(Comparator.comparingLong(EcsState.Task::createdAt).thenComparing(EcsState.Task::id)).toList();
        if (!s.deployment().rollback()) {
            changes.add(why + "; the tasks of the earlier deployment keep serving. Fix the cause, then deploy again"
                    + " (update-service); with rollback on, ECS would go back to the last completed deployment itself.");
            return cloud.withEcs(cloud.ecs().withService(now));
        }
        if (previous.isEmpty()) {
            changes.add(why + ". Rollback is on, but no earlier deployment completed: there is nothing to go back to.");
            return cloud.withEcs(cloud.ecs().withService(now));
        }
        String back = previous.get(0).taskDefinition();
        EcsState.Service rolled = now.withTaskDefinition(back, previous.get(0).createdAt());
        String event = "(service " + s.name() + ") rolling back to deployment " + EcsServiceOps.deploymentId(rolled) + ".";
        rolled = rolled.withEvent(event, cloud.clock());
        changes.add("Service event: " + event);
        changes.add(why + ". Rollback is on, so the service is back on " + back + ", the last deployment that"
                + " completed: its tasks never stopped, because the rolling update stops old tasks only as new ones"
                + " become healthy. Fix the image or task definition, then deploy again.");
        return cloud.withEcs(cloud.ecs().withService(rolled));
    }
}
