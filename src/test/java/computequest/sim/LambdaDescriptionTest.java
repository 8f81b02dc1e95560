package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * A function's Description is kept and shown, as in botocore's documented Lambda examples
 * ({@code lambda/2015-03-31/examples-1.json}): CreateFunction with {@code "Description": "Process image objects from
 * Amazon S3."} answers that Description, and GetFunction of the same function shows it in
 * {@code Configuration.Description}; UpdateFunctionConfiguration takes a Description member too.
 */
class LambdaDescriptionTest {

    private static final String DOCUMENTED = "Process image objects from Amazon S3.";

    private static JsonObject json(Cloud c, String cmd) {
        return JsonParser.parseString(Sim.run(c, cmd).output()).getAsJsonObject();
    }

    private static String described(Cloud c) {
        String get = json(c, "aws lambda get-function --function-name my-function").getAsJsonObject("Configuration")
                .get("Description").getAsString();
        assertEquals(get, json(c, "aws lambda get-function-configuration --function-name my-function")
                .get("Description").getAsString());
        assertEquals(get, json(c, "aws lambda list-functions").getAsJsonArray("Functions").get(0).getAsJsonObject()
                .get("Description").getAsString());
        return get;
    }

    @Test
    void createFunctionKeepsItsDescription() {
        Cloud c = Sim.withRoles(Cloud.fresh(1));
        Outcome o = Sim.run(c, LambdaTest.create("my-function", "hello.zip", " --description '" + DOCUMENTED + "'"));
        assertEquals(DOCUMENTED, JsonParser.parseString(o.output()).getAsJsonObject().get("Description").getAsString());
        assertEquals(DOCUMENTED, described(o.cloud()));
        Cloud plain = Sim.ok(Sim.withRoles(Cloud.fresh(1)), LambdaTest.create("my-function", "hello.zip", ""));
        assertEquals("", described(plain), "the documented list-functions shows \"Description\": \"\" when none was given");
    }

    @Test
    void updateFunctionConfigurationChangesItAndOtherUpdatesKeepIt() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), LambdaTest.create("my-function", "hello.zip", ""));
        Outcome o = Sim.run(c, "aws lambda update-function-configuration --function-name my-function --description '"
                + DOCUMENTED + "'");
        assertEquals(DOCUMENTED, JsonParser.parseString(o.output()).getAsJsonObject().get("Description").getAsString());
        c = Sim.wait(o.cloud(), 30);
        assertEquals(DOCUMENTED, described(c));
        c = Sim.played(c, "aws lambda update-function-configuration --function-name my-function --memory-size 256");
        c = Sim.wait(c, 30);
        assertEquals(DOCUMENTED, described(c), "an update that does not name --description keeps it");
        c = Sim.played(c, "aws lambda update-function-configuration --function-name my-function --description ''");
        assertEquals("", described(Sim.wait(c, 30)), "an empty --description clears it (the model's min is 0)");
    }

    @Test
    void aDescriptionLongerThanTheModelsMaximumIsRefused() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), LambdaTest.create("my-function", "hello.zip", ""));
        String out = Sim.refused(c, "aws lambda update-function-configuration --function-name my-function"
                + " --description " + "x".repeat(257));
        assertEquals(true, out.contains("256"), out);
    }
}
