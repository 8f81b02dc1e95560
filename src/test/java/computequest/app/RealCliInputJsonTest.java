package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import computequest.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values the game cannot put on a command line as words (a queue URL, a policy document with newlines) reach the
 * simulated cloud through --cli-input-json; the operations read them as if typed. A fresh tester's real CLI got a
 * NullPointerException from sqs send-message and "invalid Json" for a pretty-printed trust policy file.
 */
class RealCliInputJsonTest {

    static final String TRUST = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": {"Service": "lambda.amazonaws.com"},
                  "Action": "sts:AssumeRole"
                }
              ]
            }
            """;

    @Test
    void typedThroughCliInputJsonTheyWorkAsIfTyped() {
        computequest.sim.Cloud c = computequest.sim.Cloud.fresh(1);
        var queue = computequest.sim.CloudSim.execute(c, "aws sqs create-queue --queue-name q1");
        assertTrue(queue.ok(), queue.output());
        var sent = computequest.sim.CloudSim.execute(queue.cloud(), "aws sqs send-message --message-body hello"
                + " --cli-input-json '{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/q1\"}'");
        assertTrue(sent.ok(), sent.output());
        assertTrue(sent.output().contains("MD5OfMessageBody"), sent.output());
        String doc = new com.google.gson.JsonPrimitive(TRUST).toString();
        var role = computequest.sim.CloudSim.execute(c, "aws iam create-role --role-name r1 --cli-input-json '"
                + "{\"AssumeRolePolicyDocument\":" + doc.replace("'", "'\\''") + "}'");
        assertTrue(role.ok(), role.output());
        assertTrue(role.output().contains("\"RoleName\": \"r1\""), role.output());
        // A flag typed on the line still wins over the same member in --cli-input-json.
        var typed = computequest.sim.CloudSim.execute(queue.cloud(), "aws sqs send-message --queue-url"
                + " https://sqs.us-east-1.amazonaws.com/123456789012/nope --message-body hi"
                + " --cli-input-json '{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/q1\"}'");
        assertTrue(!typed.ok() && typed.output().contains("NonExistentQueue"), typed.output());
    }

    @Test
    void theRealCliSendsThemAndTheGameTakesThem(@TempDir Path dir) throws Exception {
        EndpointHarness.requireRealCli();
        Path trust = dir.resolve("trust.json");
        Files.writeString(trust, TRUST, StandardCharsets.UTF_8);
        Engine engine = SandboxCommand.engine();
        try (EndpointHarness game = new EndpointHarness(engine, engine.start(3), null)) {
            String url = JsonParser.parseString(game.ok("sqs", "create-queue", "--queue-name", "q1"))
                    .getAsJsonObject().get("QueueUrl").getAsString();
            String sent = game.ok("sqs", "send-message", "--queue-url", url, "--message-body", "hello");
            assertEquals("5d41402abc4b2a76b9719d911017c592", JsonParser.parseString(sent).getAsJsonObject()
                    .get("MD5OfMessageBody").getAsString(), sent);
            String role = game.ok("iam", "create-role", "--role-name", "r1", "--assume-role-policy-document",
                    "file://" + trust);
            assertEquals("r1", JsonParser.parseString(role).getAsJsonObject().getAsJsonObject("Role")
                    .get("RoleName").getAsString(), role);
        }
    }
}
