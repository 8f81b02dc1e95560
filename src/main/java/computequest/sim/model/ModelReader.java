package computequest.sim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the shapes of one service model, one at a time as {@link Lines} finds them, straight into a
 * {@link Shape.Data} of arrays of shared strings (never a JSON tree). Not thread-safe: its owner reads under its own
 * lock.
 */
final class ModelReader {

    /** One copy of each name: shape names recur as member references across thousands of shapes. */
    private final Map<String, String> names = new HashMap<>();
    /** For toArray: a method reference costs a class spun at run time on first use, which start-up feels. */
    private static final String[] NO_STRINGS = {};

    /** A shape at the cursor, such as {@code {"type":"list","member":{"shape":"Tag"}}}. */
    Shape.Data shape(ModelJson in) {
        Shape.Data d = new Shape.Data();
        List<String> traits = new ArrayList<>();
        for (boolean more = in.open('{', '}'); more; more = in.next('}')) {
            String key = in.string();
            in.colon();
            switch (key) {
                case "members" -> members(in, d);
                case "required" -> d.required = strings(in);
                case "enum" -> d.enumValues = strings(in);
                case "member", "key", "value" -> part(in, d, key.equals("member") ? 0 : key.equals("key") ? 2 : 4);
                default -> {
                    String v = in.scalar();
                    if (v != null) {
                        traits.add(share(key));
                        traits.add(share(v));
                    }
                }
            }
        }
        d.traits = traits.toArray(NO_STRINGS);
        return d;
    }

    private void members(ModelJson in, Shape.Data d) {
        List<String> memberNames = new ArrayList<>();
        List<String> memberShapes = new ArrayList<>();
        List<String[]> memberTraits = new ArrayList<>();
        boolean anyTraits = false;
        for (boolean more = in.open('{', '}'); more; more = in.next('}')) {
            memberNames.add(share(in.string()));
            in.colon();
            String shape = null;
            List<String> traits = new ArrayList<>();
            for (boolean m = in.open('{', '}'); m; m = in.next('}')) {
                String key = in.string();
                in.colon();
                if (key.equals("shape")) {
                    shape = share(in.string());
                    continue;
                }
                String v = in.scalar();
                if (v != null) {
                    traits.add(share(key));
                    traits.add(share(v));
                }
            }
            memberShapes.add(shape);
            memberTraits.add(traits.isEmpty() ? null : traits.toArray(NO_STRINGS));
            anyTraits |= !traits.isEmpty();
        }
        d.hasMembers = true;
        d.memberNames = memberNames.toArray(NO_STRINGS);
        d.memberShapes = memberShapes.toArray(NO_STRINGS);
        d.memberTraits = anyTraits ? memberTraits.toArray(new String[0][]) : null;
    }

    /** A list's member or a map's key or value: its shape and locationName. */
    private void part(ModelJson in, Shape.Data d, int at) {
        if (d.parts == null) {
            d.parts = new String[6];
        }
        for (boolean more = in.open('{', '}'); more; more = in.next('}')) {
            String key = in.string();
            in.colon();
            if (key.equals("shape")) {
                d.parts[at] = share(in.string());
            } else if (key.equals("locationName")) {
                d.parts[at + 1] = share(in.scalar());
            } else {
                in.scalar();
            }
        }
    }

    private String[] strings(ModelJson in) {
        List<String> out = new ArrayList<>();
        for (boolean more = in.open('[', ']'); more; more = in.next(']')) {
            out.add(share(in.scalar()));
        }
        return out.toArray(NO_STRINGS);
    }

    String share(String s) {
        if (s == null) {
            return null;
        }
        String shared = names.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }
}
