package computequest.sim;

import java.util.List;
import java.util.Map;

/** A parsed command: the operation and the values given for each parameter. */
record Invocation(Operation operation, Map<String, List<String>> values, String output) {

    boolean has(String flag) {
        return values.containsKey(flag);
    }

    String value(String flag) {
        List<String> v = values.get(flag);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    String value(String flag, String fallback) {
        String v = value(flag);
        return v == null ? fallback : v;
    }

    List<String> list(String flag) {
        return values.getOrDefault(flag, List.of());
    }

    int intValue(String flag, int fallback, int min, int max) {
        String v = value(flag);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new CliException("InvalidParameterValue",
                        flag + " must be between " + min + " and " + max + ", not " + n + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException("InvalidParameterValue", flag + " takes a whole number, not '" + v + "'.");
        }
    }
}
