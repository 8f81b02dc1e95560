package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Removing S3 objects and buckets with S3's rules: a bucket with objects is refused (BucketNotEmpty) until it is
 * emptied, {@code aws s3 rb --force} empties it first, deleting an object that is not there succeeds, and a deleted
 * bucket's notification goes with it.
 */
class S3DeleteTest {

    private static Cloud withPhotos() {
        return Sim.played(Cloud.fresh(1), "aws s3 mb s3://cake-photos-1234",
                "aws s3 cp cake.jpg s3://cake-photos-1234/gallery/cake.jpg",
                "aws s3 cp pie.jpg s3://cake-photos-1234/gallery/pie.jpg",
                "aws s3 cp menu.pdf s3://cake-photos-1234/menu.pdf");
    }

    @Test
    void aBucketWithObjectsIsRefusedUntilItIsEmptied() {
        Cloud c = withPhotos();
        String rb = Sim.refused(c, "aws s3 rb s3://cake-photos-1234");
        assertTrue(rb.startsWith("remove_bucket failed: s3://cake-photos-1234 An error occurred (BucketNotEmpty) when"
                + " calling the DeleteBucket operation: The bucket you tried to delete is not empty: it holds 3"
                + " objects."), rb);
        String api = Sim.refused(c, "aws s3api delete-bucket --bucket cake-photos-1234");
        assertTrue(api.contains("(BucketNotEmpty) when calling the DeleteBucket operation"), api);

        Outcome rm = Sim.run(c, "aws s3 rm s3://cake-photos-1234/gallery/ --recursive");
        assertEquals("delete: s3://cake-photos-1234/gallery/cake.jpg\ndelete: s3://cake-photos-1234/gallery/pie.jpg",
                rm.output().strip());
        assertEquals(List.of("menu.pdf"), S3EventsTest.keys(rm.cloud(), "cake-photos-1234"));
        Cloud emptied = Sim.ok(rm.cloud(), "aws s3api delete-object --bucket cake-photos-1234 --key menu.pdf");
        assertEquals(List.of(), S3EventsTest.keys(emptied, "cake-photos-1234"));
        Outcome again = Sim.run(emptied, "aws s3api delete-object --bucket cake-photos-1234 --key menu.pdf");
        assertTrue(again.ok(), "deleting a key that is not there succeeds, as on S3: " + again.output());

        Outcome removed = Sim.run(emptied, "aws s3 rb s3://cake-photos-1234");
        assertEquals("remove_bucket: cake-photos-1234", removed.output().strip());
        assertFalse(removed.cloud().serverless().buckets().containsKey("cake-photos-1234"));
        assertTrue(Sim.refused(removed.cloud(), "aws s3 ls s3://cake-photos-1234").contains("NoSuchBucket"));
        assertEquals("<S3Uri>: give it as s3://cake-photos-1234, with s3:// in front.",
                Sim.refused(emptied, "aws s3 rb cake-photos-1234").strip());
        assertTrue(Sim.refused(removed.cloud(), "aws s3api delete-bucket --bucket cake-photos-1234")
                .contains("NoSuchBucket"));
    }

    @Test
    void rbForceEmptiesTheBucketFirst() {
        Outcome rb = Sim.run(withPhotos(), "aws s3 rb s3://cake-photos-1234 --force");
        assertTrue(rb.ok(), rb.output());
        assertEquals("delete: s3://cake-photos-1234/gallery/cake.jpg\ndelete: s3://cake-photos-1234/gallery/pie.jpg\n"
                + "delete: s3://cake-photos-1234/menu.pdf\nremove_bucket: cake-photos-1234", rb.output().strip());
        assertTrue(rb.cloud().serverless().buckets().isEmpty());
        Cloud again = Sim.ok(rb.cloud(), "aws s3 mb s3://cake-photos-1234");
        assertEquals(List.of(), S3EventsTest.keys(again, "cake-photos-1234"), "a new bucket of the name is empty");
    }

    @Test
    void aDeletedBucketsNotificationGoesWithIt() {
        Cloud c = S3EventsTest.resizeOn("bakery-cake-photos");
        assertTrue(c.serverless().triggers().containsKey("s3:bakery-cake-photos"));
        Outcome rb = Sim.run(c, "aws s3 rb s3://bakery-cake-photos --force");
        assertTrue(rb.changes().contains("Bucket bakery-cake-photos deleted; it no longer invokes resize."),
                rb.changes().toString());
        assertFalse(rb.cloud().serverless().triggers().containsKey("s3:bakery-cake-photos"));
        Cloud made = Sim.ok(rb.cloud(), "aws s3 mb s3://bakery-cake-photos");
        Outcome up = Sim.run(made, "aws s3 cp photo.jpg s3://bakery-cake-photos/photo.jpg");
        assertEquals("0", LambdaTest.fn(up.cloud()).attr("invocations"), "a new bucket has no notification");
    }
}
