package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Host ports on the EC2 launch type with bridge networking (ECS API Reference, PortMapping.hostPort): hostPort 0 or
 * none gets each task a free port from the instance's ephemeral range, shown in describe-tasks' networkBindings and
 * registered in the target group; a static hostPort is held while the task runs, so a second task that needs it
 * cannot go on the same instance.
 */
class EcsHostPortsTest {

    static final String STATIC = "aws ecs register-task-definition --cli-input-json '{\"family\": \"fixed\","
            + " \"requiresCompatibilities\": [\"EC2\"], \"networkMode\": \"bridge\", \"containerDefinitions\":"
            + " [{\"name\": \"web\", \"image\": \"" + Sim.REG + "/web:v1\", \"cpu\": 256, \"memory\": 256,"
            + " \"essential\": true, \"portMappings\": [{\"containerPort\": 80, \"hostPort\": 80}]}]}'";

    static List<JsonObject> bindings(Cloud c) {
        String arns = String.join(" ", JsonParser.parseString(Sim.run(c, "aws ecs list-tasks --cluster demo").output())
                .getAsJsonObject().getAsJsonArray("taskArns").asList().stream().map(e -> e.getAsString()).toList());
        JsonArray tasks = JsonParser.parseString(Sim.run(c, "aws ecs describe-tasks --cluster demo --tasks " + arns)
                .output()).getAsJsonObject().getAsJsonArray("tasks");
        List<JsonObject> out = new ArrayList<>();
        for (var t : tasks) {
            for (var b : t.getAsJsonObject().getAsJsonArray("containers").get(0).getAsJsonObject()
                    .getAsJsonArray("networkBindings")) {
                out.add(b.getAsJsonObject());
            }
        }
        return out;
    }

    @Test
    void dynamicHostPortsLetTasksThatAllListenOn80ShareAnInstance() {
        Cloud c = EcsTest.withInstances(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://taskdef.json"), "t3.small", 1);
        String td = Sim.run(c, "aws ecs describe-task-definition --task-definition web").output();
        assertTrue(td.contains("\"hostPort\": 0"), "registered as asked: " + td);
        c = Sim.wait(Sim.ok(c, "aws ecs run-task --cluster demo --task-definition web --count 3"), 30);
        List<JsonObject> b = bindings(c);
        assertEquals(3, b.size(), b.toString());
        List<Integer> hostPorts = b.stream().map(x -> x.get("hostPort").getAsInt()).sorted().toList();
        assertEquals(3, hostPorts.stream().distinct().count(), "each task its own host port: " + hostPorts);
        assertTrue(hostPorts.stream().allMatch(p -> p >= 32768 && p <= 65535), "from the ephemeral range: " + hostPorts);
        assertTrue(b.stream().allMatch(x -> x.get("containerPort").getAsInt() == 80));
    }

    @Test
    void aStaticHostPortAllowsOneTaskPerInstance() {
        Cloud c = EcsTest.withInstances(Sim.ok(Sim.pushedWeb(), STATIC), "t3.small", 1);
        Outcome o = Sim.run(c, "aws ecs create-service --cluster demo --service-name web --task-definition fixed"
                + " --desired-count 2");
        String said = String.join("\n", o.changes());
        assertTrue(said.contains("no container instance met all of its requirements")
                && said.contains("is already using a port required by your task"), said);
        c = Sim.wait(o.cloud(), 60);
        assertEquals(1, Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("RUNNING")).count());
        assertEquals(List.of(80), bindings(c).stream().map(x -> x.get("hostPort").getAsInt()).toList());
        // a second instance has the port free
        c = Sim.wait(Sim.ok(c, "aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.small"
                + Sim.ecsLaunch("demo")), 120);
        assertEquals(2, Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("RUNNING")).count());
    }

    @Test
    void theLoadBalancerReachesATaskOnItsHostPort() {
        Cloud c = Sim.ok(RealAccountElbTest.cluster(), ElbTest.CREATE_TG);
        Outcome sg = Sim.run(c, "aws ec2 create-security-group --group-name web-lb-sg --description 'load balancer'");
        String lbGroup = RealAccountElbTest.groupId(sg);
        c = Sim.ok(sg.cloud(), "aws elbv2 create-load-balancer --name web-lb" + RealAccountElbTest.EVERY_ZONE
                + " --security-groups " + lbGroup, ElbTest.LISTENER, RealAccountElbTest.SERVICE,
                "aws ec2 authorize-security-group-ingress --group-id " + lbGroup + " --protocol tcp --port 80 --cidr"
                        + " 0.0.0.0/0", "aws ec2 authorize-security-group-ingress --group-id "
                        + Catalog.DEFAULT_SECURITY_GROUP + " --protocol tcp --port 80 --source-group " + lbGroup);
        c = Sim.wait(c, 120);
        String health = Sim.run(c, "aws elbv2 describe-target-health --target-group-arn " + ElbTest.TG_ARN).output();
        assertTrue(health.contains("\"Port\": 32768") && health.contains("Target.Timeout"),
                "port 80 on the instance is not where the task listens: " + health);
        // every target unhealthy: the load balancer fails open, and the blocked connection times out
        assertTrue(Sim.run(c, "curl http://" + ElbTest.DNS + "/").output().contains("504 Gateway Time-out"));
        assertEquals("0", Sim.of(c, "target-group").get(0).attr("healthy"));
        c = Sim.ok(c, "aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP
                + " --protocol tcp --port 32768-65535 --source-group " + lbGroup);
        health = Sim.run(c, "aws elbv2 describe-target-health --target-group-arn " + ElbTest.TG_ARN).output();
        assertTrue(!health.contains("Target.Timeout") && health.contains("\"State\": \"healthy\""), health);
        assertTrue(Sim.run(c, "curl http://" + ElbTest.DNS + "/").output().contains("Served by task"));
        assertEquals(Sim.of(c, "target-group").get(0).attr("targets"), Sim.of(c, "target-group").get(0).attr("healthy"));
    }
}
