package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BillingTest {

    private static double item(Cloud c, String id, String desc) {
        return c.ledger().lines().stream().filter(l -> l.resourceId().equals(id) && l.description().equals(desc))
                .mapToDouble(LineItem::usd).sum();
    }

    @Test
    void pendingIsNotBilledRunningIsBilledPerSecond() {
        Cloud c = Ec2LifecycleTest.launch("");
        String id = c.instances().keySet().iterator().next();
        c = CloudSim.advance(c, Catalog.PENDING_SECONDS).cloud();
        assertEquals(0, item(c, id, "t3.micro instance"), 1e-12);
        c = CloudSim.advance(c, 3600).cloud();
        assertEquals(0.0104, item(c, id, "t3.micro instance"), 1e-9);
    }

    @Test
    void aShortRunIsBilledTheSixtySecondMinimum() {
        Cloud c = CloudSim.advance(Ec2LifecycleTest.launch(""), Catalog.PENDING_SECONDS).cloud();
        String id = c.instances().keySet().iterator().next();
        c = CloudSim.advance(c, 10).cloud();
        c = Ec2LifecycleTest.ok(c, "aws ec2 stop-instances --instance-ids " + id).cloud();
        c = CloudSim.advance(c, 600).cloud();
        assertEquals(0.0104 * 60 / 3600, item(c, id, "t3.micro instance"), 1e-12);
    }

    @Test
    void aStoppedInstancePaysOnlyForItsVolume() {
        Cloud c = CloudSim.advance(Ec2LifecycleTest.launch(""), Catalog.PENDING_SECONDS + 120).cloud();
        String id = c.instances().keySet().iterator().next();
        c = CloudSim.advance(Ec2LifecycleTest.ok(c, "aws ec2 stop-instances --instance-ids " + id).cloud(), 60).cloud();
        double compute = item(c, id, "t3.micro instance");
        double ip = item(c, id, "public IPv4 address");
        double ebs = item(c, id, "EBS gp3 8 GiB root volume");
        c = CloudSim.advance(c, 730 * 3600).cloud();
        assertEquals(compute, item(c, id, "t3.micro instance"), 1e-12);
        assertEquals(ip, item(c, id, "public IPv4 address"), 1e-12);
        assertEquals(8 * 0.08, item(c, id, "EBS gp3 8 GiB root volume") - ebs, 1e-9, "8 GB for a 730-hour month at $0.08");
    }

    @Test
    void publicIpv4CostsHalfACentAnHour() {
        Cloud c = CloudSim.advance(Ec2LifecycleTest.launch(""), Catalog.PENDING_SECONDS).cloud();
        String id = c.instances().keySet().iterator().next();
        double before = item(c, id, "public IPv4 address");
        c = CloudSim.advance(c, 3600).cloud();
        assertEquals(0.005, item(c, id, "public IPv4 address") - before, 1e-12);
    }

    @Test
    void moneyFormatsTinyAndLargeAmounts() {
        assertEquals("$0.00", Money.usd(0));
        assertEquals("$12.50", Money.usd(12.5));
        assertEquals("$0.0104", Money.usd(0.0104));
        assertEquals("$0.0000002", Money.usd(0.0000002));
    }
}
