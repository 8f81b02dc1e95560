package computequest.present;

import computequest.sim.Vocabulary;
import computequest.sim.cli.Binder;
import computequest.sim.model.Models;
import computequest.sim.model.OperationModel;
import computequest.sim.model.ServiceModel;
import computequest.sim.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What Tab offers after a parameter whose values come from a fixed set: {@code --output} the CLI's formats, and any
 * parameter whose shape in the service model is an enum ({@code --launch-type}, {@code --runtime},
 * {@code --instance-type}). Where the simulator has its own smaller set of those values (the instance types it prices,
 * the runtimes it runs), those come first and alone, as long as one of them begins with what is typed; the rest of
 * the real values only when none does, so {@code --instance-type <Tab>} lists eight types rather than 1,200.
 */
final class EnumValues {

    private EnumValues() {
    }

    /**
     * The values the word after {@code flag} may be, or empty when the parameter takes any value.
     *
     * @param typed what is typed of the value so far ("" for nothing)
     */
    static Optional<List<String>> after(String service, String operation, String flag, String typed) {
        List<String> values = flag.equals("--output") ? Binder.OUTPUTS : modelValues(service, operation, flag);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<String> known = matching(known(values), typed);
        return Optional.of(known.isEmpty() ? matching(values, typed) : known);
    }

    /** The enum of the parameter's shape (of its elements, for a list), or none. */
    private static List<String> modelValues(String service, String operation, String flag) {
        ServiceModel model = Models.service(service);
        OperationModel op = model == null ? null : model.operation(operation);
        OperationModel.Arg arg = op == null || !flag.startsWith("--") ? null : op.arg(flag.substring(2));
        if (arg == null || arg.member().isEmpty() || op.input() == null) {
            return List.of();
        }
        Shape shape = op.input();
        for (String part : arg.member().split("\\.")) {
            shape = shape.isStructure() ? shape.member(part) : null;
            if (shape == null) {
                return List.of();
            }
        }
        if (shape.isList()) {
            shape = shape.listMember();
        }
        return shape.isScalar() ? shape.enumValues() : List.of();
    }

    /**
     * The values the simulator itself gives some attribute, of these: for an enum that contains most of one of
     * {@link Vocabulary}'s sets (the instance types, the runtimes), in the simulator's order (its instance types from
     * the smallest, as its refusals list them); none when it has no such set, or when its set is the whole enum.
     */
    private static List<String> known(List<String> values) {
        Set<String> all = Set.copyOf(values);
        Set<String> out = new LinkedHashSet<>();
        for (var attributes : Vocabulary.values().values()) {
            for (Set<String> set : attributes.values()) {
                List<String> inside = set.stream().filter(all::contains).toList();
                if (inside.size() >= 2 && inside.size() * 2 >= set.size()) {
                    out.addAll(inside);
                }
            }
        }
        return out.size() == values.size() ? List.of() : List.copyOf(out);
    }

    private static List<String> matching(List<String> values, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v.toLowerCase(Locale.ROOT).startsWith(t)) {
                out.add(v);
            }
        }
        return out;
    }
}
