package computequest.sim;

import static computequest.sim.Sim.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * curl from the laptop to a server (issue 17): a security group drops what it does not allow, so a closed port
 * times out; a rule for the port from the laptop's address or from anywhere lets the request reach the server, which
 * answers only if something serves the page. A Lightsail instance's firewall behaves the same way.
 */
class RealAccountWebTest {

    static final String HTTP_ANYWHERE = "aws ec2 authorize-security-group-ingress --group-id "
            + Catalog.DEFAULT_SECURITY_GROUP + " --protocol tcp --port 80 --cidr 0.0.0.0/0";

    static Cloud webServer() {
        Cloud c = Sim.wait(Ec2LifecycleTest.launch(""), 30);
        String id = c.instances().keySet().iterator().next();
        return ok(c, Ec2LifecycleTest.ssh(c, id, "echo order tracker > /var/www/html/index.html"));
    }

    static String ip(Cloud c) {
        return c.instances().values().iterator().next().publicIp();
    }

    @Test
    void aSecurityGroupWithoutAnHttpRuleMakesCurlTimeOut() {
        Cloud c = webServer();
        String out = Sim.refused(c, "curl http://" + ip(c) + "/");
        assertTrue(out.contains("curl: (28)") && out.contains("timed out") && out.contains("--port 80"), out);
        Cloud open = ok(c, HTTP_ANYWHERE);
        assertEquals("order tracker", Sim.run(open, "curl http://" + ip(open) + "/").output().strip());
        assertEquals("order tracker", Sim.run(open, "curl " + Catalog.publicDns(ip(open))).output().strip());
        assertTrue(Sim.refused(open, "curl https://" + ip(open) + "/").contains("port 443"), "443 is another rule");
    }

    @Test
    void aRuleFromTheLaptopsAddressIsEnoughAndAnotherAddressIsNot() {
        Cloud c = webServer();
        String rule = "aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP
                + " --protocol tcp --port 80 --cidr ";
        Sim.refused(ok(c, rule + "198.51.100.7/32"), "curl http://" + ip(c) + "/");
        Cloud mine = ok(c, rule + "203.0.113.25/32");
        assertEquals("order tracker", Sim.run(mine, "curl http://" + ip(mine)).output().strip());
    }

    @Test
    void anOpenPortWithNothingListeningRefusesAndAStoppedInstanceDoesNotAnswer() {
        Cloud c = ok(Sim.wait(Ec2LifecycleTest.launch(""), 30), HTTP_ANYWHERE);
        assertTrue(Sim.refused(c, "curl http://" + ip(c)).contains("Connection refused"));
        String id = c.instances().keySet().iterator().next();
        String old = ip(c);
        Cloud stopped = Sim.wait(ok(c, "aws ec2 stop-instances --instance-ids " + id), 60);
        assertTrue(Sim.refused(stopped, "curl http://" + old).contains("timed out"), "the address is released");
    }

    @Test
    void aLightsailAppOpensTheWebPortsAndNothingElse() {
        Cloud c = RealAccountLightsailTest.running();
        String ip = RealAccountLightsailTest.ip(c);
        assertTrue(Sim.run(c, "curl http://" + ip + "/").output().contains("WordPress"));
        assertTrue(Sim.refused(c, "curl http://" + ip + ":8080/").contains("curl: (28)"));
        Cloud os = Sim.wait(ok(Cloud.fresh(1), "aws lightsail create-instances --instance-names box --availability-zone"
                + " us-east-1a --blueprint-id ubuntu_24_04 --bundle-id nano_3_0"), 60);
        assertTrue(Sim.refused(os, "curl http://" + RealAccountLightsailTest.ip(os)).contains("only 22"));
    }

    @Test
    void afterARestartTheOldAddressLeadsNowhereButTheStaticIpStillAnswers() {
        Cloud c = RealAccountLightsailTest.running();
        String old = RealAccountLightsailTest.ip(c);
        Cloud restarted = RealAccountLightsailTest.restart(c);
        assertTrue(Sim.refused(restarted, "curl http://" + old).contains("No server in your account has that address"));
        Cloud fixed = RealAccountLightsailTest.restart(ok(c, "aws lightsail allocate-static-ip --static-ip-name ip",
                "aws lightsail attach-static-ip --static-ip-name ip --instance-name blog"));
        String ip = Sim.of(fixed, "static-ip").get(0).attr("ip");
        assertTrue(Sim.run(fixed, "curl http://" + ip).output().contains("WordPress"));
    }
}
