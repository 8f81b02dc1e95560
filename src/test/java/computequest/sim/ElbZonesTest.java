package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An Application Load Balancer routes only to targets in the Availability Zones it is enabled in (those of its
 * subnets). A registered target elsewhere is "unused" with reason Target.NotInUse (elbv2 model, TargetHealth) and gets
 * no requests until set-subnets enables its zone.
 */
class ElbZonesTest {

    static final String SERVICE = "aws ecs create-service --cluster demo --service-name web --task-definition web"
            + " --desired-count 2 --launch-type EC2 --load-balancers targetGroupArn=" + ElbTest.TG_ARN
            + ",containerName=web,containerPort=80";

    static String launch(String zone) {
        return "aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.small"
                + Sim.ecsLaunch("demo") + " --placement AvailabilityZone=" + zone;
    }

    /** Container instances in us-east-1a and ZONE, a load balancer in us-east-1a and us-east-1b, both groups open. */
    static Cloud serviceAcross(String zone) {
        Cloud c = Sim.ok(Sim.withRoles(Sim.pushedWeb()), launch("us-east-1a"), launch(zone));
        c = Sim.ok(Sim.wait(c, Catalog.PENDING_SECONDS), "aws ecs register-task-definition --cli-input-json"
                + " file://taskdef.json", ElbTest.CREATE_TG);
        Outcome sg = Sim.run(c, "aws ec2 create-security-group --group-name web-lb-sg --description 'load balancer'");
        String lbGroup = RealAccountElbTest.groupId(sg);
        c = Sim.ok(sg.cloud(), "aws elbv2 create-load-balancer --name web-lb" + ElbTest.SUBNETS + " --security-groups "
                + lbGroup, ElbTest.LISTENER, SERVICE, "aws ec2 authorize-security-group-ingress --group-id " + lbGroup
                + " --protocol tcp --port 80 --cidr 0.0.0.0/0", "aws ec2 authorize-security-group-ingress --group-id "
                + Catalog.DEFAULT_SECURITY_GROUP + " --protocol tcp --port 32768-65535 --source-group " + lbGroup);
        return Sim.wait(c, 120);
    }

    static String instanceIn(Cloud c, String zone) {
        return c.instances().values().stream().filter(i -> i.availabilityZone().equals(zone)).findFirst()
                .orElseThrow().instanceId();
    }

    static JsonObject healthOf(Cloud c, String instance) {
        JsonArray all = JsonParser.parseString(Sim.run(c, "aws elbv2 describe-target-health --target-group-arn "
                + ElbTest.TG_ARN).output()).getAsJsonObject().getAsJsonArray("TargetHealthDescriptions");
        for (var e : all) {
            JsonObject d = e.getAsJsonObject();
            if (d.getAsJsonObject("Target").get("Id").getAsString().equals(instance)) {
                return d.getAsJsonObject("TargetHealth");
            }
        }
        throw new AssertionError(instance + " is not a target: " + all);
    }

    /** The instances that served 12 requests, one a second. */
    static Set<String> served(Cloud c) {
        Set<String> out = new TreeSet<>();
        for (int n = 0; n < 12; n++) {
            String page = Sim.run(c, "curl http://" + ElbTest.DNS + "/").output();
            assertTrue(page.contains("Served by task"), page);
            out.add(page.replaceFirst("(?s).* on (i-[0-9a-f]+) in .*", "$1"));
            c = Sim.wait(c, 1);
        }
        return out;
    }

    @Test
    void aTargetInAZoneTheLoadBalancerIsNotInIsUnusedAndGetsNoTraffic() {
        Cloud c = serviceAcross("us-east-1c");
        String a = instanceIn(c, "us-east-1a");
        String other = instanceIn(c, "us-east-1c");
        assertEquals(2, Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("RUNNING")).count());
        JsonObject unused = healthOf(c, other);
        assertEquals("unused", unused.get("State").getAsString());
        assertEquals("Target.NotInUse", unused.get("Reason").getAsString());
        assertEquals("Target is in an Availability Zone that is not enabled for the load balancer",
                unused.get("Description").getAsString());
        assertEquals("healthy", healthOf(c, a).get("State").getAsString());
        assertEquals(Set.of(a), served(c), "every request goes to the target in us-east-1a");

        Outcome set = Sim.run(c, "aws elbv2 set-subnets --load-balancer-arn " + ElbTest.LB_ARN + " --subnets "
                + Catalog.subnetId("us-east-1a") + " " + Catalog.subnetId("us-east-1b") + " "
                + Catalog.subnetId("us-east-1c"));
        JsonArray zones = JsonParser.parseString(set.output()).getAsJsonObject().getAsJsonArray("AvailabilityZones");
        assertEquals(3, zones.size());
        // set-subnets.rst: each zone as ZoneName and SubnetId
        assertEquals("us-east-1c", zones.get(2).getAsJsonObject().get("ZoneName").getAsString());
        assertEquals(Catalog.subnetId("us-east-1c"), zones.get(2).getAsJsonObject().get("SubnetId").getAsString());
        c = set.cloud();
        assertEquals("healthy", healthOf(c, other).get("State").getAsString());
        assertEquals(new TreeSet<>(Set.of(a, other)), served(c), "both targets share the requests now");
    }

    @Test
    void withEveryTargetOutsideItsZonesTheLoadBalancerAnswers503AndSaysWhy() {
        Cloud c = serviceAcross("us-east-1c");
        c = Sim.ok(c, "aws elbv2 set-subnets --load-balancer-arn " + ElbTest.LB_ARN + " --subnets "
                + Catalog.subnetId("us-east-1b") + " " + Catalog.subnetId("us-east-1d"));
        String page = Sim.run(c, "curl http://" + ElbTest.DNS + "/").output();
        assertTrue(page.contains("503") && page.contains("aws elbv2 set-subnets"), page);
        assertEquals("Target.NotInUse", healthOf(c, instanceIn(c, "us-east-1a")).get("Reason").getAsString());
    }

    @Test
    void setSubnetsNeedsTwoZonesAndRealSubnets() {
        Cloud c = ElbTest.withBalancer(Cloud.fresh(1));
        String one = Sim.refused(c, "aws elbv2 set-subnets --load-balancer-arn " + ElbTest.LB_ARN + " --subnets "
                + Catalog.subnetId("us-east-1a"));
        assertTrue(one.contains("ValidationError"), one);
        String bad = Sim.refused(c, "aws elbv2 set-subnets --load-balancer-arn " + ElbTest.LB_ARN + " --subnets "
                + Catalog.subnetId("us-east-1a") + " subnet-0000000000000nope");
        assertTrue(bad.contains("SubnetNotFound"), bad);
    }
}
