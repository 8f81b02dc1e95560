package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ECR's docker login: the password from get-login-password goes with the user name AWS, exactly. */
class EcrLoginUserTest {

    static final String REG = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
    static final String PIPE = "aws ecr get-login-password --region us-east-1 | docker login ";

    @Test
    void theUserNameAwsInCapitalsLogsIn() {
        for (String user : new String[] {"--username AWS", "-u AWS", "--username=AWS"}) {
            Cloud c = Sim.ok(Cloud.fresh(1), PIPE + user + " --password-stdin " + REG);
            assertTrue(c.ecr().loggedIn(), user);
        }
    }

    @Test
    void anyOtherUserNameIsUnauthorized() {
        // The playtester's lowercase name; registries that lowercase it fail ECR logins with 401.
        for (String user : new String[] {"--username aws", "-u Aws", "--username admin"}) {
            String out = Sim.refused(Cloud.fresh(1), PIPE + user + " --password-stdin " + REG);
            assertTrue(out.contains("failed with status: 401 Unauthorized") && out.contains("--username AWS"), out);
        }
    }

    @Test
    void passwordStdinNeedsAUserName() {
        String out = Sim.refused(Cloud.fresh(1), PIPE + "--password-stdin " + REG);
        assertTrue(out.contains("Must provide --username with --password-stdin"), out);
    }
}
