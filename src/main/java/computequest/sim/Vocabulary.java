package computequest.sim;

import java.util.LinkedHashMap;
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
        out.putAll(CloudSim.toolSummaries());
        return out;
    }

    /** Every service's {@link Service#values()}, in registry order. */
    private static Map<String, Map<String, Set<String>>> build() {
        Map<String, Map<String, Set<String>>> m = new LinkedHashMap<>();
        for (Service s : Services.ALL) {
            m.putAll(s.values());
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
