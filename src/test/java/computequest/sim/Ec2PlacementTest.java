package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.ec2.Instance;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Where run-instances puts what it launches: one call, one subnet, so one Availability Zone. */
class Ec2PlacementTest {

    static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.small";

    static Set<String> zones(Cloud c) {
        Set<String> out = new TreeSet<>();
        c.instances().values().forEach(i -> out.add(i.availabilityZone()));
        return out;
    }

    @Test
    void everyInstanceOfOneCallSharesTheSubnetAndZoneEcPicked() {
        // The playtester's launch: three instances without a subnet once landed in three zones.
        Set<String> picked = new TreeSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            Cloud c = Sim.ok(Cloud.fresh(seed), LAUNCH + " --count 3");
            assertEquals(3, c.instances().size());
            Set<String> subnets = new TreeSet<>();
            c.instances().values().forEach(i -> subnets.add(i.subnetId()));
            assertEquals(1, zones(c).size(), "seed " + seed + ": " + zones(c));
            assertEquals(1, subnets.size(), "seed " + seed + ": " + subnets);
            Instance first = c.instances().values().iterator().next();
            assertEquals(Catalog.subnetId(first.availabilityZone()), subnets.iterator().next());
            picked.addAll(zones(c));
        }
        assertTrue(picked.size() > 1, "without a subnet the zone is still EC2's pick, not always the same: " + picked);
    }

    @Test
    void theSameSeedPicksTheSameZone() {
        assertEquals(zones(Sim.ok(Cloud.fresh(42), LAUNCH + " --count 4")),
                zones(Sim.ok(Cloud.fresh(42), LAUNCH + " --count 4")));
    }

    @Test
    void placementOrSubnetPutsTheWholeCallInThatZone() {
        Cloud c = Sim.ok(Cloud.fresh(3), LAUNCH + " --count 2 --placement AvailabilityZone=us-east-1b");
        assertEquals(Set.of("us-east-1b"), zones(c));
        c = Sim.ok(Cloud.fresh(3), LAUNCH + " --count 2 --subnet-id " + Catalog.subnetId("us-east-1d"));
        assertEquals(Set.of("us-east-1d"), zones(c));
    }

    @Test
    void spreadingOverZonesTakesOneCallPerZone() {
        Cloud c = Sim.ok(Cloud.fresh(5), LAUNCH + " --placement AvailabilityZone=us-east-1a",
                LAUNCH + " --placement AvailabilityZone=us-east-1b");
        assertEquals(new TreeSet<>(List.of("us-east-1a", "us-east-1b")), zones(c));
        Set<String> reservations = new TreeSet<>();
        c.instances().values().forEach(i -> reservations.add(i.reservationId()));
        assertEquals(2, reservations.size(), "two calls, two reservations");
    }
}
