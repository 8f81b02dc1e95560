package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * aws elbv2 against the AWS CLI's documented example outputs (awscli/examples/elbv2/*.rst, used as test data): the
 * same members, the same states, ids that come from the name and not from the account's random source, and the
 * errors the model names.
 */
class ElbTest {

    static final String SUBNETS = " --subnets " + Catalog.subnetId("us-east-1a") + " " + Catalog.subnetId("us-east-1b");
    static final String TG_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480";
    static final String LB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/575e7aacdf39f49e";
    static final String DNS = "web-lb-8880616453.us-east-1.elb.amazonaws.com";
    static final String CREATE_TG = "aws elbv2 create-target-group --name web-tg --protocol HTTP --port 80 --vpc-id "
            + Catalog.VPC_ID;
    static final String LISTENER = "aws elbv2 create-listener --load-balancer-arn " + LB_ARN + " --protocol HTTP"
            + " --port 80 --default-actions Type=forward,TargetGroupArn=" + TG_ARN;

    /** From create-load-balancer.rst, example 1. */
    private static final String DOC_LB = """
            {"Type": "application", "Scheme": "internet-facing", "IpAddressType": "ipv4", "VpcId": "vpc-3ac0fb5f",
             "AvailabilityZones": [{"ZoneName": "us-west-2a", "SubnetId": "subnet-8360a9e7"}],
             "CreatedTime": "2017-08-25T21:26:12.920Z", "CanonicalHostedZoneId": "Z2P70J7EXAMPLE",
             "DNSName": "my-load-balancer-424835706.us-west-2.elb.amazonaws.com", "SecurityGroups": ["sg-5943793c"],
             "LoadBalancerName": "my-load-balancer", "State": {"Code": "provisioning"},
             "LoadBalancerArn": "arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-load-balancer/50dc6c495c0c9188"}
            """;
    /** From create-target-group.rst, example 1. */
    private static final String DOC_TG = """
            {"TargetGroupArn": "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067",
             "TargetGroupName": "my-targets", "Protocol": "HTTP", "Port": 80, "VpcId": "vpc-3ac0fb5f",
             "HealthCheckProtocol": "HTTP", "HealthCheckPort": "traffic-port", "HealthCheckEnabled": true,
             "HealthCheckIntervalSeconds": 30, "HealthCheckTimeoutSeconds": 5, "HealthyThresholdCount": 5,
             "UnhealthyThresholdCount": 2, "HealthCheckPath": "/", "Matcher": {"HttpCode": "200"},
             "TargetType": "instance", "ProtocolVersion": "HTTP1", "IpAddressType": "ipv4"}
            """;

    static JsonObject first(Outcome o, String member) {
        return JsonParser.parseString(o.output()).getAsJsonObject().getAsJsonArray(member).get(0).getAsJsonObject();
    }

    static Set<String> keys(JsonElement e, String path, Set<String> out) {
        if (e.isJsonObject()) {
            for (var m : e.getAsJsonObject().entrySet()) {
                out.add(path + m.getKey());
                keys(m.getValue(), path + m.getKey() + ".", out);
            }
        } else if (e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
            keys(e.getAsJsonArray().get(0), path + "[].", out);
        }
        return out;
    }

    static Cloud withBalancer(Cloud c) {
        return Sim.ok(c, "aws elbv2 create-load-balancer --name web-lb" + SUBNETS, CREATE_TG, LISTENER);
    }

    @Test
    void createLoadBalancerAnswersAsDocumentedAndTurnsActiveOnTheClock() {
        Cloud c = Cloud.fresh(1);
        Outcome o = Sim.run(c, "aws elbv2 create-load-balancer --name web-lb" + SUBNETS);
        JsonObject lb = first(o, "LoadBalancers");
        assertEquals(keys(JsonParser.parseString(DOC_LB), "", new TreeSet<>()), keys(lb, "", new TreeSet<>()));
        assertEquals(LB_ARN, lb.get("LoadBalancerArn").getAsString());
        assertEquals(DNS, lb.get("DNSName").getAsString());
        assertEquals("provisioning", lb.getAsJsonObject("State").get("Code").getAsString());
        assertEquals(c.rng(), o.cloud().rng(), "the ids do not draw from the account's random source");
        Cloud later = Sim.wait(o.cloud(), 119);
        assertTrue(Sim.run(later, "aws elbv2 describe-load-balancers --names web-lb").output().contains("provisioning"));
        later = Sim.wait(later, 1);
        assertTrue(Sim.run(later, "aws elbv2 describe-load-balancers --names web-lb").output().contains("\"active\""));
        assertEquals("active", Sim.of(later, "alb").get(0).attr("state"));
        assertEquals(2 * Catalog.PUBLIC_IPV4_USD_PER_HOUR, Sim.billed(Sim.wait(o.cloud(), 3600), "(load balancer)"), 1e-12,
                "one public IPv4 address per zone, and no invented hourly rate for the load balancer itself");
    }

    @Test
    void createTargetGroupAndListenerAnswerAsDocumented() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws elbv2 create-load-balancer --name web-lb" + SUBNETS);
        Outcome o = Sim.run(c, CREATE_TG);
        JsonObject tg = first(o, "TargetGroups");
        assertEquals(keys(JsonParser.parseString(DOC_TG), "", new TreeSet<>()), keys(tg, "", new TreeSet<>()));
        assertEquals(TG_ARN, tg.get("TargetGroupArn").getAsString());
        Outcome l = Sim.run(o.cloud(), LISTENER);
        JsonObject listener = first(l, "Listeners");
        assertEquals(TG_ARN, listener.getAsJsonArray("DefaultActions").get(0).getAsJsonObject().get("TargetGroupArn")
                .getAsString());
        assertTrue(listener.get("ListenerArn").getAsString().startsWith(LB_ARN.replace(":loadbalancer/", ":listener/")));
        assertTrue(Sim.run(l.cloud(), "aws elbv2 describe-target-groups --names web-tg").output().contains(LB_ARN),
                "a group with a listener names its load balancer");
    }

    @Test
    void errorsCarryTheModelsCodes() {
        Cloud c = withBalancer(Cloud.fresh(1));
        assertTrue(Sim.refused(c, "aws elbv2 create-load-balancer --name web-lb --subnets "
                + Catalog.subnetId("us-east-1a") + " " + Catalog.subnetId("us-east-1c")).contains("DuplicateLoadBalancerName"));
        assertTrue(Sim.refused(c, "aws elbv2 create-load-balancer --name other --subnets "
                + Catalog.subnetId("us-east-1a")).contains("two different Availability Zones"));
        assertTrue(Sim.refused(c, "aws elbv2 create-load-balancer --name other" + SUBNETS + " --security-groups sg-nope")
                .contains("InvalidSecurityGroup"));
        assertTrue(Sim.refused(c, "aws elbv2 create-target-group --name web-tg --protocol HTTP --port 81 --vpc-id "
                + Catalog.VPC_ID).contains("DuplicateTargetGroupName"));
        assertTrue(Sim.refused(c, "aws elbv2 describe-target-groups --target-group-arns " + TG_ARN + "0")
                .contains("TargetGroupNotFound"));
        assertTrue(Sim.refused(c, LISTENER).contains("DuplicateListener"));
        assertTrue(Sim.refused(c, "aws elbv2 delete-target-group --target-group-arn " + TG_ARN).contains("ResourceInUse"));
        Cloud gone = Sim.ok(c, "aws elbv2 delete-load-balancer --load-balancer-arn " + LB_ARN,
                "aws elbv2 delete-target-group --target-group-arn " + TG_ARN);
        assertTrue(Sim.of(gone, "alb").isEmpty() && Sim.of(gone, "target-group").isEmpty());
        assertTrue(gone.elb().listeners().isEmpty(), "deleting a load balancer deletes its listeners");
    }
}
