package computequest.sim.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * service of the AWS CLI and its operation names) is one file; each simulated service's full model is another. Both
 * are laid out one entry a line, sorted, so a command reads only the entries it needs (see {@link Lines}): a known
 * command needs only the index's first line, and of its service's model only the operation and shapes it touches.
 */
public final class Models {

    private static final String DIR = "/computequest/sim/model/";
    private static final String INDEX = "index.json";
    private static final Map<String, ServiceModel> LOADED = new LinkedHashMap<>();

    private Models() {
    }

    /**
     * The index's first line: the CLI version and the modelled services, read by streaming only that line (the
     * holder idiom makes it lazy and thread-safe).
     */
    private static final class Header {
        static final Header INSTANCE = new Header();
        final String cliVersion;
        final List<String> simulated = new ArrayList<>();

        private Header() {
            JsonObject o = ModelReader.object(firstLine() + "}");
            cliVersion = o.get("cli").getAsString();
            for (JsonElement s : o.getAsJsonArray("simulated")) {
                simulated.add(s.getAsString());
            }
        }

        /** The first line less its opening of the services ({@code ,"services":{}). */
        private static String firstLine() {
            String services = ",\"services\":{";
            StringBuilder line = new StringBuilder();
            try (InputStream in = new BufferedInputStream(open(INDEX), 1024)) {
                for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
                    line.append((char) c);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line.indexOf("{") != 0 || !line.toString().endsWith(services)) {
                throw new IllegalStateException(DIR + INDEX + " does not start with its header line (run"
                        + " src/tools/genmodels.py)");
            }
            return line.substring(0, line.length() - services.length());
        }
    }

    /**
     * The index's service lines, read on first use. Each service's operation names stay one space-separated string
     * until that service is named: split, the 400 services' 18,000 names took a megabyte of heap for the dozen
     * services a course uses.
     */
    private static final class Index {
        static final Lines LINES = lines();
        static final Map<String, List<String>> SPLIT = new ConcurrentHashMap<>();

        /** The lines between the header and the closing line. */
        private static Lines lines() {
            byte[] b = bytes(INDEX);
            int from = 0;
            while (b[from++] != '\n') {
                // past the header
            }
            int to = b.length - 1;
            while (to > from && b[to - 1] != '\n') {
                to--;
            }
            return new Lines(b, from, to);
        }

        static List<String> operations(String service) {
            List<String> ops = SPLIT.get(service);
            if (ops == null) {
                String json = LINES.find(service);
                if (json == null) {
                    return List.of();
                }
                List<String> split = names(json);
                ops = SPLIT.putIfAbsent(service, split);
                ops = ops == null ? split : ops;
            }
            return ops;
        }

        /** A line's value, a JSON string of space-separated names, as a list. */
        static List<String> names(String json) {
            String ops = JsonParser.parseString(json).getAsString();
            return ops.isEmpty() ? List.of() : List.of(ops.split(" "));
        }
    }

    /** Every service of the AWS CLI, in alphabetical order, with its operations as the CLI spells them (a new map). */
    public static Map<String, List<String>> services() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Index.LINES.forEach((service, ops) -> all.put(service, Index.names(ops)));
        return Collections.unmodifiableMap(all);
    }

    /** The operations of a service as the CLI spells them (customisations such as s3 ls included); empty if unknown. */
    public static List<String> operations(String service) {
        return Index.operations(service);
    }

    public static boolean isService(String service) {
        return Index.SPLIT.containsKey(service) || Index.LINES.find(service) != null;
    }

    /** The version of the AWS CLI the models came from, e.g. {@code aws-cli/1.45.11}. */
    public static String sourceVersion() {
        return Header.INSTANCE.cliVersion;
    }

    /** The services whose full model is kept (shapes, waiters, wire metadata). */
    public static List<String> modelled() {
        return Collections.unmodifiableList(Header.INSTANCE.simulated);
    }

    /** The full model of a service, read on first use; null for a service kept as operation names only. */
    public static synchronized ServiceModel service(String service) {
        if (!Header.INSTANCE.simulated.contains(service)) {
            return null;
        }
        ServiceModel m = LOADED.get(service);
        if (m == null) {
            m = ServiceModel.of(service, bytes(service + ".json"));
            LOADED.put(service, m);
        }
        return m;
    }

    private static byte[] bytes(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Models.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DIR + file + " (run src/tools/genmodels.py)");
        }
        return in;
    }

    /** {@code RunInstances} to {@code run-instances}; {@code InstanceRunning} to {@code instance-running}. */
    public static String kebab(String camel) {
        return String.join("-", Arrays.stream(camel.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"))
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
