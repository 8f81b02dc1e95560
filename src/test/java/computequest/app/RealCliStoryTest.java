package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.sim.Catalog;
import computequest.story.StoryParser;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's story test: chapter 1's launch, stop-hibernate and terminate scenes and an ECS scene, played with the real
 * AWS CLI (Debian's awscli 2.9) against the game's endpoint; the story advances as it does for typed commands.
 */
class RealCliStoryTest {

    private static Engine engine;

    @BeforeAll
    static void story() throws java.io.IOException {
        EndpointHarness.requireRealCli();
        engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
    }

    private static EndpointHarness from(String scene) throws Exception {
        return new EndpointHarness(engine, Playtest.start(engine, scene, 7), null);
    }

    @Test
    void launchStopHibernateAndTerminateWithTheRealCli() throws Exception {
        try (EndpointHarness game = from("ec2-launch")) {
            String out = game.ok("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60001",
                    "--instance-type", "t3.micro", "--key-name", "bakery");
            String id = JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("Instances").get(0)
                    .getAsJsonObject().get("InstanceId").getAsString();
            assertEquals("ec2-pending", game.state().sceneId(), "run-instances from the shell launches the scene's goal");
            assertTrue(game.shown.stream().anyMatch(e -> e instanceof Event.Feedback f
                    && f.text().equals("aws ec2 run-instances, from your shell")), "the story pane names the call");
            assertTrue(game.state().cloud().instances().containsKey(id));
        }
        try (EndpointHarness game = from("ec2-hibernate-intro")) {
            game.ok("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60001", "--instance-type", "t3.micro",
                    "--key-name", "bakery", "--hibernation-options", "Configured=true", "--block-device-mappings",
                    "DeviceName=/dev/xvda,Ebs={Encrypted=true}");
            game.type("wait 60");
            assertEquals("ec2-hibernate", game.state().sceneId());
            var instance = game.state().cloud().instances().values().stream()
                    .filter(i -> i.hibernationConfigured() && i.state().apiName().equals("running"))
                    .findFirst().orElseThrow();
            String id = instance.instanceId();
            game.type("ssh -i bakery.pem ec2-user@" + instance.publicIp() + " 'echo half-done order batch > /dev/shm/batch'");
            String stopped = game.ok("ec2", "stop-instances", "--instance-ids", id, "--hibernate");
            JsonObject change = JsonParser.parseString(stopped).getAsJsonObject().getAsJsonArray("StoppingInstances")
                    .get(0).getAsJsonObject();
            assertEquals("stopping", change.getAsJsonObject("CurrentState").get("Name").getAsString());
            game.type("wait 300"); // the CLI's own waiter polls every 15 s of real time; the game's clock is simulated
            assertEquals("ec2-resume", game.state().sceneId(), () -> "hibernated from the shell, with the batch in RAM\n"
                    + game.transcript());
        }
        try (EndpointHarness game = from("ec2-terminate")) {
            String ids = game.ok("ec2", "describe-instances", "--filters", "Name=instance-state-name,Values=running,"
                    + "stopped,pending", "--query", "Reservations[].Instances[].InstanceId", "--output", "text");
            String[] words = ids.strip().split("\\s+");
            assertTrue(words.length >= 2, "the scene's setup leaves instances to clean up: " + ids);
            String[] args = new String[3 + words.length];
            args[0] = "ec2";
            args[1] = "terminate-instances";
            args[2] = "--instance-ids";
            System.arraycopy(words, 0, args, 3, words.length);
            game.ok(args);
            game.type("wait 120");
            assertEquals("ec2-terminate", game.state().sceneId(), "port 80 is still open to the world");
            game.ok("ec2", "revoke-security-group-ingress", "--group-id", Catalog.DEFAULT_SECURITY_GROUP, "--protocol",
                    "tcp", "--port", "80", "--cidr", "0.0.0.0/0");
            game.type("look");
            assertEquals("ec2-done", game.state().sceneId(), "terminated and revoked from the shell");
        }
    }

    @Test
    void aScenesReactionsFireForCallsFromTheShell() throws Exception {
        try (EndpointHarness game = from("ec2-launch")) {
            game.ok("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60003", "--instance-type", "t3.micro",
                    "--key-name", "bakery");
            assertTrue(game.transcript().contains("That is the Windows image."), game::transcript);
        }
    }

    @Test
    void s3UploadsFromTheShellFireTheBucketsTrigger(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (EndpointHarness game = from("lam-alone")) {
            game.ok("lambda", "add-permission", "--function-name", "resize", "--statement-id", "s3-invoke", "--action",
                    "lambda:InvokeFunction", "--principal", "s3.amazonaws.com", "--source-arn",
                    "arn:aws:s3:::bakery-cake-photos");
            game.ok("s3api", "put-bucket-notification-configuration", "--bucket", "bakery-cake-photos",
                    "--notification-configuration", "{\"LambdaFunctionConfigurations\": [{\"LambdaFunctionArn\":"
                            + " \"arn:aws:lambda:us-east-1:123456789012:function:resize\", \"Events\":"
                            + " [\"s3:ObjectCreated:*\"]}]}");
            assertTrue(game.transcript().contains("The originals bucket now calls resize on every new object."),
                    game::transcript);
            Path photo = java.nio.file.Files.writeString(dir.resolve("birthday.jpg"), "not really a jpeg");
            game.ok("s3", "cp", photo.toString(), "s3://bakery-cake-photos/gallery/birthday.jpg");
            assertTrue(game.transcript().contains("resize (S3 event s3:ObjectCreated:Put for gallery/birthday.jpg"),
                    game::transcript);
            assertTrue(game.transcript().contains("aws s3 cp, from your shell"), "the CLI's own command names it");
            assertTrue(game.ok("s3", "ls", "s3://bakery-cake-photos/gallery/").contains("17 birthday.jpg"));
        }
    }

    @Test
    void anEcsSceneWithTheRealCli() throws Exception {
        try (EndpointHarness game = from("ecs-capacity")) {
            game.ok("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60004", "--instance-type", "t3.medium",
                    "--count", "2", "--iam-instance-profile", "Name=ecsInstanceRole", "--user-data",
                    "#!/bin/bash\necho ECS_CLUSTER=bakery >> /etc/ecs/ecs.config");
            game.type("wait 60");
            assertEquals("ecs-taskdef", game.state().sceneId(), () -> "user data (base64 on the wire) joins the cluster\n"
                    + game.transcript());
            java.nio.file.Path file = java.nio.file.Files.createTempFile("taskdef", ".json");
            java.nio.file.Files.writeString(file, "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\","
                    + " \"image\": \"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1\", \"cpu\": 256,"
                    + " \"memory\": 512, \"portMappings\": [{\"containerPort\": 80, \"hostPort\": 0}]}]}");
            try {
                game.ok("ecs", "register-task-definition", "--cli-input-json", "file://" + file);
            } finally {
                java.nio.file.Files.delete(file);
            }
            assertEquals("ecs-task", game.state().sceneId());
            String run = game.ok("ecs", "run-task", "--cluster", "bakery", "--task-definition", "web",
                    "--launch-type", "EC2");
            assertTrue(run.contains("\"taskArn\""), run);
            game.type("wait");
            assertEquals("ecs-task-stop", game.state().sceneId());
            String tasks = game.ok("ecs", "list-tasks", "--cluster", "bakery", "--query", "taskArns[0]",
                    "--output", "text");
            assertTrue(tasks.strip().startsWith("arn:aws:ecs:us-east-1:123456789012:task/bakery/"), tasks);
        }
    }

    @Test
    void undoAndSavesCoverCallsFromTheShell(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var first = Playtest.start(engine, "ec2-launch", 7);
        SaveSession saves = SaveSession.newGame(engine, new computequest.save.SaveStore(dir), java.time.Clock.systemUTC(),
                first.state());
        try (EndpointHarness game = new EndpointHarness(engine, first, saves)) {
            String out = game.ok("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60001", "--instance-type",
                    "t3.micro", "--key-name", "bakery", "--query", "Instances[0].InstanceId", "--output", "text");
            String id = out.strip();
            assertTrue(game.state().cloud().instances().containsKey(id));
            game.type("undo");
            assertTrue(!game.state().cloud().instances().containsKey(id), () -> "undo takes the call back\n"
                    + game.transcript());
            assertEquals("ec2-launch", game.state().sceneId());
            String again = game.ok("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60001", "--instance-type",
                    "t3.micro", "--key-name", "bakery", "--query", "Instances[0].InstanceId", "--output", "text").strip();
            game.type("save mine");
            String saved = java.nio.file.Files.readString(dir.resolve("mine.json"));
            assertTrue(saved.contains(again), "the save holds the instance launched from the shell");
        }
    }

    @Test
    void lambdaPackagesAndInvokesFromTheShell(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path zip = dir.resolve("function.zip");
        try (var z = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("lambda_function.py"));
            z.write("def lambda_handler(event, context):\n    return event\n".getBytes());
        }
        Engine sandbox = SandboxCommand.engine();
        try (EndpointHarness game = new EndpointHarness(sandbox, sandbox.start(2), null)) {
            String role = "arn:aws:iam::123456789012:role/lambda-basic";
            game.ok("iam", "create-role", "--role-name", "lambda-basic", "--assume-role-policy-document",
                    "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
                            + " {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}");
            assertEquals("\"Pending\"", game.ok("lambda", "create-function", "--function-name", "hello", "--runtime",
                    "python3.12", "--handler", "lambda_function.lambda_handler", "--role", role, "--zip-file",
                    "fileb://" + zip, "--query", "State").strip(), "a zip from the shell runs as the sample it is named for,"
                    + " and is Pending at first, as in AWS");
            assertEquals("", game.ok("lambda", "wait", "function-active-v2", "--function-name", "hello").strip(),
                    "the real CLI's waiter polls get-function until the function is Active");
            EndpointHarness.Ran other = game.aws("lambda", "create-function", "--function-name", "mine", "--runtime",
                    "python3.12", "--handler", "x.y", "--role", role, "--zip-file", "fileb://" + zip);
            assertTrue(other.exit() != 0 && other.err().contains("mine.zip"), other::all);
            Path out = dir.resolve("out.json");
            String meta = game.ok("lambda", "invoke", "--function-name", "hello", "--cli-binary-format",
                    "raw-in-base64-out", "--payload", "{\"name\":\"Ana\"}", out.toString());
            assertEquals(200, JsonParser.parseString(meta).getAsJsonObject().get("StatusCode").getAsInt());
            String written = java.nio.file.Files.readString(out);
            assertTrue(game.state().laptop().read(computequest.endpoint.CliLine.INVOKE_OUTFILE)
                    .orElseThrow().strip().equals(written.strip()), written);
        }
    }
}
