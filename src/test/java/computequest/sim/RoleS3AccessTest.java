package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resize function runs as its execution role: reading the original (s3:GetObject) and writing the copy
 * (s3:PutObject) need a policy that allows them, as on real AWS, where AWSLambdaBasicExecutionRole covers logs only.
 */
class RoleS3AccessTest {

    static final String BASIC_ONLY_ROLE = "aws iam create-role --role-name lambda-basic --assume-role-policy-document"
            + " file://trust-lambda.json";
    static final String BASIC = "aws iam attach-role-policy --role-name lambda-basic --policy-arn"
            + " arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
    static final String GRANT = "aws iam put-role-policy --role-name lambda-basic --policy-name resize-s3"
            + " --policy-document file://resize-s3.json";
    static final String INVOKE = "aws lambda invoke --function-name resize --payload '{\"key\": \"gallery/cake.jpg\","
            + " \"width\": 300}' --cli-binary-format raw-in-base64-out --log-type Tail out.json";

    /** Buckets, the role with logs only, and resize with room to finish its work. */
    static Cloud logsOnly() {
        return Sim.wait(Sim.ok(Cloud.fresh(1), "aws s3 mb s3://bakery-cake-photos", "aws s3 mb s3://bakery-cake-resized",
                BASIC_ONLY_ROLE, BASIC, LambdaTest.create("resize", "resize.zip", " --memory-size 1024 --timeout 10")),
                2); // a new function is Pending for its first 2 s
    }

    static Resource role(Cloud c) {
        return Sim.of(c, "role").get(0);
    }

    @Test
    void aDirectCallFailsAtTheReadWithTheClientErrorBoto3Raises() {
        Outcome o = Sim.run(logsOnly(), INVOKE);
        assertTrue(o.output().contains("\"FunctionError\": \"Unhandled\""), o.output());
        assertTrue(o.output().contains("\"StatusCode\": 200"), "the call itself succeeds: " + o.output());
        String said = String.join("\n", o.changes());
        assertTrue(said.contains("\"errorType\": \"ClientError\""), said);
        assertTrue(said.contains("An error occurred (AccessDenied) when calling the GetObject operation: User:"
                + " arn:aws:sts::123456789012:assumed-role/lambda-basic/resize is not authorized to perform:"
                + " s3:GetObject on resource: \\\"arn:aws:s3:::bakery-cake-photos/gallery/cake.jpg\\\" because no"
                + " identity-based policy allows the s3:GetObject action"), said);
        String log = o.output().replaceAll("(?s).*\"LogResult\": \"([^\"]+)\".*", "$1");
        String tail = new String(Base64.getDecoder().decode(log), StandardCharsets.UTF_8);
        assertTrue(tail.contains("\n[ERROR] ClientError: An error occurred (AccessDenied) when calling the GetObject"
                + " operation"), tail);
        assertEquals("access-denied", LambdaTest.fn(o.cloud()).attr("last-status"));
        assertTrue(Long.parseLong(LambdaTest.fn(o.cloud()).attr("last-duration-ms")) < 1000,
                "it fails at the read, before the image work");
    }

    @Test
    void theInlinePolicyLetsItReadAndWriteAndTheRoleShowsWhere() {
        Cloud c = logsOnly();
        assertEquals("", role(c).attr("s3-reads"));
        c = Sim.ok(c, GRANT);
        assertEquals("bakery-cake-photos", role(c).attr("s3-reads"));
        assertEquals("bakery-cake-resized", role(c).attr("s3-writes"));
        assertEquals("resize-s3", role(c).attr("inline"));
        Outcome o = Sim.run(c, INVOKE);
        assertFalse(o.output().contains("FunctionError"), o.output());
        assertEquals("ok", LambdaTest.fn(o.cloud()).attr("last-status"));
        assertTrue(Sim.run(c, "aws iam list-role-policies --role-name lambda-basic").output()
                .contains("\"resize-s3\""));
        Outcome got = Sim.run(c, "aws iam get-role-policy --role-name lambda-basic --policy-name resize-s3");
        assertTrue(got.output().contains("\"Resource\": \"arn:aws:s3:::bakery-cake-photos/*\""), got.output());
        assertTrue(Sim.refused(c, "aws iam delete-role --role-name lambda-basic").contains("DeleteConflict"));
        Cloud gone = Sim.ok(c, "aws iam delete-role-policy --role-name lambda-basic --policy-name resize-s3");
        assertEquals("", role(gone).attr("inline"));
        assertTrue(Sim.refused(gone, "aws iam get-role-policy --role-name lambda-basic --policy-name resize-s3")
                .contains("NoSuchEntity"));
    }

    @Test
    void readOnlyAccessReadsTheOriginalThenFailsAtTheWriteAfterTheWork() {
        Cloud c = Sim.ok(logsOnly(), "aws iam attach-role-policy --role-name lambda-basic --policy-arn"
                + " arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        assertEquals("bakery-cake-photos,bakery-cake-resized", role(c).attr("s3-reads"));
        assertEquals("", role(c).attr("s3-writes"));
        Outcome o = Sim.run(c, INVOKE);
        String said = String.join("\n", o.changes());
        assertTrue(said.contains("when calling the PutObject operation") && said.contains(
                "s3:PutObject on resource: \\\"arn:aws:s3:::bakery-cake-resized/gallery/cake-300.jpg\\\""), said);
        assertTrue(Long.parseLong(LambdaTest.fn(o.cloud()).attr("last-duration-ms")) > 100,
                "the write comes after the image work");
    }

    @Test
    void anExplicitDenyWinsAndABucketArnIsNotItsObjects() {
        Cloud full = Sim.ok(logsOnly(), "aws iam attach-role-policy --role-name lambda-basic --policy-arn"
                + " arn:aws:iam::aws:policy/AmazonS3FullAccess");
        assertEquals("bakery-cake-photos,bakery-cake-resized", role(full).attr("s3-writes"));
        Cloud denied = Sim.ok(full, "aws iam put-role-policy --role-name lambda-basic --policy-name no-originals"
                + " --policy-document '{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Action\":"
                + " \"s3:*\", \"Resource\": \"arn:aws:s3:::bakery-cake-photos/*\"}]}'");
        String said = String.join("\n", Sim.run(denied, INVOKE).changes());
        assertTrue(said.contains("with an explicit deny in an identity-based policy"), said);
        Cloud bucketOnly = Sim.ok(logsOnly(), "aws iam put-role-policy --role-name lambda-basic --policy-name b"
                + " --policy-document '{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
                + " [\"s3:GetObject\", \"s3:PutObject\"], \"Resource\": [\"arn:aws:s3:::bakery-cake-photos\","
                + " \"arn:aws:s3:::bakery-cake-resized\"]}]}'");
        assertEquals("", role(bucketOnly).attr("s3-reads"));
        assertEquals("access-denied", LambdaTest.fn(Sim.run(bucketOnly, INVOKE).cloud()).attr("last-status"));
    }

    @Test
    void iamRefusesWhatItRefusesInAPermissionsPolicy() {
        Cloud c = logsOnly();
        String put = "aws iam put-role-policy --role-name lambda-basic --policy-name p --policy-document ";
        assertTrue(Sim.refused(c, put + "'{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"}]}'")
                .contains("MalformedPolicyDocument") );
        assertTrue(Sim.refused(c, put + "'{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"bakery-cake-photos\"}]}'").contains("Resource bakery-cake-photos must be in ARN"
                + " format or \"*\"."));
        assertTrue(Sim.refused(c, put + "'{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Service\":"
                + " \"lambda.amazonaws.com\"}, \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}'")
                .contains("Policy document should not specify a principal."));
        assertTrue(Sim.refused(c, put + "'{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"GetObject\","
                + " \"Resource\": \"*\"}]}'").contains("must be prefaced by a vendor"));
        String noFile = Sim.refused(c, put + "resize-s3.json");
        assertTrue(noFile.contains("This policy contains invalid Json") && noFile.contains("file://resize-s3.json"),
                noFile);
    }

    @Test
    void anS3UploadSucceedsForTheUploaderWhileTheFunctionFailsInItsLog() {
        Cloud c = Sim.ok(logsOnly(), "aws lambda add-permission --function-name resize --statement-id s3 --action"
                + " lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::bakery-cake-photos",
                "aws s3api put-bucket-notification-configuration --bucket bakery-cake-photos"
                        + " --notification-configuration '{\"LambdaFunctionConfigurations\": [{\"LambdaFunctionArn\": \""
                        + S3EventsTest.FN + "\", \"Events\": [\"s3:ObjectCreated:*\"]}]}'");
        Outcome up = Sim.run(c, "aws s3 cp photo.jpg s3://bakery-cake-photos/gallery/a.jpg");
        assertTrue(up.ok(), up.output());
        assertFalse(up.output().contains("AccessDenied"), "the uploader sees only the upload: " + up.output());
        String said = String.join("\n", up.changes());
        assertTrue(said.contains("/aws/lambda/resize: [ERROR] ClientError: An error occurred (AccessDenied)"), said);
        assertEquals(List.of("gallery/a.jpg"), S3EventsTest.keys(up.cloud(), "bakery-cake-photos"));
        assertEquals(List.of(), S3EventsTest.keys(up.cloud(), "bakery-cake-resized"));
        Outcome fixed = Sim.run(Sim.ok(c, GRANT), "aws s3 cp photo.jpg s3://bakery-cake-photos/gallery/a.jpg");
        assertEquals(List.of("gallery/a-300.jpg"), S3EventsTest.keys(fixed.cloud(), "bakery-cake-resized"));
    }

    @Test
    void aFileNameWithoutFileSchemeIsSentAsTheDocumentAndTheGameSaysSo() {
        String trust = Sim.refused(Cloud.fresh(1), "aws iam create-role --role-name r --assume-role-policy-document"
                + " trust-ec2.json");
        assertTrue(trust.contains("MalformedPolicyDocument") && trust.contains("This policy contains invalid Json"),
                "AWS's error stays: " + trust);
        assertTrue(trust.contains("sent the text \"trust-ec2.json\" itself") && trust.contains(
                "--assume-role-policy-document file://trust-ec2.json"), trust);
        String notAName = Sim.refused(Cloud.fresh(1), "aws iam create-role --role-name r --assume-role-policy-document"
                + " '{\"Version\": '");
        assertFalse(notAName.contains("file://{"), notAName);
        Cloud c = RoleS3AccessTest.logsOnly();
        String raw = Sim.refused(c, "aws lambda invoke --function-name resize --payload event.json"
                + " --cli-binary-format raw-in-base64-out out.json");
        assertTrue(raw.contains("InvalidRequestContentException") && raw.contains("--payload file://event.json"), raw);
        String b64 = Sim.refused(c, "aws lambda invoke --function-name resize --payload event.json out.json");
        assertTrue(b64.contains("Invalid base64") && b64.contains("fileb://event.json"), b64);
        String input = Sim.refused(c, "aws iam get-role --cli-input-json role.json");
        assertTrue(input.contains("file name role.json itself as the JSON text") && input.contains("file://role.json"),
                input);
    }
}
