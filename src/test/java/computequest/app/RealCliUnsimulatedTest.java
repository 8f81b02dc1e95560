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
}
