package computequest.sim.lambda;

import computequest.sim.Cloud;
import computequest.sim.ec2.Ec2Web;
import computequest.sim.ec2.Instance;
import computequest.sim.elbv2.ElbState;
import computequest.sim.elbv2.ElbTargets;
import computequest.sim.lightsail.LightsailState;
import computequest.sim.lightsail.LightsailWeb;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The laptop's curl to a server's own address: an EC2 instance's public IP or DNS name (through its security groups),
 * a load balancer's DNS name (through its security groups and listener) or a Lightsail instance's public IP (through
 * its firewall). Anything else is an API Gateway URL.
 */
final class WebCurl {

    private static final Pattern URL = Pattern.compile("^(https?)://([^/:]+)(?::(\\d{1,5}))?(/[^?#]*)?.*$");

    private WebCurl() {
    }

    /** The page, or null when the URL names no instance or Lightsail site; curl's failure as an exception. */
    static String get(Cloud cloud, List<String> words) {
        String url = words.stream().skip(1).filter(w -> !w.startsWith("-")).findFirst().orElse("");
        Matcher m = URL.matcher(url.contains("://") ? url : "http://" + url);
        if (!m.matches()) {
            return null;
        }
        String host = m.group(2);
        int port = m.group(3) != null ? Integer.parseInt(m.group(3)) : m.group(1).equals("https") ? 443 : 80;
        String path = m.group(4) == null ? "/" : m.group(4);
        Instance i = Ec2Web.byAddress(cloud, host);
        if (i != null) {
            return Ec2Web.get(cloud, i, host, port, path);
        }
        ElbState.LoadBalancer lb = ElbTargets.byDnsName(cloud, host);
        if (lb != null) {
            return ElbTargets.get(cloud, lb, host, port);
        }
        LightsailState.Box b = LightsailWeb.byAddress(cloud, host);
        if (b != null) {
            return LightsailWeb.get(b, host, port);
        }
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new computequest.sim.CliException("curl: (28) Failed to connect to " + host + " port " + port
                    + " after 133000 ms: Connection timed out\nNo server in your account has that address now. A"
                    + " public IP that is not static changes when its server stops and starts: look it up again.");
        }
        return null;
    }
}
