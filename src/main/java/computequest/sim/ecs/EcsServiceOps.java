package computequest.sim.ecs;

import static computequest.sim.ecs.EcsOps.*;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.ecr.EcrOps;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ECS services: create, update, describe, list and delete; deployments and events. */
public final class EcsServiceOps {

    private EcsServiceOps() {
    }

    // ---- services ----

    static EcsState.Service service(Cloud cloud, String cluster, String name) {
        EcsState.Service s = cloud.ecs().services().get(cluster + "/" + name);
        if (s == null || !s.status().equals("ACTIVE")) {
            throw new CliException("ServiceNotFoundException", "Service not found: " + name + " in cluster " + cluster
                    + "." + Suggest.didYouMean(cluster + "/" + name, cloud.ecs().services().keySet()));
        }
        return s;
    }

    static Operation.Result createService(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        String name = call.value("--service-name");
        EcsState.Service existing = cloud.ecs().services().get(c.name() + "/" + name);
        if (existing != null) {
            throw new CliException("InvalidParameterException", "Creation of service was not idempotent: a service named "
                    + name + " already exists. Change it with aws ecs update-service.");
        }
        EcsState.TaskDefinition td = taskDefinition(cloud, call.value("--task-definition"));
        String lt = launchType(call, td);
        Enis.refusePublicIp(call, lt);
        List<String> subnets = subnets(call, td, lt);
        int desired = call.intValue("--desired-count", 1, 0, 100);
        String tg = "";
        for (String lb : call.list("--load-balancers")) {
            Matcher m = TARGET_GROUP.matcher(lb);
            if (!m.find()) {
                throw new CliException("InvalidParameterException", "--load-balancers needs targetGroupArn=arn:aws:"
                        + "elasticloadbalancing:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID
                        + ":targetgroup/NAME/ID,containerName=web,containerPort=80");
            }
            tg = m.group(1);
            ElbLinks.check(cloud, lb, td);
        }
        EcsState.DeploymentConfiguration rollout = RollingUpdate.parse(call, EcsState.DeploymentConfiguration.DEFAULT);
        EcsState.Service s = new EcsState.Service(name, c.name(), td.key(), desired, lt, tg, subnets, "ACTIVE",
                cloud.clock(), "", TaskPull.publicIp(call)).withDeployment(rollout);
        cloud = cloud.withEcs(cloud.ecs().withService(s));
        List<String> changes = new ArrayList<>();
        changes.add("Service " + name + " created in " + c.name() + ": it will keep " + desired + " task"
                + (desired == 1 ? "" : "s") + " of " + td.key() + " running on " + lt + ", spread across Availability"
                + " Zones, and replace any that stop." + (tg.isEmpty() ? "" : " Tasks register with target group " + tg.replaceFirst("/.*", "")
                + ", so the load balancer sends traffic only to running ones."));
        if (!rollout.equals(EcsState.DeploymentConfiguration.DEFAULT)) {
            changes.add(rolloutNote(s));
        }
        JsonObject res = new JsonObject();
        res.add("service", serviceJson(cloud, s));
        return new Operation.Result(cloud, res, changes);
    }

    /** What the service's deployment configuration means for its next rolling update, in the game's words. */
    private static String rolloutNote(EcsState.Service s) {
        EcsState.DeploymentConfiguration d = s.deployment();
        String stuck = RollingUpdate.stuck(d, s.desired());
        return "Service " + s.name() + ": rolling updates keep at least " + d.minHealthy(s.desired()) + " healthy and at"
                + " most " + d.maxTasks(s.desired()) + " tasks RUNNING or PENDING (minimumHealthyPercent "
                + d.minimumHealthyPercent() + ", maximumPercent " + d.maximumPercent() + " of " + s.desired() + ")."
                + (d.circuitBreaker() ? " The deployment circuit breaker is on: a deployment fails once "
                + CircuitBreaker.threshold(s.desired()) + " tasks in a row fail to start before any runs, and then"
                + (d.rollback() ? " the service rolls back to the last deployment that completed."
                : " launches no more tasks (rollback is off, so the service stays on the failed deployment).") : "") + (stuck == null ? "" : " " + stuck);
    }

    static JsonObject serviceJson(Cloud cloud, EcsState.Service s) {
        JsonObject o = new JsonObject();
        o.addProperty("serviceArn", arnPrefix() + "service/" + s.cluster() + "/" + s.name());
        o.addProperty("serviceName", s.name());
        o.addProperty("clusterArn", arnPrefix() + "cluster/" + s.cluster());
        JsonArray lbs = new JsonArray();
        if (!s.targetGroup().isEmpty()) {
            JsonObject lb = new JsonObject();
            lb.addProperty("targetGroupArn", "arn:aws:elasticloadbalancing:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID
                    + ":targetgroup/" + s.targetGroup());
            lbs.add(lb);
        }
        o.add("loadBalancers", lbs);
        o.add("serviceRegistries", new JsonArray());
        o.addProperty("status", s.status());
        o.addProperty("desiredCount", s.desired());
        o.addProperty("runningCount", serviceTasks(cloud, s, "RUNNING"));
        o.addProperty("pendingCount", serviceTasks(cloud, s, "PENDING"));
        o.addProperty("launchType", s.launchType());
        if (s.launchType().equals("FARGATE")) {
            o.addProperty("platformVersion", "LATEST");
            o.addProperty("platformFamily", "Linux");
        }
        o.addProperty("taskDefinition", arnPrefix() + "task-definition/" + s.taskDefinition());
        o.add("deploymentConfiguration", RollingUpdate.json(s.deployment()));
        o.add("deployments", deployments(cloud, s));
        if (!s.targetGroup().isEmpty() || !s.subnets().isEmpty()) {
            o.addProperty("roleArn", "arn:aws:iam::" + Cloud.ACCOUNT_ID
                    + ":role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS");
        }
        JsonArray events = new JsonArray();
        for (EcsState.ServiceEvent e : s.events()) {
            JsonObject ev = new JsonObject();
            ev.addProperty("id", e.id());
            ev.addProperty("createdAt", Catalog.timestamp(e.at()));
            ev.addProperty("message", e.message());
            events.add(ev);
        }
        o.add("events", events);
        o.addProperty("createdAt", Catalog.timestamp(s.createdAt()));
        o.add("placementConstraints", new JsonArray());
        o.add("placementStrategy", new JsonArray());
        if (!s.subnets().isEmpty()) {
            o.add("networkConfiguration", network(s));
        }
        o.addProperty("schedulingStrategy", "REPLICA");
        JsonObject controller = new JsonObject();
        controller.addProperty("type", "ECS");
        o.add("deploymentController", controller);
        o.addProperty("createdBy", "arn:aws:iam::" + Cloud.ACCOUNT_ID + ":root");
        o.addProperty("enableECSManagedTags", false);
        o.addProperty("propagateTags", "NONE");
        o.addProperty("enableExecuteCommand", false);
        return o;
    }

    private static JsonObject network(EcsState.Service s) {
        JsonObject vpc = new JsonObject();
        JsonArray subnets = new JsonArray();
        s.subnets().forEach(subnets::add);
        vpc.add("subnets", subnets);
        JsonArray groups = new JsonArray();
        groups.add(Catalog.DEFAULT_SECURITY_GROUP);
        vpc.add("securityGroups", groups);
        vpc.addProperty("assignPublicIp", s.publicIp() ? "ENABLED" : "DISABLED");
        JsonObject net = new JsonObject();
        net.add("awsvpcConfiguration", vpc);
        return net;
    }

    /**
     * The PRIMARY deployment runs the current task definition; while tasks of an older revision still run, they
     * form an ACTIVE deployment that drains as the new one starts.
     */
    private static JsonArray deployments(Cloud cloud, EcsState.Service s) {
        // keyed by task definition; the primary deployment's key is the bare one, older deployments' are "old|TD"
        Map<String, int[]> byRevision = new java.util.LinkedHashMap<>();
        byRevision.put(s.taskDefinition(), new int[2]);
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            if (t.active() && t.cluster().equals(s.cluster()) && t.service().equals(s.name())) {
                boolean current = t.taskDefinition().equals(s.taskDefinition()) && t.createdAt() >= s.deployedAt();
                int[] counts = byRevision.computeIfAbsent((current ? "" : "old|") + t.taskDefinition(), k -> new int[2]);
                counts[t.status().equals("RUNNING") ? 0 : 1]++;
            }
        }
        JsonArray out = new JsonArray();
        byRevision.forEach((key, counts) -> {
            boolean primary = key.equals(s.taskDefinition());
            String td = key.replaceFirst("^old\\|", "");
            JsonObject d = new JsonObject();
            d.addProperty("id", primary ? deploymentId(s) : deploymentId(s, td, false));
            d.addProperty("status", primary ? "PRIMARY" : "ACTIVE");
            d.addProperty("taskDefinition", arnPrefix() + "task-definition/" + td);
            d.addProperty("desiredCount", primary ? s.desired() : counts[0] + counts[1]);
            d.addProperty("pendingCount", counts[1]);
            d.addProperty("runningCount", counts[0]);
            d.addProperty("failedTasks", primary ? CircuitBreaker.failedTasks(cloud, s) : 0);
            d.addProperty("createdAt", Catalog.timestamp(primary ? s.deployedAt() : s.createdAt()));
            d.addProperty("updatedAt", Catalog.timestamp(cloud.clock()));
            d.addProperty("launchType", s.launchType());
            if (s.launchType().equals("FARGATE")) {
                d.addProperty("platformVersion", "1.4.0");
                d.addProperty("platformFamily", "Linux");
            }
            if (!s.subnets().isEmpty()) {
                d.add("networkConfiguration", network(s));
            }
            boolean done = primary && counts[0] == s.desired() && byRevision.size() == 1;
            boolean failed = primary && CircuitBreaker.failed(s);
            d.addProperty("rolloutState", failed ? "FAILED" : done ? "COMPLETED" : "IN_PROGRESS");
            d.addProperty("rolloutStateReason", "ECS deployment " + d.get("id").getAsString() + (failed
                    ? " failed: tasks failed to start." : done ? " completed." : " in progress."));
            out.add(d);
        });
        return out;
    }

    /** The id of the service's current (PRIMARY) deployment. */
    static String deploymentId(EcsState.Service s) {
        return deploymentId(s, s.taskDefinition(), true);
    }

    private static String deploymentId(EcsState.Service s, String td, boolean primary) {
        String seed = primary && s.deployedAt() != s.createdAt() && s.deployedAt() > 0 ? td + "|" + s.deployedAt() : td;
        return "ecs-svc/" + Long.toUnsignedString(Long.parseUnsignedLong(
                EcrOps.digest("deployment|" + s.key() + "|" + seed).substring(7, 22), 16));
    }

    public static long serviceTasks(Cloud cloud, EcsState.Service s, String status) {
        return cloud.ecs().tasks().values().stream()
                .filter(t -> t.cluster().equals(s.cluster()) && t.service().equals(s.name()) && t.status().equals(status))
                .count();
    }

    static Operation.Result updateService(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        EcsState.Service s = service(cloud, c.name(), call.value("--service"));
        List<String> changes = new ArrayList<>();
        if (call.has("--desired-count")) {
            int d = call.intValue("--desired-count", s.desired(), 0, 100);
            changes.add("Service " + s.name() + ": desired count " + s.desired() + " -> " + d + ".");
            s = s.withDesired(d);
        }
        if (call.has("--deployment-configuration")) {
            EcsState.DeploymentConfiguration d = RollingUpdate.parse(call, s.deployment());
            s = s.withDeployment(d);
            changes.add(rolloutNote(s));
        }
        if (call.has("--task-definition")) {
            EcsState.TaskDefinition td = taskDefinition(cloud, call.value("--task-definition"));
            launchType(new Invocation(call.operation(), Map.of("--launch-type", List.of(s.launchType())), "json"), td);
            changes.add("Service " + s.name() + ": new deployment of " + td.key() + "; old tasks are replaced.");
            s = s.withTaskDefinition(td.key(), cloud.clock());
        }
        if (call.has("--availability-zone-rebalancing")) {
            String v = call.value("--availability-zone-rebalancing");
            if (!v.equals("ENABLED") && !v.equals("DISABLED")) {
                throw new CliException("InvalidParameterException", "--availability-zone-rebalancing is ENABLED or"
                        + " DISABLED, not " + v + ".");
            }
            changes.add("Service " + s.name() + ": zone rebalancing " + v + ". The game's scheduler always spreads a"
                    + " service's tasks across zones as it starts them.");
        }
        if (call.has("--volume-configurations") && !call.value("--volume-configurations").replace(" ", "").equals("[]")) {
            changes.add("Service " + s.name() + ": EBS volumes for tasks are accepted but not simulated; the tasks keep"
                    + " only their ephemeral storage here.");
        }
        if (call.has("--network-configuration")) {
            EcsState.TaskDefinition td = taskDefinition(cloud, s.taskDefinition());
            if (!td.networkMode().equals("awsvpc")) {
                throw new CliException("InvalidParameterException", "Network Configuration is not valid for the given"
                        + " networkMode of this task definition. " + td.key() + " uses networkMode " + td.networkMode()
                        + "; only awsvpc tasks take --network-configuration.");
            }
            Enis.refusePublicIp(call, s.launchType());
            List<String> subnets = subnets(call, td, s.launchType());
            boolean ip = TaskPull.publicIp(call);
            if (!subnets.equals(s.subnets()) || ip != s.publicIp()) {
                changes.add("Service " + s.name() + ": new deployment with subnets " + String.join(",", subnets)
                        + " and assignPublicIp " + (ip ? "ENABLED" : "DISABLED") + "; its tasks replace the old ones.");
                s = s.withNetwork(subnets, ip, cloud.clock());
            }
        }
        if (call.has("--force-new-deployment") && s.deployedAt() != cloud.clock()) {
            changes.add("Service " + s.name() + ": new deployment of " + s.taskDefinition() + " (forced); new tasks"
                    + " replace the old ones.");
            s = s.redeployed(cloud.clock());
        }
        cloud = cloud.withEcs(cloud.ecs().withService(s));
        JsonObject res = new JsonObject();
        res.add("service", serviceJson(cloud, s));
        return new Operation.Result(cloud, res, changes);
    }

    static Operation.Result describeServices(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray out = new JsonArray();
        for (String n : call.list("--services")) {
            out.add(serviceJson(cloud, service(cloud, c.name(), n.substring(n.lastIndexOf('/') + 1))));
        }
        JsonObject res = new JsonObject();
        res.add("services", out);
        res.add("failures", new JsonArray());
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result listServices(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray arns = new JsonArray();
        cloud.ecs().services().values().stream().filter(s -> s.cluster().equals(c.name()) && s.status().equals("ACTIVE"))
                .forEach(s -> arns.add(arnPrefix() + "service/" + s.cluster() + "/" + s.name()));
        JsonObject res = new JsonObject();
        res.add("serviceArns", arns);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result deleteService(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        EcsState.Service s = service(cloud, c.name(), call.value("--service"));
        if (s.desired() > 0 && !call.has("--force")) {
            throw new CliException("InvalidParameterException", "The service cannot be stopped while it is scaled above 0."
                    + " Run aws ecs update-service --cluster " + c.name() + " --service " + s.name()
                    + " --desired-count 0 first, or add --force.");
        }
        List<String> changes = new ArrayList<>();
        for (EcsState.Task t : List.copyOf(cloud.ecs().tasks().values())) {
            if (t.active() && t.service().equals(s.name()) && t.cluster().equals(c.name())) {
                cloud = EcsScheduler.stop(cloud, t, "Service deleted", changes);
            }
        }
        cloud = cloud.withEcs(cloud.ecs().withoutService(s.key()));
        changes.add("Service " + s.name() + " deleted; nothing will replace its tasks now.");
        JsonObject res = new JsonObject();
        res.add("service", serviceJson(cloud, s.withStatus("DRAINING")));
        return new Operation.Result(cloud, res, changes);
    }
}
