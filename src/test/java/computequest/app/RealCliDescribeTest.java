package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.Engine;
import computequest.sim.model.Models;
import computequest.sim.model.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: every simulated service driven with the real AWS CLI's describe and list calls through the endpoint, each
 * answer parsed and compared with what the sandbox prints for the same command typed at its prompt.
 */
class RealCliDescribeTest {

    /** A cloud with something in every simulated service. */
    static final List<String> SETUP = List.of(
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro",
            "aws lightsail create-instances --instance-names blog --availability-zone us-east-1a"
                    + " --blueprint-id wordpress --bundle-id nano_3_0",
            "aws ecr create-repository --repository-name web",
            "aws ecs create-cluster --cluster-name bakery",
            "aws iam create-role --role-name eksClusterRole --assume-role-policy-document file://trust-eks.json",
            "aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
            "aws eks create-cluster --name shop --role-arn arn:aws:iam::123456789012:role/eksClusterRole"
                    + " --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001",
            "aws iam create-role --role-name lambda-basic --assume-role-policy-document file://trust-lambda.json",
            "aws lambda create-function --function-name resize --runtime python3.12 --handler"
                    + " lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic"
                    + " --zip-file fileb://resize.zip",
            "aws s3 mb s3://bakery-cake-photos",
            "echo cake > cake.jpg",
            "aws s3 cp cake.jpg s3://bakery-cake-photos/cakes/cake.jpg",
            "aws dynamodb create-table --table-name orders --attribute-definitions AttributeName=id,AttributeType=S"
                    + " --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST",
            "aws sqs create-queue --queue-name orders",
            "aws events put-rule --name nightly --schedule-expression 'rate(1 day)'",
            "aws apigatewayv2 create-api --name resize-api --protocol-type HTTP --target"
                    + " arn:aws:lambda:us-east-1:123456789012:function:resize",
            "wait 30m");

    /** One describe or list call per simulated service at least. */
    static final List<String> CALLS = List.of(
            "ec2 describe-instances", "ec2 describe-images --owners amazon", "ec2 describe-vpcs",
            "ec2 describe-subnets", "ec2 describe-instance-types --instance-types t3.micro",
            "lightsail get-instances", "lightsail get-bundles",
            "ecr describe-repositories",
            "ecs list-clusters", "ecs describe-clusters --clusters bakery",
            "eks list-clusters", "eks describe-cluster --name shop",
            "lambda list-functions", "lambda get-function-configuration --function-name resize",
            // --no-paginate: paginating, the CLI keeps only the result keys (Contents); this compares the whole answer.
            "s3api list-objects-v2 --bucket bakery-cake-photos --no-paginate", "s3api list-buckets",
            "dynamodb list-tables", "dynamodb describe-table --table-name orders",
            "sqs list-queues",
            "events list-rules",
            "apigatewayv2 get-apis",
            "sts get-caller-identity");

    /** Where Debian's awscli keeps its own (older) service models. */
    static final java.nio.file.Path CLI_MODELS = java.nio.file.Path.of("/usr/lib/python3/dist-packages/awscli/botocore/data");

    /**
     * The CLI's own model's shapes for a service: members the game's newer models (botocore 1.43) have and this CLI's
     * do not (DynamoDB's DeletionProtectionEnabled, Lambda's LoggingConfig...) are never printed by it.
     */
    static JsonObject cliShapes(String service) throws java.io.IOException {
        java.nio.file.Path dir = CLI_MODELS.resolve(service.equals("s3api") ? "s3" : service);
        try (var versions = java.nio.file.Files.list(dir)) {
            java.nio.file.Path version = versions.filter(java.nio.file.Files::isDirectory).sorted()
                    .reduce((a, b) -> b).orElseThrow();
            return JsonParser.parseString(java.nio.file.Files.readString(version.resolve("service-2.json")))
                    .getAsJsonObject().getAsJsonObject("shapes");
        }
    }

    @Test
    void everyServiceAnswersTheRealCliAsTheSandboxPrintsIt() throws Exception {
        EndpointHarness.requireRealCli();
        Engine engine = SandboxCommand.engine();
        try (EndpointHarness game = new EndpointHarness(engine, engine.start(3), null)) {
            for (String line : SETUP) {
                game.type(line);
            }
            List<String> services = new ArrayList<>();
            List<String> mismatches = new ArrayList<>();
            for (String call : CALLS) {
                String[] args = call.split(" ");
                String fromShell = game.ok(args);
                String typed = game.printed("aws " + call.replace(" --no-paginate", "") + " --output json");
                Shape output = Models.service(args[0]).operation(args[1]).output();
                JsonObject cli = cliShapes(args[0]);
                JsonElement real = modelled(JsonParser.parseString(fromShell), output, cli);
                // The sandbox may print teaching extras (an hourly price) that no AWS answer has: only modelled members.
                // Timestamps compare as printed: the CLI v2 prints ISO 8601 for every protocol, and so must the game.
                JsonElement sandbox;
                try {
                    sandbox = modelled(JsonParser.parseString(typed), output, cli);
                } catch (com.google.gson.JsonParseException e) {
                    throw new AssertionError("aws " + call + ": the sandbox printed no JSON:\n" + typed, e);
                }
                if (!sandbox.equals(real)) {
                    mismatches.add("aws " + call + ": the real CLI through the endpoint printed\n" + real
                            + "\nthe sandbox printed\n" + sandbox);
                }
                assertTrue(real.isJsonObject() && real.getAsJsonObject().size() > 0, call);
                if (!services.contains(args[0])) {
                    services.add(args[0]);
                }
            }
            assertEquals(List.of(), mismatches, String.join("\n\n", mismatches));
            assertEquals(List.of("ec2", "lightsail", "ecr", "ecs", "eks", "lambda", "s3api", "dynamodb", "sqs",
                    "events", "apigatewayv2", "sts"), services);
        }
    }

    /**
     * ECR's GetAuthorizationToken through the endpoint: the real CLI reads the token the game sends (expiresAt goes on
     * the wire as epoch seconds and the CLI v2 prints it in ISO 8601, 12 hours after the call on the game's clock),
     * and its own get-login-password, which calls GetAuthorizationToken and prints the password half of the
     * decoded token, prints what the game's get-login-password prints.
     */
    @Test
    void ecrAuthorizationTokenReadsAsTheRealCliExpects() throws Exception {
        EndpointHarness.requireRealCli();
        Engine engine = SandboxCommand.engine();
        try (EndpointHarness game = new EndpointHarness(engine, engine.start(3), null)) {
            game.type("wait 30m");
            JsonObject real = JsonParser.parseString(game.ok("ecr", "get-authorization-token", "--output", "json"))
                    .getAsJsonObject().getAsJsonArray("authorizationData").get(0).getAsJsonObject();
            JsonObject typed = JsonParser.parseString(game.printed("aws ecr get-authorization-token --output json"))
                    .getAsJsonObject().getAsJsonArray("authorizationData").get(0).getAsJsonObject();
            assertEquals(typed.get("authorizationToken"), real.get("authorizationToken"));
            assertEquals(typed.get("proxyEndpoint"), real.get("proxyEndpoint"));
            assertEquals("https://123456789012.dkr.ecr.us-east-1.amazonaws.com", real.get("proxyEndpoint").getAsString());
            java.time.Instant realAt = java.time.OffsetDateTime.parse(real.get("expiresAt").getAsString()).toInstant();
            java.time.Instant typedAt = java.time.OffsetDateTime.parse(typed.get("expiresAt").getAsString()).toInstant();
            // the game's clock moved on by one command between the two calls, and each token counts from its own call
            assertEquals(java.time.Duration.ofSeconds(computequest.sim.CloudSim.SECONDS_PER_COMMAND),
                    java.time.Duration.between(realAt, typedAt), real + " / " + typed);
            String password = game.ok("ecr", "get-login-password").strip();
            assertEquals(game.printed("aws ecr get-login-password").strip(), password);
            assertEquals("AWS:" + password, new String(java.util.Base64.getDecoder().decode(real.get("authorizationToken")
                    .getAsString()), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * The members of an answer that its output shape has and the CLI's own model knows, recursively.
     */
    static JsonElement modelled(JsonElement v, Shape shape, JsonObject cli) {
        if (shape.isStructure() && v.isJsonObject()) {
            JsonObject out = new JsonObject();
            JsonObject old = cli.has(shape.name()) ? cli.getAsJsonObject(shape.name()).getAsJsonObject("members") : null;
            v.getAsJsonObject().entrySet().stream().filter(e -> shape.member(e.getKey()) != null)
                    .filter(e -> old == null || old.has(e.getKey()))
                    .forEach(e -> out.add(e.getKey(), modelled(e.getValue(), shape.member(e.getKey()), cli)));
            return out;
        }
        if (shape.isList() && v.isJsonArray()) {
            JsonArray out = new JsonArray();
            v.getAsJsonArray().forEach(x -> out.add(modelled(x, shape.listMember(), cli)));
            return out;
        }
        if (shape.isMap() && v.isJsonObject()) {
            JsonObject out = new JsonObject();
            v.getAsJsonObject().entrySet().forEach(e -> out.add(e.getKey(), modelled(e.getValue(), shape.mapValue(),
                    cli)));
            return out;
        }
        return v;
    }
}
