package computequest.sim;

import static computequest.sim.RealAccountRulesTest.failing;
import static computequest.sim.Sim.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.lightsail.LightsailOps;
import org.junit.jupiter.api.Test;

/**
 * Lightsail as a real account has it (issue 17, fact sheet verified additions 7): a stop and start gives a new public
 * IP unless a static IP is attached; a static IP is free while attached and billed once unattached for more than an
 * hour; a stopped instance is still billed; the bundle is billed by the hour, never above its monthly price.
 */
class RealAccountLightsailTest {

    static Cloud running() {
        return Sim.wait(ok(Cloud.fresh(1), LightsailTest.CREATE), LightsailOps.PENDING_SECONDS);
    }

    static String ip(Cloud c) {
        return Sim.of(c, "lightsail-instance").get(0).attr("public-ip");
    }

    static Cloud restart(Cloud c) {
        c = Sim.wait(ok(c, "aws lightsail stop-instance --instance-name blog"), LightsailOps.STOPPING_SECONDS);
        return Sim.wait(ok(c, "aws lightsail start-instance --instance-name blog"), LightsailOps.PENDING_SECONDS);
    }

    @Test
    void aStopAndStartGivesANewAddressUnlessAStaticIpIsAttached() {
        Cloud c = running();
        String before = ip(c);
        assertNotEquals(before, ip(restart(c)));
        c = ok(c, "aws lightsail allocate-static-ip --static-ip-name blog-ip",
                "aws lightsail attach-static-ip --static-ip-name blog-ip --instance-name blog");
        String fixed = ip(c);
        assertEquals(Sim.of(c, "static-ip").get(0).attr("ip"), fixed);
        assertEquals(fixed, ip(restart(c)), "the static IP survives stop and start");
        assertTrue(Sim.run(c, "aws lightsail get-instance --instance-name blog").output().contains("\"isStaticIp\": true"));
    }

    @Test
    void staticIpsAreCheckedLikeLightsailDoes() {
        Cloud c = ok(running(), "aws lightsail create-instances --instance-names shop --availability-zone us-east-1a"
                + " --blueprint-id wordpress --bundle-id nano_3_0");
        failing(c, "aws lightsail attach-static-ip --static-ip-name nope --instance-name blog", "NotFoundException");
        c = ok(c, "aws lightsail allocate-static-ip --static-ip-name ip1");
        failing(c, "aws lightsail allocate-static-ip --static-ip-name ip1", "InvalidInputException");
        failing(c, "aws lightsail attach-static-ip --static-ip-name ip1 --instance-name nope", "NotFoundException");
        c = ok(c, "aws lightsail attach-static-ip --static-ip-name ip1 --instance-name blog");
        failing(c, "aws lightsail attach-static-ip --static-ip-name ip1 --instance-name shop", "InvalidInputException");
        c = ok(c, "aws lightsail allocate-static-ip --static-ip-name ip2");
        failing(c, "aws lightsail attach-static-ip --static-ip-name ip2 --instance-name blog", "InvalidInputException");
        c = ok(c, "aws lightsail detach-static-ip --static-ip-name ip1");
        failing(c, "aws lightsail detach-static-ip --static-ip-name ip1", "InvalidInputException");
        c = ok(c, "aws lightsail release-static-ip --static-ip-name ip1");
        failing(c, "aws lightsail get-static-ip --static-ip-name ip1", "NotFoundException");
        assertTrue(Sim.run(c, "aws lightsail get-static-ips").output().contains("\"name\": \"ip2\""));
    }

    @Test
    void aStaticIpIsFreeWhileAttachedAndBilledAfterAnUnattachedHour() {
        Cloud attached = Sim.wait(ok(running(), "aws lightsail allocate-static-ip --static-ip-name ip",
                "aws lightsail attach-static-ip --static-ip-name ip --instance-name blog"), 3 * 3600);
        assertEquals(0, Sim.billed(attached, "static IP"), 1e-12);
        Cloud loose = ok(attached, "aws lightsail detach-static-ip --static-ip-name ip");
        assertEquals(0, Sim.billed(Sim.wait(loose, 3600), "static IP"), 1e-12, "the first unattached hour is free");
        assertEquals(0.005, Sim.billed(Sim.wait(loose, 2 * 3600), "static IP"), 1e-9, "then $0.005 an hour");
        Cloud orphan = Sim.wait(ok(attached, "aws lightsail delete-instance --instance-name blog"), 2 * 3600);
        assertEquals(0.005, Sim.billed(orphan, "static IP"), 1e-9, "deleting the instance leaves the static IP billed");
        Cloud released = Sim.wait(ok(loose, "aws lightsail release-static-ip --static-ip-name ip"), 5 * 3600);
        assertEquals(0, Sim.billed(released, "static IP"), 1e-12);
    }

    @Test
    void aStoppedInstanceIsStillBilledByTheHourUpToTheMonthlyPrice() {
        Cloud c = Sim.wait(ok(running(), "aws lightsail stop-instance --instance-name blog"), 3600);
        assertEquals("stopped", Sim.of(c, "lightsail-instance").get(0).attr("state"));
        double hour = Sim.billed(c, "nano_3_0");
        Cloud later = Sim.wait(c, 3600);
        assertEquals(5.0 / 744, Sim.billed(later, "nano_3_0") - hour, 1e-9, "a stopped hour costs a running hour");
        assertEquals(0.0067, 5.0 / 744, 0.00005, "the FAQ's hourly rate for the $5 plan");
        Cloud month = Sim.wait(ok(Cloud.fresh(1), LightsailTest.CREATE), 31 * 24 * 3600L);
        assertTrue(Sim.billed(month, "nano_3_0") <= 5.0 + 1e-9, "never more than the monthly price in a 31-day month");
    }
}
