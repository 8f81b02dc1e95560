package computequest.sim.eks;

import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.iam.IamService;
import computequest.sim.iam.IamState;
import java.util.List;

/**
 * The IAM roles EKS checks when it is asked to act for you, where EKS checks them and with the errors it gives: the
 * cluster role (create-cluster), the node role (create-nodegroup) and the pod execution role
 * (create-fargate-profile). Each refusal ends with the commands that make the role the course uses.
 */
final class EksRoles {

    static final String CLUSTER_POLICY = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy";
    static final List<String> NODE_POLICIES = List.of("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");
    /** The node policies CreateNodegroup itself insists on; without the CNI policy the nodes cannot give pods IPs. */
    static final List<String> NODE_POLICIES_CHECKED = List.of(NODE_POLICIES.get(0), NODE_POLICIES.get(2));
    static final String POD_EXECUTION_POLICY = "arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy";

    private EksRoles() {
    }

    /** create-cluster's --role-arn: exists, trusts eks.amazonaws.com, has AmazonEKSClusterPolicy. */
    static void checkClusterRole(Cloud cloud, String arn) {
        IamState.Role r = cloud.iam().roleByArn(arn);
        String make = " Make it first: aws iam create-role --role-name " + name(arn) + " --assume-role-policy-document"
                + " file://trust-eks.json, then aws iam attach-role-policy --role-name " + name(arn) + " --policy-arn "
                + CLUSTER_POLICY;
        if (r == null) {
            throw new CliException("InvalidParameterException", "Role with arn: " + arn + ", could not be assumed"
                    + " because it does not exist or the trusted entity is not correct." + make);
        }
        if (!r.trusts("eks.amazonaws.com")) {
            throw new CliException("InvalidParameterException", "Following required service principals"
                    + " [eks.amazonaws.com] were not found in the trust relationships of clusterRole " + arn
                    + ". The cluster role's trust policy must name eks.amazonaws.com; fix it in place with "
                    + IamService.fixTrust(r.name(), "trust-eks.json") + ".");
        }
        if (!r.has(CLUSTER_POLICY)) {
            throw new CliException("InvalidParameterException", missingPolicies(List.of(CLUSTER_POLICY))
                    + " Attach it: aws iam attach-role-policy --role-name " + r.name() + " --policy-arn " + CLUSTER_POLICY);
        }
    }

    /** create-nodegroup's --node-role: exists, trusts ec2.amazonaws.com, has the worker-node and ECR policies. */
    static void checkNodeRole(Cloud cloud, String arn) {
        IamState.Role r = cloud.iam().roleByArn(arn);
        if (r == null || !r.trusts("ec2.amazonaws.com")) {
            throw new CliException("InvalidParameterException", "Following required service principals"
                    + " [ec2.amazonaws.com] were not found in the trust relationships of nodeRole " + arn + "."
                    + (r == null ? " No role of that name exists in this account. Make it: aws iam create-role --role-name "
                    + name(arn) + " --assume-role-policy-document file://trust-ec2.json, then attach "
                    + String.join(", ", NODE_POLICIES.stream().map(EksRoles::name).toList()) + "."
                    : " Worker nodes are EC2 instances, so the role must trust ec2.amazonaws.com; fix it in place with "
                    + IamService.fixTrust(r.name(), "trust-ec2.json") + "."));
        }
        List<String> missing = NODE_POLICIES_CHECKED.stream().filter(p -> !r.has(p)).toList();
        if (!missing.isEmpty()) {
            throw new CliException("InvalidParameterException", missingPolicies(missing) + " Attach each with aws iam"
                    + " attach-role-policy --role-name " + r.name() + " --policy-arn ARN (and AmazonEKS_CNI_Policy, so"
                    + " the nodes can give pods their addresses).");
        }
    }

    /** Whether a node role lacks the CNI policy: its nodes join but stay NotReady, with no pod addresses. */
    static boolean lacksCni(Cloud cloud, String arn) {
        IamState.Role r = cloud.iam().roleByArn(arn);
        return r != null && !r.has(NODE_POLICIES.get(1));
    }

    /** create-fargate-profile: a pod execution role trusted by eks-fargate-pods, and private subnets only. */
    static void checkFargateProfile(Cloud cloud, String arn, List<String> subnets, List<String> clusterSubnets) {
        IamState.Role r = cloud.iam().roleByArn(arn);
        if (r == null || !r.trusts("eks-fargate-pods.amazonaws.com")) {
            throw new CliException("InvalidParameterException", "Misconfigured PodExecutionRole Trust Policy; Please"
                    + " add the eks-fargate-pods.amazonaws.com Service Principal."
                    + (r == null ? " (No role " + name(arn) + " exists in this account.) Make the role with aws iam"
                    + " create-role --role-name " + name(arn) + " --assume-role-policy-document"
                    + " file://trust-eks-fargate-pods.json and attach " + POD_EXECUTION_POLICY + "."
                    : " Fix its trust policy in place with " + IamService.fixTrust(r.name(),
                    "trust-eks-fargate-pods.json") + "."));
        }
        String why = " Fargate pods get no public IP, so a profile takes only private subnets (routed to a NAT"
                + " gateway, with no route to an internet gateway). The default VPC's subnets are all public: a Fargate"
                + " profile needs a VPC with private subnets.";
        for (String s : subnets) {
            if (!isPublic(s)) {
                throw new CliException("InvalidParameterException", "Subnet " + s + " is not a subnet of this"
                        + " account's VPC. The simulated account has only the default VPC, whose subnets are public.");
            }
            if (isPublic(s)) {
                throw new CliException("InvalidParameterException", "Subnet " + s + " provided in Fargate Profile is"
                        + " not a private subnet." + why);
            }
        }
        if (subnets.isEmpty() && clusterSubnets.stream().allMatch(EksRoles::isPublic)) {
            throw new CliException("InvalidParameterException", "No subnets were given, and the subnets provided"
                    + " during cluster creation are all public." + why);
        }
    }

    /** The default VPC's subnets route to its internet gateway: every one is public. */
    static boolean isPublic(String subnet) {
        return Catalog.ZONES.stream().anyMatch(z -> Catalog.subnetId(z).equals(subnet));
    }

    private static String missingPolicies(List<String> arns) {
        return "The provided role doesn't have the Amazon EKS Managed Policies associated with it. Please ensure the"
                + " following policies [" + String.join(", ", arns) + "] are attached.";
    }

    private static String name(String arn) {
        return arn == null ? "" : arn.substring(arn.lastIndexOf('/') + 1);
    }
}
