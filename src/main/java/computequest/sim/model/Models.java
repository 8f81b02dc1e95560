package computequest.sim.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS's published service models, trimmed by {@code src/tools/genmodels.py} and read from the classpath on first use:
 * nothing is read until the first {@code aws} command, so the first prompt does not wait for them. The index (every
 * service of the AWS CLI and its operation names) and each simulated service's operations and shapes are sorted and
 * split into small part files (see {@link Section}), so a command reads only what it needs: a known command reads the
 * index's head (a few hundred bytes), its service's head, and the parts holding its operation and shapes.
 */
public final class Models {

    private static final Map<String, ServiceModel> LOADED = new LinkedHashMap<>();

    private Models() {
    }

    /** The index's head: the CLI version, the modelled services and the parts of the services (holder idiom: lazy). */
    private static final class Index {
        static final Index INSTANCE = new Index();
        final String cliVersion;
        final List<String> simulated = new ArrayList<>();
        final Section services;
        /**
         * Each service's operation names, split when that service is first named: split, the 400 services' 18,000
         * names took a megabyte of heap for the dozen services a course uses.
         */
        final Map<String, List<String>> split = new ConcurrentHashMap<>();

        private Index() {
            JsonObject o = ModelJson.tree("index.json", ModelFiles.read("index.json")).getAsJsonObject();
            cliVersion = o.get("cli").getAsString();
            for (JsonElement s : o.getAsJsonArray("simulated")) {
                simulated.add(s.getAsString());
            }
            services = new Section("index/services", strings(o.getAsJsonObject("parts").getAsJsonArray("services")));
        }

        List<String> operations(String service) {
            List<String> ops = split.get(service);
            if (ops == null) {
                ModelJson at = services.find(service);
                if (at == null) {
                    return List.of();
                }
                List<String> names = names(at);
                ops = split.putIfAbsent(service, names);
                ops = ops == null ? names : ops;
            }
            return ops;
        }

        /** An entry's value, a JSON string of space-separated names, as a list. */
        static List<String> names(ModelJson at) {
            String ops = at.string();
            return ops.isEmpty() ? List.of() : List.of(ops.split(" "));
        }
    }

    /** A JSON array of strings, as a list. */
    static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) {
            out.add(e.getAsString());
        }
        return out;
    }

    /** Every service of the AWS CLI, in alphabetical order, with its operations as the CLI spells them (a new map). */
    public static Map<String, List<String>> services() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Index.INSTANCE.services.forEach((service, ops) -> all.put(service, Index.names(ops)));
        return Collections.unmodifiableMap(all);
    }

    /** The operations of a service as the CLI spells them (customisations such as s3 ls included); empty if unknown. */
    public static List<String> operations(String service) {
        return Index.INSTANCE.operations(service);
    }

    public static boolean isService(String service) {
        return Index.INSTANCE.split.containsKey(service) || Index.INSTANCE.services.find(service) != null;
    }

    /** The version of the AWS CLI the models came from, e.g. {@code aws-cli/1.45.11}. */
    public static String sourceVersion() {
        return Index.INSTANCE.cliVersion;
    }

    /** The services whose full model is kept (shapes, waiters, wire metadata). */
    public static List<String> modelled() {
        return Collections.unmodifiableList(Index.INSTANCE.simulated);
    }

    /** The full model of a service, read on first use; null for a service kept as operation names only. */
    public static synchronized ServiceModel service(String service) {
        if (!Index.INSTANCE.simulated.contains(service)) {
            return null;
        }
        ServiceModel m = LOADED.get(service);
        if (m == null) {
            m = ServiceModel.read(service);
            LOADED.put(service, m);
        }
        return m;
    }

    /** {@code RunInstances} to {@code run-instances}; {@code InstanceRunning} to {@code instance-running}. */
    public static String kebab(String camel) {
        return String.join("-", Arrays.stream(camel.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"))
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
