package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.ecr.EcrOps;
import java.util.List;

/** Test helpers: run commands that must succeed or fail, and read resources. */
final class Sim {

    private Sim() {
    }

    static Cloud ok(Cloud c, String... cmds) {
        for (String cmd : cmds) {
            Outcome o = CloudSim.execute(c, cmd);
            assertTrue(o.ok(), () -> cmd + " was refused: " + o.output());
            c = o.cloud();
        }
        return c;
    }

    /**
     * Runs commands that must succeed at a player's pace: each takes {@link CloudSim#SECONDS_PER_COMMAND} of simulated
     * time, as in the game's shell, so a function created by one is Active for the next.
     */
    static Cloud played(Cloud c, String... cmds) {
        for (String cmd : cmds) {
            c = wait(ok(c, cmd), CloudSim.SECONDS_PER_COMMAND);
        }
        return c;
    }

    static Outcome run(Cloud c, String cmd) {
        Outcome o = CloudSim.execute(c, cmd);
        assertTrue(o.ok(), () -> cmd + " was refused: " + o.output());
        return o;
    }

    static String refused(Cloud c, String cmd) {
        Outcome o = CloudSim.execute(c, cmd);
        assertFalse(o.ok(), () -> cmd + " should be refused but printed: " + o.output());
        assertTrue(o.cloud() == c, "a refused command changes nothing");
        return o.output();
    }

    static Cloud wait(Cloud c, long s) {
        return CloudSim.advance(c, s).cloud();
    }

    static List<Resource> of(Cloud c, String kind) {
        return CloudSim.resources(c).stream().filter(r -> r.kind().equals(kind)).toList();
    }

    static double billed(Cloud c, String descriptionPart) {
        return c.ledger().lines().stream().filter(l -> l.description().contains(descriptionPart)).mapToDouble(LineItem::usd).sum();
    }

    /** The roles the course makes: ecsInstanceRole (with its instance profile), lambda-basic (with resize's S3 policy), ecsTaskExecutionRole, eksClusterRole, eksNodeRole. */
    static final String[] ROLES = {
        "aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://trust-ec2.json",
        "aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn"
                + " arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
        "aws iam create-instance-profile --instance-profile-name ecsInstanceRole",
        "aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole",
        "aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json",
        "aws iam attach-role-policy --role-name lambda-basic --policy-arn"
                + " arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        "aws iam put-role-policy --role-name lambda-basic --policy-name resize-s3 --policy-document file://resize-s3.json",
        "aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust-ecs-tasks.json",
        "aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn"
                + " arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
        "aws iam create-role --role-name eksClusterRole --assume-role-policy-document file://trust-eks.json",
        "aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
        "aws iam create-role --role-name eksNodeRole --assume-role-policy-document file://trust-ec2.json",
        "aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
        "aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
        "aws iam attach-role-policy --role-name eksNodeRole --policy-arn"
                + " arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"};

    /** What run-instances needs for an ECS container instance that joins CLUSTER. */
    static String ecsLaunch(String cluster) {
        return " --iam-instance-profile Name=ecsInstanceRole --user-data '#!/bin/bash\necho ECS_CLUSTER=" + cluster
                + " >> /etc/ecs/ecs.config'";
    }

    /** The cloud with the course's roles, made once. */
    static Cloud withRoles(Cloud c) {
        return c.iam().roles().containsKey("ecsInstanceRole") ? c : ok(c, ROLES);
    }

    /**
     * A Fargate profile for NAMESPACE as EKS keeps it once made in private subnets. The simulated account has only
     * the default VPC, whose subnets are public, so create-fargate-profile refuses every profile there (as real EKS
     * would); tests of what a profile does start from this state instead.
     */
    static Cloud withFargateProfile(Cloud c, String cluster, String namespace) {
        computequest.sim.eks.EksState e = c.eks();
        var p = new computequest.sim.eks.EksState.FargateProfile("fp", cluster, namespace, null,
                "arn:aws:iam::123456789012:role/eksPodRole", List.of("subnet-0private000000001"), null, c.clock());
        return c.withEks(new computequest.sim.eks.EksState(e.clusters(), e.nodegroups(),
                Copy.put(e.fargateProfiles(), cluster + "/fp", p), e.deployments(), e.pods(), e.kubeContext()));
    }

    static final String REG = EcrOps.REGISTRY;
    static final String LOGIN = "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin " + REG;

    /** A fresh cloud with web:v1 built, pushed to ECR and an ECS cluster "demo". */
    static Cloud pushedWeb() {
        return ok(withRoles(Cloud.fresh(3)), "aws ecr create-repository --repository-name web", "docker build -t web:v1 .",
                "docker tag web:v1 " + REG + "/web:v1", LOGIN, "docker push " + REG + "/web:v1",
                "aws ecs create-cluster --cluster-name demo");
    }
}
