package computequest.sim.elbv2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.ec2.Ec2Access;
import computequest.sim.ec2.Instance;
import computequest.sim.ecs.EcsState;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets of a target group (the running ECS tasks of the services registered with it) and what a request to a
 * load balancer's DNS name meets on its way: the load balancer's security groups, a listener, then a healthy target,
 * which the health check reaches only if the instance's security groups let the load balancer's groups in.
 */
public final class ElbTargets {

    private ElbTargets() {
    }

    /** One registered target: an EC2 instance (or a task's own address) and the port the container listens on. */
    record Target(String id, int port, String zone, List<String> groups, String task) {
    }

    static List<Target> targets(Cloud cloud, ElbState.TargetGroup tg) {
        List<Target> out = new ArrayList<>();
        for (EcsState.Service s : cloud.ecs().services().values()) {
            if (!s.status().equals("ACTIVE") || !s.targetGroup().replaceFirst("/.*", "").equals(tg.name())) {
                continue;
            }
            for (EcsState.Task t : cloud.ecs().tasks().values()) {
                if (!t.status().equals("RUNNING") || !t.cluster().equals(s.cluster()) || !t.service().equals(s.name())) {
                    continue;
                }
                EcsState.TaskDefinition td = cloud.ecs().taskDefinitions().get(t.taskDefinition());
                // ECS registers a bridge task by its host port (a dynamic one with hostPort 0), an awsvpc task by
                // its own address and the container port
                int port = !t.hostPorts().isEmpty() ? t.hostPorts().get(0) : td == null ? tg.port()
                        : td.containers().stream().flatMap(c -> c.ports().stream()).findFirst().orElse(tg.port());
                EcsState.ContainerInstance ci = cloud.ecs().containerInstances().get(t.containerInstance());
                Instance i = ci == null ? null : cloud.instances().get(ci.ec2InstanceId());
                if (i != null) {
                    out.add(new Target(i.instanceId(), port, t.zone(), i.securityGroups(), t.id()));
                } else {
                    out.add(new Target(t.privateIp(), port, t.zone(), List.of(computequest.sim.Catalog
                            .DEFAULT_SECURITY_GROUP), t.id()));
                }
            }
        }
        return out;
    }

    /** The active load balancers whose listeners forward to the group. */
    private static List<ElbState.LoadBalancer> activeBalancers(Cloud cloud, ElbState.TargetGroup tg) {
        List<ElbState.LoadBalancer> out = new ArrayList<>();
        for (String n : ElbOps.loadBalancersOf(cloud, tg)) {
            ElbState.LoadBalancer lb = cloud.elb().loadBalancers().get(n);
            if (lb != null) {
                out.add(lb);
            }
        }
        return out;
    }

    /** How many targets of the group pass their health check, as describe-target-health reports them healthy. */
    static int healthy(Cloud cloud, ElbState.TargetGroup tg) {
        List<ElbState.LoadBalancer> lbs = activeBalancers(cloud, tg);
        if (lbs.isEmpty() || lbs.stream().allMatch(lb -> lb.state().equals("provisioning"))) {
            return 0;
        }
        int n = 0;
        for (Target t : targets(cloud, tg)) {
            if (lbs.stream().anyMatch(lb -> lb.zones().contains(t.zone()) && reachable(cloud, lb, t))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the health check from the load balancer's groups reaches the target's port. */
    static boolean reachable(Cloud cloud, ElbState.LoadBalancer lb, Target t) {
        return cloud.access().admits(t.groups(), t.port(), null, lb.securityGroups());
    }

    static Operation.Result describeTargetHealth(Cloud cloud, Invocation call) {
        ElbState.TargetGroup tg = ElbOps.targetGroupByArn(cloud, call.value("--target-group-arn"));
        List<ElbState.LoadBalancer> lbs = activeBalancers(cloud, tg);
        JsonArray out = new JsonArray();
        for (Target t : targets(cloud, tg)) {
            JsonObject o = new JsonObject();
            JsonObject target = new JsonObject();
            target.addProperty("Id", t.id());
            target.addProperty("Port", t.port());
            o.add("Target", target);
            o.addProperty("HealthCheckPort", Integer.toString(t.port()));
            JsonObject health = new JsonObject();
            if (lbs.isEmpty()) {
                health.addProperty("State", "unused");
                health.addProperty("Reason", "Target.NotInUse");
                health.addProperty("Description", "Target group is not configured to receive traffic from the load"
                        + " balancer");
            } else if (lbs.stream().noneMatch(lb -> lb.zones().contains(t.zone()))) {
                health.addProperty("State", "unused");
                health.addProperty("Reason", "Target.NotInUse");
                health.addProperty("Description", "Target is in an Availability Zone that is not enabled for the load"
                        + " balancer");
            } else if (lbs.stream().allMatch(lb -> lb.state().equals("provisioning"))) {
                health.addProperty("State", "initial");
                health.addProperty("Reason", "Elb.RegistrationInProgress");
                health.addProperty("Description", "Target registration is in progress");
            } else if (lbs.stream().noneMatch(lb -> lb.zones().contains(t.zone()) && reachable(cloud, lb, t))) {
                health.addProperty("State", "unhealthy");
                health.addProperty("Reason", "Target.Timeout");
                health.addProperty("Description", "Request timed out");
            } else {
                health.addProperty("State", "healthy");
            }
            o.add("TargetHealth", health);
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("TargetHealthDescriptions", out);
        return new Operation.Result(cloud, res, List.of());
    }

    /** The load balancer with this DNS name, or null. */
    public static ElbState.LoadBalancer byDnsName(Cloud cloud, String host) {
        for (ElbState.LoadBalancer lb : cloud.elb().loadBalancers().values()) {
            if (lb.dnsName().equalsIgnoreCase(host)) {
                return lb;
            }
        }
        return null;
    }

    /** What curl from the laptop gets from the load balancer; throws curl's failure when the request goes nowhere. */
    public static String get(Cloud cloud, ElbState.LoadBalancer lb, String host, int port) {
        if (lb.state().equals("provisioning")) {
            throw new CliException("curl: (6) Could not resolve host: " + host + "\n" + lb.name() + " is still"
                    + " provisioning; its DNS name answers once aws elbv2 describe-load-balancers shows it active.");
        }
        if (!cloud.access().admits(lb.securityGroups(), port, Ec2Access.LAPTOP_IP, List.of())) {
            throw new CliException("curl: (28) Failed to connect to " + host + " port " + port + " after 133000 ms:"
                    + " Connection timed out\nNo security group of load balancer " + lb.name() + " ("
                    + String.join(", ", lb.securityGroups()) + ") lets TCP port " + port + " in from your address, "
                    + Ec2Access.LAPTOP_IP + ". A load balancer's security group filters like an instance's: aws ec2"
                    + " authorize-security-group-ingress --group-id " + lb.securityGroups().get(0) + " --protocol tcp"
                    + " --port " + port + " --cidr 0.0.0.0/0");
        }
        ElbState.Listener listener = cloud.elb().listeners().values().stream()
                .filter(l -> l.loadBalancer().equals(lb.name()) && l.port() == port).findFirst().orElse(null);
        if (listener == null) {
            throw new CliException("curl: (7) Failed to connect to " + host + " port " + port + ": Connection refused\n"
                    + lb.name() + " has no listener on port " + port + ": aws elbv2 create-listener --load-balancer-arn "
                    + lb.arn() + " --protocol HTTP --port " + port + " --default-actions Type=forward,TargetGroupArn=ARN");
        }
        ElbState.TargetGroup tg = cloud.elb().targetGroups().get(listener.targetGroup());
        List<Target> healthy = new ArrayList<>();
        List<Target> all = tg == null ? List.of() : targets(cloud, tg);
        // a load balancer's nodes sit in its zones and route only to targets there
        List<Target> inZones = all.stream().filter(t -> lb.zones().contains(t.zone())).toList();
        for (Target t : inZones) {
            if (reachable(cloud, lb, t)) {
                healthy.add(t);
            }
        }
        if (healthy.isEmpty() && !inZones.isEmpty()) {
            // every target in use is unhealthy: the load balancer fails open and sends the request to one anyway,
            // where the same security groups that fail the health check drop its connection
            Target t = inZones.get(0);
            boolean dynamic = t.port() >= 32768;
            return "<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>\n<center><h1>504 Gateway"
                    + " Time-out</h1></center>\n</body>\n</html>\n(The load balancer answered, but every target of "
                    + listener.targetGroup() + " is unhealthy (aws elbv2 describe-target-health: Target.Timeout). With"
                    + " no healthy target it fails open and tries the unhealthy ones anyway, and the security groups of "
                    + t.id() + " (" + String.join(", ", t.groups()) + ") drop its connection on port " + t.port()
                    + " until it gives up: they do not let the load balancer's group (" + lb.securityGroups().get(0)
                    + ") in. Add aws ec2 authorize-security-group-ingress --group-id " + t.groups().get(0)
                    + " --protocol tcp --port " + (dynamic ? "32768-65535" : t.port()) + " --source-group "
                    + lb.securityGroups().get(0) + (dynamic ? " (the task's host port is a dynamic one, from the"
                    + " instance's ephemeral range)" : "") + ".)";
        }
        if (healthy.isEmpty()) {
            String why = all.isEmpty() ? "target group " + listener.targetGroup() + " has no running targets (an ECS"
                    + " service registers its tasks there with --load-balancers)"
                    : "every target of " + listener.targetGroup() + " runs in a zone " + lb.name()
                    + " is not enabled in (it has " + String.join(", ", lb.zones()) + "; " + all.get(0).id() + " is in "
                    + all.get(0).zone() + "), so none is in use. Enable that zone with aws elbv2 set-subnets"
                    + " --load-balancer-arn " + lb.arn() + " --subnets " + String.join(" ", lb.subnets()) + " "
                    + computequest.sim.Catalog.subnetId(all.get(0).zone());
            return "<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503"
                    + " Service Temporarily Unavailable</h1></center></body></html>\n(The load balancer answered, but "
                    + why + ".)";
        }
        Target t = healthy.get((int) (cloud.clock() % healthy.size()));
        return "<html><body><h1>Bakery</h1><p>Served by task " + t.task() + " on " + t.id() + " in " + t.zone()
                + "</p></body></html>";
    }
}
