package computequest.sim.ecs;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import java.util.Map;

/**
 * awsvpc tasks on the EC2 launch type: each takes one elastic network interface of its container instance, whose
 * primary interface counts too, so an instance runs (max interfaces - 1) of them without ENI trunking (which the T3
 * family does not support). Their interfaces get no public IP. Figures: EC2 User Guide, "IP addresses per network
 * interface per instance type" (the fact sheet's verified additions, section 4).
 */
final class Enis {

    /** Network interfaces per instance type, the primary one included. */
    private static final Map<String, Integer> MAX = Map.of("t3.micro", 2, "t3.small", 3, "t3.medium", 3,
            "t3.large", 3, "m5.large", 3, "c5.large", 3, "r5.large", 3, "t2.micro", 2, "t3.nano", 2);

    private Enis() {
    }

    /** How many awsvpc tasks an instance of this type can run at once. */
    static int awsvpcTasks(String instanceType) {
        return MAX.getOrDefault(instanceType, 3) - 1;
    }

    static int awsvpcTasksOn(Cloud cloud, String containerInstance) {
        return (int) cloud.ecs().tasks().values().stream().filter(t -> t.active()
                && t.containerInstance().equals(containerInstance) && isAwsvpc(cloud, t)).count();
    }

    private static boolean isAwsvpc(Cloud cloud, EcsState.Task t) {
        EcsState.TaskDefinition td = cloud.ecs().taskDefinitions().get(t.taskDefinition());
        return td != null && td.networkMode().equals("awsvpc");
    }

    /** ECS refuses a public IP for task interfaces on the EC2 launch type. */
    static void refusePublicIp(Invocation call, String launchType) {
        String nc = call.value("--network-configuration");
        if (launchType.equals("EC2") && nc != null && nc.replace(" ", "").replace("\"", "")
                .matches("(?s).*assignPublicIp[=:]ENABLED.*")) {
            throw new CliException("InvalidParameterException", "Assign public IP is not supported for this launch"
                    + " type. Task interfaces on EC2 instances get private addresses only: drop assignPublicIp=ENABLED"
                    + " (or use --launch-type FARGATE), and reach the internet through a NAT gateway.");
        }
    }
}
