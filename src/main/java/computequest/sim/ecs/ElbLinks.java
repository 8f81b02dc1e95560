package computequest.sim.ecs;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.elbv2.ElbState;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ECS checks of a service's --load-balancers before it creates the service: the target group exists and a
 * listener of a load balancer forwards to it, as a real account refuses otherwise.
 */
final class ElbLinks {

    private static final Pattern ARN = Pattern.compile("targetGroupArn=([^,]+)");
    private static final Pattern NAME = Pattern.compile("containerName=([^,\\s]+)");
    private static final Pattern PORT = Pattern.compile("containerPort=([0-9]+)");

    private ElbLinks() {
    }

    /**
     * Refuses a --load-balancers entry whose container is not in the task definition or does not map the port
     * (ECS's messages as real accounts report them), or whose target group is missing or has no load balancer.
     */
    static void check(Cloud cloud, String entry, EcsState.TaskDefinition td) {
        Matcher name = NAME.matcher(entry);
        if (name.find()) {
            EcsState.Container c = td.containers().stream().filter(x -> x.name().equals(name.group(1))).findFirst()
                    .orElseThrow(() -> new CliException("InvalidParameterException", "The container " + name.group(1)
                            + " does not exist in the task definition.\n(" + td.key() + " has " + td.containers().stream()
                            .map(EcsState.Container::name).toList() + ": containerName is the \"name\" of one of them.)"));
            Matcher port = PORT.matcher(entry);
            if (port.find() && !c.ports().contains(Integer.parseInt(port.group(1)))) {
                throw new CliException("InvalidParameterException", "The container " + c.name() + " did not have a"
                        + " container port " + port.group(1) + " defined.\n(Its portMappings list " + (c.ports().isEmpty()
                        ? "no port" : "containerPort " + c.ports()) + ": name one of those as containerPort, or register"
                        + " a revision that maps " + port.group(1) + ".)");
            }
        }
        Matcher m = ARN.matcher(entry);
        String arn = m.find() ? m.group(1) : "";
        ElbState.TargetGroup tg = cloud.elb().targetGroupByArn(arn);
        if (tg == null) {
            throw new CliException("InvalidParameterException", "Unable to assume role and validate the specified"
                    + " targetGroupArn. Please verify that the ECS service role being passed has the proper"
                    + " permissions.\n(No target group " + arn + " exists in the account. Create it first with aws"
                    + " elbv2 create-target-group, and use the TargetGroupArn it returns; aws elbv2"
                    + " describe-target-groups lists them.)");
        }
        if (!cloud.elb().hasLoadBalancer(tg.name())) {
            throw new CliException("InvalidParameterException", "The target group with targetGroupArn " + arn
                    + " does not have an associated load balancer.\n(A load balancer sends traffic to a target group"
                    + " through a listener: aws elbv2 create-listener --load-balancer-arn LB-ARN --protocol HTTP"
                    + " --port 80 --default-actions Type=forward,TargetGroupArn=" + arn + ")");
        }
    }
}
