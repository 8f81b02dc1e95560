package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * A service the game does not simulate is refused in the protocol its model uses (query: an XML error document; REST-XML:
 * XML; JSON and REST-JSON: JSON), so the real CLI prints the game's message instead of failing to parse it.
 */
class RealCliUnsimulatedTest {

    @Test
    void eachProtocolsClientReadsTheRefusal() throws Exception {
        EndpointHarness.requireRealCli();
        Engine engine = SandboxCommand.engine();
        try (EndpointHarness game = new EndpointHarness(engine, engine.start(5), null)) {
            for (String[] call : new String[][] {{"rds", "describe-db-instances", "DescribeDBInstances", "rds"},
                    {"cloudwatch", "list-metrics", "ListMetrics", "monitoring"},
                    {"route53", "list-hosted-zones", "ListHostedZones", "route53"},
                    {"kms", "list-keys", "ListKeys", "kms"},
                    {"batch", "describe-compute-environments", "DescribeComputeEnvironments", "batch"}}) {
                EndpointHarness.Ran r = game.aws(call[0], call[1]);
                assertEquals(254, r.exit(), r::all);
                assertTrue(r.err().contains("An error occurred (UnrecognizedClientException) when calling the "
                        + call[2] + " operation"), r::all);
                assertTrue(r.err().contains(": This game's cloud does not simulate the '" + call[3] + "' service. It"
                        + " simulates apigatewayv2, dynamodb, ec2, ecr, ecs, eks, elbv2, events, iam, lambda, lightsail,"
                        + " logs, s3api, sqs and sts; at the game's prompt, 'aws help' says more."), r::all);
            }
            assertEquals(0, game.state().cloud().instances().size());
        }
    }

    @Test
    void anUnsimulatedOperationsHintPointsAtTheGamesPrompt() throws Exception {
        EndpointHarness.requireRealCli();
        Engine engine = SandboxCommand.engine();
        try (EndpointHarness game = new EndpointHarness(engine, engine.start(5), null)) {
            EndpointHarness.Ran r = game.aws("ec2", "describe-vpn-gateways");
            assertEquals(254, r.exit(), r::all);
            assertTrue(r.err().contains("At the game's prompt, type 'aws ec2 help' for the ones it does."), r::all);
            assertTrue(!r.err().contains("Type 'aws"), "no bare hint the player's own shell answers otherwise: "
                    + r.all());
            assertTrue(game.transcript().contains("Type 'aws ec2 help'"), "the game's own window keeps its wording: "
                    + game.transcript());
        }
        assertEquals("Did you mean x? At the game's prompt, type 'aws ec2 run-instances help' for its parameters (or"
                + " at the game's prompt, type 'hint').", ShellCalls.forTheShell("Did you mean x? Type 'aws ec2"
                + " run-instances help' for its parameters (or type 'hint')."));
        assertEquals("Type 'ls' here.", ShellCalls.forTheShell("Type 'ls' here."), "only the game's own commands");
    }

    @Test
    void aCborClientGetsACborRefusal() {
        computequest.endpoint.WireResponse r = new computequest.endpoint.Endpoint().handle(
                new computequest.endpoint.WireRequest("POST", "/service/GraniteServiceVersion20100801/operation/ListMetrics",
                        "", java.util.Map.of("Authorization", EndpointFuzzTest.auth("monitoring"), "smithy-protocol",
                        "rpc-v2-cbor"), new byte[] {(byte) 0xA0}), call -> {
                    throw new AssertionError("an unsimulated service never reaches the game");
                });
        byte[] b = r.body();
        assertEquals(0xA2, b[0] & 0xFF, "a CBOR map of two pairs");
        assertEquals(0x66, b[1] & 0xFF, "a text of 6 bytes");
        assertEquals("__type", new String(b, 2, 6, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("rpc-v2-cbor", r.headers().get("smithy-protocol"));
        assertEquals(400, r.status());
    }
}
