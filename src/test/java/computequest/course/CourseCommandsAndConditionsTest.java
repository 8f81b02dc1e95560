package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.CloudSim;
import computequest.story.Choice;
import computequest.story.Condition;
import computequest.story.Goal;
import computequest.story.Reaction;
import computequest.story.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The story's resource conditions use only kinds and attributes of the shared resource schema (and, for kinds the
 * sim already exposes, its real attributes), and every AWS command a hint or @on names is one the sim knows, for the
 * services it simulates.
 */
class CourseCommandsAndConditionsTest {

    /** The shared resource schema every helper builds against (HELPER-BRIEF.md). */
    static final Map<String, Set<String>> SHARED = Map.ofEntries(
            Map.entry("instance", Set.of("id", "state", "code", "type", "family", "az", "subnet", "image", "public-ip",
                    "private-ip", "hibernation", "hibernated", "encrypted", "ram-files", "disk-files", "name", "cluster", "key-name",
                    "security-groups")),
            Map.entry("key-pair", Set.of("id", "name")),
            Map.entry("security-group", Set.of("id", "name", "ssh-from", "http-from", "ssh-open")),
            Map.entry("file", computequest.laptop.Laptop.SCHEMA.get("file")),
            Map.entry("role", Set.of("id", "trusts", "policies", "inline", "s3-reads", "s3-writes")),
            Map.entry("instance-profile", Set.of("id", "role")),
            Map.entry("image", Set.of("id", "name", "owner", "source-instance", "platform", "state")),
            Map.entry("snapshot", Set.of("id", "image", "ami-registered", "size-gib")),
            Map.entry("lightsail-instance", Set.of("id", "blueprint", "bundle", "state", "public-ip", "monthly-usd",
                    "static-ip")),
            Map.entry("static-ip", Set.of("id", "ip", "attached-to")),
            Map.entry("ecr-repository", Set.of("id", "uri")),
            Map.entry("ecr-image", Set.of("id", "repository", "tag", "digest", "uri", "app")),
            Map.entry("local-image", Set.of("id", "tag", "app")),
            Map.entry("ecs-cluster", Set.of("id", "status", "container-instances", "running-tasks", "services")),
            Map.entry("container-instance", Set.of("id", "cluster", "ec2-instance", "az", "agent-connected", "cpu-free",
                    "memory-free")),
            Map.entry("task-definition", Set.of("id", "family", "revision", "compatibilities", "network-mode", "cpu",
                    "memory", "image")),
            Map.entry("task", Set.of("id", "cluster", "task-definition", "launch-type", "status", "az", "service",
                    "container-instance")),
            Map.entry("service", Set.of("id", "cluster", "desired", "running", "launch-type", "load-balanced",
                    "task-definition")),
            Map.entry("load-balancer", Set.of("id", "targets")),
            Map.entry("alb", Set.of("id", "state", "listeners", "security-groups")),
            Map.entry("target-group", Set.of("id", "port", "load-balancers", "targets", "healthy")),
            Map.entry("eks-cluster", Set.of("id", "status")),
            Map.entry("nodegroup", Set.of("id", "cluster", "instance-type", "desired", "status")),
            Map.entry("node", Set.of("id", "cluster", "ec2-instance", "az", "status")),
            Map.entry("fargate-profile", Set.of("id", "cluster", "namespace")),
            Map.entry("deployment", Set.of("id", "cluster", "image", "replicas", "ready")),
            Map.entry("pod", Set.of("id", "cluster", "deployment", "status", "node", "az", "fargate")),
            Map.entry("function", Set.of("id", "runtime", "memory", "timeout", "architecture", "invocations",
                    "cold-starts", "last-status", "last-duration-ms", "last-billed-ms", "invokers")),
            Map.entry("trigger", Set.of("id", "function", "type")),
            Map.entry("s3-bucket", Set.of("id", "objects")),
            Map.entry("dynamodb-table", Set.of("id", "status", "billing-mode")),
            Map.entry("bill", Set.of("total")),
            Map.entry("clock", Set.of("seconds")));

    /** One operation per service: when the sim knows it, the sim simulates that service. */
    static final Map<String, String> PROBE = Map.ofEntries(Map.entry("ec2", "run-instances"),
            Map.entry("lightsail", "create-instances"), Map.entry("ecs", "create-cluster"), Map.entry("eks",
            "create-cluster"), Map.entry("lambda", "create-function"), Map.entry("s3api", "create-bucket"),
            Map.entry("dynamodb", "create-table"), Map.entry("apigatewayv2", "create-api"), Map.entry("s3",
            "mb"), Map.entry("iam", "create-role"), Map.entry("ecr", "create-repository"),
            Map.entry("elbv2", "create-load-balancer"));

    static final Pattern AWS = Pattern.compile("\\baws ([a-z0-9]+) ([a-z][a-z0-9-]*)");

    static void collect(Condition c, List<Condition.Resources> out) {
        if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collect(p, out));
        } else if (c instanceof Condition.Resources r) {
            out.add(r);
        }
    }

    @Test
    void conditionsUseTheSharedSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Scene s : CourseCoverageTest.story().scenes().values()) {
            List<Condition.Resources> rs = new ArrayList<>();
            s.goals().forEach(g -> collect(g.condition(), rs));
            for (Choice c : s.choices()) {
                c.conditions().forEach(cond -> collect(cond, rs));
            }
            for (Condition.Resources r : rs) {
                checked++;
                Set<String> shared = SHARED.get(r.kind());
                if (shared == null) {
                    problems.add(s.id() + ": unknown resource kind '" + r.kind() + "' at " + r.position());
                    continue;
                }
                Set<String> real = CloudSim.schema().get(r.kind());
                for (Condition.AttrTest t : r.tests()) {
                    if (!shared.contains(t.attribute())) {
                        problems.add(s.id() + ": '" + r.kind() + "' has no attribute '" + t.attribute() + "'");
                    } else if (real != null && !real.contains(t.attribute())) {
                        problems.add(s.id() + ": the sim's '" + r.kind() + "' does not expose '" + t.attribute() + "' yet");
                    }
                }
            }
        }
        assertTrue(checked > 50, "conditions checked: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void hintsAndReactionsNameOperationsTheSimKnows() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Scene s : CourseCoverageTest.story().scenes().values()) {
            List<String> texts = new ArrayList<>(s.hints());
            for (Reaction r : s.reactions()) {
                texts.add(String.join(" ", r.pattern()));
            }
            for (Goal g : s.goals()) {
                texts.add(g.feedback());
            }
            texts.add(s.text());
            for (String text : texts) {
                Matcher m = AWS.matcher(text);
                while (m.find()) {
                    String service = m.group(1);
                    String op = m.group(2);
                    String probe = PROBE.get(service);
                    if (probe == null) {
                        problems.add(s.id() + ": 'aws " + service + "' is not a service the course uses");
                    } else if (CloudSim.knowsOperation(service, probe)) {
                        checked++;
                        if (!CloudSim.knowsOperation(service, op) && !op.equals("wait")) { // waiters come from the model
                            problems.add(s.id() + ": the sim has no 'aws " + service + " " + op + "'");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 20, "commands checked: " + checked);
        assertEquals(List.of(), problems);
    }
}
