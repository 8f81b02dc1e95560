package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * run-instances refuses an ED25519 key pair for a Windows AMI. The code and wording are what EC2 answered in public
 * reports (github.com/splunk/attack_range/pull/901, 2024-06: "Unsupported: ED25519 key pairs are not supported with
 * Windows AMIs. Choose a different key pair type and try again."; the same sentence in github.com/oven-sh/bun/pull/20021,
 * 2025-05); the AWS CDK's KeyPairType notes that ED25519 keys are not supported for Windows instances.
 */
class WindowsKeyTypeTest {

    private static final String WINDOWS = "ami-0a1b2c3d4e5f60003";
    private static final String LINUX = "ami-0a1b2c3d4e5f60001";

    private static Cloud keys() {
        return Sim.ok(Cloud.fresh(1), "aws ec2 create-key-pair --key-name ed --key-type ed25519",
                "aws ec2 create-key-pair --key-name rs --key-type rsa");
    }

    private static String launch(String ami, String key) {
        return "aws ec2 run-instances --image-id " + ami + " --instance-type t3.micro --key-name " + key;
    }

    @Test
    void aWindowsAmiRefusesAnEd25519KeyPairAndLaunchesNothing() {
        Cloud c = keys();
        Outcome o = CloudSim.execute(c, launch(WINDOWS, "ed"));
        assertEquals("Unsupported", o.errorCode());
        assertTrue(o.output().startsWith("An error occurred (Unsupported) when calling the RunInstances operation:"
                + " ED25519 key pairs are not supported with Windows AMIs. Choose a different key pair type and try"
                + " again."), o.output());
        Sim.refused(c, launch(WINDOWS, "ed"));
        assertEquals(0, Sim.of(o.cloud(), "instance").size());
    }

    @Test
    void rsaOnWindowsAndEd25519OnLinuxStillLaunch() {
        Cloud c = Sim.ok(keys(), launch(WINDOWS, "rs"), launch(LINUX, "ed"));
        assertEquals(2, Sim.of(c, "instance").size());
    }

    @Test
    void anAmiMadeFromAWindowsInstanceRefusesItToo() {
        Cloud c = Sim.wait(Sim.ok(keys(), launch(WINDOWS, "rs")), 120);
        String id = Sim.of(c, "instance").get(0).id();
        c = Sim.wait(Sim.ok(c, "aws ec2 create-image --instance-id " + id + " --name win-copy"), 600);
        String ami = Sim.of(c, "image").stream().filter(r -> r.attr("name").equals("win-copy")).findFirst()
                .orElseThrow().id();
        assertEquals("Unsupported", CloudSim.execute(c, launch(ami, "ed")).errorCode());
    }
}
