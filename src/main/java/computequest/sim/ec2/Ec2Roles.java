package computequest.sim.ec2;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.iam.IamState;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where EC2 meets IAM: {@code run-instances --iam-instance-profile}, and what an instance may do with the role it gets
 * that way. The ECS agent on a container instance registers only with a role that EC2 may assume and that has
 * AmazonEC2ContainerServiceforEC2Role; without one it retries forever and the instance never joins the cluster.
 */
public final class Ec2Roles {

    public static final String ECS_INSTANCE_POLICY =
            "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";
    private static final Pattern NAME = Pattern.compile("(?:\"?Name\"?\\s*[=:]\\s*\"?)([\\w+=,.@-]+)");
    private static final Pattern ARN = Pattern.compile("instance-profile/([\\w+=,.@-]+)");

    private Ec2Roles() {
    }

    /** The instance profile run-instances names (Name=X or Arn=...), checked; "" when none. */
    static String profile(Cloud cloud, Invocation call) {
        String v = call.value("--iam-instance-profile");
        if (v == null) {
            return "";
        }
        Matcher arn = ARN.matcher(v);
        Matcher name = NAME.matcher(v);
        String p = arn.find() ? arn.group(1) : name.find() ? name.group(1) : v;
        if (!cloud.iam().profiles().containsKey(p)) {
            throw new CliException("InvalidParameterValue", "Value (" + p + ") for parameter iamInstanceProfile.name"
                    + " is invalid. Invalid IAM Instance Profile name. Make it first: aws iam create-instance-profile"
                    + " --instance-profile-name " + p + ", then aws iam add-role-to-instance-profile.");
        }
        return p;
    }

    /** Whether the instance's ECS agent can register: its role trusts EC2 and has the container-instance policy. */
    public static boolean ecsAgentCanRegister(Cloud cloud, Instance i) {
        IamState.Role r = cloud.iam().roleOfInstance(i.instanceId());
        return r != null && r.trusts("ec2.amazonaws.com") && r.has(ECS_INSTANCE_POLICY);
    }

    /** What the launch means for the ECS agent: a line to teach the role it needs, or nothing. */
    static List<String> ecsAgentWarning(Cloud cloud, String profile, String cluster) {
        IamState.Role r = profile.isEmpty() ? null : cloud.iam().roleOf(profile);
        String why = profile.isEmpty() ? "it has no instance profile, so no role"
                : r == null ? "its instance profile " + profile + " holds no role"
                : !r.trusts("ec2.amazonaws.com") ? "role " + r.name() + " does not trust ec2.amazonaws.com"
                : !r.has(ECS_INSTANCE_POLICY) ? "role " + r.name() + " lacks AmazonEC2ContainerServiceforEC2Role" : null;
        if (why == null) {
            return List.of();
        }
        return List.of("Its ECS agent will start but cannot register to '" + cluster + "' (" + why + "): the agent"
                + " logs NoCredentialProviders and the instance never joins. Container instances need the"
                + " ecsInstanceRole through an instance profile: --iam-instance-profile Name=ecsInstanceRole.");
    }

    /** The user data's cluster, as the ECS-optimized AMI reads it: a script writing /etc/ecs/ecs.config. */
    static String ecsCluster(String userData) {
        if (userData == null) {
            return "default";
        }
        String ud = userData.strip();
        Matcher m = Pattern.compile("ECS_CLUSTER=([A-Za-z0-9_-]+)").matcher(ud);
        if (ud.startsWith("#!") && ud.contains("/etc/ecs/ecs.config") && m.find()) {
            return m.group(1);
        }
        return "default";
    }

    /** User data that makes the ECS agent join {@code cluster}, as one shell word. */
    public static String script(String cluster) {
        return "#!/bin/bash\necho ECS_CLUSTER=" + cluster + " >> /etc/ecs/ecs.config";
    }

    /** Why user data that names a cluster is not read, or null when it is read. */
    static String ignoredUserData(String userData) {
        if (userData == null || !userData.contains("ECS_CLUSTER") || !ecsCluster(userData).equals("default")) {
            return null;
        }
        return "The user data names a cluster, but it is not a script that writes /etc/ecs/ecs.config (#!/bin/bash,"
                + " then echo ECS_CLUSTER=NAME >> /etc/ecs/ecs.config), so nothing runs it and the agent joins the"
                + " cluster 'default'. The laptop has one: --user-data file://ecs-user-data.sh";
    }
}
