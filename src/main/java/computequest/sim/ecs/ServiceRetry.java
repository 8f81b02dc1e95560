package computequest.sim.ecs;

import computequest.sim.Cloud;
import java.util.List;

/**
 * The service scheduler's throttle: a service whose tasks go from PENDING straight to STOPPED keeps launching
 * replacements, waiting longer between attempts after each failure, up to 27 minutes (ECS Developer Guide, "Amazon
 * ECS service throttle logic"). The guide gives neither the first wait nor the growth; the game doubles from 15
 * seconds. Only failures of the current deployment count, so a new deployment (update-service with a new task
 * definition or network configuration, or --force-new-deployment) retries at once. Tasks that ran before they
 * stopped do not count.
 */
final class ServiceRetry {

    static final long FIRST_WAIT_SECONDS = 15;
    static final long MAX_WAIT_SECONDS = 27 * 60;
    /** From this many failures in a row, the service says it cannot start tasks consistently. */
    static final int THROTTLED_AFTER = 2;

    private ServiceRetry() {
    }

    /** The current deployment's tasks that stopped without running, since the last one that ran. */
    static List<EcsState.Task> failures(Cloud cloud, EcsState.Service s) {
        List<EcsState.Task> mine = cloud.ecs().tasks().values().stream().filter(t -> t.cluster().equals(s.cluster())
                && t.service().equals(s.name()) && t.createdAt() >= s.deployedAt()
                && t.taskDefinition().equals(s.taskDefinition())).toList();
        long lastRan = mine.stream().mapToLong(EcsState.Task::startedAt).max().orElse(-1);
        return mine.stream().filter(t -> !t.active() && t.startedAt() < 0 && t.stoppedAt() >= lastRan
                && t.stoppedReason().startsWith("Cannot")).toList();
    }

    static long waitAfter(int failures) {
        if (failures == 0) {
            return 0;
        }
        return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS << Math.min(failures - 1, 16));
    }

    /** When the scheduler may launch the service's next task. */
    static long retryAt(Cloud cloud, EcsState.Service s) {
        List<EcsState.Task> failed = failures(cloud, s);
        long last = failed.stream().mapToLong(EcsState.Task::stoppedAt).max().orElse(0);
        return failed.isEmpty() ? 0 : last + waitAfter(failed.size());
    }

    /** The earliest future moment a service that is short of tasks may launch again, or Long.MAX_VALUE. */
    static long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (EcsState.Service s : cloud.ecs().services().values()) {
            long at = retryAt(cloud, s);
            // with the circuit breaker on, failed new tasks are retried during a rolling update too, so the breaker
            // can count them; without it, the old deployment's tasks make up the count (a gap: ECS retries either way)
            long up = s.deployment().circuitBreaker() ? current(cloud, s) : EcsServiceOps.serviceTasks(cloud, s,
                    "RUNNING") + EcsServiceOps.serviceTasks(cloud, s, "PENDING");
            if (at > cloud.clock() && s.status().equals("ACTIVE") && up < s.desired()) {
                next = Math.min(next, at);
            }
        }
        return next;
    }

    /**
     * The current deployment's tasks, RUNNING or PENDING: during a rolling update the old deployment's tasks do not
     * make up for new ones that fail to start, so the scheduler still retries them (for now only when the circuit
     * breaker is on; see nextDue).
     */
    private static long current(Cloud cloud, EcsState.Service s) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.active() && t.cluster().equals(s.cluster())
                && t.service().equals(s.name()) && !RollingUpdate.isOld(s, t)).count();
    }

    /** The last failed task's reason, for the service event. */
    static String lastReason(Cloud cloud, EcsState.Service s) {
        return failures(cloud, s).stream().max(java.util.Comparator.comparingLong(EcsState.Task::stoppedAt))
                .map(EcsState.Task::stoppedReason).orElse("");
    }
}
