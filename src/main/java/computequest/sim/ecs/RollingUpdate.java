package computequest.sim.ecs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rolling update (ECS deployment controller): how a service swaps the tasks of older deployments for new ones
 * within its {@link EcsState.DeploymentConfiguration}. Old tasks stop while the service keeps at least
 * minimumHealthyPercent of its desired count healthy; new tasks start while the service has at most maximumPercent
 * of it RUNNING or PENDING. With the defaults (100 and 200) the new tasks start first; with 50 and 100 half the old
 * ones stop first to make room.
 */
final class RollingUpdate {

    /**
     * A task of a service without a load balancer counts towards the minimum healthy count this long after it
     * reaches RUNNING, when no container has a health check (ECS API Reference, DeploymentConfiguration).
     */
    static final long HEALTHY_AFTER_SECONDS = 40;

    private RollingUpdate() {
    }

    /** A task of an older deployment: another task definition, or started before the current deployment began. */
    static boolean isOld(EcsState.Service s, EcsState.Task t) {
        return !t.taskDefinition().equals(s.taskDefinition()) || t.createdAt() < s.deployedAt();
    }

    /**
     * Whether the scheduler counts the task as healthy. The game's containers define no health check, so a new
     * task counts once it has run for {@link #HEALTHY_AFTER_SECONDS}; behind a load balancer the simulated health
     * check passes as soon as it runs. A running task of an older deployment counts: it served before the update.
     */
    static boolean healthy(Cloud cloud, EcsState.Service s, EcsState.Task t) {
        return t.status().equals("RUNNING") && (isOld(s, t) || !s.targetGroup().isEmpty()
                || cloud.clock() >= t.startedAt() + HEALTHY_AFTER_SECONDS);
    }

    /**
     * Stops the old tasks the minimum healthy count allows: those that are not healthy (not running yet, or not for
     * long enough) go first, then running ones while enough healthy tasks would remain.
     */
    static Cloud drainOld(Cloud cloud, EcsState.Service s, List<String> changes) {
        List<EcsState.Task> all = tasks(cloud, s);
        List<EcsState.Task> old = new ArrayList<>(all.stream().filter(t -> isOld(s, t)).toList());
        if (old.isEmpty()) {
            return cloud;
        }
        Cloud now = cloud;
        old.sort(Comparator.comparing((EcsState.Task t) -> healthy(now, s, t)).thenComparingLong(EcsState.Task::createdAt));
        long healthy = all.stream().filter(t -> healthy(now, s, t)).count();
        int floor = s.deployment().minHealthy(s.desired());
        for (EcsState.Task t : old) {
            boolean counts = healthy(now, s, t);
            if (counts && healthy - 1 < floor) {
                break;
            }
            healthy -= counts ? 1 : 0;
            cloud = EcsScheduler.stop(cloud, t, "Deployment of " + s.taskDefinition() + " replaced this task", changes);
        }
        return cloud;
    }

    /**
     * How many new tasks the scheduler may start now: what the current deployment lacks, capped during a deployment
     * (while old tasks remain) by maximumPercent of the desired count, old and new tasks together.
     */
    static int startable(Cloud cloud, EcsState.Service s) {
        List<EcsState.Task> all = tasks(cloud, s);
        long fresh = all.stream().filter(t -> !isOld(s, t)).count();
        int wanted = (int) Math.max(0, s.desired() - fresh);
        if (all.size() == fresh) {
            return wanted;
        }
        return (int) Math.max(0, Math.min(wanted, s.deployment().maxTasks(s.desired()) - all.size()));
    }

    /** When a running task of a deployment in progress will start to count as healthy, or Long.MAX_VALUE. */
    static long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (EcsState.Service s : cloud.ecs().services().values()) {
            List<EcsState.Task> all = tasks(cloud, s);
            if (!s.targetGroup().isEmpty() || all.stream().noneMatch(t -> isOld(s, t))) {
                continue;
            }
            for (EcsState.Task t : all) {
                long at = t.startedAt() + HEALTHY_AFTER_SECONDS;
                if (t.status().equals("RUNNING") && !isOld(s, t) && at > cloud.clock()) {
                    next = Math.min(next, at);
                }
            }
        }
        return next;
    }

    /**
     * --deployment-configuration as the service model reads it (shorthand or JSON), over {@code base}: members not
     * given keep their value.
     */
    static EcsState.DeploymentConfiguration parse(Invocation call, EcsState.DeploymentConfiguration base) {
        JsonElement e = call.request().get("deploymentConfiguration");
        if (e == null || !e.isJsonObject()) {
            return base;
        }
        JsonObject o = e.getAsJsonObject();
        int max = o.has("maximumPercent") ? o.get("maximumPercent").getAsInt() : base.maximumPercent();
        int min = o.has("minimumHealthyPercent") ? o.get("minimumHealthyPercent").getAsInt() : base.minimumHealthyPercent();
        boolean breaker = base.circuitBreaker();
        boolean rollback = base.rollback();
        if (o.has("deploymentCircuitBreaker") && o.get("deploymentCircuitBreaker").isJsonObject()) {
            JsonObject b = o.getAsJsonObject("deploymentCircuitBreaker");
            breaker = b.has("enable") ? b.get("enable").getAsBoolean() : breaker;
            rollback = b.has("rollback") ? b.get("rollback").getAsBoolean() : rollback;
        }
        if (min < 0 || max < 0) {
            throw new CliException("InvalidParameterException", "maximumPercent and minimumHealthyPercent are"
                    + " percentages of the desired count, 0 or more; this asked for " + max + " and " + min + ".");
        }
        return new EcsState.DeploymentConfiguration(max, min, breaker, rollback);
    }

    /** describe-services' deploymentConfiguration. */
    static JsonObject json(EcsState.DeploymentConfiguration d) {
        JsonObject breaker = new JsonObject();
        breaker.addProperty("enable", d.circuitBreaker());
        breaker.addProperty("rollback", d.rollback());
        JsonObject o = new JsonObject();
        o.add("deploymentCircuitBreaker", breaker);
        o.addProperty("maximumPercent", d.maximumPercent());
        o.addProperty("minimumHealthyPercent", d.minimumHealthyPercent());
        return o;
    }

    /**
     * What a player should know about limits that let a rolling update of {@code desired} tasks neither start a
     * new task nor stop an old one, or null.
     */
    static String stuck(EcsState.DeploymentConfiguration d, int desired) {
        if (desired == 0 || d.maxTasks(desired) > desired || d.minHealthy(desired) < desired) {
            return null;
        }
        return "With maximumPercent " + d.maximumPercent() + " and minimumHealthyPercent " + d.minimumHealthyPercent()
                + " of " + desired + " task" + (desired == 1 ? "" : "s") + ", a rolling update may neither start a new"
                + " task before an old one stops (at most " + d.maxTasks(desired) + ") nor stop an old one first (at"
                + " least " + d.minHealthy(desired) + " must stay healthy): a new deployment would never finish. Raise"
                + " maximumPercent or lower minimumHealthyPercent.";
    }

    private static List<EcsState.Task> tasks(Cloud cloud, EcsState.Service s) {
        return cloud.ecs().tasks().values().stream()
                .filter(t -> t.active() && t.cluster().equals(s.cluster()) && t.service().equals(s.name())).toList();
    }
}
