package computequest.sim;

import static computequest.sim.RealAccountRulesTest.failing;
import static computequest.sim.Sim.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.eks.EksOps;
import org.junit.jupiter.api.Test;

/**
 * The container rules a real account enforces (issue 17), beside {@link RealAccountRulesTest}: the IAM roles EKS
 * acts with, EKS Fargate profiles, Fargate's execution role and network path, ECR's immutable tags and how
 * stop-task answers. Each rule: the course's way succeeds, and breaking it fails with AWS's error code.
 */
class RealAccountContainerRulesTest {

    static final String ACCOUNT_ROLE = "arn:aws:iam::123456789012:role/";
    static final String VPC = " --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001";
    static final String CLUSTER = "aws eks create-cluster --name shop --role-arn " + ACCOUNT_ROLE + "eksClusterRole" + VPC;
    static final String NODES = "aws eks create-nodegroup --cluster-name shop --nodegroup-name workers --node-role "
            + ACCOUNT_ROLE + "eksNodeRole --subnets subnet-0defa000000000001 subnet-0defb000000000001"
            + " --instance-types t3.medium --scaling-config minSize=2,maxSize=4,desiredSize=2";

    static String role(String name, String trust) {
        return "aws iam create-role --role-name " + name + " --assume-role-policy-document file://trust-" + trust + ".json";
    }

    static String attach(String name, String policy) {
        return "aws iam attach-role-policy --role-name " + name + " --policy-arn arn:aws:iam::aws:policy/" + policy;
    }

    // ---- EKS roles ----

    @Test
    void theClusterRoleMustExistTrustEksAndCarryTheClusterPolicy() {
        Outcome none = failing(Cloud.fresh(1), CLUSTER, "InvalidParameterException");
        assertTrue(none.output().contains("could not be assumed because it does not exist or the trusted entity is not"
                + " correct") && none.output().contains(role("eksClusterRole", "eks")), none.output());
        Outcome ec2 = failing(ok(Cloud.fresh(1), role("eksClusterRole", "ec2")), CLUSTER, "InvalidParameterException");
        assertTrue(ec2.output().contains("[eks.amazonaws.com] were not found in the trust relationships"), ec2.output());
        Cloud trusted = ok(Cloud.fresh(1), role("eksClusterRole", "eks"));
        Outcome bare = failing(trusted, CLUSTER, "InvalidParameterException");
        assertTrue(bare.output().contains("[arn:aws:iam::aws:policy/AmazonEKSClusterPolicy] are attached"), bare.output());
        Cloud made = ok(trusted, attach("eksClusterRole", "AmazonEKSClusterPolicy"), CLUSTER);
        assertEquals("CREATING", Sim.of(made, "eks-cluster").get(0).attr("status"));
    }

    @Test
    void theNodeRoleMustTrustEc2AndCarryTheWorkerNodeAndRegistryPolicies() {
        Cloud c = Sim.wait(ok(Cloud.fresh(1), role("eksClusterRole", "eks"), attach("eksClusterRole",
                "AmazonEKSClusterPolicy"), CLUSTER), EksOps.CLUSTER_CREATE_SECONDS);
        assertTrue(Sim.refused(c, NODES.replaceAll(" --node-role \\S+", "")).contains("--node-role"));
        Outcome none = failing(c, NODES, "InvalidParameterException");
        assertTrue(none.output().contains("[ec2.amazonaws.com] were not found in the trust relationships of nodeRole"),
                none.output());
        failing(ok(c, role("eksNodeRole", "eks")), NODES, "InvalidParameterException");
        Cloud trusted = ok(c, role("eksNodeRole", "ec2"), attach("eksNodeRole", "AmazonEKSWorkerNodePolicy"),
                attach("eksNodeRole", "AmazonEKS_CNI_Policy"));
        Outcome noEcr = failing(trusted, NODES, "InvalidParameterException");
        assertTrue(noEcr.output().contains("[arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly] are attached"),
                noEcr.output());
        Cloud made = Sim.wait(ok(trusted, attach("eksNodeRole", "AmazonEC2ContainerRegistryReadOnly"), NODES), 300);
        assertEquals(2, Sim.of(made, "node").size());
    }

    @Test
    void withoutTheCniPolicyTheNodesStayNotReadyAndPodsPending() {
        Cloud c = Sim.wait(ok(Cloud.fresh(1), role("eksClusterRole", "eks"), attach("eksClusterRole",
                "AmazonEKSClusterPolicy"), CLUSTER, role("eksNodeRole", "ec2"), attach("eksNodeRole",
                "AmazonEKSWorkerNodePolicy"), attach("eksNodeRole", "AmazonEC2ContainerRegistryReadOnly")),
                EksOps.CLUSTER_CREATE_SECONDS);
        Outcome made = CloudSim.advance(ok(c, NODES), 300);
        assertTrue(String.join(" ", made.changes()).contains("cni plugin not initialized"), made.changes().toString());
        c = ok(made.cloud(), "aws eks update-kubeconfig --name shop", "kubectl create deployment web --image=nginx"
                + " --replicas=2");
        assertTrue(Sim.of(c, "node").stream().allMatch(n -> n.attr("status").equals("NotReady")));
        assertTrue(Sim.run(c, "kubectl get nodes").output().contains("NotReady"));
        assertTrue(Sim.of(c, "pod").stream().allMatch(p -> p.attr("status").equals("Pending")), "no address, no pod");
        c = ok(c, attach("eksNodeRole", "AmazonEKS_CNI_Policy"), "kubectl get pods");
        assertTrue(Sim.of(c, "node").stream().allMatch(n -> n.attr("status").equals("Ready")));
        assertEquals(2, Sim.of(c, "pod").stream().filter(p -> p.attr("status").equals("Running")).count());
    }

    @Test
    void aFargateProfileNeedsAPodExecutionRoleAndPrivateSubnetsWhichTheDefaultVpcLacks() {
        Cloud c = Sim.wait(ok(Sim.withRoles(Cloud.fresh(1)), CLUSTER), EksOps.CLUSTER_CREATE_SECONDS);
        String profile = "aws eks create-fargate-profile --cluster-name shop --fargate-profile-name web"
                + " --selectors namespace=default --pod-execution-role-arn " + ACCOUNT_ROLE + "eksPodRole";
        assertTrue(Sim.refused(c, profile.replaceAll(" --pod-execution-role-arn \\S+", ""))
                .contains("--pod-execution-role-arn"));
        Outcome none = failing(c, profile, "InvalidParameterException");
        assertTrue(none.output().contains("Misconfigured PodExecutionRole Trust Policy"), none.output());
        failing(ok(c, role("eksPodRole", "ec2")), profile, "InvalidParameterException");
        c = ok(c, role("eksPodRole", "eks-fargate-pods"), attach("eksPodRole", "AmazonEKSFargatePodExecutionRolePolicy"));
        Outcome pub = failing(c, profile + " --subnets subnet-0defa000000000001", "InvalidParameterException");
        assertTrue(pub.output().contains("Subnet subnet-0defa000000000001 provided in Fargate Profile is not a private"
                + " subnet"), pub.output());
        Outcome inherited = failing(c, profile, "InvalidParameterException");
        assertTrue(inherited.output().contains("No subnets were given, and the subnets provided during cluster creation"
                + " are all public"), inherited.output());
    }

    // ---- Fargate: execution role and network path ----

    static final String PUBLIC = " --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],"
            + "assignPublicIp=ENABLED}'";
    static final String PRIVATE = " --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001]}'";
    static final String RUN = "aws ecs run-task --cluster demo --task-definition web-fargate --launch-type FARGATE";
    static final String REGISTER = "aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json";

    /** web:v1 pushed to ECR, the cluster demo, and these IAM commands run. */
    static Cloud web(String... iam) {
        return ok(Cloud.fresh(3), java.util.stream.Stream.concat(java.util.Arrays.stream(iam), java.util.stream.Stream.of(
                "aws ecr create-repository --repository-name web", "docker build -t web:v1 .",
                "docker tag web:v1 " + Sim.REG + "/web:v1", Sim.LOGIN, "docker push " + Sim.REG + "/web:v1",
                "aws ecs create-cluster --cluster-name demo")).toArray(String[]::new));
    }

    static Resource onlyTask(Cloud c) {
        return Sim.of(c, "task").get(0);
    }

    @Test
    void fargateNeedsAnExecutionRoleForAPrivateEcrImage() {
        Cloud c = web();
        Outcome o = failing(c, "aws ecs register-task-definition --family web-fargate --requires-compatibilities FARGATE"
                + " --network-mode awsvpc --cpu 256 --memory 512 --container-definitions name=web,image=" + Sim.REG
                + "/web:v1,essential=true", "ClientException");
        assertTrue(o.output().contains("Fargate requires task definition to have execution role ARN to support ECR"
                + " images"), o.output());
        ok(c, "aws ecs register-task-definition --family pub --requires-compatibilities FARGATE --network-mode awsvpc"
                + " --cpu 256 --memory 512 --container-definitions name=web,image=nginx:latest,essential=true");
    }

    @Test
    void runTaskRefusesAnExecutionRoleEcsCannotAssume() {
        Outcome none = failing(ok(web(), REGISTER), RUN + PUBLIC, "ClientException");
        assertTrue(none.output().contains("ECS was unable to assume the role 'arn:aws:iam::123456789012:role/"
                + "ecsTaskExecutionRole' that was provided for this task") && none.output().contains(
                "file://trust-ecs-tasks.json"), none.output());
        failing(ok(web(role("ecsTaskExecutionRole", "ec2")), REGISTER), RUN + PUBLIC, "ClientException");
    }

    @Test
    void withoutTheExecutionPolicyTheTaskFailsToStartWithCannotPullContainerError() {
        Cloud c = ok(web(role("ecsTaskExecutionRole", "ecs-tasks")), REGISTER, RUN + PUBLIC);
        assertEquals("PENDING", onlyTask(c).attr("status"));
        c = Sim.wait(c, 60);
        Resource t = onlyTask(c);
        assertEquals("STOPPED", t.attr("status"));
        String d = Sim.run(c, "aws ecs describe-tasks --cluster demo --tasks " + t.id()).output();
        assertTrue(d.contains("\"stopCode\": \"TaskFailedToStart\"") && d.contains("\"stoppedReason\":"
                + " \"CannotPullContainerError: AccessDeniedException") && d.contains("ecr:GetAuthorizationToken")
                && d.contains("attach-role-policy --role-name ecsTaskExecutionRole"), d);
    }

    @Test
    void withoutAPublicIpInThePublicSubnetTheTaskHasNoRouteToTheRegistry() {
        Cloud ready = ok(web(role("ecsTaskExecutionRole", "ecs-tasks"), "aws iam attach-role-policy --role-name"
                + " ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"),
                REGISTER);
        Cloud c = Sim.wait(ok(ready, RUN + PRIVATE), 60);
        String d = Sim.run(c, "aws ecs describe-tasks --cluster demo --tasks " + onlyTask(c).id()).output();
        assertTrue(d.contains("\"stopCode\": \"TaskFailedToStart\"") && d.contains("CannotPullContainerError: pull"
                + " image manifest has been retried 5 time(s)") && d.contains("i/o timeout")
                && d.contains("assignPublicIp=ENABLED"), d);
        Cloud svc = Sim.wait(ok(ready, "aws ecs create-service --cluster demo --service-name web --task-definition"
                + " web-fargate --desired-count 1 --launch-type FARGATE" + PRIVATE), 120);
        String events = Sim.run(svc, "aws ecs describe-services --cluster demo --services web").output();
        assertTrue(events.contains("is unable to consistently start tasks successfully. (Its last task stopped with"
                + " CannotPullContainerError"), events);
        assertEquals("RUNNING", onlyTask(Sim.wait(ok(ready, RUN + PUBLIC), 60)).attr("status"));
    }

    // ---- ECR and stop-task ----

    @Test
    void anImmutableRepositoryRefusesASecondPushOfATag() {
        Cloud c = ok(Cloud.fresh(1), "aws ecr create-repository --repository-name web --image-tag-mutability IMMUTABLE",
                "docker build -t web:v1 .", "docker tag web:v1 " + Sim.REG + "/web:v1", Sim.LOGIN,
                "docker push " + Sim.REG + "/web:v1");
        Outcome same = failing(c, "docker push " + Sim.REG + "/web:v1", "ImageTagAlreadyExistsException");
        assertTrue(same.output().contains("tag invalid: The image tag 'v1' already exists in the 'web' repository and"
                + " cannot be overwritten because the repository is immutable"), same.output());
        c = ok(c, "docker build -t web:v1 .", "docker tag web:v1 " + Sim.REG + "/web:v1");
        failing(c, "docker push " + Sim.REG + "/web:v1", "ImageTagAlreadyExistsException");
        ok(c, "docker tag web:v1 " + Sim.REG + "/web:v2", "docker push " + Sim.REG + "/web:v2");
        Cloud mutable = ok(Cloud.fresh(1), "aws ecr create-repository --repository-name web", "docker build -t web:v1 .",
                "docker tag web:v1 " + Sim.REG + "/web:v1", Sim.LOGIN, "docker push " + Sim.REG + "/web:v1");
        ok(mutable, "docker push " + Sim.REG + "/web:v1");
    }

    @Test
    void stopTaskAnswersWhileTheTaskStillRunsAndItStopsAMomentLater() {
        Cloud c = Sim.wait(ok(Sim.pushedWeb(), REGISTER, RUN + PUBLIC), 60);
        String id = onlyTask(c).id();
        Outcome stop = Sim.run(c, "aws ecs stop-task --cluster demo --task " + id);
        assertTrue(stop.output().contains("\"lastStatus\": \"RUNNING\"") && stop.output().contains(
                "\"desiredStatus\": \"STOPPED\"") && stop.output().contains("\"stopCode\": \"UserInitiated\""),
                stop.output());
        Cloud later = Sim.wait(stop.cloud(), computequest.sim.ecs.EcsScheduler.TASK_STOP_SECONDS);
        assertEquals("STOPPED", onlyTask(later).attr("status"));
        assertTrue(Sim.run(later, "aws ecs describe-tasks --cluster demo --tasks " + id).output()
                .contains("\"lastStatus\": \"STOPPED\""));
    }
}
