package computequest.sim;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values the simulated cloud can give an attribute, where it has a fixed set: instance states and their codes,
 * instance types and families, Lightsail blueprints and bundles, Lambda runtimes and architectures, and the
 * attributes that are {@code true} or {@code false}. It is read from the simulator's own enumerations and catalogs,
 * so the story checker ({@code author check}) and the simulator cannot disagree: a condition such as
 * {@code instance type=t3.mciro} names a value no resource can have. Attributes not listed take any value.
 */
public final class Vocabulary {

    private static final Set<String> BOOLEAN = Set.of("true", "false");
    private static final Map<String, Map<String, Set<String>>> VALUES = build();

    private Vocabulary() {
    }

    /** By kind, then attribute: the values it can take. */
    public static Map<String, Map<String, Set<String>>> values() {
        return VALUES;
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
        m.put("instance", Map.of("state", states, "code", codes, "type", types, "family", families,
                "hibernation", BOOLEAN, "hibernated", BOOLEAN, "encrypted", BOOLEAN));
        m.put("nodegroup", Map.of("instance-type", types));
        Set<String> blueprints = new LinkedHashSet<>();
        LightsailOps.BLUEPRINTS.forEach(b -> blueprints.add(b.id()));
        Set<String> bundles = new LinkedHashSet<>();
        LightsailOps.BUNDLES.forEach(b -> bundles.add(b.id()));
        m.put("lightsail-instance", Map.of("blueprint", blueprints, "bundle", bundles));
        m.put("function", Map.of("runtime", Set.copyOf(LambdaOps.RUNTIMES), "architecture", Set.of("x86_64", "arm64")));
        m.put("container-instance", Map.of("agent-connected", BOOLEAN));
        m.put("service", Map.of("load-balanced", BOOLEAN));
        m.put("pod", Map.of("fargate", BOOLEAN));
        return Map.copyOf(m);
    }
}
