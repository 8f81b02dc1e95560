package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S3 event notifications and what the resize sample does with them: it saves a 300-pixel copy in
 * bakery-cake-resized. With the trigger on that bucket, each copy calls resize again, and Lambda's recursive loop
 * detection stops the chain after 16 invocations (a playtester put the trigger there and saw nothing happen).
 */
class S3EventsTest {

    static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:resize";

    static Cloud resizeOn(String bucket) {
        return resizeOn(bucket, Sim.ok(Cloud.fresh(1), "aws s3 mb s3://bakery-cake-resized"));
    }

    static Cloud resizeOn(String bucket, Cloud start) {
        Cloud c = Sim.played(Sim.withRoles(start), "aws s3 mb s3://bakery-cake-photos", LambdaTest.create("resize",
                "resize.zip", " --memory-size 1024 --timeout 10"));
        return Sim.ok(c, "aws lambda add-permission --function-name resize --statement-id s3 --action"
                + " lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::" + bucket,
                "aws s3api put-bucket-notification-configuration --bucket " + bucket + " --notification-configuration"
                        + " '{\"LambdaFunctionConfigurations\": [{\"LambdaFunctionArn\": \"" + FN + "\", \"Events\":"
                        + " [\"s3:ObjectCreated:*\"]}]}'");
    }

    static List<String> keys(Cloud c, String bucket) {
        String ls = Sim.run(c, "aws s3 ls s3://" + bucket + " --recursive").output();
        return ls.isBlank() ? List.of() : ls.lines().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }

    @Test
    void anUploadToTheOriginalsRunsResizeOnceAndItsCopyLandsInTheCopiesBucket() {
        Outcome up = Sim.run(resizeOn("bakery-cake-photos"), "aws s3 cp photo.jpg s3://bakery-cake-photos/gallery/birthday.jpg");
        String said = String.join("\n", up.changes());
        assertEquals("1", LambdaTest.fn(up.cloud()).attr("invocations"));
        assertEquals(List.of("gallery/birthday-300.jpg"), keys(up.cloud(), "bakery-cake-resized"));
        assertTrue(said.contains("resize saved its copy as s3://bakery-cake-resized/gallery/birthday-300.jpg."), said);
        assertFalse(said.contains("loop"), said);
    }

    @Test
    void aTriggerOnTheCopiesBucketLoopsUntilLambdaStopsItAfterSixteenRuns() {
        // the loop needs a role that may read the copies too: resize's own policy reads originals only
        Cloud c = Sim.ok(resizeOn("bakery-cake-resized"), "aws iam attach-role-policy --role-name lambda-basic"
                + " --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess");
        double before = c.ledger().total();
        Outcome up = Sim.run(c, "aws s3 cp photo.jpg s3://bakery-cake-resized/photo.jpg");
        String said = String.join("\n", up.changes());
        assertEquals("16", LambdaTest.fn(up.cloud()).attr("invocations"), said);
        List<String> keys = keys(up.cloud(), "bakery-cake-resized");
        assertEquals(17, keys.size(), "the photo and sixteen copies of copies: " + keys);
        assertTrue(keys.contains("photo-300-300.jpg"), keys.toString());
        assertEquals(keys.stream().sorted().toList(), keys, "aws s3 ls lists keys in order");
        assertTrue(said.contains("It ran 16 times from one upload"), said);
        assertTrue(said.contains("Lambda stopped the loop"), said);
        assertEquals(1, said.split("REPORT RequestId", -1).length - 1, "one REPORT line, not sixteen: " + said);
        assertTrue(up.cloud().ledger().total() > before, "the loop is billed");

        // The fix the game asks for: an empty configuration removes the trigger, and the next copy runs nothing.
        Cloud fixed = Sim.ok(up.cloud(), "aws s3api put-bucket-notification-configuration --bucket"
                + " bakery-cake-resized --notification-configuration '{}'");
        Outcome again = Sim.run(fixed, "aws s3 cp photo.jpg s3://bakery-cake-resized/other.jpg");
        assertEquals("16", LambdaTest.fn(again.cloud()).attr("invocations"));
    }

    @Test
    void withResizesOwnPolicyATriggerOnTheCopiesBucketFailsAtTheFirstRead() {
        Outcome up = Sim.run(resizeOn("bakery-cake-resized"), "aws s3 cp photo.jpg s3://bakery-cake-resized/photo.jpg");
        String said = String.join("\n", up.changes());
        assertEquals("1", LambdaTest.fn(up.cloud()).attr("invocations"), said);
        assertEquals("access-denied", LambdaTest.fn(up.cloud()).attr("last-status"), said);
        assertEquals(List.of("photo.jpg"), keys(up.cloud(), "bakery-cake-resized"));
        assertTrue(said.contains("s3:GetObject on resource: \"arn:aws:s3:::bakery-cake-resized/photo.jpg\""), said);
    }

    @Test
    void withoutTheCopiesBucketResizeCannotSaveItsCopy() {
        Cloud c = resizeOn("bakery-cake-photos", Cloud.fresh(1));
        Outcome up = Sim.run(c, "aws s3 cp photo.jpg s3://bakery-cake-photos/a.jpg");
        assertTrue(String.join("\n", up.changes()).contains("could not save its copy: there is no bucket"
                + " bakery-cake-resized"), up.changes().toString());
    }

    @Test
    void aThumbnailThroughApiGatewayIsSavedWhereTheAnswerSays() {
        Cloud c = resizeOn("bakery-cake-photos");
        Outcome api = Sim.run(c, "aws apigatewayv2 create-api --name resize-api --protocol-type HTTP --target " + FN);
        String endpoint = api.output().replaceAll("(?s).*\"ApiEndpoint\": \"([^\"]+)\".*", "$1");
        c = Sim.ok(api.cloud(), "aws lambda add-permission --function-name resize --statement-id api --action"
                + " lambda:InvokeFunction --principal apigateway.amazonaws.com");
        Outcome curl = Sim.run(c, "curl '" + endpoint + "/gallery/wedding-cake.jpg?width=300'");
        assertEquals("thumbnail written: s3://bakery-cake-resized/gallery/wedding-cake-300.jpg (300 px wide)",
                curl.output());
        assertEquals(List.of("gallery/wedding-cake-300.jpg"), keys(curl.cloud(), "bakery-cake-resized"));
    }

    @Test
    void bucketsAreListedInNameOrder() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws s3 mb s3://zeta-photos", "aws s3 mb s3://alpha-photos");
        String ls = Sim.run(c, "aws s3 ls").output();
        assertTrue(ls.indexOf("alpha-photos") < ls.indexOf("zeta-photos"), ls);
    }
}
