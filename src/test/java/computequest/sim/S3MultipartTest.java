package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * Multipart upload as the CLI runs it for large files, typed: the object is the sum of its parts, the bucket's
 * notification fires once, on completion, and S3's refusals (unknown upload, a part not uploaded, parts out of
 * order, a part but the last under 5 MiB) hold.
 */
class S3MultipartTest {

    private static String field(Outcome o, String name) {
        return JsonParser.parseString(o.output()).getAsJsonObject().get(name).getAsString();
    }

    @Test
    void theObjectIsTheSumOfItsPartsAndTheNotificationFiresOnce() {
        Cloud c = S3EventsTest.resizeOn("bakery-cake-photos");
        Outcome created = Sim.run(c, "aws s3api create-multipart-upload --bucket bakery-cake-photos --key big.jpg");
        String id = field(created, "UploadId");
        String upload = " --bucket bakery-cake-photos --key big.jpg --upload-id " + id;
        Outcome one = Sim.run(created.cloud(), "aws s3api upload-part" + upload + " --part-number 1 --body part1"
                + " --content-length 8388608");
        Outcome two = Sim.run(one.cloud(), "aws s3api upload-part" + upload + " --part-number 2 --body part2"
                + " --content-length 1000");
        assertEquals("0", LambdaTest.fn(two.cloud()).attr("invocations"), "nothing fires before completion");
        String parts = "{\"Parts\":[{\"ETag\":" + JsonParser.parseString(one.output()).getAsJsonObject().get("ETag")
                + ",\"PartNumber\":1},{\"ETag\":" + JsonParser.parseString(two.output()).getAsJsonObject().get("ETag")
                + ",\"PartNumber\":2}]}";
        Outcome done = Sim.run(two.cloud(), "aws s3api complete-multipart-upload" + upload + " --multipart-upload '"
                + parts + "'");
        assertEquals(8_388_608L + 1000, done.cloud().serverless().buckets().get("bakery-cake-photos").objects()
                .get("big.jpg"));
        assertEquals("1", LambdaTest.fn(done.cloud()).attr("invocations"), String.join("\n", done.changes()));
        assertTrue(field(done, "ETag").endsWith("-2\""), done.output());

        String e1 = JsonParser.parseString(one.output()).getAsJsonObject().get("ETag").toString();
        String e2 = JsonParser.parseString(two.output()).getAsJsonObject().get("ETag").toString();
        String swapped = "{\"Parts\":[{\"ETag\":" + e2 + ",\"PartNumber\":2},{\"ETag\":" + e1
                + ",\"PartNumber\":1}]}";
        assertTrue(Sim.refused(two.cloud(), "aws s3api complete-multipart-upload" + upload + " --multipart-upload '"
                + swapped + "'").contains("InvalidPartOrder"));
        String forged = "{\"Parts\":[{\"ETag\":\"\\\"0123\\\"\",\"PartNumber\":1}]}";
        assertTrue(Sim.refused(two.cloud(), "aws s3api complete-multipart-upload" + upload + " --multipart-upload '"
                + forged + "'").contains("InvalidPart"));
        String small = "{\"Parts\":[{\"ETag\":" + JsonParser.parseString(two.output()).getAsJsonObject().get("ETag")
                + ",\"PartNumber\":2},{\"ETag\":" + JsonParser.parseString(Sim.run(two.cloud(), "aws s3api upload-part"
                + upload + " --part-number 3 --content-length 10").output()).getAsJsonObject().get("ETag")
                + ",\"PartNumber\":3}]}";
        assertTrue(Sim.refused(two.cloud(), "aws s3api complete-multipart-upload" + upload + " --multipart-upload '"
                + small + "'").contains("EntityTooSmall"));
        assertTrue(Sim.refused(two.cloud(), "aws s3api upload-part --bucket bakery-cake-photos --key other.jpg"
                + " --upload-id " + id + " --part-number 1").contains("NoSuchUpload"));
        Outcome aborted = Sim.run(two.cloud(), "aws s3api abort-multipart-upload" + upload);
        assertEquals(null, aborted.cloud().serverless().buckets().get("bakery-cake-photos").objects().get("big.jpg"));
    }
}
