package computequest.sim.ecs;

import static computequest.sim.ecs.EcsOps.*;


import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ECS task definitions: register, describe, list and deregister revisions. */
final class EcsTaskDefinitionOps {

    private EcsTaskDefinitionOps() {
    }

    // ---- task definitions ----

    static Operation.Result registerTaskDefinition(Cloud cloud, Invocation call) {
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
        if (root.has("executionRoleArn") && root.get("executionRoleArn").isJsonPrimitive()) {
            td = td.withExecutionRole(root.get("executionRoleArn").getAsString());
        }
        TaskPull.checkRegistered(td);
        td = td.registered(cloud.clock());
        cloud = cloud.withEcs(cloud.ecs().withTaskDefinition(td));
        JsonObject res = new JsonObject();
        res.add("taskDefinition", tdJson(td));
        String size = td.cpu() > 0 ? " Task size: " + td.cpu() + " CPU units, " + td.memory() + " MiB." : "";
        return new Operation.Result(cloud, res, List.of("Registered task definition " + td.key() + " (revision "
                + revision + " of family " + td.family() + "), compatible with " + String.join(" and ", td.compatibilities())
                + ", network mode " + td.networkMode() + "." + size + " A definition is only a recipe: nothing runs yet."));
    }

    /** --container-definitions: a JSON list, or the shorthand name=web,image=nginx,cpu=256,memory=512. */
    static JsonArray containerDefinitions(String v) {
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

    static JsonObject tdJson(EcsState.TaskDefinition td) {
        JsonObject o = new JsonObject();
        o.addProperty("taskDefinitionArn", td.arn());
        JsonArray cds = new JsonArray();
        boolean awsvpc = td.networkMode().equals("awsvpc");
        for (EcsState.Container c : td.containers()) {
            JsonObject echoed = com.google.gson.JsonParser.parseString(c.echoed()).getAsJsonObject();
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
            if (echoed.has("links")) {
                co.add("links", echoed.get("links"));
            }
            JsonArray pm = new JsonArray();
            for (int i = 0; i < c.ports().size(); i++) {
                int p = c.ports().get(i);
                JsonObject po = new JsonObject();
                po.addProperty("containerPort", p);
                po.addProperty("hostPort", awsvpc || td.networkMode().equals("host") ? p : c.hostPorts().get(i));
                po.addProperty("protocol", "tcp");
                pm.add(po);
            }
            co.add("portMappings", pm);
            co.addProperty("essential", c.essential());
            for (String k : TaskDefinitions.ECHOED) {
                if (!k.equals("links") && echoed.has(k)) {
                    co.add(k, echoed.get(k));
                } else if (List.of("environment", "mountPoints", "volumesFrom").contains(k)) {
                    co.add(k, new JsonArray());
                }
            }
            cds.add(co);
        }
        o.add("containerDefinitions", cds);
        o.addProperty("family", td.family());
        if (!td.executionRoleArn().isEmpty()) {
            o.addProperty("executionRoleArn", td.executionRoleArn());
        }
        o.addProperty("networkMode", td.networkMode());
        o.addProperty("revision", td.revision());
        o.add("volumes", new JsonArray());
        o.addProperty("status", td.status());
        JsonArray compat = new JsonArray();
        compat.add("EC2");
        if (awsvpc && td.cpu() > 0 && td.memory() > 0) {
            compat.add("FARGATE");
        }
        o.add("compatibilities", compat);
        o.add("placementConstraints", new JsonArray());
        JsonArray rc = new JsonArray();
        td.compatibilities().forEach(rc::add);
        o.add("requiresCompatibilities", rc);
        if (td.cpu() > 0) {
            o.addProperty("cpu", Integer.toString(td.cpu()));
        }
        if (td.memory() > 0) {
            o.addProperty("memory", Integer.toString(td.memory()));
        }
        o.addProperty("registeredAt", Catalog.timestamp(td.registeredAt()));
        o.addProperty("registeredBy", "arn:aws:iam::" + Cloud.ACCOUNT_ID + ":root");
        return o;
    }

    static Operation.Result describeTaskDefinition(Cloud cloud, Invocation call) {
        JsonObject res = new JsonObject();
        res.add("taskDefinition", tdJson(taskDefinition(cloud, call.value("--task-definition"))));
        if (call.list("--include").contains("TAGS")) {
            res.add("tags", new JsonArray());
        }
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result listTaskDefinitions(Cloud cloud, Invocation call) {
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

    static Operation.Result deregisterTaskDefinition(Cloud cloud, Invocation call) {
        String ref = call.value("--task-definition");
        if (!ref.contains(":")) {
            throw new CliException("ClientException", "Give the revision too: family:revision, e.g. " + ref + ":1.");
        }
        EcsState.TaskDefinition td = taskDefinition(cloud, ref);
        EcsState.TaskDefinition inactive = td.withStatus("INACTIVE");
        cloud = cloud.withEcs(cloud.ecs().withTaskDefinition(inactive));
        JsonObject res = new JsonObject();
        res.add("taskDefinition", tdJson(inactive));
        return new Operation.Result(cloud, res, List.of(td.key() + " is INACTIVE: no new tasks from it; running ones keep running."));
    }
}
