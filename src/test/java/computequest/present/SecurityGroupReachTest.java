package computequest.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The security-group rows of the cloud pane and status: who may reach port 22 and port 80. The laptop's address
 * comes first, so a narrow pane that cuts the row still shows it, and the default group's self-reference reads as
 * its members, not as an ssh rule (found by two playtesters: "ssh sg-0c0ffee0defa17c01,203.0.…").
 */
class SecurityGroupReachTest {

    @Test
    void addressesComeBeforeGroupsAndTheGroupItselfIsItsMembers() {
        assertEquals("ssh 203.0.113.25/32, its members",
                Tables.reach("ssh ", "sg-0c0ffee0defa17c01,203.0.113.25/32", "sg-0c0ffee0defa17c01", true));
        assertEquals("web 0.0.0.0/0, group sg-0aa", Tables.reach("web ", "sg-0aa,0.0.0.0/0", "sg-0bb", true));
        assertEquals("", Tables.reach("ssh ", "", "sg-0bb", true), "no rule, nothing drawn");
        assertEquals("web 0.0.0.0/0", Tables.reach("web ", "sg-0bb,0.0.0.0/0", "sg-0bb", false), "members said once, in SSH FROM");
        assertEquals("", Tables.reach("web ", "sg-0bb", "sg-0bb", false));
    }
}
