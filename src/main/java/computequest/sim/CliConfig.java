package computequest.sim;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated laptop's AWS CLI configuration (~/.aws/config and ~/.aws/credentials): settings by profile, kept in
 * the cloud state so it is deterministic, saved and undone like everything else.
 *
 * @param profiles settings by profile name, e.g. default: {region=us-east-1, output=json}
 */
public record CliConfig(Map<String, Map<String, String>> profiles) {

    /** AWS's documented example access key: the laptop's credentials (never a real key). */
    static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    static final CliConfig DEFAULT = new CliConfig(Map.of("default", Map.of("region", Cloud.REGION, "output", "json")));

    public CliConfig {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        profiles.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        profiles = Collections.unmodifiableMap(copy);
    }

    /** A setting of a profile, or null when it is not set. */
    String get(String profile, String key) {
        Map<String, String> p = profiles.get(profile);
        return p == null ? null : p.get(key);
    }

    CliConfig with(String profile, String key, String value) {
        Map<String, Map<String, String>> next = new TreeMap<>(profiles);
        Map<String, String> p = new TreeMap<>(next.getOrDefault(profile, Map.of()));
        p.put(key, value);
        next.put(profile, p);
        return new CliConfig(next);
    }

    boolean hasProfile(String profile) {
        return profiles.containsKey(profile);
    }
}
