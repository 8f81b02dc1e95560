package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * send-message answers with the digests SQS computes (the SDKs check them): MD5 of the body, and MD5 of the attributes
 * in SQS's documented encoding. The attribute vectors are the ones moto, LocalStack and others pin as AWS's answers.
 */
class SqsDigestsTest {

    private static JsonObject send(String args) {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws sqs create-queue --queue-name q1");
        Outcome r = CloudSim.execute(c, "aws sqs send-message --queue-url"
                + " https://sqs.us-east-1.amazonaws.com/123456789012/q1 " + args);
        return JsonParser.parseString(r.output()).getAsJsonObject();
    }

    @Test
    void theBodysDigestIsItsMd5() {
        assertEquals("5d41402abc4b2a76b9719d911017c592", send("--message-body hello").get("MD5OfMessageBody")
                .getAsString());
        assertEquals("58fd9edd83341c29f1aebba81c31e257", send("--message-body derp").get("MD5OfMessageBody")
                .getAsString());
        assertFalse(send("--message-body derp").has("MD5OfMessageAttributes"));
    }

    @Test
    void theAttributesDigestFollowsSqssEncoding() {
        String[][] vectors = {
            {"timestamp", "1493147359900", "235c5c510d26fb653d073faed50ae77c"},
            {"timestamp", "1493147359901", "994258b45346a2cc3f9cbb611aa7af30"},
            {"SOME_Valid.attribute-Name", "1493147359900", "36655e7e9d7c0e8479fa3f3f42247ae7"},
        };
        for (String[] v : vectors) {
            JsonObject r = send("--message-body derp --message-attributes '{\"" + v[0]
                    + "\":{\"DataType\":\"Number\",\"StringValue\":\"" + v[1] + "\"}}'");
            assertEquals(v[2], r.get("MD5OfMessageAttributes").getAsString(), v[0] + "=" + v[1]);
        }
    }
}
