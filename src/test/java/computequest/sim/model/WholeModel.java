package computequest.sim.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A model read whole, the way the game read it before the models were split into parts: the head file with each
 * section's parts merged back in under its name ({@code services}, {@code operations}, {@code shapes}) and a
 * service's waiters. Read with
 * getResourceAsStream and a JSON tree, independently of the game's own reading.
 */
final class WholeModel {

    private WholeModel() {
    }

    /** @param name {@code index} or a service's CLI name */
    static JsonObject of(String name) throws Exception {
        JsonObject head = tree(name + ".json");
        JsonObject whole = new JsonObject();
        for (Map.Entry<String, JsonElement> e : head.entrySet()) {
            if (!e.getKey().equals("parts")) {
                whole.add(e.getKey(), e.getValue());
            }
        }
        String folder = name.equals("index") ? "index" : name;
        for (Map.Entry<String, JsonElement> section : head.getAsJsonObject("parts").entrySet()) {
            JsonObject merged = new JsonObject();
            int parts = section.getValue().getAsJsonArray().size();
            for (int i = 0; i < parts; i++) {
                JsonObject part = tree(folder + "/" + section.getKey() + "-" + i + ".json");
                if (!part.keySet().iterator().next().equals(section.getValue().getAsJsonArray().get(i).getAsString())) {
                    throw new AssertionError(folder + "/" + section.getKey() + "-" + i + " does not start with its key");
                }
                part.entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
            }
            whole.add(section.getKey(), merged);
        }
        if (!name.equals("index")) {
            whole.add("waiters", tree(name + "/waiters.json"));
        }
        return whole;
    }

    private static JsonObject tree(String file) throws Exception {
        try (InputStream in = WholeModel.class.getResourceAsStream("/computequest/sim/model/" + file)) {
            if (in == null) {
                throw new AssertionError("no model file " + file);
            }
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }
}
