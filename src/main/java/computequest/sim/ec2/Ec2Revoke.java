package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * revoke-security-group-ingress: takes inbound rules away, named as they were added (protocol, port range and source
 * must match exactly). In the default VPC a rule that matches nothing is no error: AWS lists it as unknown and
 * revokes nothing, so the output, not the exit code, says whether the rule went.
 */
final class Ec2Revoke {

    private Ec2Revoke() {
    }

    static Operation.Result revoke(Cloud cloud, Invocation call) {
        Ec2Access.SecurityGroup g = Ec2AccessOps.named(cloud, call);
        JsonArray revoked = new JsonArray();
        JsonArray unknown = new JsonArray();
        List<String> changes = new ArrayList<>();
        for (Ec2Access.Rule r : Ec2AccessOps.rules(cloud, call)) {
            if (g.ingress().contains(r)) {
                revoked.add(Ec2AccessOps.ruleJson(g, r));
                g = g.without(r);
                changes.add(g.id() + " (" + g.name() + ") no longer lets in " + Ec2AccessOps.describe(r) + ".");
            } else {
                JsonObject p = new JsonObject();
                p.addProperty("IpProtocol", r.protocol());
                p.addProperty("FromPort", r.fromPort());
                p.addProperty("ToPort", r.toPort());
                JsonArray ranges = new JsonArray();
                JsonObject range = new JsonObject();
                range.addProperty(r.sourceGroup().isEmpty() ? "CidrIp" : "GroupId", r.source());
                ranges.add(range);
                p.add(r.sourceGroup().isEmpty() ? "IpRanges" : "UserIdGroupPairs", ranges);
                unknown.add(p);
                changes.add("No rule of " + g.id() + " lets in " + Ec2AccessOps.describe(r) + ", so nothing was revoked:"
                        + " name the rule exactly as describe-security-groups shows it.");
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("Return", true);
        if (!unknown.isEmpty()) {
            o.add("UnknownIpPermissions", unknown);
        }
        if (!revoked.isEmpty()) {
            o.add("RevokedSecurityGroupRules", revoked);
        }
        return new Operation.Result(cloud.withAccess(cloud.access().withGroup(g, false)), o, changes);
    }
}
