package computequest.sim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only view of one simulated resource, for dashboards and story conditions.
 *
 * @param kind  a word from {@link CloudSim#schema()}, such as {@code instance}
 * @param attrs attribute values as text; the attribute names are listed in the schema
 */
public record Resource(String kind, String id, Map<String, String> attrs) {
    public Resource {
        attrs = Copy.of(attrs);
    }

    public String attr(String name) {
        return attrs.getOrDefault(name, "");
    }

    /** Attributes from name, value pairs, in that order; a null value becomes "". */
    public static Map<String, String> attrs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return m;
    }

    /** A {@link Service#schema()} from kind, "attr,attr,..." pairs, in that order. */
    public static Map<String, List<String>> schema(String... kindsAndAttrs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndAttrs.length; i += 2) {
            m.put(kindsAndAttrs[i], List.copyOf(Arrays.asList(kindsAndAttrs[i + 1].split(","))));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The values of true-or-false attributes, for {@link Service#values()}. */
    public static final Set<String> BOOLEAN = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of("false",
            "true")));
}
