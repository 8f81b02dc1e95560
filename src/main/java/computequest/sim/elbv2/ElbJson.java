package computequest.sim.elbv2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.Cloud;

/** The answers of aws elbv2: a load balancer, a target group and a listener as the API describes them. */
final class ElbJson {

    private ElbJson() {
    }

    static JsonObject loadBalancer(ElbState.LoadBalancer lb) {
        JsonObject o = new JsonObject();
        o.addProperty("LoadBalancerArn", lb.arn());
        o.addProperty("DNSName", lb.dnsName());
        o.addProperty("CanonicalHostedZoneId", "Z35SXDOTRQ7X7K");
        o.addProperty("CreatedTime", Catalog.timestamp(lb.createdAt()));
        o.addProperty("LoadBalancerName", lb.name());
        o.addProperty("Scheme", "internet-facing");
        o.addProperty("VpcId", Catalog.VPC_ID);
        JsonObject state = new JsonObject();
        state.addProperty("Code", lb.state());
        o.add("State", state);
        o.addProperty("Type", "application");
        JsonArray zones = new JsonArray();
        for (String s : lb.subnets()) {
            JsonObject z = new JsonObject();
            z.addProperty("ZoneName", Catalog.ZONES.stream().filter(x -> Catalog.subnetId(x).equals(s)).findFirst()
                    .orElse(""));
            z.addProperty("SubnetId", s);
            zones.add(z);
        }
        o.add("AvailabilityZones", zones);
        JsonArray groups = new JsonArray();
        lb.securityGroups().forEach(groups::add);
        o.add("SecurityGroups", groups);
        o.addProperty("IpAddressType", "ipv4");
        return o;
    }

    static JsonObject targetGroup(Cloud cloud, ElbState.TargetGroup tg) {
        JsonObject o = new JsonObject();
        o.addProperty("TargetGroupArn", tg.arn());
        o.addProperty("TargetGroupName", tg.name());
        o.addProperty("Protocol", tg.protocol());
        o.addProperty("Port", tg.port());
        o.addProperty("VpcId", tg.vpcId());
        o.addProperty("HealthCheckProtocol", tg.protocol());
        o.addProperty("HealthCheckPort", "traffic-port");
        o.addProperty("HealthCheckEnabled", true);
        o.addProperty("HealthCheckIntervalSeconds", 30);
        o.addProperty("HealthCheckTimeoutSeconds", 5);
        o.addProperty("HealthyThresholdCount", 5);
        o.addProperty("UnhealthyThresholdCount", 2);
        o.addProperty("HealthCheckPath", "/");
        JsonObject matcher = new JsonObject();
        matcher.addProperty("HttpCode", "200");
        o.add("Matcher", matcher);
        JsonArray lbs = new JsonArray();
        for (String n : ElbOps.loadBalancersOf(cloud, tg)) {
            ElbState.LoadBalancer lb = cloud.elb().loadBalancers().get(n);
            if (lb != null) {
                lbs.add(lb.arn());
            }
        }
        if (!lbs.isEmpty()) {
            o.add("LoadBalancerArns", lbs);
        }
        o.addProperty("TargetType", tg.targetType());
        o.addProperty("ProtocolVersion", "HTTP1");
        o.addProperty("IpAddressType", "ipv4");
        return o;
    }

    static JsonObject listener(ElbState.LoadBalancer lb, ElbState.Listener l, Cloud cloud) {
        JsonObject o = new JsonObject();
        o.addProperty("ListenerArn", ElbOps.listenerArn(lb, l));
        o.addProperty("LoadBalancerArn", lb == null ? "" : lb.arn());
        o.addProperty("Port", l.port());
        o.addProperty("Protocol", l.protocol());
        JsonArray actions = new JsonArray();
        JsonObject a = new JsonObject();
        a.addProperty("Type", "forward");
        ElbState.TargetGroup tg = cloud.elb().targetGroups().get(l.targetGroup());
        a.addProperty("TargetGroupArn", tg == null ? "" : tg.arn());
        actions.add(a);
        o.add("DefaultActions", actions);
        return o;
    }
}
