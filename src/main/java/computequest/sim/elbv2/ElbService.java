package computequest.sim.elbv2;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elastic Load Balancing: Application Load Balancers that provision for a while before they answer, target groups
 * that ECS services register their tasks in, and listeners between the two. The bill has the load balancer's public
 * IPv4 addresses (one per Availability Zone, at the verified IPv4 rate) and the load balancer's hour, per second of
 * its life. Its capacity-unit (LCU) charge is not billed: the game sends it almost no traffic.
 */
public final class ElbService implements Service {

    /**
     * An Application Load Balancer's hourly charge in us-east-1, LCUs apart. Source: cloud-horizons.com, "ALB: the
     * line item nobody watches" (2026-05-08): "$0.0225 per ALB per hour" and $0.008 per LCU-hour; the same figure as
     * AWS's Elastic Load Balancing pricing page is widely quoted as giving. Third-party, not in the fact sheet's
     * verified additions: medium confidence.
     */
    static final double ALB_USD_PER_HOUR = 0.0225;

    @Override
    public String name() {
        return "elbv2";
    }

    @Override
    public List<Operation> operations() {
        return ElbOps.operations();
    }

    @Override
    public long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (ElbState.LoadBalancer lb : cloud.elb().loadBalancers().values()) {
            if (lb.state().equals("provisioning")) {
                next = Math.min(next, lb.activeAt());
            }
        }
        return next;
    }

    @Override
    public Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (ElbState.LoadBalancer lb : cloud.elb().loadBalancers().values()) {
            if (lb.state().equals("provisioning") && lb.activeAt() <= now) {
                cloud = cloud.withElb(cloud.elb().withLoadBalancer(lb.active()));
                changes.add("Load balancer " + lb.name() + " is active: " + lb.dnsName());
            }
        }
        return cloud;
    }

    @Override
    public Cloud accrue(Cloud cloud, long seconds) {
        for (ElbState.LoadBalancer lb : cloud.elb().loadBalancers().values()) {
            cloud = cloud.charge(lb.name(), "public IPv4 address x" + lb.subnets().size() + " (load balancer)",
                    lb.subnets().size() * Catalog.PUBLIC_IPV4_USD_PER_HOUR * seconds / 3600.0);
            cloud = cloud.charge(lb.name(), "Application Load Balancer hour", ALB_USD_PER_HOUR * seconds / 3600.0);
        }
        return cloud;
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        for (ElbState.LoadBalancer lb : cloud.elb().loadBalancers().values()) {
            long listeners = cloud.elb().listeners().values().stream()
                    .filter(l -> l.loadBalancer().equals(lb.name())).count();
            out.add(new Resource("alb", lb.name(), Resource.attrs("id", lb.name(), "arn", lb.arn(), "state", lb.state(),
                    "listeners", Long.toString(listeners), "security-groups", String.join(",", lb.securityGroups()))));
        }
        for (ElbState.TargetGroup tg : cloud.elb().targetGroups().values()) {
            out.add(new Resource("target-group", tg.name(), Resource.attrs("id", tg.name(), "arn", tg.arn(), "port",
                    Integer.toString(tg.port()), "load-balancers", String.join(",", ElbOps.loadBalancersOf(cloud, tg)),
                    "targets", Integer.toString(ElbTargets.targets(cloud, tg).size()),
                    "healthy", Integer.toString(ElbTargets.healthy(cloud, tg)))));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema(
                "alb", "id,arn,state,listeners,security-groups",
                "target-group", "id,arn,port,load-balancers,targets,healthy");
    }

    @Override
    public Map<String, Map<String, Set<String>>> values() {
        Map<String, Map<String, Set<String>>> m = new LinkedHashMap<>();
        m.put("alb", Map.of("state", new java.util.LinkedHashSet<>(List.of("provisioning", "active"))));
        return m;
    }
}
