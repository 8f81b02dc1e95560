package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** create-key-pair's --key-type and --key-format, as the EC2 API documents them (rsa/ed25519, pem/ppk). */
class KeyPairFormatsTest {

    private static JsonObject made(Cloud c, String args) {
        return JsonParser.parseString(Sim.run(c, "aws ec2 create-key-pair " + args).output()).getAsJsonObject();
    }

    @Test
    void rsaIsPkcs1PemWithAHexSha1Fingerprint() {
        JsonObject k = made(Cloud.fresh(1), "--key-name a");
        assertTrue(k.get("KeyMaterial").getAsString().startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
        assertTrue(k.get("KeyMaterial").getAsString().endsWith("\n-----END RSA PRIVATE KEY-----"));
        assertTrue(k.get("KeyFingerprint").getAsString().matches("([0-9a-f]{2}:){19}[0-9a-f]{2}"),
                k.get("KeyFingerprint").getAsString());
    }

    @Test
    void ed25519IsAnOpenSshKeyWithABase64Sha256Fingerprint() {
        Outcome o = CloudSim.execute(Cloud.fresh(1), "aws ec2 create-key-pair --key-name e --key-type ed25519");
        JsonObject k = JsonParser.parseString(o.output()).getAsJsonObject();
        String pem = k.get("KeyMaterial").getAsString();
        assertTrue(pem.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"), pem);
        assertTrue(pem.endsWith("\n-----END OPENSSH PRIVATE KEY-----"), pem);
        assertTrue(pem.lines().skip(1).limit(1).allMatch(l -> l.length() == 70), "OpenSSH wraps at 70: " + pem);
        assertTrue(k.get("KeyFingerprint").getAsString().matches("[A-Za-z0-9+/]{43}="),
                k.get("KeyFingerprint").getAsString());
        String described = Sim.run(o.cloud(), "aws ec2 describe-key-pairs --key-names e --query KeyPairs[0].KeyType"
                + " --output text").output().strip();
        assertEquals("ed25519", described);
        assertEquals("rsa", Sim.run(Sim.ok(o.cloud(), "aws ec2 create-key-pair --key-name r"),
                "aws ec2 describe-key-pairs --key-names r --query KeyPairs[0].KeyType --output text").output().strip());
    }

    @Test
    void ppkIsForPutty() {
        String ppk = made(Cloud.fresh(1), "--key-name p --key-format ppk").get("KeyMaterial").getAsString();
        assertTrue(ppk.startsWith("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: p\n"), ppk);
        assertTrue(ppk.contains("\nPrivate-MAC: "), ppk);
        String ed = made(Cloud.fresh(1), "--key-name q --key-format ppk --key-type ed25519").get("KeyMaterial")
                .getAsString();
        assertTrue(ed.startsWith("PuTTY-User-Key-File-2: ssh-ed25519\n"), ed);
    }

    @Test
    void anUnknownTypeOrFormatIsRefused() {
        assertTrue(Sim.refused(Cloud.fresh(1), "aws ec2 create-key-pair --key-name x --key-type dsa")
                .contains("InvalidParameterValue"));
        assertTrue(Sim.refused(Cloud.fresh(1), "aws ec2 create-key-pair --key-name x --key-format der")
                .contains("InvalidParameterValue"));
    }
}
