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
import computequest.sim.lambda.LambdaOps;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ECS tasks: run, list, describe and stop. */
final class EcsTaskOps {

    private EcsTaskOps() {
    }

    // ---- tasks ----

    static Operation.Result runTask(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        EcsState.TaskDefinition td = taskDefinition(cloud, call.value("--task-definition"));
        String lt = launchType(call, td);
        Enis.refusePublicIp(call, lt);
        List<String> subnets = subnets(call, td, lt);
        TaskPull.checkAssumable(cloud, td);
        int count = call.intValue("--count", 1, 1, 10);
        List<String> changes = new ArrayList<>();
        JsonArray started = new JsonArray();
        JsonArray failures = new JsonArray();
        for (int n = 0; n < count; n++) {
            EcsScheduler.Placement p = EcsScheduler.place(cloud, c.name(), td, lt, subnets, "family:" + td.family());
            if (p.failure() != null) {
                if (cloud.ecs().containerInstances().values().stream().noneMatch(ci -> ci.cluster().equals(c.name()))) {
                    throw new CliException("InvalidParameterException", p.failure());
                }
                JsonObject f = new JsonObject();
                f.addProperty("reason", p.failure().startsWith("no container") ? p.failure().split(" - ")[0]
                        .replace("no container instance met all of its requirements. ", "") : p.failure());
                f.addProperty("detail", p.failure());
                failures.add(f);
                changes.add("Task " + (n + 1) + " of " + count + " could not be placed: " + p.failure());
                continue;
            }
            cloud = EcsScheduler.startTask(cloud, c.name(), td, lt, p, "", TaskPull.publicIp(call), changes);
            EcsState.Task t = lastTask(cloud);
            started.add(taskJson(cloud, t));
        }
        if (call.has("--client-token")) {
            changes.add("Client token " + call.value("--client-token") + ": if the network drops the answer, the same"
                    + " command with the same token is safe to send again; ECS starts the tasks only once.");
        }
        JsonObject res = new JsonObject();
        res.add("tasks", started);
        res.add("failures", failures);
        return new Operation.Result(cloud, res, changes);
    }

    static EcsState.Task lastTask(Cloud cloud) {
        EcsState.Task last = null;
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            last = t;
        }
        return last;
    }

    static JsonObject taskJson(Cloud cloud, EcsState.Task t) {
        EcsState.TaskDefinition td = cloud.ecs().taskDefinitions().get(t.taskDefinition());
        boolean fargate = t.launchType().equals("FARGATE");
        boolean stopped = t.status().equals("STOPPED");
        String hex = EcrOps.digest("task|" + t.id()).substring(7);
        JsonObject o = new JsonObject();
        JsonArray att = new JsonArray();
        if (fargate) {
            JsonObject eni = new JsonObject();
            eni.addProperty("id", LambdaOps.uuid(hex));
            eni.addProperty("type", "ElasticNetworkInterface");
            eni.addProperty("status", stopped ? "DELETED" : "ATTACHED");
            JsonArray details = new JsonArray();
            for (String[] kv : new String[][] {{"subnetId", Catalog.subnetId(t.zone())},
                    {"networkInterfaceId", "eni-0" + hex.substring(0, 16)}, {"macAddress", mac(hex)},
                    {"privateIPv4Address", t.privateIp()}}) {
                JsonObject d = new JsonObject();
                d.addProperty("name", kv[0]);
                d.addProperty("value", kv[1]);
                details.add(d);
            }
            eni.add("details", details);
            att.add(eni);
        }
        o.add("attachments", att);
        JsonArray attributes = new JsonArray();
        JsonObject arch = new JsonObject();
        arch.addProperty("name", "ecs.cpu-architecture");
        arch.addProperty("value", "x86_64");
        attributes.add(arch);
        o.add("attributes", attributes);
        o.addProperty("availabilityZone", t.zone());
        o.addProperty("clusterArn", arnPrefix() + "cluster/" + t.cluster());
        o.addProperty("connectivity", stopped ? "DISCONNECTED" : "CONNECTED");
        o.addProperty("connectivityAt", Catalog.timestamp(t.createdAt()));
        if (!t.containerInstance().isEmpty()) {
            o.addProperty("containerInstanceArn", arnPrefix() + "container-instance/" + t.cluster() + "/" + t.containerInstance());
        }
        o.add("containers", containers(t, td, hex));
        o.addProperty("cpu", Integer.toString(t.cpu()));
        o.addProperty("createdAt", Catalog.timestamp(t.createdAt()));
        o.addProperty("desiredStatus", t.desiredStatus());
        o.addProperty("enableExecuteCommand", false);
        o.addProperty("group", t.service().isEmpty() ? "family:" + t.taskDefinition().split(":")[0] : "service:" + t.service());
        o.addProperty("healthStatus", "UNKNOWN");
        o.addProperty("lastStatus", t.status());
        o.addProperty("launchType", t.launchType());
        o.addProperty("memory", Integer.toString(t.memory()));
        JsonObject overrides = new JsonObject();
        JsonArray containerOverrides = new JsonArray();
        if (td != null) {
            td.containers().forEach(c -> {
                JsonObject co = new JsonObject();
                co.addProperty("name", c.name());
                containerOverrides.add(co);
            });
        }
        overrides.add("containerOverrides", containerOverrides);
        overrides.add("inferenceAcceleratorOverrides", new JsonArray());
        o.add("overrides", overrides);
        if (fargate) {
            o.addProperty("platformVersion", "1.4.0");
            o.addProperty("platformFamily", "Linux");
            JsonObject storage = new JsonObject();
            storage.addProperty("sizeInGiB", 20);
            o.add("ephemeralStorage", storage);
        }
        if (t.startedAt() > 0 || t.status().equals("RUNNING")) {
            o.addProperty("pullStartedAt", Catalog.timestamp(t.createdAt() + 1));
            o.addProperty("pullStoppedAt", Catalog.timestamp(Math.max(t.createdAt() + 1, t.startedAt() - 1)));
            o.addProperty("startedAt", Catalog.timestamp(t.startedAt()));
        }
        if (!t.service().isEmpty()) {
            o.addProperty("startedBy", "ecs-svc/" + Long.toUnsignedString(Long.parseUnsignedLong(
                    EcrOps.digest("deployment|" + t.cluster() + "/" + t.service() + "|" + t.taskDefinition())
                            .substring(7, 22), 16)));
        }
        if (stopped || t.stopAt() > 0) {
            String r = t.stoppedReason();
            o.addProperty("stopCode", r.startsWith("Task stopped by user") ? "UserInitiated"
                    : r.startsWith("CannotPullContainerError") ? "TaskFailedToStart"
                    : r.contains("Essential container") ? "EssentialContainerExited" : "ServiceSchedulerInitiated");
            if (stopped) {
                o.addProperty("stoppedAt", Catalog.timestamp(t.stoppedAt()));
            }
            o.addProperty("stoppedReason", r);
            o.addProperty("stoppingAt", Catalog.timestamp(stopped ? t.stoppedAt() : t.stopAt() - EcsScheduler.TASK_STOP_SECONDS));
            if (stopped) {
                o.addProperty("executionStoppedAt", Catalog.timestamp(t.stoppedAt()));
            }
        }
        o.add("tags", new JsonArray());
        o.addProperty("taskArn", t.arn());
        o.addProperty("taskDefinitionArn", arnPrefix() + "task-definition/" + t.taskDefinition());
        o.addProperty("version", stopped ? 3 : t.status().equals("RUNNING") ? 2 : 1);
        return o;
    }

    private static String mac(String hex) {
        return hex.substring(0, 2) + ":" + hex.substring(2, 4) + ":" + hex.substring(4, 6) + ":" + hex.substring(6, 8)
                + ":" + hex.substring(8, 10) + ":" + hex.substring(10, 12);
    }

    private static JsonArray containers(EcsState.Task t, EcsState.TaskDefinition td, String hex) {
        JsonArray out = new JsonArray();
        if (td == null) {
            return out;
        }
        boolean awsvpc = td.networkMode().equals("awsvpc");
        List<Integer> hostPorts = t.hostPorts();
        int hostIndex = 0;
        for (EcsState.Container c : td.containers()) {
            JsonObject co = new JsonObject();
            co.addProperty("containerArn", arnPrefix() + "container/" + t.cluster() + "/" + t.id() + "/"
                    + LambdaOps.uuid(EcrOps.digest("container|" + t.id() + "|" + c.name()).substring(7)));
            co.addProperty("taskArn", t.arn());
            co.addProperty("name", c.name());
            co.addProperty("image", c.image());
            if (t.status().equals("RUNNING")) {
                co.addProperty("runtimeId", hex.substring(0, 32) + "-" + Math.abs(c.name().hashCode() % 10000));
            }
            co.addProperty("lastStatus", t.status());
            JsonArray bindings = new JsonArray();
            if (!awsvpc && t.status().equals("RUNNING")) {
                for (int i = 0; i < c.ports().size(); i++) {
                    int port = c.ports().get(i);
                    JsonObject b = new JsonObject();
                    b.addProperty("bindIP", "0.0.0.0");
                    b.addProperty("containerPort", port);
                    b.addProperty("hostPort", hostPorts.size() > hostIndex ? hostPorts.get(hostIndex) : port);
                    hostIndex++;
                    b.addProperty("protocol", "tcp");
                    bindings.add(b);
                }
            }
            co.add("networkBindings", bindings);
            JsonArray interfaces = new JsonArray();
            if (awsvpc) {
                JsonObject ni = new JsonObject();
                ni.addProperty("attachmentId", LambdaOps.uuid(hex));
                ni.addProperty("privateIpv4Address", t.privateIp());
                interfaces.add(ni);
            }
            co.add("networkInterfaces", interfaces);
            co.addProperty("healthStatus", "UNKNOWN");
            co.addProperty("cpu", Integer.toString(c.cpu()));
            if (c.memory() > 0) {
                co.addProperty("memory", Integer.toString(c.memory()));
            }
            if (c.memoryReservation() > 0) {
                co.addProperty("memoryReservation", Integer.toString(c.memoryReservation()));
            }
            out.add(co);
        }
        return out;
    }

    static EcsState.Task task(Cloud cloud, String cluster, String ref) {
        String id = ref.substring(ref.lastIndexOf('/') + 1);
        EcsState.Task t = cloud.ecs().tasks().get(id);
        if (t == null) {
            // ECS takes a task's whole id or its ARN, never the short form the game's [cloud] lines print
            for (EcsState.Task x : cloud.ecs().tasks().values()) {
                if (id.length() >= 6 && x.id().startsWith(id) && x.cluster().equals(cluster)) {
                    throw new CliException("InvalidParameterException", "The referenced task was not found: " + id
                            + ". ECS needs a task's whole id (32 characters) or its ARN, not its first few: "
                            + x.id() + ". aws ecs list-tasks --cluster " + cluster + " prints them whole.");
                }
            }
        }
        if (t == null || !t.cluster().equals(cluster)) {
            throw new CliException("InvalidParameterException", "The referenced task was not found: " + id + "."
                    + Suggest.didYouMean(id, cloud.ecs().tasks().keySet()) + " List them: aws ecs list-tasks --cluster " + cluster);
        }
        return t;
    }

    static Operation.Result listTasks(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        String status = call.value("--desired-status", "RUNNING");
        JsonArray arns = new JsonArray();
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            boolean wanted = status.equals("STOPPED") ? !t.active() : t.active();
            String ci = call.value("--container-instance", "");
            if (t.cluster().equals(c.name()) && wanted
                    && (!call.has("--service-name") || t.service().equals(call.value("--service-name")))
                    && (ci.isEmpty() || ci.substring(ci.lastIndexOf('/') + 1).equals(t.containerInstance()))
                    && (!call.has("--family") || t.taskDefinition().startsWith(call.value("--family") + ":"))) {
                arns.add(t.arn());
            }
        }
        JsonObject res = new JsonObject();
        res.add("taskArns", arns);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result describeTasks(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray out = new JsonArray();
        for (String ref : call.list("--tasks")) {
            out.add(taskJson(cloud, task(cloud, c.name(), ref)));
        }
        JsonObject res = new JsonObject();
        res.add("tasks", out);
        res.add("failures", new JsonArray());
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result stopTask(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        EcsState.Task t = task(cloud, c.name(), call.value("--task"));
        List<String> changes = new ArrayList<>();
        String reason = "Task stopped by user" + (call.has("--reason") ? ": " + call.value("--reason") : "");
        if (t.status().equals("RUNNING") && t.stopAt() == 0) {
            cloud = cloud.withEcs(cloud.ecs().withTask(t.stopping(cloud.clock() + EcsScheduler.TASK_STOP_SECONDS, reason)));
            changes.add("Task " + t.id().substring(0, 8) + " (" + t.taskDefinition() + "): desired status STOPPED. ECS"
                    + " tells its containers to stop (SIGTERM, then SIGKILL after 30 s); it is still RUNNING in the"
                    + " answer and stops a moment later.");
        } else if (t.active()) {
            cloud = t.stopAt() > 0 ? cloud : EcsScheduler.stop(cloud, t, reason, changes);
        } else {
            changes.add("Task " + t.id().substring(0, 8) + " had already stopped.");
        }
        JsonObject res = new JsonObject();
        res.add("task", taskJson(cloud, cloud.ecs().tasks().get(t.id())));
        return new Operation.Result(cloud, res, changes);
    }
}
