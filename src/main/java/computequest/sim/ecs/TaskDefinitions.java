package computequest.sim.ecs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import computequest.sim.CliException;
import computequest.sim.ecr.EcrOps;
import computequest.story.Suggest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates ECS task definitions as RegisterTaskDefinition does: a ClientException names one problem per
 * call, in ECS's own words where they are on record. Also holds the sample files {@code file://...} may name.
 */
public final class TaskDefinitions {

    static final String WEB_IMAGE = EcrOps.REGISTRY + "/web:v1";

    /** The files in the player's working folder that --cli-input-json file://NAME can read. */
    public static final Map<String, String> SAMPLES = Map.of(
            "taskdef.json", """
                    {"family": "web", "requiresCompatibilities": ["EC2"], "networkMode": "bridge",
                     "containerDefinitions": [{"name": "web", "image": "%s", "cpu": 256, "memory": 256,
                       "essential": true, "portMappings": [{"containerPort": 80, "hostPort": 0, "protocol": "tcp"}]}]}
                    """.formatted(WEB_IMAGE),
            "fargate-taskdef.json", """
                    {"family": "web-fargate", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                     "cpu": "256", "memory": "512",
                     "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                     "containerDefinitions": [{"name": "web", "image": "%s", "essential": true,
                       "portMappings": [{"containerPort": 80, "protocol": "tcp"}]}]}
                    """.formatted(WEB_IMAGE),
            "nginx-taskdef.json", """
                    {"family": "nginx", "requiresCompatibilities": ["EC2", "FARGATE"], "networkMode": "awsvpc",
                     "cpu": "256", "memory": "512",
                     "containerDefinitions": [{"name": "nginx", "image": "nginx:latest", "essential": true,
                       "portMappings": [{"containerPort": 80}]}]}
                    """,
            "broken-taskdef.json", """
                    {"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "bridge",
                     "cpu": "256", "memory": "4096",
                     "containerDefinitions": [{"name": "web", "essential": true, "portMappings": [{"containerPort": 80}]}]}
                    """);

    static final Set<String> TOP_LEVEL = Set.of("family", "containerDefinitions", "requiresCompatibilities",
            "networkMode", "cpu", "memory", "executionRoleArn", "taskRoleArn", "volumes", "placementConstraints",
            "tags", "runtimePlatform", "pidMode", "ipcMode", "ephemeralStorage");
    static final Set<String> CONTAINER = Set.of("name", "image", "cpu", "memory", "memoryReservation", "portMappings",
            "essential", "environment", "command", "entryPoint", "logConfiguration", "healthCheck", "secrets",
            "mountPoints", "workingDirectory", "links", "dependsOn", "volumesFrom");
    /** Container members the game keeps and prints back without acting on them. */
    static final List<String> ECHOED = List.of("links", "command", "entryPoint", "environment", "mountPoints",
            "volumesFrom", "secrets", "workingDirectory", "dependsOn", "healthCheck", "logConfiguration");
    static final Set<String> PORT = Set.of("containerPort", "hostPort", "protocol", "name", "appProtocol");

    private TaskDefinitions() {
    }

    /** Loads --cli-input-json: inline JSON or file://NAME from the samples. */
    static String load(String param, String value) {
        if (value.startsWith("file://")) {
            String name = value.substring(7).replaceFirst("^\\./", "");
            String text = SAMPLES.get(name);
            if (text == null) {
                throw new CliException("Error parsing parameter '" + param + "': Unable to load paramfile " + value
                        + ": [Errno 2] No such file or directory: '" + name + "'." + Suggest.didYouMean(name, SAMPLES.keySet())
                        + " Files here: " + String.join(", ", SAMPLES.keySet().stream().sorted().toList()) + ".");
            }
            return text;
        }
        return value;
    }

    public static JsonElement parseJson(String param, String text) {
        String t = text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            throw new CliException("Error parsing parameter '" + param + "': Invalid JSON received: '" + text + "'."
                    + (t.endsWith(".json") ? " To read a file, write file://" + t + "." : " Give the JSON inline"
                    + " in single quotes, or a file as file://NAME.json."));
        }
        try {
            JsonReader r = new JsonReader(new StringReader(text));
            r.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(r);
            if (r.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new JsonParseException("extra text after the JSON value");
            }
            return e;
        } catch (JsonParseException | java.io.IOException | IllegalStateException e) {
            String msg = e.getMessage() == null ? "malformed" : e.getMessage().replaceAll("\\s*See https?://\\S+", "")
                    .replaceAll("^[a-zA-Z.]+Exception: ", "")
                    .replaceAll("Use JsonReader\\.setStrictness\\(Strictness\\.LENIENT\\) to accept malformed JSON ", "");
            throw new CliException("Error parsing parameter '" + param + "': Invalid JSON: " + msg);
        }
    }

    /**
     * Validates a task definition and turns it into the model, or throws a ClientException naming its first problem.
     * AWS documents no order for its checks; this one follows the file as a reader meets it: task-level settings
     * (family, compatibilities, networkMode, then task cpu and memory) before the containers, each container in its
     * order and its fields as they are usually written (name, image, memory, ports). broken-taskdef.json is thus
     * refused first for bridge networking, then for its size, then for the missing image. Messages with a source
     * comment are the service's own (public issue reports, AWS's troubleshooting page); the others keep the game's
     * wording, as no real text for them is on record.
     */
    static EcsState.TaskDefinition validate(JsonElement root, int revision) {
        List<String> errors = new ArrayList<>();
        if (!root.isJsonObject()) {
            throw new CliException("ClientException", "A task definition is a JSON object: {\"family\": ..., "
                    + "\"containerDefinitions\": [...]}.");
        }
        JsonObject o = root.getAsJsonObject();
        for (String k : o.keySet()) {
            if (!TOP_LEVEL.contains(k)) {
                errors.add(k + ": unknown parameter." + Suggest.didYouMean(k, TOP_LEVEL));
            }
        }
        String family = string(o, "family", "family", errors);
        if (family == null || family.isEmpty()) {
            errors.add("family: required (a name such as web; each registration adds a revision, web:1, web:2...).");
        } else if (!family.matches("[A-Za-z0-9_-]{1,255}")) {
            errors.add("family: up to 255 letters, digits, hyphens and underscores; '" + family + "' is not.");
        }
        List<String> compat = new ArrayList<>();
        if (o.has("requiresCompatibilities")) {
            JsonElement rc = o.get("requiresCompatibilities");
            if (!rc.isJsonArray()) {
                errors.add("requiresCompatibilities: a list such as [\"FARGATE\"].");
            } else {
                for (JsonElement e : rc.getAsJsonArray()) {
                    String c = e.isJsonPrimitive() ? e.getAsString() : "";
                    if (!Set.of("EC2", "FARGATE", "EXTERNAL").contains(c)) {
                        errors.add("requiresCompatibilities: '" + c + "' is not one of EC2, FARGATE, EXTERNAL."
                                + Suggest.didYouMean(c.toUpperCase(Locale.ROOT), List.of("EC2", "FARGATE", "EXTERNAL")));
                    } else {
                        compat.add(c);
                    }
                }
            }
        }
        String network = string(o, "networkMode", "networkMode", errors);
        if (network == null) {
            network = "bridge";
        } else if (!Set.of("awsvpc", "bridge", "host", "none").contains(network)) {
            errors.add("networkMode: '" + network + "' is not one of awsvpc, bridge, host, none.");
        }
        int cpu = size(o, "cpu", true, errors);
        int memory = size(o, "memory", false, errors);
        boolean fargate = compat.contains("FARGATE");
        if (fargate) {
            // github.com/aws/amazon-ecs-cli/issues/1145 (older reports print the quotes curly; ASCII kept here)
            if (!network.equals("awsvpc")) {
                errors.add("Fargate only supports network mode 'awsvpc'.");
            }
            // github.com/hackoregon/civic-devops/issues/246, github.com/aws/amazon-ecs-cli/issues/982
            if (cpu == 0) {
                errors.add("Fargate requires that 'cpu' be defined at the task level.");
            }
            if (memory == 0) {
                errors.add("Fargate requires that 'memory' be defined at the task level.");
            }
            // ECS Developer Guide, task-cpu-memory-error.html (a cpu value Fargate does not offer); a pair it does not
            // offer: github.com/towardsthecloud/aws-cdk-examples/issues/1 and Terraform reports of the same text
            if (cpu > 0 && memory > 0 && Fargate.memoryChoices(cpu).isEmpty()) {
                errors.add("Invalid 'cpu' setting for task.");
            } else if (cpu > 0 && memory > 0 && !Fargate.valid(cpu, memory)) {
                errors.add("No Fargate configuration exists for given values: " + cpu + " CPU, " + memory
                        + " memory. See the Amazon ECS documentation for the valid values.");
            }
        }
        List<EcsState.Container> containers = new ArrayList<>();
        JsonElement cds = o.get("containerDefinitions");
        if (cds != null && cds.isJsonArray() && cds.getAsJsonArray().isEmpty()) {
            errors.add("Container list cannot be empty."); // github.com/awsdocs/aws-cloudformation-user-guide/pull/454
        } else if (cds == null || !cds.isJsonArray()) {
            errors.add("containerDefinitions: required, a list with at least one container {\"name\", \"image\", ...}.");
        } else {
            JsonArray arr = cds.getAsJsonArray();
            boolean anyEssential = false;
            for (int i = 0; i < arr.size(); i++) {
                String path = "containerDefinitions[" + i + "]";
                if (!arr.get(i).isJsonObject()) {
                    errors.add(path + ": each container is an object.");
                    continue;
                }
                JsonObject c = arr.get(i).getAsJsonObject();
                for (String k : c.keySet()) {
                    if (!CONTAINER.contains(k)) {
                        errors.add(path + "." + k + ": unknown parameter." + Suggest.didYouMean(k, CONTAINER));
                    }
                }
                String name = string(c, "name", path + ".name", errors);
                // github.com/awsdocs/aws-cloudformation-user-guide/pull/612; github.com/convox/praxis/issues/121
                if (name == null || name.isEmpty()) {
                    errors.add("Container.name should not be null or empty.");
                }
                String label = name == null ? "" : name;
                String image = string(c, "image", path + ".image", errors);
                if (image == null || image.isEmpty()) {
                    errors.add("Container.image should not be null or empty.");
                }
                int ccpu = integer(c, "cpu", path + ".cpu", errors);
                int cmem = integer(c, "memory", path + ".memory", errors);
                int cres = integer(c, "memoryReservation", path + ".memoryReservation", errors);
                if (cmem == 0 && cres == 0 && memory == 0) { // github.com/cuttlesoft/ecs-deploy.py/issues/17
                    errors.add("Invalid setting for container '" + label + "'. At least one of 'memory' or"
                            + " 'memoryReservation' must be specified.");
                }
                if (memory > 0 && cmem > memory) { // github.com/pulumi/pulumi-awsx/issues/1220
                    errors.add("The 'memory' setting for container '" + label + "' is greater than for the task.");
                }
                if (cmem > 0 && cres > cmem) {
                    errors.add(path + ".memoryReservation: must be lower than memory (" + cres + " > " + cmem + ").");
                }
                if (cmem > 0 && cmem < 6) {
                    errors.add(path + ".memory: at least 6 MiB.");
                }
                boolean essential = true;
                if (c.has("essential")) {
                    JsonElement e = c.get("essential");
                    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
                        errors.add(path + ".essential: true or false.");
                    } else {
                        essential = e.getAsBoolean();
                    }
                }
                anyEssential |= essential;
                List<Integer> ports = new ArrayList<>();
                List<Integer> hostPorts = new ArrayList<>();
                if (c.has("portMappings")) {
                    JsonElement pm = c.get("portMappings");
                    if (!pm.isJsonArray()) {
                        errors.add(path + ".portMappings: a list such as [{\"containerPort\": 80}].");
                    } else {
                        for (int j = 0; j < pm.getAsJsonArray().size(); j++) {
                            String pp = path + ".portMappings[" + j + "]";
                            JsonElement pe = pm.getAsJsonArray().get(j);
                            if (!pe.isJsonObject()) {
                                errors.add(pp + ": an object {\"containerPort\": 80}.");
                                continue;
                            }
                            JsonObject po = pe.getAsJsonObject();
                            for (String k : po.keySet()) {
                                if (!PORT.contains(k)) {
                                    errors.add(pp + "." + k + ": unknown parameter." + Suggest.didYouMean(k, PORT));
                                }
                            }
                            int cp = integer(po, "containerPort", pp + ".containerPort", errors);
                            int hp = integer(po, "hostPort", pp + ".hostPort", errors);
                            // github.com/aws/aws-cli/issues/7288; github.com/pulumi/pulumi-awsx/issues/935
                            if (cp < 1 || cp > 65535) {
                                errors.add("Invalid 'containerPort' setting for container '" + label + "'.");
                            }
                            if (network.equals("awsvpc") && hp != 0 && hp != cp) {
                                errors.add("When networkMode=awsvpc, the host ports and container ports in port"
                                        + " mappings must match.");
                            }
                            String proto = string(po, "protocol", pp + ".protocol", errors);
                            if (proto != null && !proto.equals("tcp") && !proto.equals("udp")) {
                                errors.add(pp + ".protocol: tcp or udp, not " + proto + ".");
                            }
                            ports.add(cp);
                            hostPorts.add(network.equals("bridge") ? hp : cp);
                        }
                    }
                }
                JsonObject echoed = new JsonObject();
                for (String k : ECHOED) {
                    if (c.has(k)) {
                        echoed.add(k, c.get(k));
                    }
                }
                containers.add(new EcsState.Container(name == null ? "" : name, image == null ? "" : image, ccpu, cmem,
                        cres, ports, essential, echoed.toString(), hostPorts));
            }
            if (!anyEssential && !containers.isEmpty()) {
                errors.add("containerDefinitions: at least one container must be essential.");
            }
            if (memory > 0) {
                int sum = containers.stream().mapToInt(EcsState.Container::memory).sum();
                if (sum > memory) {
                    errors.add("containerDefinitions: container memory adds up to " + sum + " MiB, more than the task's "
                            + memory + " MiB.");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CliException("ClientException", errors.get(0));
        }
        return new EcsState.TaskDefinition(family, revision, containers, compat.isEmpty() ? List.of("EC2") : compat,
                network, cpu, memory, "ACTIVE");
    }

    private static String string(JsonObject o, String key, String path, List<String> errors) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            errors.add(path + ": a string.");
            return null;
        }
        return e.getAsString();
    }

    private static int integer(JsonObject o, String key, String path, List<String> errors) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return 0;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            errors.add(path + ": a whole number, without quotes.");
            return 0;
        }
        double d = e.getAsDouble();
        if (d != Math.floor(d) || d < 0 || d > 1_000_000) {
            errors.add(path + ": a whole number, not " + e.getAsString() + ".");
            return 0;
        }
        return (int) d;
    }

    /** Task-level cpu or memory: a number or a string ("256", "1 vCPU", "2 GB"). */
    private static int size(JsonObject o, String key, boolean cpu, List<String> errors) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return 0;
        }
        String s = e.isJsonPrimitive() ? e.getAsString().trim() : "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(vcpu|gb)?").matcher(s);
        if (!m.matches()) {
            errors.add(key + ": a number such as \"" + (cpu ? "256" : "512") + "\" or \"" + (cpu ? "1 vCPU" : "2 GB")
                    + "\", not '" + s + "'.");
            return 0;
        }
        double v = Double.parseDouble(m.group(1));
        if (m.group(2) != null) {
            boolean vcpu = m.group(2).equalsIgnoreCase("vcpu");
            if (vcpu != cpu) {
                errors.add(key + ": '" + s + "' is in the wrong unit.");
                return 0;
            }
            v *= 1024;
        }
        return (int) v;
    }
}
