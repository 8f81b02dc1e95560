package computequest.save;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Conversions the save records share. Nulls pass through (a missing collection stays missing, so the codec's checks
 * still name it), and maps keep their order.
 */
final class Saves {

    private Saves() {
    }

    static <A, B> Map<String, B> map(Map<String, A> m, Function<A, B> f) {
        if (m == null) {
            return null;
        }
        Map<String, B> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? null : f.apply(v)));
        return out;
    }

    static <A, B> List<B> list(List<A> l, Function<A, B> f) {
        if (l == null) {
            return null;
        }
        List<B> out = new ArrayList<>(l.size());
        for (A a : l) {
            out.add(a == null ? null : f.apply(a));
        }
        return out;
    }

    /** An enum constant as saved: its name. */
    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** A saved enum name back; null when missing or unknown (the codec's checks then report it missing). */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
