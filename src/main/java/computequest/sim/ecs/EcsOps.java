package computequest.sim.ecs;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
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
public final class EcsOps {

    static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-z]+");
    /** A target group's ARN suffix: its name and, as in every real ARN, the id after it (kept for describe-services). */
    static final Pattern TARGET_GROUP = Pattern.compile("targetgroup/([A-Za-z0-9-]+(?:/[0-9a-f]+)?)");

    private EcsOps() {
    }

    public static List<Operation> operations() {
        Param cluster = Param.opt("--cluster", "The cluster name (default: default).");
        Param platform = Param.opt("--platform-version", "LATEST (accepted).");
        Param strategy = Param.list("--placement-strategy", false, "Accepted: tasks are spread across zones anyway.");
        Param tags = Param.list("--tags", false, "key=K,value=V (accepted).");
        Param exec = Param.flag("--enable-execute-command", "Accepted; ECS Exec is not simulated.");
        Param netConf = Param.opt("--network-configuration",
                "awsvpcConfiguration={subnets=[subnet-...],securityGroups=[sg-...],assignPublicIp=ENABLED}");
        Param rollout = Param.opt("--deployment-configuration", "maximumPercent=200,minimumHealthyPercent=100: how"
                + " many tasks a rolling update may add, and must keep healthy, as percents of the desired count.");
        return List.of(
                new Operation("ecs", "create-cluster", "Create a cluster: a logical group of capacity.", List.of(
                        Param.opt("--cluster-name", "A name (default: default)."),
                        Param.list("--settings", false, "name=containerInsights,value=enabled|enhanced|disabled"),
                        Param.list("--tags", false, "key=team,value=web [key=...,value=...]")), EcsClusterOps::createCluster),
                new Operation("ecs", "list-clusters", "List cluster ARNs.", List.of(), EcsClusterOps::listClusters),
                new Operation("ecs", "describe-clusters", "Show clusters with their counts.", List.of(
                        Param.list("--clusters", false, "Cluster names."),
                        Param.list("--include", false, "SETTINGS, TAGS, ATTACHMENTS, CONFIGURATIONS, STATISTICS.")),
                        EcsClusterOps::describeClusters),
                new Operation("ecs", "delete-cluster", "Delete an empty cluster.", List.of(
                        Param.req("--cluster", "The cluster.")), EcsClusterOps::deleteCluster),
                new Operation("ecs", "list-container-instances", "List the EC2 instances registered to a cluster.",
                        List.of(cluster), EcsClusterOps::listContainerInstances),
                new Operation("ecs", "describe-container-instances", "Show container instances: agent, free CPU and memory.",
                        List.of(cluster, Param.list("--container-instances", true, "Container instance ids or ARNs.")),
                        EcsClusterOps::describeContainerInstances),
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
                        rollout),
                        EcsServiceOps::createService),
                new Operation("ecs", "update-service", "Change a service's desired count or task definition.", List.of(
                        cluster, Param.req("--service", "The service."),
                        Param.opt("--desired-count", "The new desired count."),
                        Param.opt("--task-definition", "A new revision: tasks are replaced."),
                        Param.flag("--force-new-deployment", "Start a new deployment: new tasks replace every old one."),
                        netConf,
                        Param.opt("--availability-zone-rebalancing", "ENABLED or DISABLED: move tasks to even out zones."),
                        Param.opt("--volume-configurations", "EBS volumes for the tasks, as JSON ([] for none)."),
                        rollout),
                        EcsServiceOps::updateService),
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
            String other = lt.equals("EC2") ? "FARGATE" : "EC2";
            String fix = !td.compatibilities().contains(other) ? "Register a revision with \"requiresCompatibilities\": [\""
                    + lt + "\"]." : call.has("--launch-type") ? "Use --launch-type " + other + ", or register a revision"
                    + " with \"requiresCompatibilities\": [\"" + lt + "\"]." : "Add --launch-type " + other
                    + ": without it, ECS uses the EC2 launch type.";
            throw new CliException("InvalidParameterException", "Task definition does not support launch_type " + lt
                    + ": " + td.key() + " requires " + td.compatibilities() + ". " + fix);
        }
        return lt;
    }

    static List<String> subnets(Invocation call, EcsState.TaskDefinition td, String launchType) {
        String nc = call.value("--network-configuration");
        if (nc == null) {
            if (td.networkMode().equals("awsvpc")) {
                // A public address is for Fargate only: on the EC2 launch type ECS refuses assignPublicIp=ENABLED.
                throw new CliException("InvalidParameterException", "Network Configuration must be provided when"
                        + " networkMode 'awsvpc' is specified. Add --network-configuration"
                        + " 'awsvpcConfiguration={subnets=[" + Catalog.subnetId("us-east-1a") + ","
                        + Catalog.subnetId("us-east-1b") + "]" + (launchType.equals("EC2") ? ""
                        : ",assignPublicIp=ENABLED") + "}'");
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

    public static int cpuUsed(Cloud cloud, String ciId) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.active() && t.containerInstance().equals(ciId))
                .mapToInt(EcsState.Task::cpu).sum();
    }

    public static int memoryUsed(Cloud cloud, String ciId) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.active() && t.containerInstance().equals(ciId))
                .mapToInt(EcsState.Task::memory).sum();
    }

    public static List<EcsState.ContainerInstance> containerInstances(Cloud cloud, String cluster) {
        return cloud.ecs().containerInstances().values().stream().filter(ci -> ci.cluster().equals(cluster)).toList();
    }

    public static List<EcsState.Task> tasks(Cloud cloud, String cluster, String status) {
        return cloud.ecs().tasks().values().stream().filter(t -> t.cluster().equals(cluster) && t.status().equals(status))
                .toList();
    }
}
