package computequest.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copy-on-write helpers for the immutable, insertion-ordered maps the state records hold. */
final class Copy {

    private Copy() {
    }

    static <K, V> Map<K, V> put(Map<K, V> m, K k, V v) {
        Map<K, V> next = new LinkedHashMap<>(m);
        next.put(k, v);
        return Collections.unmodifiableMap(next);
    }

    static <K, V> Map<K, V> remove(Map<K, V> m, K k) {
        Map<K, V> next = new LinkedHashMap<>(m);
        next.remove(k);
        return Collections.unmodifiableMap(next);
    }

    /**
     * An immutable map of string pairs in the order given. Use it instead of {@code Map.of} for anything that reaches
     * output or a save: {@code Map.of} iterates in an order that changes from one JVM run to the next.
     */
    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    static <K, V> Map<K, V> of(Map<K, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
