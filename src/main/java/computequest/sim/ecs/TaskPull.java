package computequest.sim.ecs;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.ecr.EcrOps;
import computequest.sim.iam.IamState;

/**
 * What a task needs before its image is pulled, checked where ECS checks it. A task definition for Fargate that uses
 * a private ECR image must name an execution role (register-task-definition refuses it otherwise); ECS must be able
 * to assume that role (run-task refuses it otherwise); and at start-up the task needs a way out to the registry (in
 * the default VPC's public subnets: a public IP) and, for a private image, a role with
 * AmazonECSTaskExecutionRolePolicy. Without those the task stops before it runs, with CannotPullContainerError.
 */
final class TaskPull {

    static final String TASKS_SERVICE = "ecs-tasks.amazonaws.com";
    static final String EXECUTION_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    private TaskPull() {
    }

    /** Whether --network-configuration asks for a public IP on the task's interface. */
    static boolean publicIp(Invocation call) {
        String nc = call.value("--network-configuration");
        return nc != null && nc.replace(" ", "").replace("\"", "").matches("(?s).*assignPublicIp[=:]ENABLED.*");
    }

    static boolean privateImage(String image) {
        return EcrOps.Ref.parse(image).host().equals(EcrOps.REGISTRY);
    }

    /** register-task-definition: Fargate pulls a private ECR image only with an execution role. */
    static void checkRegistered(EcsState.TaskDefinition td) {
        boolean ecr = td.containers().stream().anyMatch(c -> privateImage(c.image()));
        if (td.compatibilities().contains("FARGATE") && ecr && td.executionRoleArn().isEmpty()) {
            throw new CliException("ClientException", "Fargate requires task definition to have execution role ARN to"
                    + " support ECR images. Add \"executionRoleArn\": \"arn:aws:iam::" + Cloud.ACCOUNT_ID
                    + ":role/ecsTaskExecutionRole\", a role trusted by " + TASKS_SERVICE + " with"
                    + " AmazonECSTaskExecutionRolePolicy.");
        }
    }

    /** Why ECS cannot assume the task definition's execution role, in ECS's words, or null when it can. */
    static String assumeProblem(Cloud cloud, EcsState.TaskDefinition td) {
        if (td.executionRoleArn().isEmpty()) {
            return null;
        }
        IamState.Role r = cloud.iam().roleByArn(td.executionRoleArn());
        if (r != null && r.trusts(TASKS_SERVICE)) {
            return null;
        }
        return "ECS was unable to assume the role '" + td.executionRoleArn() + "' that was provided for this task."
                + " Please verify that the role being passed has the proper trust relationship and permissions and that"
                + " your IAM user has permissions to pass this role.";
    }

    /** run-task: the execution role must be one ECS can assume. */
    static void checkAssumable(Cloud cloud, EcsState.TaskDefinition td) {
        String problem = assumeProblem(cloud, td);
        if (problem != null) {
            String name = td.executionRoleArn().substring(td.executionRoleArn().lastIndexOf('/') + 1);
            throw new CliException("ClientException", problem + " (" + (cloud.iam().roleByArn(td.executionRoleArn())
                    == null ? "No role " + name + " exists: create it with aws iam create-role --role-name " + name
                    + " --assume-role-policy-document file://trust-ecs-tasks.json" : "Its trust policy must name "
                    + TASKS_SERVICE + "; fix it in place with " + computequest.sim.iam.IamService.fixTrust(name,
                    "trust-ecs-tasks.json")) + ".)");
        }
    }

    /**
     * Why a task stops before it runs, as ECS's stoppedReason, or null when it can pull its image: no way out to the
     * registry, no permission to read a private ECR image, or no such image.
     */
    static String startProblem(Cloud cloud, EcsState.TaskDefinition td, String launchType, boolean publicIp,
                               String taskId) {
        String image = td.firstImage();
        EcrOps.Ref ref = EcrOps.Ref.parse(image);
        if (launchType.equals("FARGATE") && !publicIp) {
            String host = ref.host().isEmpty() ? "registry-1.docker.io" : ref.host();
            return "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref "
                    + ref + ": dial tcp " + host + ":443: i/o timeout. (The task's interface is in a public subnet"
                    + " without a public IP, so it has no route out: run it with assignPublicIp=ENABLED)";
        }
        if (launchType.equals("FARGATE") && privateImage(image)) {
            IamState.Role r = cloud.iam().roleByArn(td.executionRoleArn());
            if (r != null && !r.has(EXECUTION_POLICY)) {
                return "CannotPullContainerError: AccessDeniedException: User: arn:aws:sts::" + Cloud.ACCOUNT_ID
                        + ":assumed-role/" + r.name() + "/" + taskId + " is not authorized to perform:"
                        + " ecr:GetAuthorizationToken on resource: *. (Attach AmazonECSTaskExecutionRolePolicy to "
                        + r.name() + ": aws iam attach-role-policy --role-name " + r.name() + " --policy-arn "
                        + EXECUTION_POLICY + ")";
            }
        }
        String missing = EcrOps.pullProblem(cloud, image);
        return missing == null ? null : "CannotPullContainerError: " + missing;
    }
}
