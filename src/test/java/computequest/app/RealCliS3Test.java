package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S3 from the player's shell with the real CLI 2.9: removing objects and buckets. */
class RealCliS3Test {

    @Test
    void rmAndRbFromTheShellWithS3sRules(@TempDir Path dir) throws Exception {
        EndpointHarness.requireRealCli();
        Engine engine = SandboxCommand.engine();
        try (EndpointHarness game = new EndpointHarness(engine, engine.start(5), null)) {
            Path photo = Files.writeString(dir.resolve("cake.jpg"), "not really a jpeg");
            game.ok("s3", "mb", "s3://cake-photos-1234");
            game.ok("s3", "cp", photo.toString(), "s3://cake-photos-1234/gallery/cake.jpg");
            game.ok("s3", "cp", photo.toString(), "s3://cake-photos-1234/gallery/pie.jpg");
            game.ok("s3", "cp", photo.toString(), "s3://cake-photos-1234/menu.jpg");

            EndpointHarness.Ran rb = game.aws("s3", "rb", "s3://cake-photos-1234");
            assertEquals(1, rb.exit(), rb::all);
            assertTrue(rb.err().contains("remove_bucket failed: s3://cake-photos-1234 An error occurred"
                    + " (BucketNotEmpty) when calling the DeleteBucket operation"), rb::all);
            assertTrue(rb.err().contains(": The bucket you tried to delete is not empty: it holds 3 objects."),
                    rb::all);
            EndpointHarness.Ran api = game.aws("s3api", "delete-bucket", "--bucket", "cake-photos-1234");
            assertEquals(254, api.exit(), api::all);
            assertTrue(api.err().contains("(BucketNotEmpty) when calling the DeleteBucket operation"), api::all);

            assertEquals("delete: s3://cake-photos-1234/menu.jpg", game.ok("s3", "rm",
                    "s3://cake-photos-1234/menu.jpg").strip());
            game.ok("s3api", "delete-object", "--bucket", "cake-photos-1234", "--key", "gallery/pie.jpg");
            game.ok("s3api", "delete-object", "--bucket", "cake-photos-1234", "--key", "gallery/pie.jpg");
            assertEquals(java.util.Set.of("gallery/cake.jpg"), game.state().cloud().serverless().buckets()
                    .get("cake-photos-1234").objects().keySet());
            String forced = game.ok("s3", "rb", "s3://cake-photos-1234", "--force");
            assertTrue(forced.contains("delete: s3://cake-photos-1234/gallery/cake.jpg"), forced);
            assertTrue(forced.contains("remove_bucket: cake-photos-1234"), forced);
            assertFalse(game.state().cloud().serverless().buckets().containsKey("cake-photos-1234"));

            game.ok("s3", "mb", "s3://cake-photos-1234");
            game.ok("s3api", "delete-bucket", "--bucket", "cake-photos-1234");
            assertTrue(game.state().cloud().serverless().buckets().isEmpty());
            EndpointHarness.Ran gone = game.aws("s3api", "delete-bucket", "--bucket", "cake-photos-1234");
            assertTrue(gone.err().contains("(NoSuchBucket) when calling the DeleteBucket operation"), gone::all);
        }
    }

    @Test
    void realPhotosUploadWholeAndInPartsAndTheNotificationFiresOnce(@TempDir Path dir) throws Exception {
        EndpointHarness.requireRealCli();
        Engine engine = new Engine(computequest.story.StoryParser.parseDirectory(Path.of("story")).story());
        try (EndpointHarness game = new EndpointHarness(engine, Playtest.start(engine, "lam-alone", 7), null)) {
            game.ok("lambda", "add-permission", "--function-name", "resize", "--statement-id", "s3-invoke", "--action",
                    "lambda:InvokeFunction", "--principal", "s3.amazonaws.com", "--source-arn",
                    "arn:aws:s3:::bakery-cake-photos");
            game.ok("s3api", "put-bucket-notification-configuration", "--bucket", "bakery-cake-photos",
                    "--notification-configuration", "{\"LambdaFunctionConfigurations\": [{\"LambdaFunctionArn\":"
                            + " \"arn:aws:lambda:us-east-1:123456789012:function:resize\", \"Events\":"
                            + " [\"s3:ObjectCreated:*\"]}]}");
            Path small = dir.resolve("birthday.jpg");
            Files.write(small, new byte[2_000_000]);
            game.ok("s3", "cp", small.toString(), "s3://bakery-cake-photos/birthday.jpg");
            Path large = dir.resolve("wedding.jpg");
            Files.write(large, new byte[10 << 20]);
            int before = game.shown.size();
            String out = game.ok("s3", "cp", large.toString(), "s3://bakery-cake-photos/wedding.jpg");
            assertTrue(out.contains("upload: "), out);
            var objects = game.state().cloud().serverless().buckets().get("bakery-cake-photos").objects();
            assertEquals(2_000_000L, objects.get("birthday.jpg"), "the photo's own size");
            assertEquals(10L << 20, objects.get("wedding.jpg"), "the sum of its parts (8 MiB and 2 MiB)");
            String after;
            synchronized (game.shown) {
                after = computequest.present.Telling.plain(game.shown.subList(before, game.shown.size()));
            }
            assertEquals(1, after.split("resize \\(S3 event s3:ObjectCreated", -1).length - 1,
                    "the notification fires once, on completion:\n" + after);
            assertTrue(after.contains("Uploaded a file of 10485760 bytes in 2 parts to s3://bakery-cake-photos/wedding.jpg."),
                    after);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedSayingWhatFits() throws Exception {
        try (EndpointServer server = EndpointServer.open(0)) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "/photos/huge.jpg"))
                    .header("Authorization", EndpointFuzzTest.auth("s3"))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[(16 << 20) + 1])).build();
            var r = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode());
            assertTrue(r.body().contains("<Message>The game takes request bodies up to 16 MiB. aws s3 cp sends files of"
                    + " 8 MB and more in parts of 8 MB, which fit"), r.body());
        }
    }
}
