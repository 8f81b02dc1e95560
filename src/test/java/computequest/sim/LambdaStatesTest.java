package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.sim.lambda.FunctionStates;
import computequest.sim.lambda.ServerlessState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A function's State and LastUpdateStatus, as the Lambda Developer Guide's "Lambda function states" describes them:
 * Pending after create-function, then Active; InProgress after an update, then Successful; what is refused meanwhile.
 */
class LambdaStatesTest {

    static final String CREATE = LambdaTest.create("hello", "hello.zip", "");
    static final String INVOKE = "aws lambda invoke --function-name hello out.json";

    static JsonObject json(Outcome o) {
        return JsonParser.parseString(o.output()).getAsJsonObject();
    }

    static Cloud created() {
        return Sim.ok(Sim.withRoles(Cloud.fresh(1)), CREATE);
    }

    @Test
    void createFunctionAnswersPendingWithLambdasReason() {
        JsonObject f = json(Sim.run(Sim.withRoles(Cloud.fresh(1)), CREATE));
        assertEquals("Pending", f.get("State").getAsString());
        assertEquals("The function is being created.", f.get("StateReason").getAsString());
        assertEquals("Creating", f.get("StateReasonCode").getAsString());
        assertFalse(f.has("LastUpdateStatus"), "a function being created has no update status yet: " + f);
        assertEquals("Pending", Sim.of(created(), "function").get(0).attr("state"));
    }

    @Test
    void whilePendingInvokeUpdatesAndPublishAreRefusedWithResourceConflict() {
        Cloud c = created();
        for (String cmd : List.of(INVOKE,
                "aws lambda update-function-configuration --function-name hello --memory-size 256",
                "aws lambda update-function-code --function-name hello --zip-file fileb://report.zip",
                "aws lambda publish-version --function-name hello")) {
            Outcome o = CloudSim.execute(c, cmd);
            assertFalse(o.ok(), cmd);
            assertEquals("ResourceConflictException", o.errorCode(), cmd);
            assertTrue(o.output().contains("The operation cannot be performed at this time. The function is currently"
                    + " in the following state: Pending"), o.output());
            assertTrue(o.output().contains("aws lambda wait function-active-v2 --function-name hello"), o.output());
            assertTrue(o.cloud() == c, "a refused call changes nothing");
        }
        assertEquals("Pending", json(Sim.run(c, "aws lambda get-function --function-name hello"))
                .getAsJsonObject("Configuration").get("State").getAsString(), "reading it is allowed");
    }

    @Test
    void itTurnsActiveAfterAFewSecondsAndSaysSo() {
        Outcome later = CloudSim.advance(created(), FunctionStates.CREATE_SECONDS);
        assertTrue(later.changes().stream().anyMatch(s -> s.contains("hello is Active")), later.changes().toString());
        JsonObject conf = json(Sim.run(later.cloud(), "aws lambda get-function-configuration --function-name hello"));
        assertEquals("Active", conf.get("State").getAsString());
        assertEquals("Successful", conf.get("LastUpdateStatus").getAsString());
        assertFalse(conf.has("StateReasonCode"), conf.toString());
        assertTrue(Sim.run(later.cloud(), INVOKE).output().contains("\"StatusCode\": 200"));
        assertFalse(CloudSim.advance(created(), FunctionStates.CREATE_SECONDS - 1).changes().stream()
                .anyMatch(s -> s.contains("is Active")), "not before its time");
    }

    @Test
    void aPlayersNextCommandFindsTheFunctionActive() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), CREATE);
        assertTrue(FunctionStates.CREATE_SECONDS <= CloudSim.SECONDS_PER_COMMAND);
        assertTrue(Sim.run(c, INVOKE).output().contains("\"StatusCode\": 200"));
    }

    @Test
    void theV2WaiterPollsEverySecondUntilActive() {
        Cloud c = created();
        long before = c.clock();
        Outcome o = Sim.run(c, "aws lambda wait function-active-v2 --function-name hello");
        assertEquals("", o.output());
        assertEquals(before + FunctionStates.CREATE_SECONDS, o.cloud().clock(), "botocore's delay for it is 1 s");
        assertTrue(o.changes().stream().anyMatch(s -> s.contains("function-active-v2 holds after 3 checks")),
                o.changes().toString());
        assertTrue(Sim.run(o.cloud(), INVOKE).output().contains("\"StatusCode\": 200"));
    }

    @Test
    void anUpdateIsInProgressThenSuccessfulAndCallsMeanwhileRunTheOldConfiguration() {
        Cloud c = Sim.wait(created(), FunctionStates.CREATE_SECONDS);
        Outcome update = Sim.run(c, "aws lambda update-function-configuration --function-name hello --memory-size 512");
        JsonObject f = json(update);
        assertEquals("Active", f.get("State").getAsString());
        assertEquals("InProgress", f.get("LastUpdateStatus").getAsString());
        assertEquals("Creating", f.get("LastUpdateStatusReasonCode").getAsString(), "what Lambda really prints");
        assertEquals(512, f.get("MemorySize").getAsInt(), "the answer shows the new configuration");
        c = update.cloud();

        Outcome second = CloudSim.execute(c, "aws lambda update-function-code --function-name hello --zip-file"
                + " fileb://report.zip");
        assertEquals("ResourceConflictException", second.errorCode());
        assertTrue(second.output().contains("An update is in progress for resource: " + LambdaTest.ARN + "hello"),
                second.output());
        assertTrue(second.output().contains("aws lambda wait function-updated-v2"), second.output());

        Outcome meanwhile = Sim.run(c, INVOKE);
        assertTrue(String.join("\n", meanwhile.changes()).contains("Memory Size: 128 MB"),
                "calls during an update still run the old configuration: " + meanwhile.changes());
        assertEquals("512", Sim.of(meanwhile.cloud(), "function").get(0).attr("memory"));

        Outcome waited = Sim.run(meanwhile.cloud(), "aws lambda wait function-updated-v2 --function-name hello");
        assertTrue(waited.changes().stream().anyMatch(s -> s.contains("the update is done")), waited.changes().toString());
        assertEquals("Successful", Sim.of(waited.cloud(), "function").get(0).attr("last-update"));
        Outcome after = Sim.run(waited.cloud(), INVOKE);
        String report = String.join("\n", after.changes());
        assertTrue(report.contains("Memory Size: 512 MB") && report.contains("COLD start"),
                "the new configuration runs in a fresh environment: " + report);
        assertTrue(Sim.ok(waited.cloud(), "aws lambda publish-version --function-name hello") != null);
    }

    @Test
    void aFunctionFromASaveWithoutStatesIsActiveAndUpdated() {
        ServerlessState.Function old = new ServerlessState.Function("f", "python3.12", "h", "r", "hello.zip", 128, 3,
                "x86_64", -1, 0, 0, "", 0, 0, -1, "", 0, List.of(), null, null, 0, null);
        assertEquals("Active", old.state());
        assertEquals("Successful", old.lastUpdateStatus());
        assertFalse(old.busy());
    }
}
