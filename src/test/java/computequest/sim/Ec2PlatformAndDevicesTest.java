package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.sim.ec2.Ec2Roles;
import computequest.sim.ec2.Instance;
import org.junit.jupiter.api.Test;

/**
 * What an instance takes from its AMI, as the EC2 API documents it: Platform "windows" (absent on Linux),
 * PlatformDetails and the root device name (/dev/sda1 on Ubuntu and Windows, /dev/xvda on Amazon Linux); a mapping
 * for another device is not the root; the ECS agent line says one thing; and ec2 help lists the waiters the game runs.
 */
class Ec2PlatformAndDevicesTest {

    static final String AL2023 = "ami-0a1b2c3d4e5f60001";
    static final String UBUNTU = "ami-0a1b2c3d4e5f60002";
    static final String WINDOWS = "ami-0a1b2c3d4e5f60003";

    private static JsonObject launched(String image, String more) {
        Outcome o = Sim.run(Cloud.fresh(1), "aws ec2 run-instances --image-id " + image + " --instance-type t3.micro"
                + more);
        return JsonParser.parseString(o.output()).getAsJsonObject().getAsJsonArray("Instances").get(0)
                .getAsJsonObject();
    }

    private static JsonObject described(Cloud c) {
        return JsonParser.parseString(Sim.run(c, "aws ec2 describe-instances").output()).getAsJsonObject()
                .getAsJsonArray("Reservations").get(0).getAsJsonObject().getAsJsonArray("Instances").get(0)
                .getAsJsonObject();
    }

    @Test
    void aWindowsInstanceIsWindowsLikeItsAmi() {
        JsonObject i = launched(WINDOWS, "");
        assertEquals("windows", i.get("Platform").getAsString());
        assertEquals("Windows", i.get("PlatformDetails").getAsString());
        assertEquals("RunInstances:0002", i.get("UsageOperation").getAsString());
        assertEquals("/dev/sda1", i.get("RootDeviceName").getAsString());
        JsonObject linux = launched(AL2023, "");
        assertFalse(linux.has("Platform"), "Linux instances have no Platform");
        assertEquals("Linux/UNIX", linux.get("PlatformDetails").getAsString());
        assertEquals("RunInstances", linux.get("UsageOperation").getAsString());

        Cloud c = Sim.wait(Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + WINDOWS
                + " --instance-type t3.micro"), 120);
        assertEquals("windows", described(c).get("Platform").getAsString());
        String bill = c.ledger().lines().stream().map(LineItem::description).toList().toString();
        assertTrue(bill.contains("Windows: the Linux rate is shown"), "the bill line says the Windows rate is missing");
    }

    @Test
    void ubuntuAndWindowsBootFromDevSda1AndAmazonLinuxFromXvda() {
        assertEquals("/dev/sda1", launched(UBUNTU, "").get("RootDeviceName").getAsString());
        assertEquals("/dev/sda1", launched(UBUNTU, "").getAsJsonArray("BlockDeviceMappings").get(0).getAsJsonObject()
                .get("DeviceName").getAsString());
        assertEquals("/dev/xvda", launched(AL2023, "").get("RootDeviceName").getAsString());
        String image = Sim.run(Cloud.fresh(1), "aws ec2 describe-images --image-ids " + UBUNTU
                + " --query Images[0].RootDeviceName --output text").output().strip();
        assertEquals("/dev/sda1", image);
        // the terminated instance keeps its root device name
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + UBUNTU + " --instance-type t3.micro");
        String id = c.instances().keySet().iterator().next();
        c = Sim.wait(Sim.ok(Sim.wait(c, 60), "aws ec2 terminate-instances --instance-ids " + id), 120);
        assertEquals("/dev/sda1", described(c).get("RootDeviceName").getAsString());
    }

    @Test
    void aMappingForAnotherDeviceIsNotTheRoot() {
        Cloud ok = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + UBUNTU + " --instance-type t3.micro"
                + " --block-device-mappings 'DeviceName=/dev/sda1,Ebs={Encrypted=true,VolumeSize=20}'");
        Instance i = ok.instances().values().iterator().next();
        assertTrue(i.rootEncrypted());
        assertEquals(20, i.rootVolumeGib());
        // /dev/xvda is not Ubuntu's root: it is a second volume, and the root keeps the AMI's 8 GiB
        Cloud two = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + UBUNTU + " --instance-type t3.micro"
                + " --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=20}'");
        Instance j = two.instances().values().iterator().next();
        assertEquals(8, j.rootVolumeGib());
        assertFalse(j.rootEncrypted());
        assertEquals(java.util.Map.of("/dev/xvda", "20"), j.extraVolumes());
        // the documented example: a 100 GiB /dev/sdh beside Amazon Linux's /dev/xvda root
        Cloud sdh = Sim.wait(Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023 + " --instance-type"
                + " t3.micro --block-device-mappings '[{\"DeviceName\":\"/dev/sdh\",\"Ebs\":{\"VolumeSize\":100}}]'"), 3600);
        JsonObject d = described(sdh);
        assertEquals(2, d.getAsJsonArray("BlockDeviceMappings").size());
        assertEquals("/dev/xvda", d.getAsJsonArray("BlockDeviceMappings").get(0).getAsJsonObject().get("DeviceName")
                .getAsString());
        assertEquals("/dev/sdh", d.getAsJsonArray("BlockDeviceMappings").get(1).getAsJsonObject().get("DeviceName")
                .getAsString());
        LineItem extra = sdh.ledger().lines().stream().filter(l -> l.description().contains("/dev/sdh")).findFirst()
                .orElseThrow();
        LineItem root = sdh.ledger().lines().stream().filter(l -> l.description().contains("8 GiB root"))
                .findFirst().orElseThrow();
        assertEquals(root.usd() * 100 / 8, extra.usd(), 1e-9, "a 100 GiB volume costs 12.5 times the 8 GiB root");
        // members in any order, as the endpoint's decoder may write them
        Instance k = Sim.ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro"
                + " --block-device-mappings '[{\"Ebs\":{\"Encrypted\":true,\"VolumeSize\":30},\"DeviceName\":\"/dev/xvda\"},"
                + " {\"Ebs\":{\"VolumeSize\":5},\"DeviceName\":\"/dev/sdf\"}]'").instances().values().iterator().next();
        assertTrue(k.rootEncrypted());
        assertEquals(30, k.rootVolumeGib());
        assertEquals(java.util.Map.of("/dev/sdf", "5"), k.extraVolumes());
        String noSize = Sim.refused(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023 + " --instance-type"
                + " t3.micro --block-device-mappings 'DeviceName=/dev/sdf,Ebs={Encrypted=true}'");
        assertTrue(noSize.contains("VolumeSize"), noSize);
        String hibernate = Sim.refused(Cloud.fresh(1), "aws ec2 run-instances --image-id " + UBUNTU + " --instance-type"
                + " t3.micro --hibernation-options Configured=true");
        assertTrue(hibernate.contains("DeviceName=/dev/sda1,Ebs={Encrypted=true}"), hibernate);
    }

    @Test
    void anEcsInstanceWithoutAProfileIsToldOnlyThatItCannotRegister() {
        String launch = "aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.micro"
                + " --user-data '" + Ec2Roles.script("bakery") + "'";
        Outcome o = CloudSim.execute(Sim.ok(Cloud.fresh(1), "aws ecs create-cluster --cluster-name bakery"), launch);
        assertTrue(o.ok(), o.output());
        String said = String.join("\n", o.changes());
        assertTrue(said.contains("cannot register to 'bakery'"), said);
        assertFalse(said.contains("will register it to cluster"), said);
    }

    @Test
    void ec2HelpListsOnlyTheWaitersTheGameRuns() {
        String help = Sim.run(Cloud.fresh(1), "aws ec2 help").output();
        String waitLine = help.lines().filter(l -> l.strip().startsWith("wait ")).findFirst().orElseThrow();
        assertTrue(waitLine.contains("instance-running") && waitLine.contains("instance-stopped"), waitLine);
        assertFalse(waitLine.contains("vpn-connection-available") || waitLine.contains("nat-gateway-available"),
                waitLine);
        assertTrue(waitLine.contains("more, on operations this game does not simulate"), waitLine);
        String waitHelp = Sim.run(Cloud.fresh(1), "aws ec2 wait help").output();
        assertTrue(waitHelp.contains("instance-running") && !waitHelp.contains("vpn-connection-available"), waitHelp);
    }
}
