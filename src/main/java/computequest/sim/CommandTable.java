package computequest.sim;

import computequest.sim.ec2.Ec2Ops;
import computequest.sim.ecr.EcrOps;
import computequest.sim.ecs.EcsOps;
import computequest.sim.eks.EksOps;
import computequest.sim.lambda.LambdaOps;
import computequest.sim.lightsail.LightsailOps;
import computequest.sim.s3.TriggerOps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every simulated operation, by service. The parser, {@code help} and completion all read this one table,
 * so a new operation appears everywhere once it is added here.
 */
final class CommandTable {

    private static final Map<String, Map<String, Operation>> TABLE = build();

    private CommandTable() {
    }

    private static Map<String, Map<String, Operation>> build() {
        Map<String, Map<String, Operation>> t = new LinkedHashMap<>();
        List<Operation> all = new ArrayList<>();
        all.addAll(Ec2Ops.operations());
        all.addAll(LightsailOps.operations());
        all.addAll(EcrOps.operations());
        all.addAll(EcsOps.operations());
        all.addAll(EksOps.operations());
        all.addAll(LambdaOps.operations());
        all.addAll(TriggerOps.operations());
        all.addAll(AwsCore.operations());
        for (Operation op : all) {
            t.computeIfAbsent(op.service(), k -> new LinkedHashMap<>()).put(op.name(), op);
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
