package computequest.sim.elbv2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.ecr.EcrOps;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;

/** aws elbv2: create, describe and delete Application Load Balancers, target groups and listeners. */
final class ElbOps {

    /** How long a new load balancer takes to provision before it answers (a few minutes in a real account). */
    static final long PROVISION_SECONDS = 120;

    private ElbOps() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("elbv2", "create-load-balancer", "Create an Application Load Balancer.", List.of(
                        Param.req("--name", "e.g. web-lb"),
                        Param.list("--subnets", false, "Subnets in at least two Availability Zones."),
                        Param.list("--security-groups", false, "Who may reach it; the VPC's default group if left out.")),
                        ElbOps::createLoadBalancer),
                new Operation("elbv2", "create-target-group", "Create a target group for a listener to forward to.",
                        List.of(Param.req("--name", "e.g. web-tg"), Param.opt("--protocol", "HTTP"),
                                Param.opt("--port", "80"), Param.opt("--vpc-id", Catalog.VPC_ID)),
                        ElbOps::createTargetGroup),
                new Operation("elbv2", "create-listener", "Listen on a port of a load balancer and forward to a"
                        + " target group.", List.of(Param.req("--load-balancer-arn", "The load balancer's ARN."),
                        Param.opt("--protocol", "HTTP"), Param.opt("--port", "80"),
                        Param.list("--default-actions", true, "Type=forward,TargetGroupArn=ARN")),
                        ElbOps::createListener),
                new Operation("elbv2", "describe-load-balancers", "Describe load balancers.", List.of(),
                        ElbOps::describeLoadBalancers),
                new Operation("elbv2", "describe-target-groups", "Describe target groups.", List.of(),
                        ElbOps::describeTargetGroups),
                new Operation("elbv2", "describe-listeners", "Describe a load balancer's listeners.", List.of(),
                        ElbOps::describeListeners),
                new Operation("elbv2", "describe-target-health", "The targets of a group and whether they pass"
                        + " health checks.", List.of(), ElbTargets::describeTargetHealth),
                new Operation("elbv2", "set-subnets", "Enable the load balancer in the zones of these subnets;"
                        + " it routes only to targets in its zones.", List.of(), ElbOps::setSubnets),
                new Operation("elbv2", "delete-listener", "Delete a listener.", List.of(), ElbOps::deleteListener),
                new Operation("elbv2", "delete-target-group", "Delete a target group no listener uses.", List.of(),
                        ElbOps::deleteTargetGroup),
                new Operation("elbv2", "delete-load-balancer", "Delete a load balancer and its listeners.", List.of(),
                        ElbOps::deleteLoadBalancer));
    }

    /** {@code digits} hex digits derived from the text: stable ids that leave the account's random source alone. */
    static String hash(String text, int digits) {
        return EcrOps.digest(text).substring(7, 7 + digits);
    }

    static Operation.Result createLoadBalancer(Cloud cloud, Invocation call) {
        String name = call.value("--name");
        if (!name.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?") || name.startsWith("internal-")) {
            throw new CliException("ValidationError", "The load balancer name '" + name + "' is not valid: up to 32"
                    + " letters, digits and hyphens, not starting or ending with a hyphen.");
        }
        if (!call.value("--type", "application").equals("application")) {
            throw new CliException("ValidationError", "The game simulates Application Load Balancers only: leave out"
                    + " --type or use --type application.");
        }
        List<String> subnets = call.list("--subnets");
        List<String> zones = zonesOf(subnets);
        List<String> groups = call.has("--security-groups") ? call.list("--security-groups")
                : List.of(Catalog.DEFAULT_SECURITY_GROUP);
        for (String g : groups) {
            if (!cloud.access().securityGroups().containsKey(g)) {
                throw new CliException("InvalidSecurityGroup", "The security group '" + g + "' does not exist."
                        + Suggest.didYouMean(g, cloud.access().securityGroups().keySet()));
            }
        }
        ElbState.LoadBalancer old = cloud.elb().loadBalancers().get(name);
        if (old != null) {
            if (!old.subnets().equals(subnets) || !old.securityGroups().equals(groups)) {
                throw new CliException("DuplicateLoadBalancerName", "A load balancer with the same name '" + name
                        + "' exists, but with different settings");
            }
            return new Operation.Result(cloud, one("LoadBalancers", ElbJson.loadBalancer(old)), List.of());
        }
        String h = hash("elbv2/loadbalancer/" + name, 26);
        String number = Long.toString(Long.parseLong(h.substring(16, 26), 16) % 9_000_000_000L + 1_000_000_000L);
        ElbState.LoadBalancer lb = new ElbState.LoadBalancer(name, h.substring(0, 16), number, subnets, groups,
                "provisioning", cloud.clock(), cloud.clock() + PROVISION_SECONDS);
        cloud = cloud.withElb(cloud.elb().withLoadBalancer(lb));
        return new Operation.Result(cloud, one("LoadBalancers", ElbJson.loadBalancer(lb)), List.of("Load balancer " + name
                + " is provisioning in " + String.join(" and ", zones) + "; it answers at " + lb.dnsName()
                + " once active, in about " + PROVISION_SECONDS / 60 + " minutes. It forwards nothing until it has a"
                + " listener (aws elbv2 create-listener)."));
    }

    /** The zones of the subnets, in order: each must be a default-VPC subnet, and an ALB needs two zones. */
    static List<String> zonesOf(List<String> subnets) {
        List<String> zones = new ArrayList<>();
        for (String s : subnets) {
            String zone = Catalog.ZONES.stream().filter(z -> Catalog.subnetId(z).equals(s)).findFirst().orElse(null);
            if (zone == null) {
                throw new CliException("SubnetNotFound", "The subnet ID '" + s + "' is not valid. The default VPC's"
                        + " subnets: aws ec2 describe-subnets --query 'Subnets[].[SubnetId,AvailabilityZone]'");
            }
            if (!zones.contains(zone)) {
                zones.add(zone);
            }
        }
        if (zones.size() < 2) {
            throw new CliException("ValidationError", "At least two subnets in two different Availability Zones must"
                    + " be specified. For example: --subnets " + Catalog.subnetId("us-east-1a") + " "
                    + Catalog.subnetId("us-east-1b"));
        }
        return zones;
    }

    /** set-subnets: the load balancer's zones become those of the subnets given (two at least). */
    static Operation.Result setSubnets(Cloud cloud, Invocation call) {
        ElbState.LoadBalancer lb = loadBalancerByArn(cloud, call.value("--load-balancer-arn"));
        List<String> subnets = call.list("--subnets");
        List<String> zones = zonesOf(subnets);
        ElbState.LoadBalancer next = lb.withSubnets(subnets);
        cloud = cloud.withElb(cloud.elb().withLoadBalancer(next));
        JsonObject res = new JsonObject();
        res.add("AvailabilityZones", ElbJson.loadBalancer(next).get("AvailabilityZones"));
        List<String> dropped = lb.zones().stream().filter(z -> !zones.contains(z)).toList();
        List<String> added = zones.stream().filter(z -> !lb.zones().contains(z)).toList();
        return new Operation.Result(cloud, res, List.of("Load balancer " + lb.name() + " is now enabled in "
                + String.join(" and ", zones) + (added.isEmpty() ? "" : "; targets in " + String.join(" and ", added)
                + " get traffic now") + (dropped.isEmpty() ? "" : "; targets in " + String.join(" and ", dropped)
                + " get none") + ". Each zone holds one of its nodes, with a public IPv4 address billed by the hour."));
    }

    static Operation.Result createTargetGroup(Cloud cloud, Invocation call) {
        String name = call.value("--name");
        if (!name.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?")) {
            throw new CliException("ValidationError", "The target group name '" + name + "' is not valid: up to 32"
                    + " letters, digits and hyphens, not starting or ending with a hyphen.");
        }
        String type = call.value("--target-type", "instance");
        String protocol = call.value("--protocol", null);
        String vpc = call.value("--vpc-id", null);
        if (!type.equals("lambda") && (protocol == null || vpc == null || !call.has("--port"))) {
            throw new CliException("ValidationError", "A protocol, a port and a VPC ID must be specified for a target"
                    + " group of type '" + type + "': --protocol HTTP --port 80 --vpc-id " + Catalog.VPC_ID);
        }
        if (!Catalog.VPC_ID.equals(vpc)) {
            throw new CliException("ValidationError", "The VPC ID '" + vpc + "' is not found. The default VPC is "
                    + Catalog.VPC_ID + ".");
        }
        int port = call.intValue("--port", 80, 1, 65535);
        ElbState.TargetGroup old = cloud.elb().targetGroups().get(name);
        if (old != null) {
            if (!old.protocol().equals(protocol) || old.port() != port || !old.targetType().equals(type)) {
                throw new CliException("DuplicateTargetGroupName", "A target group with the same name '" + name
                        + "' exists, but with different settings");
            }
            return new Operation.Result(cloud, one("TargetGroups", ElbJson.targetGroup(cloud, old)), List.of());
        }
        ElbState.TargetGroup tg = new ElbState.TargetGroup(name, hash("elbv2/targetgroup/" + name, 16), protocol,
                port, vpc, type, cloud.clock());
        cloud = cloud.withElb(cloud.elb().withTargetGroup(tg));
        return new Operation.Result(cloud, one("TargetGroups", ElbJson.targetGroup(cloud, tg)), List.of("Target group " + name
                + " created, empty. An ECS service registers its tasks in it (--load-balancers targetGroupArn="
                + tg.arn() + ",...)."));
    }

    static Operation.Result createListener(Cloud cloud, Invocation call) {
        ElbState.LoadBalancer lb = loadBalancerByArn(cloud, call.value("--load-balancer-arn"));
        String protocol = call.value("--protocol", "HTTP");
        int port = call.intValue("--port", 80, 1, 65535);
        if (!protocol.equals("HTTP")) {
            throw new CliException("ValidationError", "The game's listeners speak HTTP (HTTPS needs a certificate):"
                    + " --protocol HTTP --port 80");
        }
        String target = null;
        JsonElement actions = call.request().get("DefaultActions");
        if (actions != null && actions.isJsonArray()) {
            for (JsonElement a : actions.getAsJsonArray()) {
                JsonObject o = a.getAsJsonObject();
                if (o.has("Type") && o.get("Type").getAsString().equals("forward") && o.has("TargetGroupArn")) {
                    target = targetGroupByArn(cloud, o.get("TargetGroupArn").getAsString()).name();
                }
            }
        }
        if (target == null) {
            throw new CliException("ValidationError", "The game's listeners forward to a target group:"
                    + " --default-actions Type=forward,TargetGroupArn=ARN");
        }
        for (ElbState.Listener l : cloud.elb().listeners().values()) {
            if (l.loadBalancer().equals(lb.name()) && l.port() == port) {
                throw new CliException("DuplicateListener", "A listener already exists on this port for this load"
                        + " balancer '" + lb.arn() + "'");
            }
        }
        ElbState.Listener l = new ElbState.Listener(hash("elbv2/listener/" + lb.name() + "/" + port, 16), lb.name(),
                protocol, port, target);
        cloud = cloud.withElb(cloud.elb().withListener(l));
        return new Operation.Result(cloud, one("Listeners", ElbJson.listener(lb, l, cloud)), List.of("Listener "
                + protocol + ":" + port + " on " + lb.name() + " forwards to target group " + target + "."));
    }

    static Operation.Result describeLoadBalancers(Cloud cloud, Invocation call) {
        JsonArray out = new JsonArray();
        List<String> names = call.list("--names");
        List<String> arns = call.list("--load-balancer-arns");
        for (String n : names) {
            if (!cloud.elb().loadBalancers().containsKey(n)) {
                throw new CliException("LoadBalancerNotFound", "Load balancers '[" + n + "]' not found");
            }
        }
        for (String a : arns) {
            loadBalancerByArn(cloud, a);
        }
        for (ElbState.LoadBalancer lb : cloud.elb().loadBalancers().values()) {
            if ((names.isEmpty() && arns.isEmpty()) || names.contains(lb.name()) || arns.contains(lb.arn())) {
                out.add(ElbJson.loadBalancer(lb));
            }
        }
        JsonObject res = new JsonObject();
        res.add("LoadBalancers", out);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result describeTargetGroups(Cloud cloud, Invocation call) {
        List<String> names = call.list("--names");
        List<String> arns = call.list("--target-group-arns");
        for (String n : names) {
            if (!cloud.elb().targetGroups().containsKey(n)) {
                throw new CliException("TargetGroupNotFound", "One or more target groups not found");
            }
        }
        for (String a : arns) {
            targetGroupByArn(cloud, a);
        }
        String lbName = call.has("--load-balancer-arn") ? loadBalancerByArn(cloud, call.value("--load-balancer-arn"))
                .name() : null;
        JsonArray out = new JsonArray();
        for (ElbState.TargetGroup tg : cloud.elb().targetGroups().values()) {
            boolean named = (names.isEmpty() && arns.isEmpty()) || names.contains(tg.name()) || arns.contains(tg.arn());
            if (named && (lbName == null || loadBalancersOf(cloud, tg).contains(lbName))) {
                out.add(ElbJson.targetGroup(cloud, tg));
            }
        }
        JsonObject res = new JsonObject();
        res.add("TargetGroups", out);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result describeListeners(Cloud cloud, Invocation call) {
        if (!call.has("--load-balancer-arn") && !call.has("--listener-arns")) {
            throw new CliException("ValidationError", "A load balancer ARN or listener ARNs must be specified");
        }
        String lbName = call.has("--load-balancer-arn") ? loadBalancerByArn(cloud, call.value("--load-balancer-arn"))
                .name() : null;
        List<String> arns = call.list("--listener-arns");
        JsonArray out = new JsonArray();
        for (ElbState.Listener l : cloud.elb().listeners().values()) {
            ElbState.LoadBalancer lb = cloud.elb().loadBalancers().get(l.loadBalancer());
            if (l.loadBalancer().equals(lbName) || arns.contains(listenerArn(lb, l))) {
                out.add(ElbJson.listener(lb, l, cloud));
            }
        }
        JsonObject res = new JsonObject();
        res.add("Listeners", out);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result deleteListener(Cloud cloud, Invocation call) {
        String arn = call.value("--listener-arn");
        for (ElbState.Listener l : cloud.elb().listeners().values()) {
            if (listenerArn(cloud.elb().loadBalancers().get(l.loadBalancer()), l).equals(arn)) {
                return new Operation.Result(cloud.withElb(cloud.elb().withoutListener(l.id())), new JsonObject(),
                        List.of("Listener " + l.protocol() + ":" + l.port() + " of " + l.loadBalancer() + " deleted."));
            }
        }
        throw new CliException("ListenerNotFound", "One or more listeners not found");
    }

    static Operation.Result deleteTargetGroup(Cloud cloud, Invocation call) {
        ElbState.TargetGroup tg = targetGroupByArn(cloud, call.value("--target-group-arn"));
        if (cloud.elb().listeners().values().stream().anyMatch(l -> l.targetGroup().equals(tg.name()))) {
            throw new CliException("ResourceInUse", "Target group '" + tg.arn() + "' is currently in use by a"
                    + " listener or a rule. Delete the listener first (aws elbv2 delete-listener).");
        }
        return new Operation.Result(cloud.withElb(cloud.elb().withoutTargetGroup(tg.name())), new JsonObject(),
                List.of("Target group " + tg.name() + " deleted."));
    }

    static Operation.Result deleteLoadBalancer(Cloud cloud, Invocation call) {
        String arn = call.value("--load-balancer-arn");
        ElbState.LoadBalancer lb = cloud.elb().loadBalancers().values().stream().filter(x -> x.arn().equals(arn))
                .findFirst().orElse(null);
        if (lb == null) {
            return new Operation.Result(cloud, new JsonObject(), List.of()); // deleting a missing one succeeds
        }
        ElbState next = cloud.elb().withoutLoadBalancer(lb.name());
        for (ElbState.Listener l : cloud.elb().listeners().values()) {
            if (l.loadBalancer().equals(lb.name())) {
                next = next.withoutListener(l.id());
            }
        }
        return new Operation.Result(cloud.withElb(next), new JsonObject(), List.of("Load balancer " + lb.name()
                + " and its listeners deleted; its target groups stay (aws elbv2 delete-target-group)."));
    }

    static ElbState.LoadBalancer loadBalancerByArn(Cloud cloud, String arn) {
        for (ElbState.LoadBalancer lb : cloud.elb().loadBalancers().values()) {
            if (lb.arn().equals(arn)) {
                return lb;
            }
        }
        throw new CliException("LoadBalancerNotFound", "One or more load balancers not found. List them with aws"
                + " elbv2 describe-load-balancers --query 'LoadBalancers[].LoadBalancerArn'");
    }

    static ElbState.TargetGroup targetGroupByArn(Cloud cloud, String arn) {
        ElbState.TargetGroup tg = cloud.elb().targetGroupByArn(arn);
        if (tg == null) {
            throw new CliException("TargetGroupNotFound", "One or more target groups not found. List them with aws"
                    + " elbv2 describe-target-groups --query 'TargetGroups[].TargetGroupArn'");
        }
        return tg;
    }

    static List<String> loadBalancersOf(Cloud cloud, ElbState.TargetGroup tg) {
        List<String> out = new ArrayList<>();
        for (ElbState.Listener l : cloud.elb().listeners().values()) {
            if (l.targetGroup().equals(tg.name()) && !out.contains(l.loadBalancer())) {
                out.add(l.loadBalancer());
            }
        }
        return out;
    }

    static String listenerArn(ElbState.LoadBalancer lb, ElbState.Listener l) {
        return ElbState.ARN_PREFIX + "listener/app/" + l.loadBalancer() + "/" + (lb == null ? "0" : lb.id()) + "/"
                + l.id();
    }

    private static JsonObject one(String member, JsonObject item) {
        JsonArray a = new JsonArray();
        a.add(item);
        JsonObject res = new JsonObject();
        res.add(member, a);
        return res;
    }
}
