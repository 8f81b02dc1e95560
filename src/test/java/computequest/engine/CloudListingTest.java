package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudListingTest {

    @Test
    void headingsReadAsEnglish() {
        assertEquals("ECR repositories", CloudListing.heading("ecr-repository"));
        assertEquals("Instances", CloudListing.heading("instance"));
        assertEquals("Lightsail instances", CloudListing.heading("lightsail-instance"));
        assertEquals("S3 buckets", CloudListing.heading("s3-bucket"));
        assertEquals("Dynamodb tables", CloudListing.heading("dynamodb-table"));
    }

    @Test
    void everyKindIsListedButTheCatalogBillAndClockAreNot() {
        String s = CloudListing.of(List.of(
                new Resource("function", "resize", Map.of("id", "resize", "memory", "1024", "last-status", "timeout")),
                new Resource("image", "ami-1", Map.of("id", "ami-1", "owner", "amazon")),
                new Resource("image", "ami-2", Map.of("id", "ami-2", "owner", "self", "name", "tracker-v1")),
                new Resource("bill", "bill", Map.of("total", "1.0"))));
        assertTrue(s.contains("Functions (1):\n  resize  memory 1024, last-status timeout"), s);
        assertTrue(s.contains("Images (1):\n  ami-2  name tracker-v1"), s);
        assertTrue(!s.contains("ami-1") && !s.contains("Bills"), s);
    }
}
