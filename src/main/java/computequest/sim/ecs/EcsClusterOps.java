package computequest.sim.ecs;

import static computequest.sim.ecs.EcsOps.*;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ECS clusters (create with settings and tags, describe, list, delete) and their container instances. */
final class EcsClusterOps {

    private EcsClusterOps() {
    }

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
                    + " ECS-optimized AMI, the ecsInstanceRole and user data that writes ECS_CLUSTER=" + name
                    + " to /etc/ecs/ecs.config) or use Fargate. ECS itself is free.");
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

    static JsonArray pairs(Map<String, String> m, String key, String value) {
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
                + ". Launch one: aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.medium"
                + " --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh, a script that"
                + " runs 'echo ECS_CLUSTER=" + c.name() + " >> /etc/ecs/ecs.config' at first boot") : List.of());
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

    static JsonObject containerInstanceJson(Cloud cloud, EcsState.ContainerInstance ci) {
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
    static JsonObject ports() {
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
