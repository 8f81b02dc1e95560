package computequest.sim;

import java.util.Map;

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
}
