package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * describe-availability-zones and describe-regions against the AWS CLI's documented examples
 * (awscli/examples/ec2/describe-availability-zones.rst and describe-regions.rst): the members of each zone and
 * Region, the Regions a new account has enabled, what --all-regions adds, and the documented endpoint filter.
 * The zones are the ones the simulator places subnets and instances in.
 */
class Ec2RegionsTest {

    /** The Regions of the documented describe-regions answer (example 1): all enabled without opting in. */
    private static final Set<String> DOCUMENTED_ENABLED = Set.of("eu-north-1", "ap-south-1", "eu-west-3", "eu-west-2",
            "eu-west-1", "ap-northeast-3", "ap-northeast-2", "ap-northeast-1", "sa-east-1", "ca-central-1",
            "ap-southeast-1", "ap-southeast-2", "eu-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2");

    private static JsonObject json(Cloud c, String cmd) {
        return JsonParser.parseString(Sim.run(c, cmd).output()).getAsJsonObject();
    }

    private static List<JsonObject> items(JsonObject o, String member) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray(member)) {
            out.add(e.getAsJsonObject());
        }
        return out;
    }

    private static Set<String> names(List<JsonObject> items, String member) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(i.get(member).getAsString()));
        return out;
    }

    @Test
    void zonesHaveTheDocumentedMembersAndAreTheSubnetsZones() {
        Cloud c = Cloud.fresh(1);
        List<JsonObject> zones = items(json(c, "aws ec2 describe-availability-zones"), "AvailabilityZones");
        assertEquals(6, zones.size());
        Set<String> documented = Set.of("State", "OptInStatus", "Messages", "RegionName", "ZoneName", "ZoneId",
                "GroupName", "NetworkBorderGroup");
        for (JsonObject z : zones) {
            assertTrue(z.keySet().containsAll(documented), z.toString());
            assertEquals("available", z.get("State").getAsString());
            assertEquals("opt-in-not-required", z.get("OptInStatus").getAsString(), "the model: always so for an AZ");
            assertEquals("availability-zone", z.get("ZoneType").getAsString());
            assertEquals("us-east-1", z.get("RegionName").getAsString());
            assertEquals("us-east-1", z.get("NetworkBorderGroup").getAsString());
            assertTrue(z.get("ZoneName").getAsString().matches("us-east-1[a-z]"), z.toString());
            assertTrue(z.get("ZoneId").getAsString().matches("use1-az\\d"), z.toString());
        }
        List<JsonObject> subnets = items(json(c, "aws ec2 describe-subnets"), "Subnets");
        for (JsonObject s : subnets) {
            String zone = s.get("AvailabilityZone").getAsString();
            JsonObject z = zones.stream().filter(x -> x.get("ZoneName").getAsString().equals(zone)).findFirst()
                    .orElseThrow(() -> new AssertionError("subnet in a zone not described: " + zone));
            assertEquals(z.get("ZoneId").getAsString(), s.get("AvailabilityZoneId").getAsString());
        }
        assertEquals(names(zones, "ZoneName"), names(subnets, "AvailabilityZone"), "one default subnet per zone");
        Cloud launched = Sim.ok(c, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro");
        String zone = Sim.run(launched, "aws ec2 describe-instances --query"
                + " Reservations[0].Instances[0].Placement.AvailabilityZone --output text").output().strip();
        assertTrue(names(zones, "ZoneName").contains(zone), zone);
    }

    @Test
    void zoneNamesIdsAndFiltersNarrowAndUnknownZonesAreRefused() {
        Cloud c = Cloud.fresh(1);
        List<JsonObject> one = items(json(c, "aws ec2 describe-availability-zones --zone-names us-east-1b"),
                "AvailabilityZones");
        assertEquals(List.of("us-east-1b"), one.stream().map(z -> z.get("ZoneName").getAsString()).toList());
        String id = one.get(0).get("ZoneId").getAsString();
        assertEquals(Set.of("us-east-1b"), names(items(json(c, "aws ec2 describe-availability-zones --zone-ids " + id),
                "AvailabilityZones"), "ZoneName"));
        assertEquals(Set.of("us-east-1a", "us-east-1c"), names(items(json(c, "aws ec2 describe-availability-zones"
                + " --filters Name=zone-name,Values=us-east-1a,us-east-1c"), "AvailabilityZones"), "ZoneName"));
        assertEquals(6, items(json(c, "aws ec2 describe-availability-zones --all-availability-zones"),
                "AvailabilityZones").size());
        assertEquals(0, items(json(c, "aws ec2 describe-availability-zones --filters Name=zone-type,Values=local-zone"),
                "AvailabilityZones").size());
        Outcome bad = CloudSim.execute(c, "aws ec2 describe-availability-zones --zone-names us-east-1z");
        assertEquals("InvalidParameterValue", bad.errorCode());
        assertTrue(bad.output().contains("Invalid availability zone: [us-east-1z]"), bad.output());
        assertEquals("us-east-1a\tuse1-az1", Sim.run(c, "aws ec2 describe-availability-zones --zone-names us-east-1a"
                + " --query AvailabilityZones[].[ZoneName,ZoneId] --output text").output().strip());
    }

    @Test
    void regionsAreTheDocumentedEnabledOnesAndAllRegionsAddsTheOptInOnes() {
        Cloud c = Cloud.fresh(1);
        List<JsonObject> enabled = items(json(c, "aws ec2 describe-regions"), "Regions");
        assertEquals(DOCUMENTED_ENABLED, names(enabled, "RegionName"));
        for (JsonObject r : enabled) {
            assertEquals("ec2." + r.get("RegionName").getAsString() + ".amazonaws.com", r.get("Endpoint").getAsString());
            assertEquals("opt-in-not-required", r.get("OptInStatus").getAsString());
        }
        List<JsonObject> all = items(json(c, "aws ec2 describe-regions --all-regions"), "Regions");
        assertTrue(names(all, "RegionName").containsAll(DOCUMENTED_ENABLED));
        for (String optIn : List.of("me-south-1", "ap-east-1")) { // not-opted-in in the documented --all-regions
            assertEquals("not-opted-in", all.stream().filter(r -> r.get("RegionName").getAsString().equals(optIn))
                    .findFirst().orElseThrow().get("OptInStatus").getAsString(), optIn);
        }
        assertEquals(Set.of("us-east-1", "us-east-2", "us-west-1", "us-west-2"), names(items(json(c,
                "aws ec2 describe-regions --filters \"Name=endpoint,Values=*us*\""), "Regions"), "RegionName"),
                "the documented answer to the endpoint filter");
        assertEquals(Set.of("us-east-1"), names(items(json(c, "aws ec2 describe-regions --region-names us-east-1"),
                "Regions"), "RegionName"));
        assertEquals("InvalidParameterValue", CloudSim.execute(c, "aws ec2 describe-regions --region-names us-east-9")
                .errorCode());
    }
}
