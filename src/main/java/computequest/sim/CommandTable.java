package computequest.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every simulated operation, by the CLI's service word, gathered from {@link Services#ALL}. The parser, {@code help}
 * and completion all read this one table, so a new operation appears everywhere once its service lists it.
 */
final class CommandTable {

    private static final Map<String, Map<String, Operation>> TABLE = build();

    private CommandTable() {
    }

    private static Map<String, Map<String, Operation>> build() {
        Map<String, Map<String, Operation>> t = new LinkedHashMap<>();
        for (Service s : Services.ALL) {
            for (Operation op : s.operations()) {
                t.computeIfAbsent(op.service(), k -> new LinkedHashMap<>()).put(op.name(), op);
            }
        }
        return t;
    }

    static Set<String> services() {
        return TABLE.keySet();
    }

    static Map<String, Operation> operations(String service) {
        return TABLE.getOrDefault(service, Map.of());
    }

    /** Every word completion may offer: "aws service operation" (the line completer matches whole lines). */
    static List<String> completionWords() {
        Set<String> words = new LinkedHashSet<>();
        for (var e : TABLE.entrySet()) {
            for (Operation op : e.getValue().values()) {
                words.add("aws " + e.getKey() + " " + op.name());
            }
        }
        return new ArrayList<>(words);
    }
}
