package computequest.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compact shapes, each read on first use by {@link ServiceModel} from the part holding it, answer every question
 * exactly as the model's JSON tree does, for every shape of every simulated service: type, members and their shapes and wire settings, the shape's own
 * settings, list and map parts, required members, enum values, min and max.
 */
class CompactShapeTest {

    @Test
    void everyShapeOfEveryModelAnswersAsItsJson() throws Exception {
        int checked = 0;
        for (String service : Models.modelled()) {
            JsonObject raw = WholeModel.of(service);
            ServiceModel model = Models.service(service);
            for (Map.Entry<String, JsonElement> e : raw.getAsJsonObject("shapes").entrySet()) {
                compare(service, model.shape(e.getKey()), e.getValue().getAsJsonObject());
                checked++;
            }
            JsonObject meta = raw.getAsJsonObject("metadata");
            for (String key : meta.keySet()) {
                assertEquals(meta.get(key).getAsString(), model.metadata(key), service + " metadata " + key);
            }
            assertEquals(raw.getAsJsonObject("operations").size(), model.operations().size(), service);
        }
        assertTrue(checked > 8000, "only " + checked + " shapes checked");
    }

    private static void compare(String service, Shape s, JsonObject o) {
        String where = service + " " + s.name();
        assertEquals(o.get("type").getAsString(), s.type(), where);
        JsonObject members = o.getAsJsonObject("members");
        List<String> names = members == null ? List.of() : new ArrayList<>(members.keySet());
        assertEquals(names, s.memberNames(), where);
        for (String m : names) {
            JsonObject ref = members.getAsJsonObject(m);
            assertEquals(ref.get("shape").getAsString(), s.member(m).name(), where + "." + m);
            for (String trait : ref.keySet()) {
                JsonElement v = ref.get(trait);
                if (!trait.equals("shape") && v.isJsonPrimitive()) {
                    assertEquals(v.getAsString(), s.memberTrait(m, trait), where + "." + m + " " + trait);
                }
            }
            assertEquals(null, s.memberTrait(m, "noSuchTrait"), where);
        }
        assertEquals(null, s.member("NoSuchMember"), where);
        for (String key : o.keySet()) {
            JsonElement v = o.get(key);
            assertEquals(v.isJsonPrimitive() ? v.getAsString() : null, s.trait(key), where + " " + key);
        }
        for (String part : List.of("member", "key", "value")) {
            JsonObject ref = o.getAsJsonObject(part);
            JsonElement loc = ref == null ? null : ref.get("locationName");
            assertEquals(loc == null ? null : loc.getAsString(), s.partName(part), where + " " + part);
        }
        if (s.isList()) {
            assertEquals(o.getAsJsonObject("member").get("shape").getAsString(), s.listMember().name(), where);
        }
        if (s.isMap()) {
            assertNotNull(s.mapKey(), where);
            assertEquals(o.getAsJsonObject("value").get("shape").getAsString(), s.mapValue().name(), where);
        }
        Set<String> required = new LinkedHashSet<>();
        if (o.has("required")) {
            o.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
        }
        assertEquals(required, s.required(), where);
        List<String> enums = new ArrayList<>();
        if (o.has("enum")) {
            o.getAsJsonArray("enum").forEach(r -> enums.add(r.getAsString()));
        }
        assertEquals(enums, s.enumValues(), where);
        assertEquals(o.has("min") ? (Long) o.get("min").getAsLong() : null, s.min(), where);
        assertEquals(o.has("max") ? (Long) o.get("max").getAsLong() : null, s.max(), where);
    }
}
