package computequest.sim.ec2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web server on an instance, as a real one is set up over ssh: installed with the distribution's package manager
 * as root ({@code sudo dnf install -y httpd} on Amazon Linux, {@code sudo apt-get install -y apache2} on Ubuntu),
 * started and enabled with {@code sudo systemctl enable --now httpd}, and given a page as root, since /var/www/html
 * belongs to root ({@code echo TEXT | sudo tee /var/www/html/index.html}). What it knows lives in the instance's
 * files: the installed program and the boot-time link on the EBS volume, the running server's pid file in RAM under
 * /run, so a stop and start keeps an enabled server and loses one only started.
 */
final class WebServer {

    static final String WEB_ROOT = "/var/www/html/";
    private static final String PROGRAM = "/usr/sbin/httpd";
    private static final String ENABLED = "/etc/systemd/system/multi-user.target.wants/httpd.service";
    private static final String PID = "/run/httpd/httpd.pid";
    private static final Pattern INSTALL = Pattern.compile("(dnf|yum|apt-get|apt) install( -y)? (httpd|apache2)");
    private static final Pattern SYSTEMCTL = Pattern.compile("systemctl (start|enable|enable --now|restart) (httpd|apache2)");
    private static final Pattern TEE = Pattern.compile("echo\\s+(.*?)\\s*\\|\\s*(sudo )?tee\\s+(/\\S+)");

    private WebServer() {
    }

    /** What one command did: the instance after it, what it printed, and an error (null when it worked). */
    record Step(Instance instance, String output, String error) {
    }

    /** Whether a web server runs on the instance now. */
    static boolean listening(Instance i) {
        return i.disk().containsKey(PROGRAM) && (i.ram().containsKey(PID) || i.disk().containsKey(ENABLED));
    }

    /** Runs {@code cmd} if it is about the web server, or returns null for the shell's other commands. */
    static Step run(Instance i, String cmd) {
        boolean root = cmd.startsWith("sudo ");
        String c = root ? cmd.substring(5).strip() : cmd;
        boolean ubuntu = SshLogin.loginUser(i).equals("ubuntu");
        Matcher m;
        if ((m = INSTALL.matcher(c)).matches()) {
            boolean apt = m.group(1).startsWith("apt");
            if (apt != ubuntu) {
                return new Step(i, "", (root ? "sudo: " : "bash: line 1: ") + m.group(1) + ": command not found"
                        + (ubuntu ? " (Ubuntu installs with apt-get: sudo apt-get install -y apache2)"
                        : " (Amazon Linux installs with dnf: sudo dnf install -y httpd)"));
            }
            if (!root) {
                return new Step(i, "", apt ? "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13:"
                        + " Permission denied). Are you root? (installing needs sudo)"
                        : "Error: This command has to be run with superuser privileges (under the root user on most"
                        + " systems). (installing needs sudo)");
            }
            if (m.group(2) == null) {
                return new Step(i, "Is this ok [y/N]: ", "Operation aborted. (ssh gives no keyboard to answer with:"
                        + " add -y)");
            }
            Map<String, String> disk = new LinkedHashMap<>(i.disk());
            disk.put(PROGRAM, "installed");
            Instance next = i.withDisk(disk);
            // Ubuntu's apache2 package starts the server and enables it at boot; Amazon Linux's httpd does neither
            return new Step(apt ? started(enabled(next)) : next, "Installed: " + m.group(3), null);
        }
        if ((m = SYSTEMCTL.matcher(c)).matches()) {
            if (!root) {
                return new Step(i, "", "Failed to " + m.group(1).replace(" --now", "") + " " + m.group(2)
                        + ".service: Interactive authentication required. (it needs sudo)");
            }
            if (!i.disk().containsKey(PROGRAM)) {
                return new Step(i, "", "Failed to " + m.group(1).replace(" --now", "") + " " + m.group(2)
                        + ".service: Unit " + m.group(2) + ".service not found. (install it first)");
            }
            String how = m.group(1);
            Instance next = how.startsWith("enable") ? enabled(i) : i;
            next = how.equals("enable") ? next : started(next);
            return new Step(next, how.startsWith("enable") ? "Created symlink " + ENABLED + "." : "", null);
        }
        if ((m = TEE.matcher(c)).matches()) {
            String text = m.group(1).replaceAll("^['\"]|['\"]$", "");
            String path = m.group(3);
            if (path.startsWith("/var/www/")) {
                if (!i.disk().containsKey(PROGRAM)) {
                    return new Step(i, text, "tee: " + path + ": No such file or directory (the folder comes with the"
                            + " web server: install it first)");
                }
                if (m.group(2) == null) {
                    return new Step(i, text, "tee: " + path + ": Permission denied (the folder belongs to root:"
                            + " ... | sudo tee " + path + ")");
                }
            }
            Map<String, String> disk = new LinkedHashMap<>(i.disk());
            disk.put(path, text);
            return new Step(i.withDisk(disk), text, null);
        }
        return null;
    }

    /** Why {@code echo TEXT > PATH} fails under /var/www, or null when it may write there. */
    static String redirectRefused(Instance i, String path) {
        if (!path.startsWith("/var/www/")) {
            return null;
        }
        if (!i.disk().containsKey(PROGRAM)) {
            return "bash: line 1: " + path + ": No such file or directory (/var/www/html comes with a web server:"
                    + " sudo dnf install -y httpd)";
        }
        return "bash: line 1: " + path + ": Permission denied (/var/www/html belongs to root, and a > is opened by"
                + " your own shell even after sudo: echo TEXT | sudo tee " + path + ")";
    }

    private static Instance enabled(Instance i) {
        Map<String, String> disk = new LinkedHashMap<>(i.disk());
        disk.put(ENABLED, "/usr/lib/systemd/system/httpd.service");
        return i.withDisk(disk);
    }

    private static Instance started(Instance i) {
        Map<String, String> ram = new LinkedHashMap<>(i.ram());
        ram.put(PID, "1");
        return i.withRam(ram);
    }
}
