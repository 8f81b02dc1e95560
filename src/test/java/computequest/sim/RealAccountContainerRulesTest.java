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
    static final String VPC = " --resources-vpc-config subnetIds=subnet-0defa0000000000001,subnet-0defb0000000000001";
    static final String CLUSTER = "aws eks create-cluster --name shop --role-arn " + ACCOUNT_ROLE + "eksClusterRole" + VPC;
    static final String NODES = "aws eks create-nodegroup --cluster-name shop --nodegroup-name workers --node-role "
            + ACCOUNT_ROLE + "eksNodeRole --subnets subnet-0defa0000000000001 subnet-0defb0000000000001"
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
        Outcome pub = failing(c, profile + " --subnets subnet-0defa0000000000001", "InvalidParameterException");
        assertTrue(pub.output().contains("Subnet subnet-0defa0000000000001 provided in Fargate Profile is not a private"
                + " subnet"), pub.output());
        Outcome inherited = failing(c, profile, "InvalidParameterException");
        assertTrue(inherited.output().contains("No subnets were given, and the subnets provided during cluster creation"
                + " are all public"), inherited.output());
    }
}
