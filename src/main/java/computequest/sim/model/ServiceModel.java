package computequest.sim.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One service's model: wire metadata, operations by their CLI name, shapes and waiters. Its head file holds the
 * metadata and where the parts of its operations and shapes start (see {@link Section}); an operation or
 * a shape is parsed the first time it is asked for and kept, so a command costs the entries it touches, not the
 * thousands of shapes of EC2. Safe to use from several threads: lookups of what is already read take no lock, and
 * parsing an entry holds this model's lock.
 */
public final class ServiceModel {

    private final String cliName;
    private final JsonObject metadata;
    private final Section operationLines;
    private final Section shapeLines;
    /** Parses entries and shares their names; used only under this model's lock. */
    private final ModelReader reader = new ModelReader();
    private final Map<String, OperationModel> operations = new ConcurrentHashMap<>();
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    private volatile Map<String, OperationModel> allOperations;
    private volatile Map<String, Waiter> waiters;

    /** @param head the service's head file: parts and metadata */
    ServiceModel(String cliName, JsonObject head) {
        this.cliName = cliName;
        JsonObject parts = head.getAsJsonObject("parts");
        if (parts == null || !head.has("metadata")) {
            throw new IllegalStateException("the " + cliName + " model lacks parts or metadata (run"
                    + " src/tools/genmodels.py)");
        }
        this.metadata = head.getAsJsonObject("metadata");
        this.operationLines = new Section(cliName + "/operations", Models.strings(parts.getAsJsonArray("operations")));
        this.shapeLines = new Section(cliName + "/shapes", Models.strings(parts.getAsJsonArray("shapes")));
    }

    /** A service's model from its files, read anew (not shared: {@link Models#service} keeps one per service). */
    static ServiceModel read(String cliName) {
        String file = cliName.concat(".json");
        return new ServiceModel(cliName, ModelJson.tree(file, ModelFiles.read(file)).getAsJsonObject());
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
                all = allOperations;
                if (all == null) {
                    Map<String, OperationModel> read = new LinkedHashMap<>();
                    operationLines.forEach((name, at) -> read.put(name, operation(name, at)));
                    all = allOperations = Collections.unmodifiableMap(read);
                }
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
        ModelJson at = operationLines.find(cliName);
        return at == null ? null : operation(cliName, at);
    }

    private synchronized OperationModel operation(String cliName, ModelJson at) {
        OperationModel op = operations.get(cliName);
        if (op == null) {
            op = OperationModel.of(this, reader.share(cliName), at.value().getAsJsonObject(), reader);
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
                all = waiters;
                if (all == null) {
                    all = waiters = readWaiters();
                }
            }
        }
        return all;
    }

    private Map<String, Waiter> readWaiters() {
        Map<String, Waiter> read = new LinkedHashMap<>();
        String file = cliName + "/waiters.json";
        JsonObject json = ModelJson.tree(file, ModelFiles.read(file)).getAsJsonObject();
        for (Map.Entry<String, JsonElement> e : json.entrySet()) {
            JsonObject w = e.getValue().getAsJsonObject();
            read.put(Models.kebab(e.getKey()), new Waiter(e.getKey(), w.get("operation").getAsString(),
                    w.get("delay").getAsInt(), w.get("maxAttempts").getAsInt(), w.getAsJsonArray("acceptors")));
        }
        return Collections.unmodifiableMap(read);
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
                ModelJson at = shapeLines.find(name);
                if (at == null) {
                    throw new IllegalArgumentException("no shape " + name + " in the " + cliName + " model");
                }
                String shared = reader.share(name);
                s = new Shape(this, shared, reader.shape(at));
                shapes.put(shared, s);
            }
            return s;
        }
    }

    /** How many shapes have been parsed so far (for tests of what a command reads). */
    int shapesRead() {
        return shapes.size();
    }

    /** How many part files of shapes have been read so far, and how many there are. */
    int[] shapePartsRead() {
        return new int[] {shapeLines.partsRead(), shapeLines.partCount()};
    }

    /** Every shape name of the model, in alphabetical order (without reading the shapes). */
    List<String> shapeNames() {
        List<String> names = new ArrayList<>();
        shapeLines.forEach((name, at) -> names.add(name));
        return names;
    }

    /** A waiter from waiters-2.json: which operation it polls, how often, how many times, and its acceptors. */
    public record Waiter(String name, String operation, int delay, int maxAttempts, JsonArray acceptors) {
    }
}
