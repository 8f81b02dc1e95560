package computequest.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import computequest.sim.model.Models;
import computequest.sim.model.OperationModel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real AWS CLI's client-side formatting as the oracle for --output and --query: a tiny HTTP server on 127.0.0.1
 * answers with a documented response (awscli/examples), the real {@code aws} prints it, and the game must print the same
 * answer byte for byte. Skipped, with a message, when {@code aws} is not installed.
 */
class OutputOracleTest {

    /** From awscli/examples/ecs/describe-clusters.rst, with a second cluster and a nested list to exercise tables. */
    private static final String CLUSTERS = """
            {"clusters": [
              {"status": "ACTIVE", "clusterName": "default", "registeredContainerInstancesCount": 0,
               "pendingTasksCount": 0, "runningTasksCount": 0, "activeServicesCount": 1,
               "clusterArn": "arn:aws:ecs:us-west-2:123456789012:cluster/default"},
              {"clusterArn": "arn:aws:ecs:af-south-1:123456789222:cluster/sampleCluster", "clusterName": "sampleCluster",
               "status": "ACTIVE", "registeredContainerInstancesCount": 0, "runningTasksCount": 0, "pendingTasksCount": 0,
               "activeServicesCount": 0, "statistics": [], "tags": [{"key": "team", "value": "web"}],
               "capacityProviders": ["sampleCapacityProvider"]}],
             "failures": []}""";

    @Test
    void jsonTextTableAndQueryPrintAsTheRealCliPrintsThem() throws Exception {
        Assumptions.assumeTrue(RealAws.installed(), "the real aws CLI is not installed: output comparison skipped");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = CLUSTERS.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            OperationModel op = Models.service("ecs").operation("describe-clusters");
            JsonElement answer = Shaper.order(JsonParser.parseString(CLUSTERS), op.output());
            List<String[]> cases = List.of(new String[] {"json", null}, new String[] {"text", null},
                    new String[] {"table", null}, new String[] {"text", "clusters[].clusterName"},
                    new String[] {"table", "clusters[].[clusterName,status]"},
                    new String[] {"json", "clusters[?activeServicesCount > `0`].clusterArn | [0]"});
            List<String> problems = new ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (String[] c : cases) {
                answers.add(pool.submit(() -> aws(port, c[0], c[1])));
            }
            pool.shutdown();
            for (int i = 0; i < cases.size(); i++) {
                String[] c = cases.get(i);
                String real = answers.get(i).get();
                String game = Output.render(answer, c[0], c[1], "DescribeClusters");
                if (!real.equals(game)) {
                    problems.add("--output " + c[0] + (c[1] == null ? "" : " --query " + c[1]) + "\nreal:\n" + real
                            + "\ngame:\n" + game);
                }
            }
            assertEquals("", String.join("\n\n", problems));
        } finally {
            server.stop(0);
        }
    }

    private static String aws(int port, String output, String query) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("aws", "ecs", "describe-clusters", "--clusters", "default",
                "--endpoint-url", "http://127.0.0.1:" + port, "--output", output, "--region", "us-east-1"));
        if (query != null) {
            cmd.add("--query");
            cmd.add(query);
        }
        String out = RealAws.run(cmd);
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }
}
