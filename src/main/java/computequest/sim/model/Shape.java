package computequest.sim.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One shape of a service model: a structure with members, a list, a map, or a scalar (string, integer, long,
 * double, float, boolean, timestamp, blob), with its required members, enum values and min/max.
 */
public final class Shape {

    private final ServiceModel service;
    private final String name;
    private final JsonObject raw;

    Shape(ServiceModel service, String name, JsonObject raw) {
        this.service = service;
        this.name = name;
        this.raw = raw;
    }

    public String name() {
        return name;
    }

    /** structure, list, map, string, integer, long, double, float, boolean, timestamp or blob. */
    public String type() {
        return raw.get("type").getAsString();
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
        JsonObject m = raw.getAsJsonObject("members");
        return m == null ? List.of() : new ArrayList<>(m.keySet());
    }

    /** A member's shape, or null if the structure has no such member. */
    public Shape member(String member) {
        JsonObject m = raw.getAsJsonObject("members");
        JsonObject ref = m == null ? null : m.getAsJsonObject(member);
        return ref == null ? null : service.shape(ref.get("shape").getAsString());
    }

    /** A member's wire setting, such as location ("uri", "querystring", "header") or locationName; null if unset. */
    public String memberTrait(String member, String trait) {
        JsonObject ref = raw.getAsJsonObject("members").getAsJsonObject(member);
        JsonElement e = ref == null ? null : ref.get(trait);
        return e == null ? null : e.getAsString();
    }

    /** A wire trait of the shape itself (flattened, locationName, payload, timestampFormat...), or null. */
    public String trait(String key) {
        JsonElement e = raw.get(key);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    /** The locationName of a list's member, or of a map's key or value ({@code part}: member, key, value), or null. */
    public String partName(String part) {
        JsonObject ref = raw.getAsJsonObject(part);
        JsonElement e = ref == null ? null : ref.get("locationName");
        return e == null ? null : e.getAsString();
    }

    /** The element shape of a list. */
    public Shape listMember() {
        return service.shape(raw.getAsJsonObject("member").get("shape").getAsString());
    }

    public Shape mapKey() {
        return service.shape(raw.getAsJsonObject("key").get("shape").getAsString());
    }

    public Shape mapValue() {
        return service.shape(raw.getAsJsonObject("value").get("shape").getAsString());
    }

    public Set<String> required() {
        Set<String> out = new LinkedHashSet<>();
        if (raw.has("required")) {
            raw.getAsJsonArray("required").forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    /** The allowed values of an enum string; empty when any value goes. */
    public List<String> enumValues() {
        List<String> out = new ArrayList<>();
        if (raw.has("enum")) {
            raw.getAsJsonArray("enum").forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    /** The minimum length (strings, lists, maps) or value (numbers), or null. */
    public Long min() {
        return raw.has("min") ? raw.get("min").getAsLong() : null;
    }

    public Long max() {
        return raw.has("max") ? raw.get("max").getAsLong() : null;
    }

    @Override
    public String toString() {
        return name + ":" + type();
    }
}
