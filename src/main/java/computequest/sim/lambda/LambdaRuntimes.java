package computequest.sim.lambda;

import computequest.sim.CliException;
import computequest.story.Suggest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lambda runtimes as the fact sheet lists them for 2026-11-30: the supported ones are accepted; the deprecated ones
 * (past their date) are refused the way Lambda refuses them, naming a newer runtime of the same language. The
 * Amazon Linux 2 runtimes whose date AWS may have moved are still accepted.
 */
final class LambdaRuntimes {

    /** Supported runtimes, newest language versions last within each language. */
    static final Set<String> SUPPORTED = ordered("nodejs22.x", "nodejs24.x", "python3.12", "python3.13", "python3.14",
            "java21", "java25", "java8.al2023", "java11.al2023", "java17.al2023", "dotnet10", "ruby3.3", "ruby3.4",
            "provided.al2023");
    /** The Amazon Linux 2 runtimes: a planned deprecation date of their own, which the fact sheet could not confirm. */
    static final Set<String> AMAZON_LINUX_2 = ordered("python3.10", "python3.11", "java8.al2", "java11", "java17",
            "provided.al2");
    /** Deprecated runtimes and the newer one of the same language that Lambda's refusal names. */
    static final Map<String, String> DEPRECATED = deprecated();

    private LambdaRuntimes() {
    }

    private static Set<String> ordered(String... names) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }

    private static Map<String, String> deprecated() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String r : List.of("nodejs20.x", "nodejs18.x", "nodejs16.x", "nodejs14.x", "nodejs12.x")) {
            m.put(r, "nodejs24.x");
        }
        for (String r : List.of("python3.9", "python3.8", "python3.7")) {
            m.put(r, "python3.14");
        }
        m.put("ruby3.2", "ruby3.4");
        m.put("ruby2.7", "ruby3.4");
        m.put("dotnet8", "dotnet10");
        m.put("dotnet6", "dotnet10");
        m.put("java8", "java21");
        m.put("go1.x", "provided.al2023");
        m.put("provided", "provided.al2023");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Every runtime create-function accepts. */
    static Set<String> accepted() {
        Set<String> all = new LinkedHashSet<>(SUPPORTED);
        all.addAll(AMAZON_LINUX_2);
        return java.util.Collections.unmodifiableSet(all);
    }

    static String check(String r) {
        String newer = DEPRECATED.get(r);
        if (newer != null) {
            throw new CliException("InvalidParameterValueException", "The runtime parameter of " + r + " is no longer"
                    + " supported for creating or updating AWS Lambda functions. We recommend you use the new runtime ("
                    + newer + ") while creating or updating functions.");
        }
        if (!accepted().contains(r)) {
            throw new CliException("InvalidParameterValueException", "Value " + r + " at 'runtime' failed to satisfy"
                    + " constraint." + Suggest.didYouMean(r, accepted()) + " Current runtimes: "
                    + String.join(", ", SUPPORTED) + ".");
        }
        return r;
    }
}
