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

    /** A key file's text as a caller with no file modes passes it on: this prefix, then the file's text. */
    public static final String PEM_PREFIX = "PEM:";
    private static final String KEY_TAG = "cq-key:";

    private SshLogin() {
    }

    /** How the laptop passes {@code -i FILE} on: the file's permission bits, the path as typed and its text. */
    public static String keyArgument(int mode, String path, String text) {
        return KeyFile.encode(mode, path, text);
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
        KeyFile key = identity == null ? null : KeyFile.of(identity);
        String unusable = key == null ? null : key.problem();
        if (unusable != null) {
            throw new CliException(unusable + "\n" + denied + key.advice());
        }
        if (i.keyName().isEmpty()) {
            throw new CliException(denied + i.instanceId() + " was launched without a key pair, so no key opens it."
                    + " Launch a new instance with --key-name (aws ec2 create-key-pair makes one).");
        }
        if (!user.equals(loginUser)) {
            throw new CliException(denied + "The AMI's login user is " + loginUser + ": ssh -i " + i.keyName()
                    + ".pem " + loginUser + "@" + address + " '...'");
        }
        if (key == null) {
            throw new CliException(denied + "Give the private key of key pair " + i.keyName() + " with -i: ssh -i "
                    + i.keyName() + ".pem " + loginUser + "@" + address + " '...'");
        }
        String material = key.material(cloud);
        String keyName = material == null ? null : nameOf(material);
        if (!i.keyName().equals(keyName)) {
            throw new CliException(denied + i.instanceId() + " accepts only the key of key pair " + i.keyName()
                    + (keyName == null ? "; that file is not a private key AWS made." : ", not " + keyName + "."));
        }
        if (!i.launchKey().isEmpty() && !i.launchKey().equals(publicKey(material))) {
            throw new CliException(denied + i.instanceId() + " holds the public key that key pair " + keyName
                    + " had when the instance launched. This file is the private key of a newer pair of the same"
                    + " name, and a new pair does not change an instance that is already running: only the old file"
                    + " opens it. Launch a new instance with --key-name " + keyName + " to use this key.");
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

    /** The base64 inside a key's armour: between the PEM lines, or a .ppk file's private lines. */
    private static String body(String key) {
        String k = key.contains("Private-Lines:") ? key.replaceFirst("(?s).*Private-Lines:\\s*\\d+", "")
                .replaceFirst("(?s)Private-MAC:.*", "") : key;
        return k.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /**
     * The private key text that create-key-pair prints for a key pair of this name: an RSA key in PEM (PKCS#1), an
     * ED25519 key in OpenSSH's own format, or either in PuTTY's .ppk format. The base64 inside is the game's own
     * (it decodes to the pair's name and a digest), wrapped as the real ones are.
     */
    static String pem(String name, String seed, String type, String format) {
        String body = Base64.getEncoder().encodeToString((KEY_TAG + name + ":" + Ec2Access.hash("key:" + seed, 200))
                .getBytes(StandardCharsets.US_ASCII));
        boolean ed25519 = type.equals("ed25519");
        if (format.equals("ppk")) {
            return "PuTTY-User-Key-File-2: ssh-" + (ed25519 ? "ed25519" : "rsa") + "\nEncryption: none\nComment: "
                    + name + "\nPublic-Lines: 1\n" + Base64.getEncoder().encodeToString(("ssh-" + type + ":" + name)
                    .getBytes(StandardCharsets.US_ASCII)) + "\nPrivate-Lines: " + ((body.length() + 63) / 64) + "\n"
                    + wrap(body, 64) + "Private-MAC: " + Ec2Access.hash("mac:" + seed, 40);
        }
        String armour = ed25519 ? "OPENSSH PRIVATE KEY" : "RSA PRIVATE KEY";
        return "-----BEGIN " + armour + "-----\n" + wrap(body, ed25519 ? 70 : 64) + "-----END " + armour + "-----";
    }

    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < text.length(); n += width) {
            out.append(text, n, Math.min(text.length(), n + width)).append('\n');
        }
        return out.toString();
    }

    /**
     * The public key that matches a private key as the laptop passes it (the key pair's material): what EC2 puts in
     * the instance's authorized_keys at launch. A digest, since only sameness matters; "" for text that is no key.
     */
    public static String publicKey(String material) {
        String tag = tagOf(material);
        return tag == null ? "" : "SHA256:" + Ec2Access.hash("pub:" + tag, 43);
    }

    /** The key pair name a private key was made for, or null when the text is no key AWS made. */
    private static String nameOf(String material) {
        String tag = tagOf(material);
        return tag == null ? null : tag.substring(KEY_TAG.length(), tag.lastIndexOf(':'));
    }

    /** The decoded "cq-key:NAME:DIGEST" inside a key's base64 body, or null. */
    private static String tagOf(String material) {
        try {
            String decoded = new String(Base64.getDecoder().decode(body(material)), StandardCharsets.US_ASCII);
            return decoded.startsWith(KEY_TAG) && decoded.lastIndexOf(':') > KEY_TAG.length() ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
