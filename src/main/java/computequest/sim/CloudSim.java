package computequest.sim;

import com.google.gson.JsonElement;
import computequest.sim.cli.CliError;
import computequest.sim.cli.Output;
import computequest.sim.cli.Shaper;
import computequest.sim.cli.Tokens;
import computequest.sim.ecr.EcrOps;
import computequest.sim.model.OperationModel;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated AWS account's front door. Every method is pure: it takes a {@link Cloud} and returns a new one,
 * so the same seed and the same commands always give the same account, output and bill.
 */
public final class CloudSim {

    /** How long one API call takes in simulated time. */
    public static final long SECONDS_PER_COMMAND = 2;

    private static final Map<String, Set<String>> SCHEMA = schemaOf();
    private static final Map<String, Service> OWNERS = owners();

    /** Every service's resource kinds, in registry order, then the bill and the clock. */
    private static Map<String, Set<String>> schemaOf() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (Service s : Services.ALL) {
            s.schema().forEach((kind, attrs) -> m.put(kind,
                    java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(attrs))));
        }
        m.put("bill", Set.of("total"));
        m.put("clock", Set.of("seconds"));
        return java.util.Collections.unmodifiableMap(m);
    }

    private CloudSim() {
    }

    /** The commands besides aws, by first word, from the services in registry order. */
    private static final Map<String, Tool> TOOLS = tools();

    /** The first words of the command lines the simulated cloud answers: aws, then the services' tools. */
    static final List<String> COMMAND_WORDS = commandWordsOf();

    private static Map<String, Tool> tools() {
        Map<String, Tool> m = new LinkedHashMap<>();
        for (Service s : Services.ALL) {
            for (Tool t : s.tools()) {
                m.put(t.word(), t);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> commandWordsOf() {
        List<String> words = new ArrayList<>(List.of("aws"));
        words.addAll(TOOLS.keySet());
        return List.copyOf(words);
    }

    /** Every tool's command-list entries (usage, then what it does), in registry order. */
    static Map<String, String> toolSummaries() {
        Map<String, String> out = new LinkedHashMap<>();
        TOOLS.values().forEach(t -> out.putAll(t.summaries()));
        return out;
    }

    /** Real tools people copy commands for, which the game does not simulate: what to type instead. */
    private static final Map<String, String> OTHER_TOOLS = Map.of(
            "eksctl", "eksctl is a separate tool that calls the EKS API for you. This game simulates the API itself:"
                    + " aws eks create-cluster, then aws eks create-nodegroup (see aws eks help).",
            "ecs-cli", "ecs-cli is a retired separate tool. This game simulates the API: see aws ecs help.",
            "copilot", "AWS Copilot is a separate tool built on ECS. This game simulates the API: see aws ecs help.",
            "sam", "The SAM CLI is a separate tool that deploys Lambda functions for you. This game simulates the API:"
                    + " aws lambda create-function (see aws lambda help).",
            "terraform", "Terraform is not simulated. Type the aws commands the course shows; aws help lists the services.",
            "cdk", "The AWS CDK is not simulated. Type the aws commands the course shows; aws help lists the services.");

    /** The first words of every command the simulated cloud takes: aws, ssh, docker, kubectl, curl. */
    public static List<String> commandWords() {
        return COMMAND_WORDS;
    }

    /**
     * Runs one command line: {@code aws ...}, {@code docker ...}, {@code kubectl ...}, {@code curl URL} or
     * {@code ssh INSTANCE 'cmd'}; {@code aws ecr get-login-password | docker login ...} pipes. Never throws for bad input.
     */
    public static Outcome execute(Cloud cloud, String line) {
        List<String> words;
        try {
            words = Tokens.split(line.strip());
        } catch (CliError e) {
            return refused(cloud, new CliException(e.getMessage()));
        }
        if (words.isEmpty()) {
            return new Outcome(cloud, false, null, "Type a command, for example: aws ec2 describe-instances", List.of());
        }
        try {
            int pipe = words.indexOf("|");
            if (pipe >= 0) {
                return pipeline(cloud, words.subList(0, pipe), words.subList(pipe + 1, words.size()));
            }
            return run(cloud, words, null);
        } catch (CliException e) {
            return refused(cloud, e);
        } catch (RuntimeException e) {
            return new Outcome(cloud, false, "InternalError", "The simulated cloud could not run that ("
                    + e.getClass().getSimpleName() + "). Please report the command; nothing changed.", List.of());
        }
    }

    private static Outcome pipeline(Cloud cloud, List<String> left, List<String> right) {
        if (right.isEmpty() || left.isEmpty()) {
            throw new CliException("A pipe needs a command on both sides, e.g. aws ecr get-login-password"
                    + " | docker login --username AWS --password-stdin " + EcrOps.REGISTRY);
        }
        Outcome first = run(cloud, List.copyOf(left), null);
        if (!first.ok()) {
            return first;
        }
        if (!right.get(0).equals("docker")) {
            throw new CliException("This game's pipes feed docker login only: aws ecr get-login-password | docker login"
                    + " --username AWS --password-stdin " + EcrOps.REGISTRY);
        }
        return run(first.cloud(), List.copyOf(right), first.output().strip());
    }

    private static Outcome run(Cloud cloud, List<String> words, String stdin) {
        String first = words.get(0);
        Tool tool = TOOLS.get(first);
        if (tool != null) {
            Tool.Ran ran = tool.runner().run(cloud, words, stdin);
            return ran.settle() ? settled(ran.cloud(), ran.output(), ran.changes())
                    : new Outcome(ran.cloud(), true, null, ran.output(), ran.changes());
        }
        if (OTHER_TOOLS.containsKey(first)) {
            throw new CliException(OTHER_TOOLS.get(first));
        }
        if (!first.equals("aws")) {
            throw new CliException("'" + first + "' is not a command of the simulated cloud."
                    + Suggest.didYouMean(first, COMMAND_WORDS) + " Cloud commands start with: "
                    + String.join(", ", COMMAND_WORDS) + ".");
        }
        if (words.size() == 2 && words.get(1).equals("--version")) {
            return new Outcome(cloud, true, null, AwsCore.version(), List.of());
        }
        if (words.size() >= 2 && words.get(1).equals("configure")) {
            return AwsCore.configure(cloud, words);
        }
        if (words.size() >= 3 && words.get(2).equals("wait") && CommandTable.services().contains(words.get(1))) {
            Waiters.Waited w = Waiters.run(cloud, words.get(1), words.subList(3, words.size()));
            return w.ok() ? settled(w.cloud(), w.output(), w.changes())
                    : new Outcome(w.cloud(), false, null, w.output(), w.changes());
        }
        Object parsed = CliParser.parse(words);
        if (parsed instanceof CliParser.Help h) {
            return new Outcome(cloud, true, null, h.text(), List.of());
        }
        Invocation call = (Invocation) parsed;
        TextRules.check(call);
        String profile = call.profile() == null ? "default" : call.profile();
        if (!cloud.cli().hasProfile(profile)) {
            throw new CliException("The config profile (" + profile + ") could not be found");
        }
        String region = cloud.cli().get(profile, "region");
        if (call.region() == null && region != null && !region.equals(Cloud.REGION)) {
            throw new CliException("This game simulates one region, " + Cloud.REGION + ", and your profile's region is "
                    + region + ". Set it back with: aws configure set region " + Cloud.REGION);
        }
        OperationModel model = CliParser.model(call.operation());
        String title = model != null ? model.name() : toTitle(call.operation().name());
        Operation.Result r;
        try {
            if (call.request().has("DryRun") && call.request().get("DryRun").getAsBoolean()) {
                throw new CliException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
            }
            r = call.operation().handler().apply(cloud, call);
        } catch (CliException e) {
            throw model != null ? e.during(model.name()) : e;
        }
        JsonElement json = model != null && model.output() != null ? Shaper.order(r.json(), model.output()) : r.json();
        String format = call.output() != null ? call.output()
                : cloud.cli().get(profile, "output") != null ? cloud.cli().get(profile, "output") : "json";
        String out = json != null && json.isJsonPrimitive() && call.query() == null ? json.getAsString()
                : Output.render(json, format, call.query(), title);
        return settled(r.cloud(), out, r.changes());
    }

    /** Lets the controllers react to a change before the answer goes back. */
    private static Outcome settled(Cloud cloud, String output, List<String> changes) {
        List<String> all = new ArrayList<>(changes);
        Cloud after = Clockwork.reconcile(cloud, all);
        return new Outcome(after, true, null, output, all);
    }

    private static Outcome refused(Cloud cloud, CliException e) {
        return new Outcome(cloud, false, e.code(), e.text(), List.of());
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
        for (String w : OTHER_TOOLS.keySet()) {
            if (s.equals(w) || s.startsWith(w + " ")) {
                return true;
            }
        }
        for (String w : COMMAND_WORDS) {
            if (s.equals(w) || s.startsWith(w + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Every resource, as kind/id/attributes, in a stable order. */
    public static List<Resource> resources(Cloud cloud) {
        List<Resource> out = new ArrayList<>();
        for (Service s : Services.ALL) {
            s.resources(cloud, out);
        }
        out.add(bill(cloud));
        out.add(clock(cloud));
        return out;
    }

    private static Resource bill(Cloud cloud) {
        return new Resource("bill", "bill", Map.of("total", Double.toString(cloud.ledger().total())));
    }

    private static Resource clock(Cloud cloud) {
        return new Resource("clock", "clock", Map.of("seconds", Long.toString(cloud.clock())));
    }

    /**
     * The resources of one kind, in the order {@link #resources(Cloud)} gives them. Only the service that owns the
     * kind is asked, so a story condition about instances costs nothing however many ECS clusters the account holds.
     */
    public static List<Resource> resources(Cloud cloud, String kind) {
        Service owner = OWNERS.get(kind);
        if (owner == null) {
            return kind.equals("bill") ? List.of(bill(cloud)) : kind.equals("clock") ? List.of(clock(cloud)) : List.of();
        }
        List<Resource> out = new ArrayList<>();
        owner.resources(cloud, out);
        out.removeIf(r -> !r.kind().equals(kind));
        return out;
    }

    private static Map<String, Service> owners() {
        Map<String, Service> m = new LinkedHashMap<>();
        for (Service s : Services.ALL) {
            s.schema().keySet().forEach(kind -> m.putIfAbsent(kind, s));
        }
        return m;
    }

    /** Resource kinds and their attribute names: what story conditions may ask about. */
    public static Map<String, Set<String>> schema() {
        return SCHEMA;
    }

    /** Words for tab completion: every "aws service operation", plus ssh. */
    public static List<String> completions() {
        List<String> words = new ArrayList<>(CommandTable.completionWords());
        TOOLS.values().forEach(t -> words.addAll(t.completions()));
        return words;
    }

    /**
     * The parameters of a simulated {@code aws SERVICE OPERATION}, as the CLI spells them (from the service model, then
     * the game's extras, then the CLI's global options), each with whether it takes a value; empty when the operation
     * is not simulated. For Tab completion.
     */
    public static Map<String, Boolean> parameters(String service, String operation) {
        Operation op = CommandTable.operations(service).get(operation);
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (op == null) {
            return out;
        }
        for (computequest.sim.cli.Binder.Spec spec : CliParser.specs(op, CliParser.model(op))) {
            if (spec.kind() != computequest.sim.cli.Binder.Kind.POSITIONAL) {
                out.put(spec.flag(), spec.kind() != computequest.sim.cli.Binder.Kind.FLAG);
            }
        }
        for (String g : computequest.sim.cli.Binder.globalOptions()) {
            out.putIfAbsent(g, computequest.sim.cli.Binder.globalTakesValue(g));
        }
        return out;
    }

    /** Whether {@code aws SERVICE OPERATION} is simulated: for checking the commands a story names. */
    public static boolean knowsOperation(String service, String operation) {
        return CommandTable.operations(service).containsKey(operation);
    }
}
