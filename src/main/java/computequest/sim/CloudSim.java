package computequest.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The simulated AWS account's front door. Every method is pure: it takes a {@link Cloud} and returns a new one,
 * so the same seed and the same commands always give the same account, output and bill.
 */
public final class CloudSim {

    /** How long one API call takes in simulated time. */
    public static final long SECONDS_PER_COMMAND = 2;

    private static final Map<String, Set<String>> SCHEMA = Map.of(
            "instance", Set.of("id", "state", "code", "type", "family", "az", "subnet", "image", "public-ip",
                    "private-ip", "hibernation", "hibernated", "encrypted", "ram-files", "disk-files", "name"),
            "image", Set.of("id", "name", "owner", "source-instance", "platform"),
            "bill", Set.of("total"),
            "clock", Set.of("seconds"));

    private CloudSim() {
    }

    /** Runs one command line: {@code aws ...} or {@code ssh INSTANCE 'cmd'}. Never throws for bad input. */
    public static Outcome execute(Cloud cloud, String line) {
        List<String> words;
        try {
            words = Tokens.split(line.strip());
        } catch (CliException e) {
            return refused(cloud, e);
        }
        if (words.isEmpty()) {
            return new Outcome(cloud, false, null, "Type a command, for example: aws ec2 describe-instances", List.of());
        }
        try {
            if (words.get(0).equals("ssh")) {
                Shell.Ran ran = Shell.run(cloud, words);
                return new Outcome(ran.cloud(), true, null, ran.output(), ran.changes());
            }
            Object parsed = CliParser.parse(words);
            if (parsed instanceof CliParser.Help h) {
                return new Outcome(cloud, true, null, h.text(), List.of());
            }
            Invocation call = (Invocation) parsed;
            Operation.Result r = call.operation().handler().apply(cloud, call);
            String title = toTitle(call.operation().name());
            return new Outcome(r.cloud(), true, null, CliOutput.render(r.json(), call.output(), title), r.changes());
        } catch (CliException e) {
            return refused(cloud, e);
        }
    }

    private static Outcome refused(Cloud cloud, CliException e) {
        String text = e.code() == null ? e.getMessage()
                : "An error occurred (" + e.code() + "): " + e.getMessage();
        return new Outcome(cloud, false, e.code(), text, List.of());
    }

    private static String toTitle(String op) {
        StringBuilder b = new StringBuilder();
        for (String part : op.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** Lets {@code seconds} of simulated time pass; the changes say which transitions finished. */
    public static Outcome advance(Cloud cloud, long seconds) {
        Clockwork.Advanced a = Clockwork.advance(cloud, seconds);
        return new Outcome(a.cloud(), true, null, "", a.changes());
    }

    /** Whether a line is meant for the simulated cloud rather than the game. */
    public static boolean isCloudCommand(String line) {
        String s = line.strip();
        return s.equals("aws") || s.startsWith("aws ") || s.startsWith("ssh ") || s.equals("ssh");
    }

    /** Every resource, as kind/id/attributes, in a stable order. */
    public static List<Resource> resources(Cloud cloud) {
        List<Resource> out = new ArrayList<>();
        for (Instance i : cloud.instances().values()) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("id", i.instanceId());
            a.put("state", i.state().apiName());
            a.put("code", Integer.toString(i.state().code()));
            a.put("type", i.instanceType());
            a.put("family", i.type().family());
            a.put("az", i.availabilityZone());
            a.put("subnet", i.subnetId());
            a.put("image", i.imageId());
            a.put("public-ip", i.publicIp() == null ? "" : i.publicIp());
            a.put("private-ip", i.privateIp());
            a.put("hibernation", Boolean.toString(i.hibernationConfigured()));
            a.put("hibernated", Boolean.toString(i.hibernated()));
            a.put("encrypted", Boolean.toString(i.rootEncrypted()));
            a.put("ram-files", String.join(",", new TreeSet<>(i.ram().keySet())));
            a.put("disk-files", String.join(",", new TreeSet<>(i.disk().keySet())));
            a.put("name", i.tags().getOrDefault("Name", ""));
            out.add(new Resource("instance", i.instanceId(), a));
        }
        for (Image img : cloud.images().values()) {
            out.add(new Resource("image", img.imageId(), Map.of("id", img.imageId(), "name", img.name(),
                    "owner", img.ownerAlias(), "platform", img.platform(),
                    "source-instance", img.sourceInstanceId() == null ? "" : img.sourceInstanceId())));
        }
        out.add(new Resource("bill", "bill", Map.of("total", Double.toString(cloud.ledger().total()))));
        out.add(new Resource("clock", "clock", Map.of("seconds", Long.toString(cloud.clock()))));
        return out;
    }

    /** Resource kinds and their attribute names: what story conditions may ask about. */
    public static Map<String, Set<String>> schema() {
        return SCHEMA;
    }

    /** Words for tab completion: every "aws service operation", plus ssh. */
    public static List<String> completions() {
        List<String> words = new ArrayList<>(CommandTable.completionWords());
        words.add("ssh");
        return words;
    }

    /** Whether {@code aws SERVICE OPERATION} is simulated: for checking the commands a story names. */
    public static boolean knowsOperation(String service, String operation) {
        return CommandTable.operations(service).containsKey(operation);
    }
}
