package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** revoke-security-group-ingress takes a rule back; the open-to-everyone note names SSH only for rules that admit it. */
class SecurityGroupRevokeTest {

    private static final String SG = " --group-id " + Catalog.DEFAULT_SECURITY_GROUP + " --protocol tcp --port ";

    private static String sshFrom(Cloud c) {
        return Sim.of(c, "security-group").stream().filter(r -> r.attr("id").equals(Catalog.DEFAULT_SECURITY_GROUP))
                .findFirst().orElseThrow().attr("ssh-from");
    }

    @Test
    void revokingTheOpenRuleLeavesTheOthers() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 authorize-security-group-ingress" + SG + "22 --cidr 0.0.0.0/0",
                "aws ec2 authorize-security-group-ingress" + SG + "22 --cidr 203.0.113.25/32");
        assertTrue(sshFrom(c).contains("0.0.0.0/0") && sshFrom(c).contains("203.0.113.25/32"), sshFrom(c));
        Outcome r = Sim.run(c, "aws ec2 revoke-security-group-ingress" + SG + "22 --cidr 0.0.0.0/0");
        assertTrue(r.ok(), r.output());
        assertTrue(r.output().contains("\"RevokedSecurityGroupRules\"") && r.output().contains("\"CidrIpv4\": \"0.0.0.0/0\""),
                r.output());
        assertFalse(sshFrom(r.cloud()).contains("0.0.0.0/0"), sshFrom(r.cloud()));
        assertTrue(sshFrom(r.cloud()).contains("203.0.113.25/32"), "the /32 rule stays");
        assertTrue(String.join("\n", r.changes()).contains("no longer lets in TCP port 22 from 0.0.0.0/0"));
    }

    @Test
    void aRuleThatIsNotThereIsListedAsUnknownAndNothingChanges() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ec2 authorize-security-group-ingress" + SG + "22 --cidr 203.0.113.25/32");
        Outcome r = Sim.run(c, "aws ec2 revoke-security-group-ingress" + SG + "2222 --cidr 203.0.113.25/32");
        assertTrue(r.ok(), "the default VPC reports an unmatched rule in the output, not as an error");
        assertTrue(r.output().contains("\"UnknownIpPermissions\""), r.output());
        assertFalse(r.output().contains("RevokedSecurityGroupRules"), r.output());
        assertEquals(sshFrom(c), sshFrom(r.cloud()));
        assertTrue(String.join("\n", r.changes()).contains("nothing was revoked"));
    }

    @Test
    void theSshAdviceIsForRulesThatLetSshIn() {
        Outcome web = Sim.run(Cloud.fresh(1), "aws ec2 authorize-security-group-ingress" + SG + "80 --cidr 0.0.0.0/0");
        String said = String.join("\n", web.changes());
        assertFalse(said.contains("SSH"), said);
        assertTrue(said.contains("the whole internet"), said);
        Outcome ssh = Sim.run(Cloud.fresh(1), "aws ec2 authorize-security-group-ingress" + SG + "22 --cidr 0.0.0.0/0");
        assertTrue(String.join("\n", ssh.changes()).contains("for SSH, prefer your own address (/32)"));
        Outcome range = Sim.run(Cloud.fresh(1), "aws ec2 authorize-security-group-ingress" + SG + "0-1024 --cidr 0.0.0.0/0");
        assertTrue(String.join("\n", range.changes()).contains("for SSH"), "a range that holds 22 opens SSH too");
        Outcome mine = Sim.run(Cloud.fresh(1), "aws ec2 authorize-security-group-ingress" + SG + "22 --cidr 203.0.113.25/32");
        assertFalse(String.join("\n", mine.changes()).contains("whole internet"));
    }
}
