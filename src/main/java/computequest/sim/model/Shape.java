package computequest.sim.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One shape of a service model: a structure with members, a list, a map, or a scalar (string, integer, long,
 * double, float, boolean, timestamp, blob), with its required members, enum values and min/max.
 *
 * <p>Kept compact (arrays of shared strings, read by {@link ModelReader}) rather than as the model's JSON tree: the
 * trees of the services a course touches took about 19 MB of heap, most of the game's live data.
 */
public final class Shape {

    private static final String[] NONE = {};

    private final ServiceModel service;
    private final String name;
    private final String type;
    /** The shape's own scalar settings as key, value pairs (type, min, max, locationName, flattened...). */
    private final String[] traits;
    private final String[] memberNames;
    private final String[] memberShapes;
    /** Per member, its settings besides the shape as key, value pairs; null for a member with none. */
    private final String[][] memberTraits;
    /** For member, key and value in that order: the part's shape and its locationName (either may be null). */
    private final String[] parts;
    private final String[] required;
    private final String[] enumValues;

    Shape(ServiceModel service, String name, Data d) {
        this.service = service;
        this.name = name;
        this.traits = d.traits;
        this.type = lookup(traits, "type");
        this.memberNames = d.memberNames == null ? NONE : d.memberNames;
        this.memberShapes = d.memberShapes == null ? NONE : d.memberShapes;
        this.memberTraits = d.memberTraits;
        this.parts = d.parts;
        this.required = d.required;
        this.enumValues = d.enumValues;
    }

    /** What {@link ModelReader} reads for one shape; arrays may be null for none. */
    static final class Data {
        String[] traits = NONE;
        String[] memberNames;
        String[] memberShapes;
        String[][] memberTraits;
        String[] parts;
        String[] required;
        String[] enumValues;
        /** Whether the shape has a members object (even an empty one). */
        boolean hasMembers;
    }

    public String name() {
        return name;
    }

    /** structure, list, map, string, integer, long, double, float, boolean, timestamp or blob. */
    public String type() {
        if (type == null) {
            throw new UnsupportedOperationException("shape " + name + " has no type");
        }
        return type;
    }

    public boolean isStructure() {
        return type().equals("structure");
    }

    public boolean isList() {
        return type().equals("list");
    }

    public boolean isMap() {
        return type().equals("map");
    }

    public boolean isScalar() {
        return !isStructure() && !isList() && !isMap();
    }

    /** The CLI's name for this type: integer for long too, float for double, structure, list, map... */
    String cliType() {
        return switch (type()) {
            case "long" -> "integer";
            case "double" -> "float";
            default -> type();
        };
    }

    /** Member names in the model's order (which is the order of the service's answers). */
    public List<String> memberNames() {
        return new java.util.ArrayList<>(Arrays.asList(memberNames));
    }

    /** A member's shape, or null if the structure has no such member. */
    public Shape member(String member) {
        int i = indexOf(member);
        return i < 0 ? null : service.shape(memberShapes[i]);
    }

    /** A member's wire setting, such as location ("uri", "querystring", "header") or locationName; null if unset. */
    public String memberTrait(String member, String trait) {
        int i = indexOf(member);
        return i < 0 || memberTraits == null || memberTraits[i] == null ? null : lookup(memberTraits[i], trait);
    }

    /** A wire trait of the shape itself (flattened, locationName, payload, timestampFormat...), or null. */
    public String trait(String key) {
        return lookup(traits, key);
    }

    /** The locationName of a list's member, or of a map's key or value ({@code part}: member, key, value), or null. */
    public String partName(String part) {
        int i = partIndex(part);
        return parts == null ? null : parts[i + 1];
    }

    /** The element shape of a list. */
    public Shape listMember() {
        return partShape("member");
    }

    public Shape mapKey() {
        return partShape("key");
    }

    public Shape mapValue() {
        return partShape("value");
    }

    public Set<String> required() {
        return required == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(required));
    }

    /** The allowed values of an enum string; empty when any value goes. */
    public List<String> enumValues() {
        return enumValues == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(Arrays.asList(enumValues));
    }

    /** The minimum length (strings, lists, maps) or value (numbers), or null. */
    public Long min() {
        return number(lookup(traits, "min"));
    }

    public Long max() {
        return number(lookup(traits, "max"));
    }

    @Override
    public String toString() {
        return name + ":" + type();
    }

    private Shape partShape(String part) {
        int i = partIndex(part);
        String shape = parts == null ? null : parts[i];
        if (shape == null) {
            throw new IllegalStateException("shape " + name + " has no " + part);
        }
        return service.shape(shape);
    }

    private static int partIndex(String part) {
        return switch (part) {
            case "member" -> 0;
            case "key" -> 2;
            case "value" -> 4;
            default -> throw new IllegalArgumentException("no part " + part + " (member, key or value)");
        };
    }

    private int indexOf(String member) {
        for (int i = 0; i < memberNames.length; i++) {
            if (memberNames[i].equals(member)) {
                return i;
            }
        }
        return -1;
    }

    private static String lookup(String[] pairs, String key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    /** As the JSON number it was: {@code 1}, or {@code 1.0} read as 1. */
    private static Long number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return new BigDecimal(s).longValue();
        }
    }
}
