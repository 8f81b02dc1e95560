package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.endpoint.Endpoint;
import computequest.engine.Engine;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A call from the shell runs now or is refused now: while a turn waits on the player (the editor is open), the real
 * CLI gets the protocol's throttling error at once and nothing runs later, after the CLI has given up.
 */
class EndpointBusyTest {

    @Test
    void whileTheEditorIsOpenACallIsRefusedAtOnceAndNeverRunsLater() throws Exception {
        EndpointHarness.requireRealCli();
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        try (EndpointHarness game = new EndpointHarness(engine, Playtest.start(engine, "ec2-launch", 7), null)) {
            game.typeNoWait("nano notes.txt");
            assertTrue(game.editorOpen.tryAcquire(60, TimeUnit.SECONDS), "the editor opened");
            long start = System.nanoTime();
            EndpointHarness.Ran r = game.aws("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60001",
                    "--instance-type", "t3.micro", "--cli-read-timeout", "20");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(254, r.exit(), r::all);
            assertTrue(r.err().contains("An error occurred (RequestLimitExceeded) when calling the RunInstances"
                    + " operation"), r::all);
            assertTrue(r.err().contains(": The game cannot take calls while the editor is open on notes.txt in the game's"
                    + " window: save or close it there, then run this again. Nothing was run."), r::all);
            assertTrue(seconds < 15, "refused at once, not after the CLI's timeout: " + seconds + " s");
            game.closeEditor();
            game.type("look");
            assertEquals(0, game.state().cloud().instances().size(), "the refused call never ran");
            assertEquals("ec2-launch", game.state().sceneId());
            game.ok("ec2", "run-instances", "--image-id", "ami-0a1b2c3d4e5f60001", "--instance-type", "t3.micro");
            assertEquals(1, game.state().cloud().instances().size(), "with the editor closed, calls run again");
        }
    }

    @Test
    void aCallThatWaitedPastItsClientsPatienceIsNotRun() {
        ShellCalls.refuseAfter(System.nanoTime());
        Endpoint.NotNow late = assertThrows(Endpoint.NotNow.class, () -> ShellCalls.refuseAfter(System.nanoTime()
                - ShellCalls.PATIENCE_NANOS - 1_000_000_000L));
        assertTrue(late.getMessage().contains("so this call was not run: run it again"), late.getMessage());
    }

    @Test
    void atTheStartMenuACallIsRefusedSayingToChooseAGame() throws Exception {
        try (EndpointServer server = EndpointServer.open(0)) {
            String starting = post(server);
            assertTrue(starting.contains("<Code>RequestLimitExceeded</Code><Message>The game is still starting"),
                    starting);
            server.atStartMenu(true);
            String menu = post(server);
            assertTrue(menu.contains("<Code>RequestLimitExceeded</Code><Message>The game is at its start menu:"
                    + " choose a game there first (continue, a new game or a save), then run this again."), menu);
            server.atStartMenu(false);
            assertTrue(post(server).contains("still starting"), "chosen: the game is starting");
        }
    }

    /** An EC2 DescribeInstances, signed as the CLI signs it; the answer's status and body. */
    static String post(EndpointServer server) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/ec2/"
                        + "aws4_request, SignedHeaders=host, Signature=00")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Action=DescribeInstances&Version=2016-11-15"))
                .build();
        var r = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }
}
