package computequest.sim.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One service's model: wire metadata, operations by their CLI name, shapes and waiters. */
public final class ServiceModel {

    private final String cliName;
    private final JsonObject metadata;
    private final Map<String, OperationModel> operations = new LinkedHashMap<>();
    private final Map<String, Waiter> waiters = new LinkedHashMap<>();
    private final Map<String, Shape> shapes = new HashMap<>();

    private ServiceModel(String cliName, ModelReader raw) {
        this.cliName = cliName;
        this.metadata = raw.metadata;
        raw.shapes.forEach((name, data) -> shapes.put(name, new Shape(this, name, data)));
        for (Map.Entry<String, JsonObject> e : raw.operations.entrySet()) {
            operations.put(e.getKey(), OperationModel.of(this, e.getKey(), e.getValue(), raw::share));
        }
        for (Map.Entry<String, JsonElement> e : raw.waiters.entrySet()) {
            JsonObject w = e.getValue().getAsJsonObject();
            waiters.put(Models.kebab(e.getKey()), new Waiter(e.getKey(), w.get("operation").getAsString(),
                    w.get("delay").getAsInt(), w.get("maxAttempts").getAsInt(), w.getAsJsonArray("acceptors")));
        }
    }

    static ServiceModel of(String cliName, ModelReader raw) {
        return new ServiceModel(cliName, raw);
    }

    public String cliName() {
        return cliName;
    }

    /** A metadata entry such as protocol, apiVersion, targetPrefix, xmlNamespace or endpointPrefix; null if absent. */
    public String metadata(String key) {
        JsonElement e = metadata.get(key);
        return e == null ? null : e.getAsString();
    }

    public Map<String, OperationModel> operations() {
        return Collections.unmodifiableMap(operations);
    }

    public OperationModel operation(String cliName) {
        return operations.get(cliName);
    }

    /** An operation by its API name ({@code RunInstances}). */
    public OperationModel operationNamed(String apiName) {
        for (OperationModel op : operations.values()) {
            if (op.name().equals(apiName)) {
                return op;
            }
        }
        return null;
    }

    /** Waiters by their CLI name, e.g. {@code instance-running}. */
    public Map<String, Waiter> waiters() {
        return Collections.unmodifiableMap(waiters);
    }

    /** A shape by name; null for no name. */
    public Shape shape(String name) {
        if (name == null) {
            return null;
        }
        Shape s = shapes.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no shape " + name + " in the " + cliName + " model");
        }
        return s;
    }

    /** A waiter from waiters-2.json: which operation it polls, how often, how many times, and its acceptors. */
    public record Waiter(String name, String operation, int delay, int maxAttempts, JsonArray acceptors) {
    }
}
