package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.GameState;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import computequest.sim.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Saves written by earlier versions of the game still load, with everything in them. The fixtures are real files
 * written by {@code ./play} (v3: the full-course walkthrough, then a Lightsail instance, an SQS queue, an EventBridge
 * rule, a DynamoDB table, an S3 bucket and a second CLI profile, then {@code save course-end}); never regenerate them.
 * Expected values are read from the fixture's own JSON, at the paths of its format, not from the code under test.
 */
class OldSavesTest {

    private static final Path V3 = Path.of("src/test/resources/saves/v3-course-end.json");

    private static JsonObject raw(Path p) throws Exception {
        return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
    }

    private static Set<String> keys(JsonObject o, String... path) {
        JsonElement e = o;
        for (String p : path) {
            e = e.getAsJsonObject().get(p);
        }
        return new TreeSet<>(e.getAsJsonObject().keySet());
    }

    @Test
    void aVersion3SaveLoadsWithItsWholeCloudLaptopAndUndoSteps() throws Exception {
        JsonObject raw = raw(V3);
        assertEquals(3, raw.get("formatVersion").getAsInt(), "the fixture is a format 3 file");
        SaveFile save = SaveCodec.decode(Files.readString(V3), V3);
        GameState s = save.state();
        Cloud c = s.cloud();
        JsonObject rawState = raw.getAsJsonObject("state");
        JsonObject rawCloud = rawState.getAsJsonObject("cloud");

        assertEquals(rawState.get("sceneId").getAsString(), s.sceneId());
        assertEquals(rawState.get("score").getAsInt(), s.score());
        assertEquals(rawCloud.get("clock").getAsLong(), c.clock());
        assertEquals(rawCloud.getAsJsonObject("rng").get("state").getAsLong(), c.rng().state());
        assertEquals(keys(rawCloud, "instances"), new TreeSet<>(c.instances().keySet()));
        assertEquals(keys(rawCloud, "images"), new TreeSet<>(c.images().keySet()));
        assertEquals(keys(rawCloud, "lightsail", "instances"), new TreeSet<>(c.lightsail().instances().keySet()));
        assertEquals(keys(rawCloud, "ecr", "repositories"), new TreeSet<>(c.ecr().repositories().keySet()));
        assertEquals(keys(rawCloud, "ecs", "tasks"), new TreeSet<>(c.ecs().tasks().keySet()));
        assertEquals(keys(rawCloud, "ecs", "services"), new TreeSet<>(c.ecs().services().keySet()));
        assertEquals(keys(rawCloud, "eks", "pods"), new TreeSet<>(c.eks().pods().keySet()));
        assertEquals(keys(rawCloud, "serverless", "functions"), new TreeSet<>(c.serverless().functions().keySet()));
        assertEquals(keys(rawCloud, "serverless", "queues"), Set.of("orders"));
        assertEquals(keys(rawCloud, "serverless", "rules"), Set.of("nightly"));
        assertEquals(keys(rawCloud, "serverless", "queues"), new TreeSet<>(c.serverless().queues().keySet()));
        assertEquals(keys(rawCloud, "serverless", "rules"), new TreeSet<>(c.serverless().rules().keySet()));
        assertEquals(keys(rawCloud, "serverless", "tables"), new TreeSet<>(c.serverless().tables().keySet()));
        assertEquals(keys(rawCloud, "cli", "profiles"), new TreeSet<>(c.cli().profiles().keySet()));
        assertEquals("table", c.cli().profiles().get("dev").get("output"));
        double total = 0;
        for (var item : rawCloud.getAsJsonObject("ledger").getAsJsonObject("items").entrySet()) {
            total += item.getValue().getAsJsonObject().get("usd").getAsDouble();
        }
        assertEquals(total, c.ledger().total(), 1e-12);
        assertEquals(keys(rawState, "laptop", "files"), new TreeSet<>(s.laptop().files().keySet()));
        assertEquals(rawState.getAsJsonObject("learning").getAsJsonObject("deck").getAsJsonArray("cards").size(),
                s.learning().deck().cards().size());
        assertEquals(raw.getAsJsonArray("undo").size(), save.undo().size());
        assertEquals(raw.getAsJsonArray("undo").get(0).getAsJsonObject().get("command").getAsString(),
                save.undo().get(0).command());

        Set<String> kinds = CloudSim.resources(c).stream().map(Resource::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(List.of("instance", "lightsail-instance", "ecr-image", "task", "service",
                "eks-cluster", "nodegroup", "pod", "function", "trigger", "s3-bucket", "dynamodb-table")), kinds.toString());
        assertTrue(CloudSim.advance(c, 3600).cloud().ledger().total() > c.ledger().total(), "the loaded cloud runs on");
    }

    @Test
    void theDefaultVpcAndSecurityGroupIdsOfAnOldSaveAreRenamedToHexadecimalOnes() throws Exception {
        String text = Files.readString(V3);
        assertTrue(text.contains("\"sg-0c0ffee0default01\""), "the fixture holds the old id");
        Cloud c = SaveCodec.decode(text, V3).state().cloud();
        String sg = computequest.sim.Catalog.DEFAULT_SECURITY_GROUP;
        // AWS's ids have 17 hexadecimal digits after the prefix (sg-0123456789abcdef0).
        assertTrue(sg.matches("sg-[0-9a-f]{17}") && computequest.sim.Catalog.VPC_ID.matches("vpc-[0-9a-f]{17}"), sg);
        assertTrue(text.contains("\"subnet-0defa0000000000001\""), "the fixture holds an old 18-digit subnet id");
        assertTrue(c.instances().values().stream().allMatch(i -> i.subnetId().matches("subnet-[0-9a-f]{17}")
                && i.subnetId().equals(computequest.sim.Catalog.subnetId(i.availabilityZone()))));
        assertTrue(c.ecs().services().values().stream().flatMap(x -> x.subnets().stream())
                .allMatch(x -> x.matches("subnet-[0-9a-f]{17}")));
        assertTrue(c.access().securityGroups().containsKey(sg), c.access().securityGroups().keySet().toString());
        assertTrue(c.access().securityGroups().keySet().stream().noneMatch(k -> k.contains("default")));
        assertTrue(c.access().securityGroups().values().stream().flatMap(g -> g.ingress().stream())
                .noneMatch(r -> r.sourceGroup().contains("0c0ffee0default")));
        assertTrue(c.instances().values().stream().allMatch(i -> i.securityGroups().stream()
                .noneMatch(g -> g.contains("0c0ffee0default"))));
        assertTrue(c.elb().targetGroups().values().stream().allMatch(t -> t.vpcId().equals(computequest.sim.Catalog.VPC_ID)));
        Outcome o = CloudSim.execute(c, "aws ec2 describe-security-groups --group-ids " + sg);
        assertTrue(o.ok() && o.output().contains("\"GroupName\": \"default\""), o.output());
        assertTrue(CloudSim.execute(c, "aws ec2 authorize-security-group-ingress --group-id " + sg
                + " --protocol tcp --port 8080 --cidr 0.0.0.0/0").ok(), "the renamed group plays on");
    }

    @Test
    void theEighteenDigitIdsOfTheSixthSessionsSavesAreRenamedToo() {
        assertEquals(computequest.sim.Catalog.VPC_ID, computequest.sim.Catalog.currentId("vpc-0c0ffee0defa17c0de"));
        assertEquals(computequest.sim.Catalog.DEFAULT_SECURITY_GROUP,
                computequest.sim.Catalog.currentId("sg-0c0ffee0defa17c001"));
        for (String zone : computequest.sim.Catalog.ZONES) {
            String old = "subnet-0def" + zone.charAt(zone.length() - 1) + "0000000000001";
            assertEquals(computequest.sim.Catalog.subnetId(zone), computequest.sim.Catalog.currentId(old), old);
            assertTrue(computequest.sim.Catalog.subnetId(zone).matches("subnet-[0-9a-f]{17}"));
        }
        assertEquals("subnet-0123456789abcdef0", computequest.sim.Catalog.currentId("subnet-0123456789abcdef0"));
    }

    @Test
    void aVersion3SaveResumesInTheShippedStoryAndSavesAgainUnchanged() throws Exception {
        SaveFile save = SaveCodec.decode(Files.readString(V3), V3);
        Snapshots.Resumed r = Snapshots.resume(Fixtures.story(), save, V3);
        assertEquals(save.state().cloud(), r.state().cloud(), "the cloud comes back as saved");
        assertFalse(r.state().sceneId().isBlank());
        SaveFile again = SaveCodec.decode(SaveCodec.encode(save), Path.of("again.json"));
        assertEquals(save, again, "saved again in the current format, it loads the same");
    }
}
