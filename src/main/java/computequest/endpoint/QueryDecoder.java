package computequest.endpoint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import computequest.sim.model.Shape;
import java.util.List;
import java.util.Map;

/**
 * The query protocols' parameters ({@code Action=RunInstances&ImageId=ami-1&InstanceId.1=i-1}) read into the input
 * shape, as botocore's serializers write them: EC2 names members by queryName or capitalised locationName and numbers
 * list items {@code Name.N}; the query protocol (IAM, STS) uses {@code Name.member.N} unless the list is flattened,
 * and {@code Name.entry.N.key} for maps.
 */
final class QueryDecoder {

    private final Map<String, List<String>> form;
    private final boolean ec2;
    private final boolean legacy;

    private QueryDecoder(Map<String, List<String>> form, Protocol p) {
        this.form = form;
        this.ec2 = p == Protocol.EC2;
        this.legacy = p == Protocol.LEGACY_QUERY;
    }

    static JsonObject decode(Map<String, List<String>> form, Shape input, Protocol p) {
        if (input == null) {
            return new JsonObject();
        }
        JsonElement e = new QueryDecoder(form, p).structure(input, "");
        return e == null ? new JsonObject() : e.getAsJsonObject();
    }

    private JsonElement value(Shape shape, String key) {
        if (shape.isStructure()) {
            return structure(shape, key);
        }
        if (shape.isList()) {
            return list(shape, key, false);
        }
        if (shape.isMap()) {
            return map(shape, key);
        }
        List<String> v = form.get(key);
        return v == null ? null : Scalars.fromText(shape, v.get(0), key);
    }

    private JsonElement structure(Shape shape, String prefix) {
        JsonObject out = new JsonObject();
        for (String m : shape.memberNames()) {
            String key = prefix.isEmpty() ? name(shape, m) : prefix + "." + name(shape, m);
            Shape ms = shape.member(m);
            JsonElement v = ms.isList() ? list(ms, key, "true".equals(shape.memberTrait(m, "flattened")))
                    : value(ms, key);
            if (v != null) {
                out.add(m, v);
            }
        }
        return out.size() == 0 && !prefix.isEmpty() && !present(prefix) ? null : out;
    }

    private JsonElement list(Shape shape, String key, boolean flattenedMember) {
        if (form.containsKey(key) && form.get(key).get(0).isEmpty()) {
            return new JsonArray(); // an empty list is sent as Name=
        }
        boolean flat = ec2 || legacy || flattenedMember || "true".equals(shape.trait("flattened"));
        String itemPrefix = flat ? key : key + "." + (shape.partName("member") == null ? "member"
                : shape.partName("member"));
        JsonArray out = new JsonArray();
        for (int n = 1; n <= Forms.MAX_FIELDS; n++) {
            String k = itemPrefix + "." + n;
            if (!present(k)) {
                break;
            }
            JsonElement v = value(shape.listMember(), k);
            out.add(v == null ? new JsonObject() : v);
        }
        return out.size() == 0 ? null : out;
    }

    private JsonElement map(Shape shape, String key) {
        boolean flat = legacy || "true".equals(shape.trait("flattened"));
        String keyName = legacy ? "Name" : shape.partName("key") == null ? "key" : shape.partName("key");
        String valueName = legacy ? "Value" : shape.partName("value") == null ? "value" : shape.partName("value");
        JsonObject out = new JsonObject();
        for (int n = 1; n <= Forms.MAX_FIELDS; n++) {
            String entry = (flat ? key : key + ".entry") + "." + n;
            List<String> k = form.get(entry + "." + keyName);
            if (k == null) {
                break;
            }
            JsonElement v = value(shape.mapValue(), entry + "." + valueName);
            out.add(k.get(0), v == null ? new JsonPrimitive("") : v);
        }
        return out.size() == 0 ? null : out;
    }

    /** Whether any field is this key or starts with it and a dot. */
    private boolean present(String key) {
        if (form.containsKey(key)) {
            return true;
        }
        String dotted = key + ".";
        for (String k : form.keySet()) {
            if (k.startsWith(dotted)) {
                return true;
            }
        }
        return false;
    }

    /** The wire name of a member. */
    private String name(Shape parent, String member) {
        String query = parent.memberTrait(member, "queryName");
        String location = parent.memberTrait(member, "locationName");
        if (ec2) {
            if (query != null) {
                return query;
            }
            return location != null ? Character.toUpperCase(location.charAt(0)) + location.substring(1) : member;
        }
        if (legacy && (parent.member(member).isList() || parent.member(member).isMap())) {
            return singular(member);
        }
        return location != null ? location : member;
    }

    /** SQS's old names for lists and maps: QueueUrls was QueueUrl.N, Attributes was Attribute.N. */
    static String singular(String member) {
        return member.endsWith("s") && member.length() > 1 ? member.substring(0, member.length() - 1) : member;
    }
}
