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

    private static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-z]+");
    private static final Pattern TARGET_GROUP = Pattern.compile("targetgroup/([A-Za-z0-9-]+)");

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
                        Param.opt("--cluster-name", "A name (default: default).")), EcsOps::createCluster),
                new Operation("ecs", "list-clusters", "List cluster ARNs.", List.of(), EcsOps::listClusters),
                new Operation("ecs", "describe-clusters", "Show clusters with their counts.", List.of(
                        Param.list("--clusters", false, "Cluster names.")), EcsOps::describeClusters),
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
                        EcsOps::registerTaskDefinition),
                new Operation("ecs", "describe-task-definition", "Show a task definition (family or family:revision).", List.of(
                        Param.req("--task-definition", "e.g. web or web:2.")), EcsOps::describeTaskDefinition),
                new Operation("ecs", "list-task-definitions", "List task definition ARNs.", List.of(
                        Param.opt("--family-prefix", "Only this family.")), EcsOps::listTaskDefinitions),
                new Operation("ecs", "deregister-task-definition", "Mark a revision INACTIVE.", List.of(
                        Param.req("--task-definition", "family:revision")), EcsOps::deregisterTaskDefinition),
                new Operation("ecs", "run-task", "Start tasks from a task definition, once (no service to replace them).", List.of(
                        cluster, Param.req("--task-definition", "family or family:revision."),
                        Param.opt("--launch-type", "EC2 (your container instances) or FARGATE (no instances to manage)."),
                        Param.opt("--count", "How many, 1 to 10."), netConf, platform, strategy, tags, exec,
                        Param.opt("--started-by", "A note (accepted).")), EcsOps::runTask),
                new Operation("ecs", "list-tasks", "List task ARNs in a cluster.", List.of(cluster,
                        Param.opt("--service-name", "Only this service's tasks."),
                        Param.opt("--desired-status", "RUNNING (default) or STOPPED.")), EcsOps::listTasks),
                new Operation("ecs", "describe-tasks", "Show tasks: status, zone, where they run, why they stopped.", List.of(
                        cluster, Param.list("--tasks", true, "Task ids or ARNs.")), EcsOps::describeTasks),
                new Operation("ecs", "stop-task", "Stop a task (a service will start a replacement).", List.of(cluster,
                        Param.req("--task", "The task id or ARN."), Param.opt("--reason", "Why.")), EcsOps::stopTask),
                new Operation("ecs", "create-service", "Keep a desired number of tasks running, spread across zones.", List.of(
                        cluster, Param.req("--service-name", "A name for the service."),
                        Param.req("--task-definition", "family or family:revision."),
                        Param.opt("--desired-count", "How many tasks to keep running (default 1)."),
                        Param.opt("--launch-type", "EC2 or FARGATE."), netConf,
                        Param.list("--load-balancers", false, "targetGroupArn=ARN,containerName=web,containerPort=80"),
                        platform, strategy, tags, exec,
                        Param.opt("--health-check-grace-period-seconds", "Accepted."),
                        Param.opt("--deployment-configuration", "maximumPercent=200,minimumHealthyPercent=100 (accepted).")),
                        EcsOps::createService),
                new Operation("ecs", "update-service", "Change a service's desired count or task definition.", List.of(
                        cluster, Param.req("--service", "The service."),
                        Param.opt("--desired-count", "The new desired count."),
                        Param.opt("--task-definition", "A new revision: tasks are replaced."),
                        Param.flag("--force-new-deployment", "Replace every task.")), EcsOps::updateService),
                new Operation("ecs", "describe-services", "Show services: desired, running, events.", List.of(cluster,
                        Param.list("--services", true, "Service names.")), EcsOps::describeServices),
                new Operation("ecs", "list-services", "List services in a cluster.", List.of(cluster), EcsOps::listServices),
                new Operation("ecs", "delete-service", "Delete a service (scale it to 0 first, or --force).", List.of(cluster,
                        Param.req("--service", "The service."), Param.flag("--force", "Delete even with tasks running.")),
                        EcsOps::deleteService));
    }

    // ---- helpers ----

    static String arnPrefix() {
        return "arn:aws:ecs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":";
    }

    private static String clusterName(Invocation call) {
        String c = call.value("--cluster", "default");
        int slash = c.lastIndexOf('/');
        return slash >= 0 ? c.substring(slash + 1) : c;
    }

    private static EcsState.Cluster cluster(Cloud cloud, String name) {
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

    private static String launchType(Invocation call, EcsState.TaskDefinition td) {
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

    private static List<String> subnets(Invocation call, EcsState.TaskDefinition td) {
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

    private static Operation.Result createCluster(Cloud cloud, Invocation call) {
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
            cloud = cloud.withEcs(cloud.ecs().withCluster(new EcsState.Cluster(name, "ACTIVE", cloud.clock())));
            changes.add("ECS cluster " + name + " created. It is empty: add capacity (EC2 instances from the"
                    + " ECS-optimized AMI with user data ECS_CLUSTER=" + name + ") or use Fargate. ECS itself is free.");
        }
        JsonObject res = new JsonObject();
        res.add("cluster", clusterJson(cloud, cloud.ecs().clusters().get(name)));
        return new Operation.Result(cloud, res, changes);
    }

    private static JsonObject clusterJson(Cloud cloud, EcsState.Cluster c) {
        JsonObject o = new JsonObject();
        o.addProperty("clusterArn", arnPrefix() + "cluster/" + c.name());
        o.addProperty("clusterName", c.name());
        o.addProperty("status", c.status());
        o.addProperty("registeredContainerInstancesCount", containerInstances(cloud, c.name()).size());
        o.addProperty("runningTasksCount", tasks(cloud, c.name(), "RUNNING").size());
        o.addProperty("pendingTasksCount", tasks(cloud, c.name(), "PENDING").size());
        o.addProperty("activeServicesCount", cloud.ecs().services().values().stream()
                .filter(s -> s.cluster().equals(c.name()) && s.status().equals("ACTIVE")).count());
        return o;
    }

    static List<EcsState.ContainerInstance> containerInstances(Cloud cloud, String cluster) {
        return cloud.ecs().containerInstances().values().stream().filter(ci -> ci.cluster().equals(cluster)).toList();
    }

    static List<EcsState.Task> tasks(Cloud cloud, String cluster, String status) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.cluster().equals(cluster) && t.status().equals(status))
                .toList();
    }

    private static Operation.Result listClusters(Cloud cloud, Invocation call) {
        JsonArray arns = new JsonArray();
        cloud.ecs().clusters().keySet().forEach(n -> arns.add(arnPrefix() + "cluster/" + n));
        JsonObject res = new JsonObject();
        res.add("clusterArns", arns);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result describeClusters(Cloud cloud, Invocation call) {
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
                out.add(clusterJson(cloud, c));
            }
        }
        JsonObject res = new JsonObject();
        res.add("clusters", out);
        res.add("failures", failures);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteCluster(Cloud cloud, Invocation call) {
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
        res.add("cluster", clusterJson(cloud, new EcsState.Cluster(c.name(), "INACTIVE", c.createdAt())));
        return new Operation.Result(cloud, res, List.of("ECS cluster " + c.name() + " deleted."));
    }

    private static Operation.Result listContainerInstances(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray arns = new JsonArray();
        containerInstances(cloud, c.name()).forEach(ci -> arns.add(ciArn(ci)));
        JsonObject res = new JsonObject();
        res.add("containerInstanceArns", arns);
        return new Operation.Result(cloud, res, arns.isEmpty() ? List.of("No container instances in " + c.name()
                + ". Launch one: aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.small"
                + " --user-data 'ECS_CLUSTER=" + c.name() + "'") : List.of());
    }

    private static String ciArn(EcsState.ContainerInstance ci) {
        return arnPrefix() + "container-instance/" + ci.cluster() + "/" + ci.id();
    }

    private static Operation.Result describeContainerInstances(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray out = new JsonArray();
        for (String ref : call.list("--container-instances")) {
            String id = ref.substring(ref.lastIndexOf('/') + 1);
            EcsState.ContainerInstance ci = cloud.ecs().containerInstances().get(id);
            if (ci == null || !ci.cluster().equals(c.name())) {
                throw new CliException("InvalidParameterException", "Container instance '" + id + "' is not in cluster "
                        + c.name() + "." + Suggest.didYouMean(id, cloud.ecs().containerInstances().keySet()));
            }
            JsonObject o = new JsonObject();
            o.addProperty("containerInstanceArn", ciArn(ci));
            o.addProperty("ec2InstanceId", ci.ec2InstanceId());
            o.addProperty("status", "ACTIVE");
            o.addProperty("agentConnected", ci.agentConnected());
            o.addProperty("runningTasksCount", cloud.ecs().tasks().values().stream()
                    .filter(t -> t.active() && t.containerInstance().equals(ci.id())).count());
            JsonArray remaining = new JsonArray();
            remaining.add(resource("CPU", ci.cpu() - cpuUsed(cloud, ci.id())));
            remaining.add(resource("MEMORY", ci.memory() - memoryUsed(cloud, ci.id())));
            o.add("remainingResources", remaining);
            JsonArray registered = new JsonArray();
            registered.add(resource("CPU", ci.cpu()));
            registered.add(resource("MEMORY", ci.memory()));
            o.add("registeredResources", registered);
            JsonObject attr = new JsonObject();
            attr.addProperty("availabilityZone", ci.zone());
            o.add("placement", attr);
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("containerInstances", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static JsonObject resource(String name, int value) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("type", "INTEGER");
        o.addProperty("integerValue", value);
        return o;
    }

    // ---- task definitions ----

    private static Operation.Result registerTaskDefinition(Cloud cloud, Invocation call) {
        JsonObject root;
        if (call.has("--cli-input-json")) {
            var parsed = TaskDefinitions.parseJson("--cli-input-json",
                    TaskDefinitions.load("--cli-input-json", call.value("--cli-input-json")));
            if (!parsed.isJsonObject()) {
                throw new CliException("ClientException", "--cli-input-json takes a JSON object {\"family\": ...}.");
            }
            root = parsed.getAsJsonObject().deepCopy();
        } else {
            if (!call.has("--family") || !call.has("--container-definitions")) {
                throw new CliException("aws ecs register-task-definition needs --cli-input-json, or both --family and"
                        + " --container-definitions.");
            }
            root = new JsonObject();
        }
        if (call.has("--family")) {
            root.addProperty("family", call.value("--family"));
        }
        if (call.has("--container-definitions")) {
            root.add("containerDefinitions", containerDefinitions(call.value("--container-definitions")));
        }
        if (call.has("--requires-compatibilities")) {
            JsonArray a = new JsonArray();
            call.list("--requires-compatibilities").forEach(a::add);
            root.add("requiresCompatibilities", a);
        }
        for (String[] f : new String[][]{{"--network-mode", "networkMode"}, {"--cpu", "cpu"}, {"--memory", "memory"},
                {"--execution-role-arn", "executionRoleArn"}}) {
            if (call.has(f[0])) {
                root.addProperty(f[1], call.value(f[0]));
            }
        }
        String family = root.has("family") && root.get("family").isJsonPrimitive() ? root.get("family").getAsString() : "";
        int revision = 1 + (int) cloud.ecs().taskDefinitions().values().stream()
                .filter(td -> td.family().equals(family)).count();
        EcsState.TaskDefinition td = TaskDefinitions.validate(root, revision);
        cloud = cloud.withEcs(cloud.ecs().withTaskDefinition(td));
        JsonObject res = new JsonObject();
        res.add("taskDefinition", tdJson(td));
        String size = td.cpu() > 0 ? " Task size: " + td.cpu() + " CPU units, " + td.memory() + " MiB." : "";
        return new Operation.Result(cloud, res, List.of("Registered task definition " + td.key() + " (revision "
                + revision + " of family " + td.family() + "), compatible with " + String.join(" and ", td.compatibilities())
                + ", network mode " + td.networkMode() + "." + size + " A definition is only a recipe: nothing runs yet."));
    }

    /** --container-definitions: a JSON list, or the shorthand name=web,image=nginx,cpu=256,memory=512. */
    private static JsonArray containerDefinitions(String v) {
        String t = v.strip();
        if (t.startsWith("[") || t.startsWith("{")) {
            var e = TaskDefinitions.parseJson("--container-definitions", t);
            if (e.isJsonObject()) {
                JsonArray a = new JsonArray();
                a.add(e);
                return a;
            }
            if (!e.isJsonArray()) {
                throw new CliException("Error parsing parameter '--container-definitions': expected a JSON list.");
            }
            return e.getAsJsonArray();
        }
        JsonObject c = new JsonObject();
        for (String part : t.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new CliException("Error parsing parameter '--container-definitions': expected key=value, got '"
                        + part + "'. Example: name=web,image=nginx:latest,memory=256");
            }
            String k = part.substring(0, eq).trim();
            String val = part.substring(eq + 1).trim();
            if (val.matches("\\d+")) {
                c.addProperty(k, Integer.parseInt(val));
            } else if (val.equals("true") || val.equals("false")) {
                c.addProperty(k, Boolean.parseBoolean(val));
            } else {
                c.addProperty(k, val);
            }
        }
        JsonArray a = new JsonArray();
        a.add(c);
        return a;
    }

    private static JsonObject tdJson(EcsState.TaskDefinition td) {
        JsonObject o = new JsonObject();
        o.addProperty("taskDefinitionArn", td.arn());
        o.addProperty("family", td.family());
        o.addProperty("revision", td.revision());
        o.addProperty("status", td.status());
        o.addProperty("networkMode", td.networkMode());
        JsonArray rc = new JsonArray();
        td.compatibilities().forEach(rc::add);
        o.add("requiresCompatibilities", rc);
        if (td.cpu() > 0) {
            o.addProperty("cpu", Integer.toString(td.cpu()));
        }
        if (td.memory() > 0) {
            o.addProperty("memory", Integer.toString(td.memory()));
        }
        JsonArray cds = new JsonArray();
        for (EcsState.Container c : td.containers()) {
            JsonObject co = new JsonObject();
            co.addProperty("name", c.name());
            co.addProperty("image", c.image());
            co.addProperty("cpu", c.cpu());
            if (c.memory() > 0) {
                co.addProperty("memory", c.memory());
            }
            if (c.memoryReservation() > 0) {
                co.addProperty("memoryReservation", c.memoryReservation());
            }
            JsonArray pm = new JsonArray();
            for (int p : c.ports()) {
                JsonObject po = new JsonObject();
                po.addProperty("containerPort", p);
                po.addProperty("protocol", "tcp");
                pm.add(po);
            }
            co.add("portMappings", pm);
            co.addProperty("essential", c.essential());
            cds.add(co);
        }
        o.add("containerDefinitions", cds);
        return o;
    }

    private static Operation.Result describeTaskDefinition(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("taskDefinition", tdJson(taskDefinition(cloud, call.value("--task-definition"))));
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listTaskDefinitions(Cloud cloud, Invocation call) {
        JsonArray arns = new JsonArray();
        for (EcsState.TaskDefinition td : cloud.ecs().taskDefinitions().values()) {
            if (td.status().equals("ACTIVE") && (!call.has("--family-prefix") || td.family().startsWith(call.value("--family-prefix")))) {
                arns.add(td.arn());
            }
        }
        JsonObject res = new JsonObject();
        res.add("taskDefinitionArns", arns);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deregisterTaskDefinition(Cloud cloud, Invocation call) {
        String ref = call.value("--task-definition");
        if (!ref.contains(":")) {
            throw new CliException("ClientException", "Give the revision too: family:revision, e.g. " + ref + ":1.");
        }
        EcsState.TaskDefinition td = taskDefinition(cloud, ref);
        EcsState.TaskDefinition inactive = new EcsState.TaskDefinition(td.family(), td.revision(), td.containers(),
                td.compatibilities(), td.networkMode(), td.cpu(), td.memory(), "INACTIVE");
        cloud = cloud.withEcs(cloud.ecs().withTaskDefinition(inactive));
        JsonObject res = new JsonObject();
        res.add("taskDefinition", tdJson(inactive));
        return new Operation.Result(cloud, res, List.of(td.key() + " is INACTIVE: no new tasks from it; running ones keep running."));
    }

    // ---- tasks ----

    private static Operation.Result runTask(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        EcsState.TaskDefinition td = taskDefinition(cloud, call.value("--task-definition"));
        String lt = launchType(call, td);
        List<String> subnets = subnets(call, td);
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
            cloud = EcsScheduler.startTask(cloud, c.name(), td, lt, p, "", changes);
            EcsState.Task t = lastTask(cloud);
            started.add(taskJson(cloud, t));
        }
        JsonObject res = new JsonObject();
        res.add("tasks", started);
        res.add("failures", failures);
        return new Operation.Result(cloud, res, changes);
    }

    private static EcsState.Task lastTask(Cloud cloud) {
        EcsState.Task last = null;
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            last = t;
        }
        return last;
    }

    private static JsonObject taskJson(Cloud cloud, EcsState.Task t) {
        JsonObject o = new JsonObject();
        o.addProperty("taskArn", t.arn());
        o.addProperty("clusterArn", arnPrefix() + "cluster/" + t.cluster());
        o.addProperty("taskDefinitionArn", arnPrefix() + "task-definition/" + t.taskDefinition());
        o.addProperty("launchType", t.launchType());
        o.addProperty("lastStatus", t.status());
        o.addProperty("desiredStatus", t.status().equals("STOPPED") ? "STOPPED" : "RUNNING");
        o.addProperty("availabilityZone", t.zone());
        o.addProperty("cpu", Integer.toString(t.cpu()));
        o.addProperty("memory", Integer.toString(t.memory()));
        if (!t.containerInstance().isEmpty()) {
            o.addProperty("containerInstanceArn", arnPrefix() + "container-instance/" + t.cluster() + "/" + t.containerInstance());
        }
        if (!t.service().isEmpty()) {
            o.addProperty("group", "service:" + t.service());
        }
        if (!t.stoppedReason().isEmpty()) {
            o.addProperty("stoppedReason", t.stoppedReason());
        }
        JsonArray att = new JsonArray();
        if (t.launchType().equals("FARGATE")) {
            JsonObject eni = new JsonObject();
            eni.addProperty("type", "ElasticNetworkInterface");
            eni.addProperty("privateIPv4Address", t.privateIp());
            att.add(eni);
        }
        o.add("attachments", att);
        return o;
    }

    private static EcsState.Task task(Cloud cloud, String cluster, String ref) {
        String id = ref.substring(ref.lastIndexOf('/') + 1);
        EcsState.Task t = cloud.ecs().tasks().get(id);
        if (t == null) {
            for (EcsState.Task x : cloud.ecs().tasks().values()) {
                if (id.length() >= 6 && x.id().startsWith(id)) {
                    t = x;
                }
            }
        }
        if (t == null || !t.cluster().equals(cluster)) {
            throw new CliException("InvalidParameterException", "The referenced task was not found: " + id + "."
                    + Suggest.didYouMean(id, cloud.ecs().tasks().keySet()) + " List them: aws ecs list-tasks --cluster " + cluster);
        }
        return t;
    }

    private static Operation.Result listTasks(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        String status = call.value("--desired-status", "RUNNING");
        JsonArray arns = new JsonArray();
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            boolean wanted = status.equals("STOPPED") ? !t.active() : t.active();
            if (t.cluster().equals(c.name()) && wanted
                    && (!call.has("--service-name") || t.service().equals(call.value("--service-name")))) {
                arns.add(t.arn());
            }
        }
        JsonObject res = new JsonObject();
        res.add("taskArns", arns);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result describeTasks(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray out = new JsonArray();
        for (String ref : call.list("--tasks")) {
            out.add(taskJson(cloud, task(cloud, c.name(), ref)));
        }
        JsonObject res = new JsonObject();
        res.add("tasks", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result stopTask(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        EcsState.Task t = task(cloud, c.name(), call.value("--task"));
        List<String> changes = new ArrayList<>();
        if (t.active()) {
            cloud = EcsScheduler.stop(cloud, t, "Task stopped by user" + (call.has("--reason") ? ": " + call.value("--reason") : ""), changes);
        } else {
            changes.add("Task " + t.id().substring(0, 8) + " had already stopped.");
        }
        JsonObject res = new JsonObject();
        res.add("task", taskJson(cloud, cloud.ecs().tasks().get(t.id())));
        return new Operation.Result(cloud, res, changes);
    }

    // ---- services ----

    private static EcsState.Service service(Cloud cloud, String cluster, String name) {
        EcsState.Service s = cloud.ecs().services().get(cluster + "/" + name);
        if (s == null || !s.status().equals("ACTIVE")) {
            throw new CliException("ServiceNotFoundException", "Service not found: " + name + " in cluster " + cluster
                    + "." + Suggest.didYouMean(cluster + "/" + name, cloud.ecs().services().keySet()));
        }
        return s;
    }

    private static Operation.Result createService(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        String name = call.value("--service-name");
        EcsState.Service existing = cloud.ecs().services().get(c.name() + "/" + name);
        if (existing != null) {
            throw new CliException("InvalidParameterException", "Creation of service was not idempotent: a service named "
                    + name + " already exists. Change it with aws ecs update-service.");
        }
        EcsState.TaskDefinition td = taskDefinition(cloud, call.value("--task-definition"));
        String lt = launchType(call, td);
        List<String> subnets = subnets(call, td);
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
        }
        EcsState.Service s = new EcsState.Service(name, c.name(), td.key(), desired, lt, tg, subnets, "ACTIVE",
                cloud.clock(), "");
        cloud = cloud.withEcs(cloud.ecs().withService(s));
        List<String> changes = new ArrayList<>();
        changes.add("Service " + name + " created in " + c.name() + ": it will keep " + desired + " task"
                + (desired == 1 ? "" : "s") + " of " + td.key() + " running on " + lt + ", spread across Availability"
                + " Zones, and replace any that stop." + (tg.isEmpty() ? "" : " Tasks register with target group " + tg
                + ", so the load balancer sends traffic only to running ones."));
        JsonObject res = new JsonObject();
        res.add("service", serviceJson(cloud, s));
        return new Operation.Result(cloud, res, changes);
    }

    private static JsonObject serviceJson(Cloud cloud, EcsState.Service s) {
        JsonObject o = new JsonObject();
        o.addProperty("serviceArn", arnPrefix() + "service/" + s.cluster() + "/" + s.name());
        o.addProperty("serviceName", s.name());
        o.addProperty("clusterArn", arnPrefix() + "cluster/" + s.cluster());
        o.addProperty("status", s.status());
        o.addProperty("desiredCount", s.desired());
        o.addProperty("runningCount", serviceTasks(cloud, s, "RUNNING"));
        o.addProperty("pendingCount", serviceTasks(cloud, s, "PENDING"));
        o.addProperty("launchType", s.launchType());
        o.addProperty("taskDefinition", arnPrefix() + "task-definition/" + s.taskDefinition());
        JsonArray lbs = new JsonArray();
        if (!s.targetGroup().isEmpty()) {
            JsonObject lb = new JsonObject();
            lb.addProperty("targetGroupArn", "arn:aws:elasticloadbalancing:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID
                    + ":targetgroup/" + s.targetGroup());
            lbs.add(lb);
        }
        o.add("loadBalancers", lbs);
        JsonArray events = new JsonArray();
        if (!s.lastEvent().isEmpty()) {
            JsonObject e = new JsonObject();
            e.addProperty("message", s.lastEvent());
            events.add(e);
        }
        o.add("events", events);
        return o;
    }

    static long serviceTasks(Cloud cloud, EcsState.Service s, String status) {
        return cloud.ecs().tasks().values().stream()
                .filter(t -> t.cluster().equals(s.cluster()) && t.service().equals(s.name()) && t.status().equals(status))
                .count();
    }

    private static Operation.Result updateService(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        EcsState.Service s = service(cloud, c.name(), call.value("--service"));
        List<String> changes = new ArrayList<>();
        if (call.has("--desired-count")) {
            int d = call.intValue("--desired-count", s.desired(), 0, 100);
            changes.add("Service " + s.name() + ": desired count " + s.desired() + " -> " + d + ".");
            s = s.withDesired(d);
        }
        if (call.has("--task-definition")) {
            EcsState.TaskDefinition td = taskDefinition(cloud, call.value("--task-definition"));
            launchType(new Invocation(call.operation(), Map.of("--launch-type", List.of(s.launchType())), "json"), td);
            changes.add("Service " + s.name() + ": new deployment of " + td.key() + "; old tasks are replaced.");
            s = s.withTaskDefinition(td.key());
        }
        if (call.has("--force-new-deployment")) {
            for (EcsState.Task t : List.copyOf(cloud.ecs().tasks().values())) {
                if (t.active() && t.service().equals(s.name()) && t.cluster().equals(c.name())) {
                    cloud = EcsScheduler.stop(cloud, t, "Deployment replaced this task", changes);
                }
            }
        }
        cloud = cloud.withEcs(cloud.ecs().withService(s.withLastEvent("")));
        JsonObject res = new JsonObject();
        res.add("service", serviceJson(cloud, s));
        return new Operation.Result(cloud, res, changes);
    }

    private static Operation.Result describeServices(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray out = new JsonArray();
        for (String n : call.list("--services")) {
            out.add(serviceJson(cloud, service(cloud, c.name(), n.substring(n.lastIndexOf('/') + 1))));
        }
        JsonObject res = new JsonObject();
        res.add("services", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result listServices(Cloud cloud, Invocation call) {
        EcsState.Cluster c = cluster(cloud, clusterName(call));
        JsonArray arns = new JsonArray();
        cloud.ecs().services().values().stream().filter(s -> s.cluster().equals(c.name()) && s.status().equals("ACTIVE"))
                .forEach(s -> arns.add(arnPrefix() + "service/" + s.cluster() + "/" + s.name()));
        JsonObject res = new JsonObject();
        res.add("serviceArns", arns);
        return new Operation.Result(cloud, res, List.of());
    }

    private static Operation.Result deleteService(Cloud cloud, Invocation call) {
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
