package computequest.sim.ec2;

import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import java.util.List;

/**
 * curl to an EC2 instance from the laptop: the packets reach it only if one of its security groups lets the port in
 * from the laptop's address (or from anywhere). Otherwise they are dropped, and curl waits until it times out, which is
 * how a security group looks from outside. Past the firewall, a web server answers only if the instance serves the
 * page: a file under /var/www/html on its disk.
 */
public final class Ec2Web {

    /** How long curl waits for a connection by default on Linux, as its timeout message says. */
    static final long CURL_CONNECT_MS = 133_000;

    private Ec2Web() {
    }

    /** The instance with this public IP or public DNS name, or null when none has it. */
    public static Instance byAddress(Cloud cloud, String host) {
        for (Instance i : cloud.instances().values()) {
            if (i.publicIp() != null && (host.equals(i.publicIp()) || host.equals(Catalog.publicDns(i.publicIp())))) {
                return i;
            }
        }
        return null;
    }

    /** The page the instance serves at {@code path} on {@code port}; throws curl's failure when it cannot be reached. */
    public static String get(Cloud cloud, Instance i, String host, int port, String path) {
        if (i.state() != InstanceState.RUNNING) {
            throw new CliException("curl: (7) Failed to connect to " + host + " port " + port + ": Connection refused"
                    + "\n" + i.instanceId() + " is " + i.state().apiName() + "; only a running instance answers.");
        }
        if (!cloud.access().admits(i.securityGroups(), port, Ec2Access.LAPTOP_IP, List.of())) {
            String group = i.securityGroups().get(0);
            throw new CliException("curl: (28) Failed to connect to " + host + " port " + port + " after "
                    + CURL_CONNECT_MS + " ms: Connection timed out\nNo security group of " + i.instanceId() + " ("
                    + String.join(", ", i.securityGroups()) + ") lets TCP port " + port + " in from your address, "
                    + Ec2Access.LAPTOP_IP + ". A security group silently drops what it does not allow, so curl hears"
                    + " nothing and gives up. For a website open to everyone: aws ec2 authorize-security-group-ingress"
                    + " --group-id " + group + " --protocol tcp --port " + port + " --cidr 0.0.0.0/0");
        }
        String file = "/var/www/html" + (path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        String page = i.disk().get(file);
        if (port != 80 || !WebServer.listening(i)) {
            throw new CliException("curl: (7) Failed to connect to " + host + " port " + port + " after 1 ms:"
                    + " Connection refused\nThe security group let the request in, but nothing on " + i.instanceId()
                    + " listens on port " + port + ". An instance serves no web page until a web server is installed"
                    + " and started on it: ssh in and run sudo dnf install -y httpd && sudo systemctl enable --now"
                    + " httpd (Ubuntu: sudo apt-get install -y apache2).");
        }
        if (page == null) {
            return path.isEmpty() || path.equals("/") ? "<html><body><h1>It works!</h1></body></html>"
                    : "<html><body><h1>404 Not Found</h1></body></html>";
        }
        return page;
    }
}
