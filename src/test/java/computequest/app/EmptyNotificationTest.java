package computequest.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The S3 trigger scene's advice works: an empty notification configuration, '{}', removes a trigger, as on AWS. */
class EmptyNotificationTest {

    @Test
    void anEmptyConfigurationRemovesTheLoopingTrigger(@TempDir Path home) {
        String arn = "arn:aws:lambda:us-east-1:123456789012:function:resize";
        // A permission for any bucket (no --source-arn) is what lets S3 accept the looping trigger at all.
        String loop = "aws lambda add-permission --function-name resize --statement-id any-s3 --action"
                + " lambda:InvokeFunction --principal s3.amazonaws.com\n"
                + "aws s3api put-bucket-notification-configuration --bucket bakery-cake-resized"
                + " --notification-configuration '{\"LambdaFunctionConfigurations\": [{\"LambdaFunctionArn\": \"" + arn
                + "\", \"Events\": [\"s3:ObjectCreated:*\"]}]}'\n";
        String out = PlaytestSavesTest.play(home, loop + "aws s3api put-bucket-notification-configuration --bucket"
                + " bakery-cake-resized --notification-configuration '{}'\nstatus\nquit\n", "--plain", "--story", "story",
                "--from", "lam-alone");
        assertTrue(out.contains("Careful: bakery-cake-resized is where resize saves its copies"), out);
        String removed = out.substring(out.indexOf("--notification-configuration '{}'"));
        assertTrue(removed.contains("Bucket bakery-cake-resized has no event notifications now"), removed);
        assertTrue(removed.contains("It no longer invokes resize."), removed);
        String status = removed.substring(removed.indexOf("> status"));
        assertFalse(status.contains("s3:bakery-cake-resized"), status);
    }
}
