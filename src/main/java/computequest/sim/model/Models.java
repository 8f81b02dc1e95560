package computequest.sim.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS's published service models, trimmed by {@code src/tools/genmodels.py} and read from the classpath on first use:
 * nothing is read until the first {@code aws} command, so the first prompt does not wait for them. The index (every
 * service of the AWS CLI and its operation names) is one file; each simulated service's full model is another,
 * read the first time that service is named.
 */
public final class Models {

    private static final String DIR = "/computequest/sim/model/";
    private static final Map<String, ServiceModel> LOADED = new LinkedHashMap<>();

    private Models() {
    }

    /**
     * The index, read once, on first use (the holder idiom makes that lazy and thread-safe). Each service's operation
     * names stay one space-separated string until that service is named: split, the 400 services' 18,000 names took
     * a megabyte of heap for the dozen services a course uses.
     */
    private static final class Index {
        static final Index INSTANCE = new Index();
        final String cliVersion;
        final Map<String, String> operations = new LinkedHashMap<>();
        final Map<String, List<String>> split = new java.util.HashMap<>();
        final List<String> simulated = new ArrayList<>();

        private Index() {
            JsonObject o = read("index.json").getAsJsonObject();
            cliVersion = o.get("cli").getAsString();
            for (JsonElement s : o.getAsJsonArray("simulated")) {
                simulated.add(s.getAsString());
            }
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("services").entrySet()) {
                operations.put(e.getKey(), e.getValue().getAsString());
            }
        }

        synchronized List<String> operations(String service) {
            String ops = operations.get(service);
            if (ops == null) {
                return List.of();
            }
            return split.computeIfAbsent(service, s -> names(ops));
        }

        static List<String> names(String ops) {
            return ops.isEmpty() ? List.of() : List.of(ops.split(" "));
        }
    }

    /** Every service of the AWS CLI, in alphabetical order, with its operations as the CLI spells them (a new map). */
    public static Map<String, List<String>> services() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Index.INSTANCE.operations.forEach((service, ops) -> all.put(service, Index.names(ops)));
        return Collections.unmodifiableMap(all);
    }

    /** The operations of a service as the CLI spells them (customisations such as s3 ls included); empty if unknown. */
    public static List<String> operations(String service) {
        return Index.INSTANCE.operations(service);
    }

    public static boolean isService(String service) {
        return Index.INSTANCE.operations.containsKey(service);
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
        return LOADED.computeIfAbsent(service, s -> ServiceModel.of(s, read(s + ".json", ModelReader::read)));
    }

    private static JsonElement read(String file) {
        return read(file, JsonParser::parseReader);
    }

    private interface Parse<T> {
        T apply(Reader r) throws IOException;
    }

    private static <T> T read(String file, Parse<T> parse) {
        try (InputStream in = Models.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file + " (run src/tools/genmodels.py)");
            }
            try (Reader r = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                return parse.apply(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code RunInstances} to {@code run-instances}; {@code InstanceRunning} to {@code instance-running}. */
    public static String kebab(String camel) {
        return String.join("-", Arrays.stream(camel.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"))
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
