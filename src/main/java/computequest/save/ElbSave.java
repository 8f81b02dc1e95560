package computequest.save;

import computequest.sim.elbv2.ElbState;
import java.util.List;
import java.util.Map;

/** Elastic Load Balancing's part of a save: cloud.services.elb (a file without it loads as no load balancers). */
record ElbSave(Map<String, LoadBalancer> loadBalancers, Map<String, TargetGroup> targetGroups,
               Map<String, Listener> listeners) {

    static ElbSave save(ElbState x) {
        return x == null ? null : new ElbSave(Saves.map(x.loadBalancers(), LoadBalancer::save),
                Saves.map(x.targetGroups(), TargetGroup::save), Saves.map(x.listeners(), Listener::save));
    }

    static ElbState load(ElbSave s) {
        return s == null ? null : new ElbState(Saves.map(s.loadBalancers, LoadBalancer::load),
                Saves.map(s.targetGroups, TargetGroup::load), Saves.map(s.listeners, Listener::load));
    }

    /** The saved form of {@link ElbState.LoadBalancer}. */
    record LoadBalancer(String name, String id, String dnsNumber, List<String> subnets, List<String> securityGroups,
                        String state, long createdAt, long activeAt) {

        static LoadBalancer save(ElbState.LoadBalancer x) {
            return new LoadBalancer(x.name(), x.id(), x.dnsNumber(), x.subnets(), x.securityGroups(), x.state(),
                    x.createdAt(), x.activeAt());
        }

        ElbState.LoadBalancer load() {
            return new ElbState.LoadBalancer(name, id, dnsNumber, subnets, securityGroups, state, createdAt, activeAt);
        }
    }

    /** The saved form of {@link ElbState.TargetGroup}. */
    record TargetGroup(String name, String id, String protocol, int port, String vpcId, String targetType,
                       long createdAt) {

        static TargetGroup save(ElbState.TargetGroup x) {
            return new TargetGroup(x.name(), x.id(), x.protocol(), x.port(), x.vpcId(), x.targetType(), x.createdAt());
        }

        ElbState.TargetGroup load() {
            return new ElbState.TargetGroup(name, id, protocol, port, vpcId, targetType, createdAt);
        }
    }

    /** The saved form of {@link ElbState.Listener}. */
    record Listener(String id, String loadBalancer, String protocol, int port, String targetGroup) {

        static Listener save(ElbState.Listener x) {
            return new Listener(x.id(), x.loadBalancer(), x.protocol(), x.port(), x.targetGroup());
        }

        ElbState.Listener load() {
            return new ElbState.Listener(id, loadBalancer, protocol, port, targetGroup);
        }
    }
}
