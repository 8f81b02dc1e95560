package computequest.sim.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One service's model: wire metadata, operations by their CLI name, shapes and waiters. Read lazily from the model
 * file's bytes (see {@link Lines}): an operation or a shape is parsed the first time it is asked for and kept, so a
 * command costs the entries it touches, not the thousands of shapes of EC2. Safe to use from several threads: lookups
 * of what is already read take no lock, and reading an entry holds this model's lock.
 */
public final class ServiceModel {

    private final String cliName;
    private final JsonObject metadata;
    private final Lines operationLines;
    private final Lines shapeLines;
    private final String waitersJson;
    /** Parses entries and shares their names; used only under this model's lock. */
    private final ModelReader reader = new ModelReader();
    private final Map<String, OperationModel> operations = new ConcurrentHashMap<>();
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    private volatile Map<String, OperationModel> allOperations;
    private volatile Map<String, Waiter> waiters;

    private ServiceModel(String cliName, byte[] file) {
        this.cliName = cliName;
        int body = 0;
        while (body < file.length && file[body] != '\n') {
            body++;
        }
        String head = new String(file, 0, body++, StandardCharsets.ISO_8859_1);
        JsonObject layout = head.startsWith("{\"lines\":") && head.endsWith(",")
                ? ModelReader.object(head.substring(0, head.length() - 1) + "}").getAsJsonObject("lines") : null;
        if (layout == null) {
            throw new IllegalStateException("the " + cliName + " model has no line layout (run src/tools/genmodels.py)");
        }
        this.metadata = ModelReader.object(section(file, body, layout, "metadata").find("metadata"));
        this.waitersJson = section(file, body, layout, "waiters").find("waiters");
        this.operationLines = section(file, body, layout, "operations");
        this.shapeLines = section(file, body, layout, "shapes");
    }

    /** A model from the bytes of its file as genmodels.py writes it. */
    static ServiceModel of(String cliName, byte[] file) {
        return new ServiceModel(cliName, file);
    }

    private static Lines section(byte[] file, int body, JsonObject layout, String name) {
        JsonArray range = layout.getAsJsonArray(name);
        return new Lines(file, body + range.get(0).getAsInt(), body + range.get(1).getAsInt());
    }

    public String cliName() {
        return cliName;
    }

    /** A metadata entry such as protocol, apiVersion, targetPrefix, xmlNamespace or endpointPrefix; null if absent. */
    public String metadata(String key) {
        JsonElement e = metadata.get(key);
        return e == null ? null : e.getAsString();
    }

    /** Every operation, by CLI name in alphabetical order (reads them all: for the endpoint server and tests). */
    public Map<String, OperationModel> operations() {
        Map<String, OperationModel> all = allOperations;
        if (all == null) {
            synchronized (this) {
                Map<String, OperationModel> read = new LinkedHashMap<>();
                operationLines.forEach((name, json) -> read.put(name, operation(name, json)));
                all = allOperations = Collections.unmodifiableMap(read);
            }
        }
        return all;
    }

    /** An operation by its CLI name ({@code run-instances}); null if the service has none of that name. */
    public OperationModel operation(String cliName) {
        OperationModel op = operations.get(cliName);
        if (op != null) {
            return op;
        }
        String json = operationLines.find(cliName);
        return json == null ? null : operation(cliName, json);
    }

    private synchronized OperationModel operation(String cliName, String json) {
        OperationModel op = operations.get(cliName);
        if (op == null) {
            op = OperationModel.of(this, reader.share(cliName), ModelReader.object(json), reader);
            operations.put(op.cliName(), op);
        }
        return op;
    }

    /** An operation by its API name ({@code RunInstances}); null if none. */
    public OperationModel operationNamed(String apiName) {
        OperationModel op = operation(Models.kebab(apiName));
        if (op != null && op.name().equals(apiName)) {
            return op;
        }
        for (OperationModel o : operations().values()) {
            if (o.name().equals(apiName)) {
                return o;
            }
        }
        return null;
    }

    /** Waiters by their CLI name, e.g. {@code instance-running}, in the model's order. */
    public Map<String, Waiter> waiters() {
        Map<String, Waiter> all = waiters;
        if (all == null) {
            synchronized (this) {
                Map<String, Waiter> read = new LinkedHashMap<>();
                for (Map.Entry<String, JsonElement> e : ModelReader.object(waitersJson).entrySet()) {
                    JsonObject w = e.getValue().getAsJsonObject();
                    read.put(Models.kebab(e.getKey()), new Waiter(e.getKey(), w.get("operation").getAsString(),
                            w.get("delay").getAsInt(), w.get("maxAttempts").getAsInt(), w.getAsJsonArray("acceptors")));
                }
                all = waiters = Collections.unmodifiableMap(read);
            }
        }
        return all;
    }

    /** A shape by name, read on first use; null for no name; an error naming the model for a name it lacks. */
    public Shape shape(String name) {
        if (name == null) {
            return null;
        }
        Shape s = shapes.get(name);
        if (s != null) {
            return s;
        }
        synchronized (this) {
            s = shapes.get(name);
            if (s == null) {
                String json = shapeLines.find(name);
                if (json == null) {
                    throw new IllegalArgumentException("no shape " + name + " in the " + cliName + " model");
                }
                String shared = reader.share(name);
                s = new Shape(this, shared, reader.shape(json));
                shapes.put(shared, s);
            }
            return s;
        }
    }

    /** How many shapes have been read so far (for tests of what a command reads). */
    int shapesRead() {
        return shapes.size();
    }

    /** Every shape name of the model, in alphabetical order (without reading the shapes). */
    List<String> shapeNames() {
        List<String> names = new ArrayList<>();
        shapeLines.forEach((name, json) -> names.add(name));
        return names;
    }

    /** A waiter from waiters-2.json: which operation it polls, how often, how many times, and its acceptors. */
    public record Waiter(String name, String operation, int delay, int maxAttempts, JsonArray acceptors) {
    }
}
