package computequest.sim;

import computequest.sim.ec2.InstanceState;
import computequest.sim.ec2.InstanceType;
import computequest.sim.ecr.DockerCli;
import computequest.sim.eks.Kubectl;
import computequest.sim.lambda.LambdaOps;
import computequest.sim.lightsail.LightsailOps;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values the simulated cloud can give an attribute, where it has a fixed set: instance states and their codes,
 * instance types and families, Lightsail blueprints and bundles, Lambda runtimes and architectures, and the
 * attributes that are {@code true} or {@code false}. It is read from the simulator's own enumerations and catalogs,
 * so the story checker ({@code author check}) and the simulator cannot disagree: a condition such as
 * {@code instance type=t3.mciro} names a value no resource can have. Attributes not listed take any value.
 */
public final class Vocabulary {

    private static final Set<String> BOOLEAN = ordered("false", "true");
    private static final Map<String, Map<String, Set<String>>> VALUES = build();

    private Vocabulary() {
    }

    /** By kind, then attribute: the values it can take. */
    public static Map<String, Map<String, Set<String>>> values() {
        return VALUES;
    }

    /** Whether {@code aws SERVICE OPERATION} is a real AWS command that this simulator knows of but does not run. */
    public static boolean realButNotSimulated(String service, String operation) {
        return computequest.sim.model.Models.operations(service).contains(operation)
                && !CommandTable.operations(service).containsKey(operation);
    }

    /** For each simulated service, how many of its real operations the simulator knows of but does not run. */
    public static java.util.List<String> notSimulated() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String service : new TreeSet<>(CommandTable.services())) {
            long n = computequest.sim.model.Models.operations(service).stream()
                    .filter(op -> !CommandTable.operations(service).containsKey(op)).count();
            out.add("aws " + service + ": " + n + " more real operations");
        }
        return out;
    }

    /**
     * Every simulated command with a one-line summary, in the simulator's own order: {@code aws SERVICE OPERATION}
     * with its options, then the shell-like commands.
     */
    public static Map<String, String> commands() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String service : CommandTable.services()) {
            for (Operation op : CommandTable.operations(service).values()) {
                StringBuilder opts = new StringBuilder();
                for (Param p : op.params()) {
                    if (p.kind() != Param.Kind.POSITIONAL) {
                        opts.append(opts.length() == 0 ? " (" : ", ").append(p.name()).append(p.required() ? "*" : "");
                    }
                }
                out.put("aws " + service + " " + op.name(), op.summary() + (opts.length() == 0 ? "" : opts + ")"));
            }
        }
        out.put("ssh -i KEY.pem USER@PUBLIC-IP 'COMMAND'", "a shell command on a running instance (/dev/shm is RAM, other"
                + " paths the disk); needs its key pair's key, the AMI's user and a security-group rule for TCP 22");
        for (String sub : DockerCli.SUBCOMMANDS) {
            out.put("docker " + sub, "the container tool on your machine");
        }
        for (String k : Kubectl.COMPLETIONS) {
            out.put(k, "Kubernetes, against an EKS cluster");
        }
        out.put("curl URL", "an HTTP request to a load balancer or API in the simulated cloud;"
                + " curl https://checkip.amazonaws.com prints your laptop's public address");
        return out;
    }

    private static Map<String, Map<String, Set<String>>> build() {
        Set<String> states = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (InstanceState s : InstanceState.values()) {
            states.add(s.apiName());
            codes.add(Integer.toString(s.code()));
        }
        Set<String> types = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        for (InstanceType t : InstanceType.all()) {
            types.add(t.name());
            families.add(t.family());
        }
        Map<String, Map<String, Set<String>>> m = new LinkedHashMap<>();
        Map<String, Set<String>> instance = new LinkedHashMap<>();
        instance.put("state", states);
        instance.put("code", codes);
        instance.put("type", types);
        instance.put("family", families);
        for (String flag : new String[] {"hibernation", "hibernated", "encrypted"}) {
            instance.put(flag, BOOLEAN);
        }
        m.put("instance", instance);
        m.put("nodegroup", one("instance-type", types));
        Set<String> blueprints = new LinkedHashSet<>();
        LightsailOps.BLUEPRINTS.forEach(b -> blueprints.add(b.id()));
        Set<String> bundles = new LinkedHashSet<>();
        LightsailOps.BUNDLES.forEach(b -> bundles.add(b.id()));
        Map<String, Set<String>> lightsail = one("blueprint", blueprints);
        lightsail.put("bundle", bundles);
        m.put("lightsail-instance", lightsail);
        Map<String, Set<String>> function = one("runtime", new TreeSet<>(LambdaOps.RUNTIMES));
        function.put("architecture", ordered("x86_64", "arm64"));
        m.put("function", function);
        m.put("container-instance", one("agent-connected", BOOLEAN));
        m.put("service", one("load-balanced", BOOLEAN));
        m.put("pod", one("fargate", BOOLEAN));
        m.put("security-group", one("ssh-open", BOOLEAN));
        return m;
    }

    /** Sets and maps here keep one order in every run, so did-you-mean picks the same word every time. */
    private static Set<String> ordered(String... values) {
        return new LinkedHashSet<>(java.util.List.of(values));
    }

    private static Map<String, Set<String>> one(String attribute, Set<String> values) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put(attribute, values);
        return m;
    }
}
