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
        return ok(c, Ec2LifecycleTest.ssh(c, id, "sudo dnf install -y httpd && sudo systemctl enable --now httpd"
                + " && echo order tracker | sudo tee /var/www/html/index.html"));
    }

    /**
     * A real Amazon Linux instance has no web server: /var/www/html comes with httpd, belongs to root, and the server
     * answers only once started; enabled, it comes back after a stop and start.
     */
    @Test
    void aPageNeedsAWebServerInstalledStartedAndARootWrittenFile() {
        Cloud c = ok(Sim.wait(Ec2LifecycleTest.launch(""), 30), HTTP_ANYWHERE);
        String id = c.instances().keySet().iterator().next();
        assertTrue(Sim.refused(c, Ec2LifecycleTest.ssh(c, id, "echo hi > /var/www/html/index.html"))
                .contains("No such file or directory"));
        assertTrue(Sim.refused(c, Ec2LifecycleTest.ssh(c, id, "dnf install -y httpd")).contains("superuser"));
        assertTrue(Sim.refused(c, Ec2LifecycleTest.ssh(c, id, "sudo apt-get install -y apache2"))
                .contains("command not found"), "Amazon Linux has no apt-get");
        c = ok(c, Ec2LifecycleTest.ssh(c, id, "sudo dnf install -y httpd"));
        assertTrue(Sim.refused(c, "curl http://" + ip(c)).contains("Connection refused"), "installed is not started");
        assertTrue(Sim.refused(c, Ec2LifecycleTest.ssh(c, id, "sudo echo hi > /var/www/html/index.html"))
                .contains("Permission denied"), "the > is opened by the user's shell, not by sudo");
        assertTrue(Sim.refused(c, Ec2LifecycleTest.ssh(c, id, "echo hi | tee /var/www/html/index.html"))
                .contains("Permission denied"));
        Cloud started = ok(c, Ec2LifecycleTest.ssh(c, id, "sudo systemctl start httpd"
                + " && echo hi | sudo tee /var/www/html/index.html"));
        assertEquals("hi", Sim.run(started, "curl http://" + ip(started)).output().strip());
        Cloud rebooted = Sim.wait(ok(Sim.wait(ok(started, "aws ec2 stop-instances --instance-ids " + id), 60),
                "aws ec2 start-instances --instance-ids " + id), 60);
        assertTrue(Sim.refused(rebooted, "curl http://" + ip(rebooted)).contains("Connection refused"),
                "started but not enabled: gone after a stop and start");
        Cloud enabled = ok(rebooted, Ec2LifecycleTest.ssh(rebooted, id, "sudo systemctl enable httpd"));
        enabled = Sim.wait(ok(Sim.wait(ok(enabled, "aws ec2 stop-instances --instance-ids " + id), 60),
                "aws ec2 start-instances --instance-ids " + id), 60);
        assertEquals("hi", Sim.run(enabled, "curl http://" + ip(enabled)).output().strip(), "enabled: back at boot");
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
