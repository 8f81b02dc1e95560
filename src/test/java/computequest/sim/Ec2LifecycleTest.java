package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.ec2.Ec2Access;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ec2LifecycleTest {

    static final String AL2023 = "ami-0a1b2c3d4e5f60001";
    static final String HIB = " --hibernation-options Configured=true --block-device-mappings 'DeviceName=/dev/xvda,Ebs={Encrypted=true}'";

    static Outcome ok(Cloud c, String cmd) {
        Outcome o = CloudSim.execute(c, cmd);
        assertTrue(o.ok(), () -> cmd + " was refused: " + o.output());
        return o;
    }

    static Instance only(Cloud c) {
        assertEquals(1, c.instances().size());
        return c.instances().values().iterator().next();
    }

    static Cloud launch(String extra) {
        return ok(withSshAccess(Cloud.fresh(7)), "aws ec2 run-instances --image-id " + AL2023
                + " --instance-type t3.micro --key-name bakery" + extra).cloud();
    }

    /** A key pair "bakery" and the default group open to SSH from the laptop: what ssh needs. */
    static Cloud withSshAccess(Cloud c) {
        c = ok(c, "aws ec2 create-key-pair --key-name bakery").cloud();
        return ok(c, "aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP
                + " --protocol tcp --port 22 --cidr " + Ec2Access.LAPTOP_IP + "/32").cloud();
    }

    /** The ssh line that reaches the instance as the course teaches it: key file, login user, public IP. */
    static String ssh(Cloud c, String id, String command) {
        return "ssh -i bakery.pem ec2-user@" + c.instances().get(id).publicIp() + " '" + command + "'";
    }

    @Test
    void launchStartsPendingWithCodeZeroAndBecomesRunningAfterTime() {
        Cloud c = launch("");
        Instance i = only(c);
        assertEquals(InstanceState.PENDING, i.state());
        assertEquals(0, i.state().code());
        c = CloudSim.advance(c, Catalog.PENDING_SECONDS - 1).cloud();
        assertEquals(InstanceState.PENDING, only(c).state());
        c = CloudSim.advance(c, 1).cloud();
        assertEquals(InstanceState.RUNNING, only(c).state());
        assertEquals(16, only(c).state().code());
    }

    @Test
    void defaultVpcGivesAPublicIpInADefaultSubnet() {
        Instance i = only(launch(""));
        assertTrue(i.publicIp() != null && !i.publicIp().isEmpty());
        assertTrue(i.privateIp().startsWith("172.31."), i.privateIp());
        assertTrue(Catalog.ZONES.contains(i.availabilityZone()));
    }

    @Test
    void stopLosesRamKeepsDiskAndChangesPublicIp() {
        Cloud c = CloudSim.advance(launch(""), 30).cloud();
        String id = only(c).instanceId();
        c = ok(c, ssh(c, id, "echo cart > /dev/shm/cart")).cloud();
        c = ok(c, ssh(c, id, "echo log > /home/ec2-user/log")).cloud();
        String ipBefore = only(c).publicIp();
        String privateBefore = only(c).privateIp();
        c = ok(c, "aws ec2 stop-instances --instance-ids " + id).cloud();
        assertEquals(InstanceState.STOPPING, only(c).state());
        c = CloudSim.advance(c, 60).cloud();
        assertEquals(InstanceState.STOPPED, only(c).state());
        assertEquals(80, only(c).state().code());
        assertEquals(null, only(c).publicIp());
        c = ok(c, "aws ec2 start-instances --instance-ids " + id).cloud();
        c = CloudSim.advance(c, 60).cloud();
        assertFalse(only(c).ram().containsKey("/dev/shm/cart"));
        assertEquals("log", only(c).disk().get("/home/ec2-user/log"));
        assertFalse(ipBefore.equals(only(c).publicIp()), "a start after a stop gets a new public IP");
        assertEquals(privateBefore, only(c).privateIp());
        Outcome cat = CloudSim.execute(c, ssh(c, id, "cat /dev/shm/cart"));
        // the answer the player looked for, printed as ssh prints the remote cat's message (not a refused command)
        assertTrue(cat.ok() && cat.output().contains("cat: /dev/shm/cart: No such file or directory"), cat.output());
    }

    @Test
    void hibernateKeepsRam() {
        Cloud c = CloudSim.advance(launch(HIB), 30).cloud();
        String id = only(c).instanceId();
        c = ok(c, ssh(c, id, "echo cart > /dev/shm/cart")).cloud();
        c = ok(c, "aws ec2 stop-instances --instance-ids " + id + " --hibernate").cloud();
        c = CloudSim.advance(c, 120).cloud();
        assertEquals(InstanceState.STOPPED, only(c).state());
        assertTrue(only(c).hibernated());
        c = ok(c, "aws ec2 start-instances --instance-ids " + id).cloud();
        c = CloudSim.advance(c, 60).cloud();
        assertEquals("cart", ok(c, ssh(c, id, "cat /dev/shm/cart")).output());
    }

    @Test
    void hibernateIsRefusedWithoutItAtLaunchAndSaysWhy() {
        Cloud c = CloudSim.advance(launch(""), 30).cloud();
        Outcome o = CloudSim.execute(c, "aws ec2 stop-instances --instance-ids " + only(c).instanceId() + " --hibernate");
        assertFalse(o.ok());
        assertEquals("UnsupportedHibernationConfiguration", o.errorCode());
        assertTrue(o.output().contains("cannot be turned on later"), o.output());
        assertEquals(InstanceState.RUNNING, only(o.cloud()).state());
    }

    @Test
    void hibernationNeedsAnEncryptedRootVolume() {
        Outcome o = CloudSim.execute(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023
                + " --instance-type t3.micro --hibernation-options Configured=true");
        assertFalse(o.ok());
        assertTrue(o.output().contains("encrypted"), o.output());
        assertTrue(o.cloud().instances().isEmpty());
    }

    @Test
    void hibernationNeedsARootVolumeThatHoldsRam() {
        Outcome o = CloudSim.execute(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023
                + " --instance-type r5.large --hibernation-options Configured=true"
                + " --block-device-mappings 'DeviceName=/dev/xvda,Ebs={Encrypted=true,VolumeSize=8}'");
        assertFalse(o.ok());
        assertTrue(o.output().contains("at least 20 GiB"), o.output());
    }

    @Test
    void illegalTransitionsAreRefusedWithIncorrectInstanceState() {
        Cloud pending = launch("");
        String id = only(pending).instanceId();
        for (String cmd : List.of("stop-instances", "reboot-instances")) {
            Outcome o = CloudSim.execute(pending, "aws ec2 " + cmd + " --instance-ids " + id);
            assertEquals("IncorrectInstanceState", o.errorCode(), cmd + " on pending");
        }
        Cloud running = CloudSim.advance(pending, 30).cloud();
        assertEquals("IncorrectInstanceState",
                CloudSim.execute(running, "aws ec2 modify-instance-attribute --instance-id " + id + " --instance-type t3.small").errorCode());
        Cloud terminated = CloudSim.advance(ok(running, "aws ec2 terminate-instances --instance-ids " + id).cloud(), 30).cloud();
        assertEquals(InstanceState.TERMINATED, only(terminated).state());
        for (String cmd : List.of("start-instances", "stop-instances", "reboot-instances")) {
            assertEquals("IncorrectInstanceState",
                    CloudSim.execute(terminated, "aws ec2 " + cmd + " --instance-ids " + id).errorCode(), cmd + " on terminated");
        }
        assertTrue(CloudSim.advance(terminated, 3600).cloud().instances().isEmpty(), "terminated instances vanish after an hour");
    }

    @Test
    void stoppedInstanceCanBeResized() {
        Cloud c = CloudSim.advance(launch(""), 30).cloud();
        String id = only(c).instanceId();
        c = CloudSim.advance(ok(c, "aws ec2 stop-instances --instance-ids " + id).cloud(), 60).cloud();
        c = ok(c, "aws ec2 modify-instance-attribute --instance-id " + id + " --instance-type Value=t3.small").cloud();
        assertEquals("t3.small", only(c).instanceType());
    }

    @Test
    void createImageCopiesTheDiskAndLaunchesAgain() {
        Cloud c = CloudSim.advance(launch(""), 30).cloud();
        String id = only(c).instanceId();
        c = ok(c, ssh(c, id, "echo v1 > /home/ec2-user/index.html")).cloud();
        Outcome img = ok(c, "aws ec2 create-image --instance-id " + id + " --name tracker-v1");
        String ami = img.output().replaceAll("(?s).*\"(ami-[0-9a-f]+)\".*", "$1");
        c = CloudSim.advance(img.cloud(), Catalog.AMI_PENDING_SECONDS).cloud();
        c = ok(c, "aws ec2 run-instances --image-id " + ami + " --instance-type t3.micro --count 2").cloud();
        long copies = c.instances().values().stream().filter(i -> i.imageId().equals(ami)
                && "v1".equals(i.disk().get("/home/ec2-user/index.html"))).count();
        assertEquals(2, copies);
    }

    @Test
    void sameSeedSameCommandsSameCloud() {
        assertEquals(launch("").toString(), launch("").toString());
    }

    @Test
    void aCommandWithOneBadIdAmongSeveralChangesNothing() {
        Cloud c = CloudSim.advance(ok(Cloud.fresh(3), "aws ec2 run-instances --image-id " + AL2023
                + " --instance-type t3.micro --count 2").cloud(), 30).cloud();
        List<String> ids = List.copyOf(c.instances().keySet());
        for (String op : List.of("terminate-instances", "stop-instances", "start-instances", "reboot-instances")) {
            Outcome o = CloudSim.execute(c, "aws ec2 " + op + " --instance-ids " + ids.get(0) + " i-0123456789abcdef0 " + ids.get(1));
            assertFalse(o.ok(), op);
            assertEquals(c, o.cloud(), op + " with a bad id must change nothing");
        }
    }
}
