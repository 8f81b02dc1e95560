package computequest.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Resource;
import org.junit.jupiter.api.Test;

/**
 * A security group's rules beyond ssh and web show in the cloud pane (a playtester could not see chapter 3's
 * 32768-65535 rule from the load balancer's group anywhere), and the default group shows once it has one.
 */
class OtherRulesTest {

    private static Resource group(Cloud c, String id) {
        return CloudSim.resources(c).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void portRangesAndOtherPortsAreListedWithTheirSource() {
        Cloud c = Cloud.fresh(1);
        String sg = Catalog.DEFAULT_SECURITY_GROUP;
        assertEquals("", group(c, sg).attr("other-rules"), "the default group's own all-traffic rule is not 'other'");
        assertTrue(!Tables.playersOwn(group(c, sg)), "an untouched default group stays out of the pane");
        c = CloudSim.execute(c, "aws ec2 create-security-group --group-name lb --description lb").cloud();
        String lb = CloudSim.resources(c).stream().filter(r -> r.kind().equals("security-group")
                && r.attr("name").equals("lb")).findFirst().orElseThrow().id();
        c = CloudSim.execute(c, "aws ec2 authorize-security-group-ingress --group-id " + sg
                + " --protocol tcp --port 32768-65535 --source-group " + lb).cloud();
        c = CloudSim.execute(c, "aws ec2 authorize-security-group-ingress --group-id " + sg
                + " --protocol udp --port 53 --cidr 10.0.0.0/8").cloud();
        c = CloudSim.execute(c, "aws ec2 authorize-security-group-ingress --group-id " + sg
                + " --protocol tcp --port 80 --cidr 0.0.0.0/0").cloud();
        Resource r = group(c, sg);
        assertEquals("32768-65535 from " + lb + ", udp 53 from 10.0.0.0/8", r.attr("other-rules"));
        assertTrue(Tables.playersOwn(r), "the default group with a rule of the player's is shown");
    }
}
