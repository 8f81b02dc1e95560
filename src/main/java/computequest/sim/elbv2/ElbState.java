package computequest.sim.elbv2;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import java.util.List;
import java.util.Map;

/**
 * Elastic Load Balancing (v2): Application Load Balancers, target groups and listeners, each by name (listeners by
 * id). Ids come from a hash of the name, never from the account's random source, so creating one does not shift the
 * ids of everything created after it.
 */
public record ElbState(Map<String, LoadBalancer> loadBalancers, Map<String, TargetGroup> targetGroups,
                       Map<String, Listener> listeners) {

    public static final ElbState EMPTY = new ElbState(Map.of(), Map.of(), Map.of());

    static final String ARN_PREFIX = "arn:aws:elasticloadbalancing:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":";

    public ElbState {
        loadBalancers = Copy.of(loadBalancers);
        targetGroups = Copy.of(targetGroups);
        listeners = Copy.of(listeners);
    }

    /**
     * An Application Load Balancer in the default VPC.
     *
     * @param state    provisioning until {@code activeAt}, then active
     */
    public record LoadBalancer(String name, String id, String dnsNumber, List<String> subnets,
                               List<String> securityGroups, String state, long createdAt, long activeAt) {
        public LoadBalancer {
            subnets = List.copyOf(computequest.sim.Catalog.currentIds(subnets));
            securityGroups = computequest.sim.Catalog.currentIds(securityGroups);
        }

        public String arn() {
            return ARN_PREFIX + "loadbalancer/app/" + name + "/" + id;
        }

        public String dnsName() {
            return name + "-" + dnsNumber + "." + Cloud.REGION + ".elb.amazonaws.com";
        }

        /** The Availability Zones it is enabled in: those of its subnets. It routes only to targets there. */
        public List<String> zones() {
            return subnets.stream().map(s -> Catalog.ZONES.stream().filter(z -> Catalog.subnetId(z).equals(s))
                    .findFirst().orElse("")).distinct().toList();
        }

        LoadBalancer withSubnets(List<String> nets) {
            return new LoadBalancer(name, id, dnsNumber, nets, securityGroups, state, createdAt, activeAt);
        }

        LoadBalancer active() {
            return new LoadBalancer(name, id, dnsNumber, subnets, securityGroups, "active", createdAt, activeAt);
        }
    }

    /** A target group: where a listener forwards requests (ECS services register their tasks in it). */
    public record TargetGroup(String name, String id, String protocol, int port, String vpcId, String targetType,
                              long createdAt) {
        public TargetGroup {
            vpcId = computequest.sim.Catalog.currentId(vpcId);
        }

        public String arn() {
            return ARN_PREFIX + "targetgroup/" + name + "/" + id;
        }
    }

    /** A listener: a port on a load balancer and the target group it forwards to. */
    public record Listener(String id, String loadBalancer, String protocol, int port, String targetGroup) {
    }

    ElbState withLoadBalancer(LoadBalancer lb) {
        return new ElbState(Copy.put(loadBalancers, lb.name(), lb), targetGroups, listeners);
    }

    ElbState withoutLoadBalancer(String name) {
        return new ElbState(Copy.remove(loadBalancers, name), targetGroups, listeners);
    }

    ElbState withTargetGroup(TargetGroup tg) {
        return new ElbState(loadBalancers, Copy.put(targetGroups, tg.name(), tg), listeners);
    }

    ElbState withoutTargetGroup(String name) {
        return new ElbState(loadBalancers, Copy.remove(targetGroups, name), listeners);
    }

    ElbState withListener(Listener l) {
        return new ElbState(loadBalancers, targetGroups, Copy.put(listeners, l.id(), l));
    }

    ElbState withoutListener(String id) {
        return new ElbState(loadBalancers, targetGroups, Copy.remove(listeners, id));
    }

    /** The target group this ARN names, or null. */
    public TargetGroup targetGroupByArn(String arn) {
        for (TargetGroup tg : targetGroups.values()) {
            if (tg.arn().equals(arn)) {
                return tg;
            }
        }
        return null;
    }

    /** Whether some listener of an existing load balancer forwards to the target group. */
    public boolean hasLoadBalancer(String targetGroup) {
        return listeners.values().stream().anyMatch(l -> l.targetGroup().equals(targetGroup)
                && loadBalancers.containsKey(l.loadBalancer()));
    }
}
