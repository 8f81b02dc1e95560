package computequest.sim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.model.Shape;
import java.util.Map;

/**
 * Puts an answer's members in the order of the operation's output shape, at every level, so every handler's answer
 * reads like the service's: the one place that order is decided. Members the model does not name stay, after the rest.
 */
public final class Shaper {

    private Shaper() {
    }

    public static JsonElement order(JsonElement value, Shape shape) {
        if (value == null || shape == null || value.isJsonNull() || value.isJsonPrimitive()) {
            return value;
        }
        if (shape.isList() && value.isJsonArray()) {
            JsonArray out = new JsonArray();
            for (JsonElement e : value.getAsJsonArray()) {
                out.add(order(e, shape.listMember()));
            }
            return out;
        }
        if (shape.isMap() && value.isJsonObject()) {
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
                out.add(e.getKey(), order(e.getValue(), shape.mapValue()));
            }
            return out;
        }
        if (!shape.isStructure() || !value.isJsonObject()) {
            return value;
        }
        JsonObject in = value.getAsJsonObject();
        JsonObject out = new JsonObject();
        for (String member : shape.memberNames()) {
            if (in.has(member)) {
                out.add(member, order(in.get(member), shape.member(member)));
            }
        }
        for (Map.Entry<String, JsonElement> e : in.entrySet()) {
            if (!out.has(e.getKey())) {
                out.add(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
