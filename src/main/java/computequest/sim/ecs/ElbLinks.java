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

    private ElbLinks() {
    }

    /** Refuses a --load-balancers entry whose target group is missing or has no load balancer. */
    static void check(Cloud cloud, String entry) {
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
