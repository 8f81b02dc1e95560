package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.iam.IamState;
import org.junit.jupiter.api.Test;

/** update-assume-role-policy: the one-step fix for a role made with the wrong trust policy. */
class IamTrustPolicyTest {

    static final String POLICY = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    /** The chapter 4 slip: ecsTaskExecutionRole trusted by EC2, with its policy already attached. */
    static Cloud wrongTrust() {
        return Sim.ok(Cloud.fresh(1),
                "aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust-ec2.json",
                "aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn " + POLICY);
    }

    @Test
    void theDocumentedExamplePrintsNothingAndReplacesTheTrustPolicy() {
        // awscli/examples/iam/update-assume-role-policy.rst: "This command produces no output."
        Cloud c = Sim.ok(Cloud.fresh(1), "aws iam create-role --role-name Test-Role --assume-role-policy-document"
                + " file://trust-ec2.json");
        Outcome o = Sim.run(c, "aws iam update-assume-role-policy --role-name Test-Role --policy-document"
                + " file://trust-lambda.json");
        assertEquals("", o.output().strip());
        String role = Sim.run(o.cloud(), "aws iam get-role --role-name Test-Role").output();
        assertTrue(role.contains("lambda.amazonaws.com") && !role.contains("ec2.amazonaws.com"), role);
    }

    @Test
    void theRoleKeepsItsIdArnAndPolicies() {
        Cloud c = wrongTrust();
        IamState.Role before = c.iam().roles().get("ecsTaskExecutionRole");
        c = Sim.ok(c, "aws iam update-assume-role-policy --role-name ecsTaskExecutionRole --policy-document"
                + " file://trust-ecs-tasks.json");
        IamState.Role after = c.iam().roles().get("ecsTaskExecutionRole");
        assertEquals(before.id(), after.id());
        assertEquals(before.arn(), after.arn());
        assertEquals(before.policies(), after.policies());
        assertTrue(after.trusts("ecs-tasks.amazonaws.com") && !after.trusts("ec2.amazonaws.com"));
    }

    @Test
    void deleteRoleStillRefusesWhileAPolicyIsAttached() {
        String out = Sim.refused(wrongTrust(), "aws iam delete-role --role-name ecsTaskExecutionRole");
        assertTrue(out.contains("(DeleteConflict)") && out.contains("DeleteRole"), out);
    }

    @Test
    void errorsComeFromTheModelsList() {
        Cloud c = wrongTrust();
        String missing = Sim.refused(c, "aws iam update-assume-role-policy --role-name nobody --policy-document"
                + " file://trust-ecs-tasks.json");
        assertTrue(missing.contains("(NoSuchEntity)") && missing.contains("UpdateAssumeRolePolicy"), missing);
        String malformed = Sim.refused(c, "aws iam update-assume-role-policy --role-name ecsTaskExecutionRole"
                + " --policy-document '{not json'");
        assertTrue(malformed.contains("(MalformedPolicyDocument)"), malformed);
        String noDoc = Sim.refused(c, "aws iam update-assume-role-policy --role-name ecsTaskExecutionRole");
        assertTrue(noDoc.contains("--policy-document"), noDoc);
    }

    @Test
    void lambdaAcceptsTheRoleOnceItsTrustIsFixedAndTheRefusalSaysHow() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws iam create-role --role-name lambda-basic --assume-role-policy-document"
                + " file://trust-ec2.json");
        String create = LambdaTest.create("resize", "resize.zip", "");
        String refused = Sim.refused(c, create);
        assertTrue(refused.contains("aws iam update-assume-role-policy --role-name lambda-basic --policy-document"
                + " file://trust-lambda.json"), refused);
        c = Sim.ok(c, "aws iam update-assume-role-policy --role-name lambda-basic --policy-document"
                + " file://trust-lambda.json", create);
        assertEquals(1, Sim.of(c, "function").size());
    }
}
