package computequest.laptop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.ec2.Instance;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * ssh from the laptop with a key file, as OpenSSH and EC2 behave: the key the instance launched with stays its key,
 * a file others may read is ignored, an empty or PuTTY file is no key, and chmod sets the bits ls -l shows.
 */
class SshKeyFileTest {

    private Laptop laptop = Laptop.fresh();
    private Cloud cloud = Cloud.fresh(7);
    private Ran last;

    private Ran run(String line) {
        last = Shell.run(laptop, cloud, line);
        laptop = last.laptop();
        cloud = last.cloud();
        return last;
    }

    private String all(String line) {
        return run(line).out().stream().map(Out::text).collect(Collectors.joining("\n"));
    }

    /** An instance launched with key pair k3, running, port 22 open to the laptop; returns its public IP. */
    private String launchedWithK3() {
        run("aws ec2 create-key-pair --key-name k3 --query KeyMaterial --output text > k3.pem");
        run("aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP + " --protocol tcp"
                + " --port 22 --cidr 203.0.113.25/32");
        run("aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name k3");
        assertTrue(last.ok(), last.out().toString());
        cloud = CloudSim.advance(cloud, 60).cloud();
        Instance i = cloud.instances().values().iterator().next();
        return i.publicIp();
    }

    @Test
    void aFileOthersMayReadIsIgnoredUntilChmod() {
        String ip = launchedWithK3();
        assertEquals("-rw-r--r--", all("ls -l k3.pem").substring(0, 10), "a redirect makes a 644 file");
        String out = all("ssh -i k3.pem ec2-user@" + ip + " 'ls /dev/shm'");
        assertFalse(last.ok());
        assertTrue(out.contains("WARNING: UNPROTECTED PRIVATE KEY FILE!"), out);
        assertTrue(out.contains("Permissions 0644 for 'k3.pem' are too open."), out);
        assertTrue(out.contains("This private key will be ignored.\nLoad key \"k3.pem\": bad permissions\nec2-user@"
                + ip + ": Permission denied (publickey)."), out);
        assertTrue(out.contains("chmod 400 k3.pem"), out);

        run("chmod 640 k3.pem");
        assertTrue(all("ssh -i k3.pem ec2-user@" + ip + " 'ls /dev/shm'").contains("Permissions 0640"));
        run("chmod go-r k3.pem");
        assertEquals("-rw-------", all("ls -l k3.pem").substring(0, 10));
        run("ssh -i k3.pem ec2-user@" + ip + " 'ls /dev/shm'");
        assertTrue(last.ok(), last.out().toString());
        run("chmod 400 k3.pem");
        assertEquals("-r--------", all("ls -l k3.pem").substring(0, 10));
        run("ssh -i k3.pem ec2-user@" + ip + " 'ls /dev/shm'");
        assertTrue(last.ok(), last.out().toString());
        run("chmod u-r k3.pem");
        assertTrue(all("ssh -i k3.pem ec2-user@" + ip + " 'ls'").contains("Load key \"k3.pem\": Permission denied"));
    }

    @Test
    void modesFollowTheFileThroughMvAndCpAndGoWithRm() {
        run("echo secret > a.pem");
        run("chmod 400 a.pem");
        run("mv a.pem b.pem");
        assertEquals("-r--------", all("ls -l b.pem").substring(0, 10));
        run("chmod 666 b.pem");
        run("cp b.pem c.pem");
        assertEquals("-rw-r--r--", all("ls -l c.pem").substring(0, 10), "cp applies the umask 022");
        run("rm c.pem");
        run("echo again > c.pem");
        assertEquals("-rw-r--r--", all("ls -l c.pem").substring(0, 10), "a new file at a removed path is 644");
        run("chmod u+x,o-r c.pem");
        assertEquals("-rwxr-----", all("ls -l c.pem").substring(0, 10));
    }

    @Test
    void aKeyPairMadeAgainUnderTheSameNameDoesNotOpenTheOldInstance() {
        String ip = launchedWithK3();
        run("chmod 400 k3.pem");
        run("cp k3.pem old-k3.pem");
        run("aws ec2 delete-key-pair --key-name k3");
        run("ssh -i old-k3.pem ec2-user@" + ip + " 'ls'");
        assertTrue(last.ok(), "the deleted pair's private key still opens the instance: " + last.out());
        run("rm k3.pem");
        run("aws ec2 create-key-pair --key-name k3 --query KeyMaterial --output text > k3.pem");
        run("chmod 400 k3.pem");
        String out = all("ssh -i k3.pem ec2-user@" + ip + " 'ls'");
        assertFalse(last.ok(), out);
        assertTrue(out.startsWith("ec2-user@" + ip + ": Permission denied (publickey)."), out);
        assertTrue(out.contains("newer pair of the same name"), out);
        run("ssh -i old-k3.pem ec2-user@" + ip + " 'ls'");
        assertTrue(last.ok(), "the old key still works after the new pair: " + last.out());

        run("aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name k3");
        cloud = CloudSim.advance(cloud, 60).cloud();
        String newIp = cloud.instances().values().stream().filter(i -> !i.publicIp().equals(ip)).findFirst()
                .orElseThrow().publicIp();
        run("ssh -i k3.pem ec2-user@" + newIp + " 'ls'");
        assertTrue(last.ok(), "an instance launched after the new pair takes the new key: " + last.out());
        run("ssh -i old-k3.pem ec2-user@" + newIp + " 'ls'");
        assertFalse(last.ok(), "and refuses the old one");
    }

    @Test
    void anEmptyOrPuttyKeyFileIsInvalidFormat() {
        String ip = launchedWithK3();
        run("aws ec2 create-key-pair --key-name k3 --query KeyMaterial --output text > bakery.pem");
        assertFalse(last.ok(), "a duplicate name fails, but the redirect still made the file");
        assertEquals("", laptop.read("bakery.pem").orElseThrow());
        run("chmod 400 bakery.pem");
        String out = all("ssh -i bakery.pem ec2-user@" + ip + " 'ls'");
        assertTrue(out.startsWith("Load key \"bakery.pem\": invalid format\nec2-user@" + ip
                + ": Permission denied (publickey).\nbakery.pem is empty"), out);

        run("aws ec2 create-key-pair --key-name putty --key-format ppk --query KeyMaterial --output text > p.ppk");
        assertTrue(laptop.read("p.ppk").orElseThrow().startsWith("PuTTY-User-Key-File-"), laptop.read("p.ppk").get());
        run("chmod 400 p.ppk");
        out = all("ssh -i p.ppk ec2-user@" + ip + " 'ls'");
        assertTrue(out.startsWith("Load key \"p.ppk\": invalid format"), out);
        assertTrue(out.contains("PuTTY"), out);
    }
}
