package computequest.sim.ec2;

import computequest.sim.CliException;
import java.util.regex.Pattern;

/**
 * The shape of EC2 resource ids: a prefix and 8 (older resources) or 17 lowercase hex digits. EC2 refuses an id
 * of the wrong shape with KIND.Malformed before it looks for the resource, and only a well-formed id that names
 * nothing gets KIND.NotFound.
 */
public final class Ec2Ids {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{8}|[0-9a-f]{17}");

    private Ec2Ids() {
    }

    /** Whether the id is the prefix (with its dash) and 8 or 17 lowercase hex digits. */
    public static boolean wellFormed(String id, String prefix) {
        return id != null && id.startsWith(prefix) && HEX.matcher(id.substring(prefix.length())).matches();
    }

    /** Refuses an id of the wrong shape with EC2's Malformed code; the example shows what one looks like. */
    static void require(String id, String prefix, String code, String example) {
        if (!wellFormed(id, prefix)) {
            throw new CliException(code, "Invalid id: \"" + id + "\" (expecting \"" + prefix + "...\"). An id is "
                    + prefix + " and 17 hex digits (8 for old ones), e.g. " + example + ".");
        }
    }

    static void instance(String id) {
        require(id, "i-", "InvalidInstanceID.Malformed", "i-0123456789abcdef0");
    }

    static void image(String id) {
        require(id, "ami-", "InvalidAMIID.Malformed", "ami-0a1b2c3d4e5f60001");
    }

    static void group(String id) {
        require(id, "sg-", "InvalidGroupId.Malformed", "sg-0123456789abcdef0");
    }

    static void subnet(String id) {
        require(id, "subnet-", "InvalidSubnetID.Malformed", "subnet-0123456789abcdef0");
    }

    static void vpc(String id) {
        require(id, "vpc-", "InvalidVpcID.Malformed", "vpc-0123456789abcdef0");
    }
}
