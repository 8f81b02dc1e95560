package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a failed invocation returns is Lambda's own message; the game's reading of it (how long the code needs at this
 * memory) is in its report only: a playtester found the game's note inside out.json's errorMessage.
 */
class LambdaErrorMessageTest {

    @Test
    void aTimeoutReturnsLambdasMessageAndTheReportExplainsIt() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), LambdaTest.create("resize", "resize.zip", ""));
        Outcome slow = Sim.run(c, "aws lambda invoke --function-name resize out.json");
        String said = String.join("\n", slow.changes());
        assertTrue(said.contains("out.json now holds: {\"errorMessage\": \"Task timed out after 3.00 seconds\"}"), said);
        assertTrue(said.contains("Task timed out after 3.00 seconds (at 128 MB this code needs about"), said);
    }
}
