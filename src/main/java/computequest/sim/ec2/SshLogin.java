package computequest.sim.ec2;

import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What real SSH checks before a shell opens, in its order: the name resolves to an address, the instance is running,
 * a security group lets TCP 22 in from the laptop's address, the user is the AMI's login user, and the private key
 * given with {@code -i} belongs to the key pair the instance was launched with. Each failure prints what ssh prints,
 * then one sentence saying what to do.
 */
public final class SshLogin {

    /** A key file's text as the laptop passes it on: this prefix, then the file without whitespace. */
    public static final String PEM_PREFIX = "PEM:";
    private static final String KEY_TAG = "cq-key:";

    private SshLogin() {
    }

    record Login(Instance instance, String command) {
    }

    static Login connect(Cloud cloud, List<String> words) {
        String identity = null;
        String target = null;
        List<String> command = new ArrayList<>();
        for (int n = 1; n < words.size(); n++) {
            String w = words.get(n);
            if (target == null && (w.equals("-i") || w.equals("-o") || w.equals("-p") || w.equals("-l"))) {
                if (n + 1 >= words.size()) {
                    throw new CliException("ssh: option requires an argument -- " + w.substring(1));
                }
                if (w.equals("-i")) {
                    identity = words.get(n + 1);
                }
                n++;
            } else if (target == null && w.startsWith("-")) {
                continue;
            } else if (target == null) {
                target = w;
            } else {
                command.add(w);
            }
        }
        if (target == null || command.isEmpty()) {
            throw new CliException("usage: ssh -i KEY.pem USER@PUBLIC-IP 'COMMAND'. Commands: echo TEXT > /dev/shm/FILE"
                    + " (RAM), echo TEXT > /home/ec2-user/FILE (disk), cat FILE, ls DIR.");
        }
        String user = target.contains("@") ? target.substring(0, target.indexOf('@')) : "learner";
        String host = target.substring(target.indexOf('@') + 1);
        Instance i = resolve(cloud, host);
        String address = i.publicIp();
        if (i.state() != InstanceState.RUNNING) {
            throw new CliException("ssh: connect to host " + host + " port 22: Connection refused. The instance is "
                    + i.state().apiName() + "; only a running instance answers.");
        }
        if (!cloud.access().admits(i.securityGroups(), 22, Ec2Access.LAPTOP_IP, List.of())) {
            String group = i.securityGroups().get(0);
            throw new CliException("ssh: connect to host " + address + " port 22: Connection timed out\n"
                    + "No security group of " + i.instanceId() + " (" + String.join(", ", i.securityGroups())
                    + ") lets TCP port 22 in from your address, " + Ec2Access.LAPTOP_IP + ", so the packets are"
                    + " dropped" + (i.securityGroups().contains(Catalog.DEFAULT_SECURITY_GROUP)
                    ? " (the default group lets in only traffic from itself)" : "") + ". Add a rule: aws ec2"
                    + " authorize-security-group-ingress --group-id " + group + " --protocol tcp --port 22 --cidr "
                    + Ec2Access.LAPTOP_IP + "/32");
        }
        String denied = user + "@" + address + ": Permission denied (publickey).\n";
        String loginUser = loginUser(i);
        if (i.keyName().isEmpty()) {
            throw new CliException(denied + i.instanceId() + " was launched without a key pair, so no key opens it."
                    + " Launch a new instance with --key-name (aws ec2 create-key-pair makes one).");
        }
        if (!user.equals(loginUser)) {
            throw new CliException(denied + "The AMI's login user is " + loginUser + ": ssh -i " + i.keyName()
                    + ".pem " + loginUser + "@" + address + " '...'");
        }
        if (identity == null) {
            throw new CliException(denied + "Give the private key of key pair " + i.keyName() + " with -i: ssh -i "
                    + i.keyName() + ".pem " + loginUser + "@" + address + " '...'");
        }
        String keyName = keyNameOf(cloud, identity);
        if (!i.keyName().equals(keyName)) {
            throw new CliException(denied + i.instanceId() + " accepts only the key of key pair " + i.keyName()
                    + (keyName == null ? "; that file is not a private key AWS made." : ", not " + keyName + "."));
        }
        return new Login(i, String.join(" ", command).trim());
    }

    private static Instance resolve(Cloud cloud, String host) {
        for (Instance i : cloud.instances().values()) {
            if (i.publicIp() != null && (host.equals(i.publicIp()) || host.equals(Catalog.publicDns(i.publicIp())))) {
                return i;
            }
        }
        for (Instance i : cloud.instances().values()) {
            if (host.equals(i.instanceId())) {
                throw new CliException("ssh: Could not resolve hostname " + host + ": Name or service not known\n"
                        + "ssh connects to an address, not an instance id. "
                        + (i.publicIp() == null ? i.instanceId() + " has no public IP now."
                        : "Its public IP is " + i.publicIp() + ": ssh -i KEY.pem " + loginUser(i) + "@"
                        + i.publicIp() + " '...'"));
            }
            if (host.equals(i.privateIp())) {
                throw new CliException("ssh: connect to host " + host + " port 22: Connection timed out\n" + host
                        + " is a private address: only the VPC reaches it. From your laptop, use the public IP"
                        + (i.publicIp() == null ? " (this instance has none)." : ", " + i.publicIp() + "."));
            }
        }
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new CliException("ssh: connect to host " + host + " port 22: Connection timed out\n"
                    + "No running instance has that address now. A stop releases the public IP and a start gives a"
                    + " new one: look it up again with aws ec2 describe-instances.");
        }
        throw new CliException("ssh: Could not resolve hostname " + host + ": Name or service not known\n"
                + "Connect to the instance's public IP, from aws ec2 describe-instances.");
    }

    /** The login user of the instance's operating system: ubuntu on Ubuntu, ec2-user on Amazon Linux. */
    static String loginUser(Instance i) {
        return i.disk().getOrDefault("/etc/os-release", "").contains("Ubuntu") ? "ubuntu" : "ec2-user";
    }

    private static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** The private key text that create-key-pair prints for a key pair of this name. */
    static String pem(String name, String seed) {
        String body = Base64.getEncoder().encodeToString((KEY_TAG + name + ":" + Ec2Access.hash("key:" + seed, 200))
                .getBytes(StandardCharsets.US_ASCII));
        StringBuilder pem = new StringBuilder("-----BEGIN RSA PRIVATE KEY-----\n");
        for (int n = 0; n < body.length(); n += 64) {
            pem.append(body, n, Math.min(body.length(), n + 64)).append('\n');
        }
        return pem.append("-----END RSA PRIVATE KEY-----").toString();
    }

    /**
     * The key pair a private key belongs to, or null. The laptop passes the key file's text; a bare path (a review's
     * scratch account has no laptop) stands for the key pair it is named after.
     */
    private static String keyNameOf(Cloud cloud, String identity) {
        if (!identity.startsWith(PEM_PREFIX)) {
            String base = identity.replaceFirst(".*/", "").replaceFirst("\\.pem$", "");
            return cloud.access().keyPairs().containsKey(base) ? base : null;
        }
        String text = body(identity.substring(PEM_PREFIX.length()));
        try {
            String decoded = new String(Base64.getDecoder().decode(text), StandardCharsets.US_ASCII);
            if (!decoded.startsWith(KEY_TAG)) {
                return null;
            }
            String name = decoded.substring(KEY_TAG.length(), decoded.lastIndexOf(':'));
            Ec2Access.KeyPair k = cloud.access().keyPairs().get(name);
            return k == null || body(k.material()).equals(text) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
