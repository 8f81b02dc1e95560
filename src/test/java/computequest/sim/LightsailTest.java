package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.lightsail.LightsailOps;
import org.junit.jupiter.api.Test;

class LightsailTest {

    static final String CREATE = "aws lightsail create-instances --instance-names blog --availability-zone us-east-1a"
            + " --blueprint-id wordpress --bundle-id nano_3_0";

    @Test
    void bundlesHaveTheFactSheetPrices() {
        String out = Sim.run(Cloud.fresh(1), "aws lightsail get-bundles").output();
        for (String s : new String[]{"nano_3_0", "micro_3_0", "small_3_0", "medium_3_0", "large_3_0"}) {
            assertTrue(out.contains(s), s);
        }
        assertEquals(5.0, LightsailOps.bundle("nano_3_0").usdPerMonth());
        assertEquals(44.0, LightsailOps.bundle("large_3_0").usdPerMonth());
        assertTrue(Sim.run(Cloud.fresh(1), "aws lightsail get-blueprints").output().contains("wordpress"));
    }

    @Test
    void lifecycleAndMonthlyPriceProratedPerHour() {
        Cloud c = Sim.ok(Cloud.fresh(1), CREATE);
        assertEquals("pending", Sim.of(c, "lightsail-instance").get(0).attr("state"));
        c = Sim.wait(c, LightsailOps.PENDING_SECONDS);
        assertEquals("running", Sim.of(c, "lightsail-instance").get(0).attr("state"));
        String ip = Sim.of(c, "lightsail-instance").get(0).attr("public-ip");
        c = Sim.wait(c, 3600 - LightsailOps.PENDING_SECONDS);
        assertEquals(5.0 / 744, Sim.billed(c, "Lightsail nano_3_0"), 1e-9);
        Sim.refused(c, "aws lightsail start-instance --instance-name blog");
        c = Sim.ok(c, "aws lightsail stop-instance --instance-name blog");
        Sim.refused(c, "aws lightsail stop-instance --instance-name blog");
        Sim.refused(c, "aws lightsail delete-instance --instance-name blog");
        c = Sim.wait(c, LightsailOps.STOPPING_SECONDS);
        assertEquals("stopped", Sim.of(c, "lightsail-instance").get(0).attr("state"));
        c = Sim.ok(c, "aws lightsail start-instance --instance-name blog");
        c = Sim.wait(c, LightsailOps.PENDING_SECONDS);
        assertTrue(!ip.equals(Sim.of(c, "lightsail-instance").get(0).attr("public-ip")), "a new public IP on start");
        double before = c.ledger().total();
        c = Sim.ok(c, "aws lightsail delete-instance --instance-name blog");
        c = Sim.wait(c, 3600);
        assertEquals(before, c.ledger().total(), 1e-12, "a deleted instance costs nothing more");
        assertTrue(Sim.of(c, "lightsail-instance").isEmpty());
    }

    @Test
    void badInputIsExplained() {
        assertTrue(Sim.refused(Cloud.fresh(1), CREATE.replace("nano_3_0", "nano_3")).contains("Did you mean nano_3_0?"));
        assertTrue(Sim.refused(Cloud.fresh(1), CREATE.replace("wordpress", "wordpres")).contains("Did you mean wordpress?"));
        assertTrue(Sim.refused(Sim.ok(Cloud.fresh(1), CREATE), CREATE).contains("already in use"));
        assertTrue(Sim.refused(Cloud.fresh(1), "aws lightsail stop-instance --instance-name nope").contains("NotFoundException"));
    }
}
