package computequest.sim.ec2;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny shell on a running instance, reached with {@code ssh INSTANCE-ID 'command'}. Files under /dev/shm live in
 * RAM (tmpfs); anything else is on the EBS root volume. That is enough to see what stop and hibernate keep.
 */
public final class Shell {

    private static final Pattern ECHO = Pattern.compile("echo\\s+(.*?)\\s*>\\s*(/\\S+)");
    private static final Pattern CAT = Pattern.compile("cat\\s+(/\\S+)");
    private static final Pattern LS = Pattern.compile("ls(?:\\s+(/\\S*))?");
    static final String RAM_DIR = "/dev/shm/";

    private Shell() {
    }

    public record Ran(Cloud cloud, String output, List<String> changes) {
    }

    public static Ran run(Cloud cloud, List<String> words) {
        SshLogin.Login login = SshLogin.connect(cloud, words);
        Instance i = login.instance();
        // commands joined with && run in turn, each only if the one before worked, as in a real shell
        List<String> outputs = new java.util.ArrayList<>();
        List<String> changes = new java.util.ArrayList<>();
        for (String cmd : login.command().split("\\s*&&\\s*")) {
            WebServer.Step web = WebServer.run(i, cmd.strip());
            if (web != null && web.error() != null) {
                outputs.add(web.output());
                throw new CliException(String.join("\n", outputs).strip() + (outputs.stream().allMatch(String::isBlank)
                        ? "" : "\n") + web.error());
            }
            if (web != null) {
                i = web.instance();
                outputs.add(web.output());
                continue;
            }
            Ran one = runOne(cloud.withInstance(i), i, cmd.strip());
            i = one.cloud().instances().get(i.instanceId());
            outputs.add(one.output());
            changes.addAll(one.changes());
        }
        String out = String.join("\n", outputs.stream().filter(o -> !o.isEmpty()).toList());
        return new Ran(cloud.withInstance(i), out, changes);
    }

    private static Ran runOne(Cloud cloud, Instance i, String typed) {
        // sudo runs the command as root, but a > redirection is still opened by the user's own shell
        String cmd = typed.startsWith("sudo ") ? typed.substring(5).strip() : typed;
        Matcher m;
        if ((m = ECHO.matcher(cmd)).matches()) {
            String text = m.group(1).replaceAll("^['\"]|['\"]$", "");
            String path = m.group(2);
            String refused = WebServer.redirectRefused(i, path);
            if (refused != null) {
                throw new CliException(refused);
            }
            Instance next;
            String where;
            if (path.startsWith(RAM_DIR)) {
                Map<String, String> ram = new LinkedHashMap<>(i.ram());
                ram.put(path, text);
                next = i.withRam(ram);
                where = "RAM (/dev/shm is a tmpfs: memory, not disk)";
            } else {
                Map<String, String> disk = new LinkedHashMap<>(i.disk());
                disk.put(path, text);
                next = i.withDisk(disk);
                where = "the EBS root volume";
            }
            return new Ran(cloud.withInstance(next), "", List.of(i.instanceId() + ": wrote " + path + " to " + where + "."));
        }
        if ((m = CAT.matcher(cmd)).matches()) {
            String path = m.group(1);
            String v = path.startsWith(RAM_DIR) ? i.ram().get(path) : i.disk().get(path);
            if (v == null) {
                // what the remote cat prints, shown as ssh shows it: the answer to "is it still there?", not a
                // mistake of the player's
                return new Ran(cloud, "cat: " + path + ": No such file or directory", List.of());
            }
            return new Ran(cloud, v, List.of());
        }
        if ((m = LS.matcher(cmd)).matches()) {
            String dir = m.group(1) == null ? "/home/ec2-user" : m.group(1);
            String prefix = dir.endsWith("/") ? dir : dir + "/";
            Map<String, String> source = prefix.startsWith(RAM_DIR) ? i.ram() : i.disk();
            StringBuilder b = new StringBuilder();
            source.keySet().stream().filter(p -> p.startsWith(prefix)).sorted()
                    .forEach(p -> b.append(p.substring(prefix.length())).append('\n'));
            return new Ran(cloud, b.toString().stripTrailing(), List.of());
        }
        throw new CliException("This game's shell understands: echo TEXT > FILE, cat FILE, ls DIR, echo TEXT | sudo tee"
                + " FILE, sudo dnf install -y httpd (apt-get install -y apache2 on Ubuntu), sudo systemctl enable --now"
                + " httpd, and && between them. Put a file in /dev/shm to keep it in RAM.");
    }
}
