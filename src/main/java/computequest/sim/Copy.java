package computequest.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pcollections.OrderedPMap;

/**
 * Helpers for the immutable, insertion-ordered maps the state records hold. They are persistent maps
 * ({@link OrderedPMap}): a put or remove makes a new map in O(log n) that shares everything else with the old one,
 * so a step that changes one resource of a hundred thousand copies a handful of nodes, and every undo step keeps only
 * what changed. The records' constructors pass a map that is already one through unchanged.
 */
public final class Copy {

    private Copy() {
    }

    public static <K, V> Map<K, V> put(Map<K, V> m, K k, V v) {
        return of(m).plus(k, v);
    }

    public static <K, V> Map<K, V> remove(Map<K, V> m, K k) {
        return of(m).minus(k);
    }

    /**
     * An immutable map of string pairs in the order given. Use it instead of {@code Map.of} for anything that reaches
     * output or a save: {@code Map.of} iterates in an order that changes from one JVM run to the next.
     */
    public static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return of(m);
    }

    /** The map as a persistent, insertion-ordered map: itself when it is one, else an ordered copy. */
    public static <K, V> OrderedPMap<K, V> of(Map<K, V> m) {
        if (m instanceof OrderedPMap<K, V> p) {
            return p;
        }
        return m == null || m.isEmpty() ? OrderedPMap.empty() : OrderedPMap.from(m);
    }
}
