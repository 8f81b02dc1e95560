package computequest.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated ECS API: clusters, container instances (EC2 instances whose agent registered), task definitions,
 * tasks on the EC2 and FARGATE launch types, and services that keep a desired count running.
 */
final class EcsOps {

    static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-z]+");
    static final Pattern TARGET_GROUP = Pattern.compile("targetgroup/([A-Za-z0-9-]+)");

    private EcsOps() {
    }

    static List<Operation> operations() {
        Param cluster = Param.opt("--cluster", "The cluster name (default: default).");
        Param platform = Param.opt("--platform-version", "LATEST (accepted).");
        Param strategy = Param.list("--placement-strategy", false, "Accepted: tasks are spread across zones anyway.");
        Param tags = Param.list("--tags", false, "key=K,value=V (accepted).");
        Param exec = Param.flag("--enable-execute-command", "Accepted; ECS Exec is not simulated.");
        Param netConf = Param.opt("--network-configuration",
                "awsvpcConfiguration={subnets=[subnet-...],securityGroups=[sg-...],assignPublicIp=ENABLED}");
        return List.of(
                new Operation("ecs", "create-cluster", "Create a cluster: a logical group of capacity.", List.of(
                        Param.opt("--cluster-name", "A name (default: default)."),
                        Param.list("--settings", false, "name=containerInsights,value=enabled|enhanced|disabled"),
                        Param.list("--tags", false, "key=team,value=web [key=...,value=...]")), EcsOps::createCluster),
                new Operation("ecs", "list-clusters", "List cluster ARNs.", List.of(), EcsOps::listClusters),
                new Operation("ecs", "describe-clusters", "Show clusters with their counts.", List.of(
                        Param.list("--clusters", false, "Cluster names."),
                        Param.list("--include", false, "SETTINGS, TAGS, ATTACHMENTS, CONFIGURATIONS, STATISTICS.")),
                        EcsOps::describeClusters),
                new Operation("ecs", "delete-cluster", "Delete an empty cluster.", List.of(
                        Param.req("--cluster", "The cluster.")), EcsOps::deleteCluster),
                new Operation("ecs", "list-container-instances", "List the EC2 instances registered to a cluster.",
                        List.of(cluster), EcsOps::listContainerInstances),
                new Operation("ecs", "describe-container-instances", "Show container instances: agent, free CPU and memory.",
                        List.of(cluster, Param.list("--container-instances", true, "Container instance ids or ARNs.")),
                        EcsOps::describeContainerInstances),
                new Operation("ecs", "register-task-definition", "Register a task definition; each one is a new revision.", List.of(
                        Param.opt("--cli-input-json", "The whole definition as JSON, inline or file://taskdef.json."),
                        Param.opt("--family", "The family name, e.g. web."),
                        Param.opt("--container-definitions", "JSON list of containers, or name=web,image=nginx,memory=256"),
                        Param.list("--requires-compatibilities", false, "EC2 and/or FARGATE."),
                        Param.opt("--network-mode", "awsvpc, bridge, host or none."),
                        Param.opt("--cpu", "Task CPU units, e.g. 256 (required for Fargate)."),
                        Param.opt("--memory", "Task memory in MiB, e.g. 512 (required for Fargate)."),
                        Param.opt("--execution-role-arn", "The role ECS uses to pull images and write logs.")),
                        EcsTaskDefinitionOps::registerTaskDefinition),
                new Operation("ecs", "describe-task-definition", "Show a task definition (family or family:revision).", List.of(
                        Param.req("--task-definition", "e.g. web or web:2."),
                        Param.list("--include", false, "TAGS.")), EcsTaskDefinitionOps::describeTaskDefinition),
                new Operation("ecs", "list-task-definitions", "List task definition ARNs.", List.of(
                        Param.opt("--family-prefix", "Only this family.")), EcsTaskDefinitionOps::listTaskDefinitions),
                new Operation("ecs", "deregister-task-definition", "Mark a revision INACTIVE.", List.of(
                        Param.req("--task-definition", "family:revision")), EcsTaskDefinitionOps::deregisterTaskDefinition),
                new Operation("ecs", "run-task", "Start tasks from a task definition, once (no service to replace them).", List.of(
                        cluster, Param.req("--task-definition", "family or family:revision."),
                        Param.opt("--launch-type", "EC2 (your container instances) or FARGATE (no instances to manage)."),
                        Param.opt("--count", "How many, 1 to 10."), netConf, platform, strategy, tags, exec,
                        Param.opt("--started-by", "A note (accepted)."),
                        Param.opt("--client-token", "A unique id that makes a retried request safe (idempotent)."),
                        Param.opt("--group", "A task group name (accepted).")), EcsTaskOps::runTask),
                new Operation("ecs", "list-tasks", "List task ARNs in a cluster.", List.of(cluster,
                        Param.opt("--service-name", "Only this service's tasks."),
                        Param.opt("--container-instance", "Only tasks on this container instance."),
                        Param.opt("--family", "Only tasks of this task definition family."),
                        Param.opt("--desired-status", "RUNNING (default) or STOPPED.")), EcsTaskOps::listTasks),
                new Operation("ecs", "describe-tasks", "Show tasks: status, zone, where they run, why they stopped.", List.of(
                        cluster, Param.list("--tasks", true, "Task ids or ARNs.")), EcsTaskOps::describeTasks),
                new Operation("ecs", "stop-task", "Stop a task (a service will start a replacement).", List.of(cluster,
                        Param.req("--task", "The task id or ARN."), Param.opt("--reason", "Why.")), EcsTaskOps::stopTask),
                new Operation("ecs", "create-service", "Keep a desired number of tasks running, spread across zones.", List.of(
                        cluster, Param.req("--service-name", "A name for the service."),
                        Param.req("--task-definition", "family or family:revision."),
                        Param.opt("--desired-count", "How many tasks to keep running (default 1)."),
                        Param.opt("--launch-type", "EC2 or FARGATE."), netConf,
                        Param.list("--load-balancers", false, "targetGroupArn=ARN,containerName=web,containerPort=80"),
                        platform, strategy, tags, exec,
                        Param.opt("--health-check-grace-period-seconds", "Accepted."),
                        Param.opt("--deployment-configuration", "maximumPercent=200,minimumHealthyPercent=100 (accepted).")),
                        EcsServiceOps::createService),
                new Operation("ecs", "update-service", "Change a service's desired count or task definition.", List.of(
                        cluster, Param.req("--service", "The service."),
                        Param.opt("--desired-count", "The new desired count."),
                        Param.opt("--task-definition", "A new revision: tasks are replaced."),
                        Param.flag("--force-new-deployment", "Replace every task.")), EcsServiceOps::updateService),
                new Operation("ecs", "describe-services", "Show services: desired, running, events.", List.of(cluster,
                        Param.list("--services", true, "Service names.")), EcsServiceOps::describeServices),
                new Operation("ecs", "list-services", "List services in a cluster.", List.of(cluster), EcsServiceOps::listServices),
                new Operation("ecs", "delete-service", "Delete a service (scale it to 0 first, or --force).", List.of(cluster,
                        Param.req("--service", "The service."), Param.flag("--force", "Delete even with tasks running.")),
                        EcsServiceOps::deleteService));
    }

    // ---- helpers ----

    static String arnPrefix() {
        return "arn:aws:ecs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":";
    }

    static String clusterName(Invocation call) {
        String c = call.value("--cluster", "default");
        int slash = c.lastIndexOf('/');
        return slash >= 0 ? c.substring(slash + 1) : c;
    }

    static EcsState.Cluster cluster(Cloud cloud, String name) {
        EcsState.Cluster c = cloud.ecs().clusters().get(name);
        if (c == null) {
            throw new CliException("ClusterNotFoundException", "Cluster not found: '" + name + "'."
                    + Suggest.didYouMean(name, cloud.ecs().clusters().keySet())
                    + (cloud.ecs().clusters().isEmpty() ? " Create one: aws ecs create-cluster --cluster-name " + name : ""));
        }
        return c;
    }

    static EcsState.TaskDefinition taskDefinition(Cloud cloud, String ref) {
        String r = ref.contains("task-definition/") ? ref.substring(ref.indexOf("task-definition/") + 16) : ref;
        if (r.contains(":")) {
            EcsState.TaskDefinition td = cloud.ecs().taskDefinitions().get(r);
            if (td == null) {
                throw new CliException("ClientException", "Unable to describe task definition '" + r + "'."
                        + Suggest.didYouMean(r, cloud.ecs().taskDefinitions().keySet()));
            }
            return td;
        }
        EcsState.TaskDefinition latest = null;
        for (EcsState.TaskDefinition td : cloud.ecs().taskDefinitions().values()) {
            if (td.family().equals(r) && td.status().equals("ACTIVE")) {
                latest = td;
            }
        }
        if (latest == null) {
            throw new CliException("ClientException", "Unable to describe task definition: no family '" + r + "'."
                    + Suggest.didYouMean(r, cloud.ecs().taskDefinitions().values().stream()
                    .map(EcsState.TaskDefinition::family).distinct().toList())
                    + " Register one: aws ecs register-task-definition --cli-input-json file://taskdef.json");
        }
        return latest;
    }

    static String launchType(Invocation call, EcsState.TaskDefinition td) {
        String lt = call.value("--launch-type", "EC2");
        if (!lt.equals("EC2") && !lt.equals("FARGATE")) {
            throw new CliException("InvalidParameterException", "--launch-type is EC2 or FARGATE, not '" + lt + "'.");
        }
        if (!td.compatibilities().contains(lt)) {
            throw new CliException("InvalidParameterException", "Task definition does not support launch_type " + lt
                    + ": " + td.key() + " requires " + td.compatibilities() + ". Register a revision with"
                    + " \"requiresCompatibilities\": [\"" + lt + "\"].");
        }
        return lt;
    }

    static List<String> subnets(Invocation call, EcsState.TaskDefinition td) {
        String nc = call.value("--network-configuration");
        if (nc == null) {
            if (td.networkMode().equals("awsvpc")) {
                throw new CliException("InvalidParameterException", "Network Configuration must be provided when"
                        + " networkMode 'awsvpc' is specified. Add --network-configuration"
                        + " 'awsvpcConfiguration={subnets=[" + Catalog.subnetId("us-east-1a") + ","
                        + Catalog.subnetId("us-east-1b") + "],assignPublicIp=ENABLED}'");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = SUBNET.matcher(nc);
        while (m.find()) {
            String id = m.group();
            if (Catalog.ZONES.stream().noneMatch(z -> Catalog.subnetId(z).equals(id))) {
                throw new CliException("InvalidParameterException", "Error retrieving subnet information for [" + id
                        + "]: The subnet ID '" + id + "' does not exist. See: aws ec2 describe-subnets");
            }
            out.add(id);
        }
        if (out.isEmpty()) {
            throw new CliException("InvalidParameterException", "subnets can not be empty. Use"
                    + " awsvpcConfiguration={subnets=[" + Catalog.subnetId("us-east-1a") + "]}");
        }
        return out;
    }

    static String zoneOf(String subnet) {
        return Catalog.ZONES.stream().filter(z -> Catalog.subnetId(z).equals(subnet)).findFirst().orElse(Catalog.ZONES.get(0));
    }

    static int cpuUsed(Cloud cloud, String ciId) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.active() && t.containerInstance().equals(ciId))
                .mapToInt(EcsState.Task::cpu).sum();
    }

    static int memoryUsed(Cloud cloud, String ciId) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.active() && t.containerInstance().equals(ciId))
                .mapToInt(EcsState.Task::memory).sum();
    }

    // ---- clusters ----

    static Operation.Result createCluster(Cloud cloud, Invocation call) {
        String name = call.value("--cluster-name", "default");
        if (!name.matches("[A-Za-z0-9_-]{1,255}")) {
            throw new CliException("InvalidParameterException", "Cluster names are up to 255 letters, digits,"
                    + " hyphens and underscores; '" + name + "' is not.");
        }
        List<String> changes = new ArrayList<>();
        EcsState.Cluster existing = cloud.ecs().clusters().get(name);
        if (existing != null) {
            changes.add("Cluster " + name + " already exists; create-cluster changes nothing.");
        } else {
            Map<String, String> settings = keyValues(call.list("--settings"), "name", "value", "--settings");
            for (var e : settings.entrySet()) {
                if (!e.getKey().equals("containerInsights") || !List.of("enabled", "enhanced", "disabled").contains(e.getValue())) {
                    throw new CliException("InvalidParameterException", "The only cluster setting is containerInsights,"
                            + " with value enabled, enhanced or disabled; '" + e.getKey() + "=" + e.getValue() + "' is not.");
                }
            }
            Map<String, String> tags = keyValues(call.list("--tags"), "key", "value", "--tags");
            cloud = cloud.withEcs(cloud.ecs().withCluster(new EcsState.Cluster(name, "ACTIVE", cloud.clock(), settings, tags)));
            changes.add("ECS cluster " + name + " created. It is empty: add capacity (EC2 instances from the"
                    + " ECS-optimized AMI with user data ECS_CLUSTER=" + name + ") or use Fargate. ECS itself is free.");
            if (!"disabled".equals(settings.getOrDefault("containerInsights", "disabled"))) {
                changes.add("Container Insights (" + settings.get("containerInsights") + ") collects CPU and memory"
                        + " metrics per task into CloudWatch; on AWS those metrics are billed as custom metrics.");
            }
        }
        JsonObject res = new JsonObject();
        res.add("cluster", clusterJson(cloud, cloud.ecs().clusters().get(name), true));
        return new Operation.Result(cloud, res, changes);
    }

    /** Reads key=K,value=V words (or a JSON list of such objects) into an ordered map. */
    static Map<String, String> keyValues(List<String> words, String key, String value, String param) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String w : words) {
            String s = w.strip();
            if (s.startsWith("[") || s.startsWith("{")) {
                try {
                    com.google.gson.JsonElement e = com.google.gson.JsonParser.parseString(s);
                    for (com.google.gson.JsonElement x : e.isJsonArray() ? e.getAsJsonArray() : List.of(e)) {
                        JsonObject o = x.getAsJsonObject();
                        out.put(o.get(key).getAsString(), o.has(value) ? o.get(value).getAsString() : "");
                    }
                } catch (RuntimeException e) {
                    throw new CliException("Error parsing parameter '" + param + "': Invalid JSON: " + s);
                }
                continue;
            }
            Matcher m = Pattern.compile(key + "=([^,]*),\\s*" + value + "=(.*)").matcher(s);
            if (!m.matches()) {
                throw new CliException("Error parsing parameter '" + param + "': expected " + key + "=...," + value
                        + "=..., got '" + w + "'.");
            }
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static JsonArray pairs(Map<String, String> m, String key, String value) {
        JsonArray a = new JsonArray();
        m.forEach((k, v) -> {
            JsonObject o = new JsonObject();
            o.addProperty(key, k);
            o.addProperty(value, v);
            a.add(o);
        });
        return a;
    }

    static JsonObject clusterJson(Cloud cloud, EcsState.Cluster c) {
        return clusterJson(cloud, c, false);
    }

    /** @param full whether settings and tags are printed (create-cluster, or describe-clusters --include) */
    static JsonObject clusterJson(Cloud cloud, EcsState.Cluster c, boolean full) {
        JsonObject o = new JsonObject();
        o.addProperty("clusterArn", arnPrefix() + "cluster/" + c.name());
        o.addProperty("clusterName", c.name());
        o.addProperty("status", c.status());
        o.addProperty("registeredContainerInstancesCount", containerInstances(cloud, c.name()).size());
        o.addProperty("runningTasksCount", tasks(cloud, c.name(), "RUNNING").size());
        o.addProperty("pendingTasksCount", tasks(cloud, c.name(), "PENDING").size());
        o.addProperty("activeServicesCount", cloud.ecs().services().values().stream()
                .filter(s -> s.cluster().equals(c.name()) && s.status().equals("ACTIVE")).count());
        o.add("statistics", new JsonArray());
        if (full) {
            o.add("tags", pairs(c.tags(), "key", "value"));
            o.add("settings", pairs(c.settings(), "name", "value"));
        }
        o.add("capacityProviders", new JsonArray());
        o.add("defaultCapacityProviderStrategy", new JsonArray());
        return o;
    }

    static List<EcsState.ContainerInstance> containerInstances(Cloud cloud, String cluster) {
        return cloud.ecs().containerInstances().values().stream().filter(ci -> ci.cluster().equals(cluster)).toList();
    }

    static List<EcsState.Task> tasks(Cloud cloud, String cluster, String status) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.cluster().equals(cluster) && t.status().equals(status))
                .toList();
    }

    static Operation.Result listClusters(Cloud cloud, Invocation call) {
        JsonArray arns = new JsonArray();
        cloud.ecs().clusters().keySet().forEach(n -> arns.add(arnPrefix() + "cluster/" + n));
        JsonObject res = new JsonObject();
        res.add("clusterArns", arns);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result describeClusters(Cloud cloud, Invocation call) {
        List<String> names = call.list("--clusters").isEmpty() ? List.of("default") : call.list("--clusters");
        JsonArray out = new JsonArray();
        JsonArray failures = new JsonArray();
        for (String n : names) {
            String name = n.substring(n.lastIndexOf('/') + 1);
            EcsState.Cluster c = cloud.ecs().clusters().get(name);
            if (c == null) {
                JsonObject f = new JsonObject();
                f.addProperty("arn", arnPrefix() + "cluster/" + name);
                f.addProperty("reason", "MISSING");
                failures.add(f);
            } else {
                out.add(clusterJson(cloud, c, !call.list("--include").isEmpty()));
            }
        }
        JsonObject res = new JsonObject();
        res.add("clusters", out);
        res.add("failures", failures);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result deleteCluster(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        if (!containerInstances(cloud, c.name()).isEmpty()) {
            throw new CliException("ClusterContainsContainerInstancesException", "The Cluster cannot be deleted while"
                    + " Container Instances are active or draining. Terminate its EC2 instances first.");
        }
        if (cloud.ecs().services().values().stream().anyMatch(s -> s.cluster().equals(c.name()))) {
            throw new CliException("ClusterContainsServicesException", "The Cluster cannot be deleted while Services"
                    + " are active. Delete them first: aws ecs delete-service --cluster " + c.name() + " --service NAME --force");
        }
        if (!tasks(cloud, c.name(), "RUNNING").isEmpty() || !tasks(cloud, c.name(), "PENDING").isEmpty()) {
            throw new CliException("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are"
                    + " active. Stop them first: aws ecs stop-task");
        }
        cloud = cloud.withEcs(cloud.ecs().withoutCluster(c.name()));
        JsonObject res = new JsonObject();
        res.add("cluster", clusterJson(cloud, c.withStatus("INACTIVE")));
        return new Operation.Result(cloud, res, List.of("ECS cluster " + c.name() + " deleted."));
    }

    static Operation.Result listContainerInstances(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray arns = new JsonArray();
        containerInstances(cloud, c.name()).forEach(ci -> arns.add(ciArn(ci)));
        JsonObject res = new JsonObject();
        res.add("containerInstanceArns", arns);
        return new Operation.Result(cloud, res, arns.isEmpty() ? List.of("No container instances in " + c.name()
                + ". Launch one: aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.small"
                + " --user-data 'ECS_CLUSTER=" + c.name() + "'") : List.of());
    }

    static String ciArn(EcsState.ContainerInstance ci) {
        return arnPrefix() + "container-instance/" + ci.cluster() + "/" + ci.id();
    }

    static Operation.Result describeContainerInstances(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray out = new JsonArray();
        for (String ref : call.list("--container-instances")) {
            String id = ref.substring(ref.lastIndexOf('/') + 1);
            EcsState.ContainerInstance ci = cloud.ecs().containerInstances().get(id);
            if (ci == null || !ci.cluster().equals(c.name())) {
                throw new CliException("InvalidParameterException", "Container instance '" + id + "' is not in cluster "
                        + c.name() + "." + Suggest.didYouMean(id, cloud.ecs().containerInstances().keySet()));
            }
            out.add(containerInstanceJson(cloud, ci));
        }
        JsonObject res = new JsonObject();
        res.add("containerInstances", out);
        res.add("failures", new JsonArray());
        return new Operation.Result(cloud, res, List.of());
    }

    private static JsonObject containerInstanceJson(Cloud cloud, EcsState.ContainerInstance ci) {
        JsonObject o = new JsonObject();
        o.addProperty("containerInstanceArn", ciArn(ci));
        o.addProperty("ec2InstanceId", ci.ec2InstanceId());
        JsonObject version = new JsonObject();
        version.addProperty("agentVersion", "1.89.2");
        version.addProperty("agentHash", "e0f7f4c4");
        version.addProperty("dockerVersion", "DockerVersion: 25.0.6");
        o.add("versionInfo", version);
        JsonArray remaining = new JsonArray();
        remaining.add(resource("CPU", ci.cpu() - cpuUsed(cloud, ci.id())));
        remaining.add(resource("MEMORY", ci.memory() - memoryUsed(cloud, ci.id())));
        remaining.add(ports());
        o.add("remainingResources", remaining);
        JsonArray registered = new JsonArray();
        registered.add(resource("CPU", ci.cpu()));
        registered.add(resource("MEMORY", ci.memory()));
        registered.add(ports());
        o.add("registeredResources", registered);
        o.addProperty("status", "ACTIVE");
        o.addProperty("agentConnected", ci.agentConnected());
        o.addProperty("runningTasksCount", cloud.ecs().tasks().values().stream()
                .filter(t -> t.status().equals("RUNNING") && t.containerInstance().equals(ci.id())).count());
        o.addProperty("pendingTasksCount", cloud.ecs().tasks().values().stream()
                .filter(t -> t.status().equals("PENDING") && t.containerInstance().equals(ci.id())).count());
        JsonArray attributes = new JsonArray();
        for (String[] kv : new String[][] {{"ecs.availability-zone", ci.zone()}, {"ecs.os-type", "linux"},
                {"ecs.cpu-architecture", "x86_64"}, {"ecs.instance-type",
                cloud.instances().containsKey(ci.ec2InstanceId()) ? cloud.instances().get(ci.ec2InstanceId()).instanceType() : ""}}) {
            JsonObject a = new JsonObject();
            a.addProperty("name", kv[0]);
            a.addProperty("value", kv[1]);
            attributes.add(a);
        }
        o.add("attributes", attributes);
        o.addProperty("registeredAt", Catalog.timestamp(cloud.instances().containsKey(ci.ec2InstanceId())
                ? cloud.instances().get(ci.ec2InstanceId()).launchTime() + Catalog.PENDING_SECONDS : 0));
        return o;
    }

    /** The ports the agent reserves on every container instance: SSH, Docker and the agent's own. */
    private static JsonObject ports() {
        JsonObject o = resource("PORTS", 0);
        o.addProperty("type", "STRINGSET");
        JsonArray set = new JsonArray();
        for (String p : new String[] {"22", "2376", "2375", "51678", "51679"}) {
            set.add(p);
        }
        o.add("stringSetValue", set);
        return o;
    }

    static JsonObject resource(String name, int value) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("type", "INTEGER");
        o.addProperty("doubleValue", 0.0);
        o.addProperty("longValue", 0);
        o.addProperty("integerValue", value);
        return o;
    }
}
