package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 for load balancers: ECS refuses a service whose target group does not exist or has no load balancer, as a
 * real account does; and a request to the load balancer's DNS name passes its security group, then the health check
 * passes the instances' security group, before it reaches a task.
 */
class RealAccountElbTest {

    static final String SERVICE = "aws ecs create-service --cluster demo --service-name web --task-definition web"
            + " --desired-count 2 --launch-type EC2 --load-balancers targetGroupArn=" + ElbTest.TG_ARN
            + ",containerName=web,containerPort=80";

    /**
     * A load balancer enabled in every zone of the default VPC: the instances run-instances places at random all get
     * traffic (ElbZonesTest covers a zone left out).
     */
    static final String EVERY_ZONE = " --subnets " + String.join(" ", Catalog.ZONES.stream().map(Catalog::subnetId)
            .toList());

    static Cloud cluster() {
        Cloud c = EcsTest.withInstances(Sim.pushedWeb(), "t3.small", 2);
        return Sim.ok(c, "aws ecs register-task-definition --cli-input-json file://taskdef.json");
    }

    static String groupId(Outcome o) {
        return JsonParser.parseString(o.output()).getAsJsonObject().get("GroupId").getAsString();
    }

    @Test
    void aServiceNeedsATargetGroupThatExistsAndHasALoadBalancer() {
        Cloud c = cluster();
        String missing = Sim.refused(c, SERVICE);
        assertTrue(missing.contains("InvalidParameterException") && missing.contains("create-target-group"), missing);
        c = Sim.ok(c, ElbTest.CREATE_TG);
        String alone = Sim.refused(c, SERVICE);
        assertTrue(alone.contains("does not have an associated load balancer") && alone.contains("create-listener"), alone);
        c = Sim.ok(c, "aws elbv2 create-load-balancer --name web-lb" + EVERY_ZONE, ElbTest.LISTENER, SERVICE);
        c = Sim.wait(c, 120);
        String health = Sim.run(c, "aws elbv2 describe-target-health --target-group-arn " + ElbTest.TG_ARN).output();
        for (String i : c.instances().keySet()) {
            assertTrue(health.contains("\"Id\": \"" + i + "\""), "each running task's instance is a target: " + health);
        }
        assertTrue(health.contains("\"Port\": 32768") && health.contains("healthy"), health);
    }

    @Test
    void theLoadBalancedContainerAndPortMustBeInTheTaskDefinition() {
        Cloud c = Sim.ok(cluster(), ElbTest.CREATE_TG, "aws elbv2 create-load-balancer --name web-lb" + ElbTest.SUBNETS,
                ElbTest.LISTENER);
        String port = Sim.refused(c, SERVICE.replace("containerPort=80", "containerPort=8080"));
        assertTrue(port.contains("InvalidParameterException") && port.contains("The container web did not have a"
                + " container port 8080 defined.") && port.contains("[80]"), port);
        String name = Sim.refused(c, SERVICE.replace("containerName=web", "containerName=app"));
        assertTrue(name.contains("The container app does not exist in the task definition.") && name.contains("[web]"),
                name);
        Sim.ok(c, SERVICE);
    }

    @Test
    void theLoadBalancerBillsItsHourPerSecond() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws elbv2 create-load-balancer --name web-lb" + ElbTest.SUBNETS);
        c = Sim.wait(c, 7200);
        assertEquals(0.045, Sim.billed(c, "Application Load Balancer hour"), 1e-9, "two hours at $0.0225");
        assertEquals(0.02, Sim.billed(c, "(load balancer)"), 1e-9, "and its two public IPv4 addresses");
    }

    @Test
    void curlReachesATaskOnlyThroughBothSecurityGroups() {
        Cloud c = Sim.ok(cluster(), ElbTest.CREATE_TG);
        Outcome sg = Sim.run(c, "aws ec2 create-security-group --group-name web-lb-sg --description 'load balancer'");
        String lbGroup = groupId(sg);
        c = Sim.ok(sg.cloud(), "aws elbv2 create-load-balancer --name web-lb" + EVERY_ZONE
                + " --security-groups " + lbGroup, ElbTest.LISTENER, SERVICE);
        String curl = "curl http://" + ElbTest.DNS + "/";
        assertTrue(Sim.refused(c, curl).contains("Could not resolve host"), "not before it is active");
        c = Sim.wait(c, 120);
        String blocked = Sim.refused(c, curl);
        assertTrue(blocked.contains("curl: (28)") && blocked.contains("--group-id " + lbGroup), blocked);
        c = Sim.ok(c, "aws ec2 authorize-security-group-ingress --group-id " + lbGroup
                + " --protocol tcp --port 80 --cidr 0.0.0.0/0");
        String unhealthy = Sim.run(c, curl).output();
        assertTrue(unhealthy.contains("504 Gateway Time-out") && !unhealthy.contains("503")
                && unhealthy.contains("--source-group " + lbGroup), unhealthy);
        assertTrue(Sim.run(c, "aws elbv2 describe-target-health --target-group-arn " + ElbTest.TG_ARN).output()
                .contains("Target.Timeout"));
        c = Sim.ok(c, "aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP
                + " --protocol tcp --port 32768-65535 --source-group " + lbGroup);
        String page = Sim.run(c, curl).output();
        assertTrue(page.contains("Served by task") && page.contains("i-"), page);
        assertEquals("2", Sim.of(c, "target-group").get(0).attr("targets"));
    }

    @Test
    void aRuleFromTheLaptopAloneAlsoOpensTheLoadBalancer() {
        Cloud c = Sim.ok(cluster(), ElbTest.CREATE_TG);
        Outcome sg = Sim.run(c, "aws ec2 create-security-group --group-name web-lb-sg --description 'load balancer'");
        String lbGroup = groupId(sg);
        c = Sim.ok(sg.cloud(), "aws elbv2 create-load-balancer --name web-lb" + EVERY_ZONE
                + " --security-groups " + lbGroup, ElbTest.LISTENER, SERVICE,
                "aws ec2 authorize-security-group-ingress --group-id " + lbGroup + " --protocol tcp --port 80 --cidr 198.51.100.7/32",
                "aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP
                        + " --protocol tcp --port 32768-65535 --source-group " + lbGroup);
        c = Sim.wait(c, 120);
        Sim.refused(c, "curl http://" + ElbTest.DNS);
        c = Sim.ok(c, "aws ec2 authorize-security-group-ingress --group-id " + lbGroup
                + " --protocol tcp --port 80 --cidr 203.0.113.25/32");
        assertTrue(Sim.run(c, "curl http://" + ElbTest.DNS).output().contains("Served by task"));
    }
}
