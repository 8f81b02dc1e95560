package computequest.sim.lightsail;

import computequest.sim.CliException;
import computequest.sim.Cloud;

/**
 * curl to a Lightsail instance: its firewall lets in HTTP, HTTPS and SSH from anywhere on an app blueprint, and only
 * SSH on a plain operating system, so a closed port times out as a security group's would.
 */
public final class LightsailWeb {

    private LightsailWeb() {
    }

    /** The Lightsail instance answering at this public IP, or null. */
    public static LightsailState.Box byAddress(Cloud cloud, String host) {
        for (LightsailState.Box b : cloud.lightsail().instances().values()) {
            if (host.equals(b.publicIp())) {
                return b;
            }
        }
        return null;
    }

    public static String get(LightsailState.Box b, String host, int port) {
        LightsailOps.Blueprint bp = LightsailOps.blueprint(b.blueprintId());
        boolean open = port == 22 || bp.type().equals("app") && (port == 80 || port == 443);
        if (!b.state().equals("running")) {
            throw new CliException("curl: (7) Failed to connect to " + host + " port " + port + ": Connection refused"
                    + "\nLightsail " + b.name() + " is " + b.state() + "; only a running instance answers.");
        }
        if (!open) {
            throw new CliException("curl: (28) Failed to connect to " + host + " port " + port + " after 133000 ms:"
                    + " Connection timed out\nThe firewall of Lightsail " + b.name() + " does not open port " + port
                    + " (a " + bp.name() + " instance opens " + (bp.type().equals("app") ? "22, 80 and 443" : "only 22")
                    + "), so the packets are dropped; a port is opened in the instance's Networking settings.");
        }
        return "<!DOCTYPE html><html><head><title>" + b.name() + "</title></head><body><h1>" + b.name() + "</h1><p>"
                + bp.name() + " is running on Lightsail.</p></body></html>";
    }
}
