package computequest.sim;

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

    /** Real operations this game knows of but does not simulate, so it can say so instead of "unknown". */
    private static final Map<String, Set<String>> REAL_BUT_NOT_SIMULATED = Map.of(

            "ec2", Set.of("create-vpc", "create-subnet", "create-security-group", "authorize-security-group-ingress",
                    "create-key-pair", "allocate-address", "associate-address", "create-volume", "attach-volume",
                    "create-snapshot", "copy-image", "create-launch-template", "describe-security-groups",
                    "describe-key-pairs", "describe-volumes"),
            "lightsail", Set.of("allocate-static-ip", "attach-static-ip", "create-instance-snapshot", "get-instance-metric-data",
                    "open-instance-public-ports", "create-load-balancer", "create-container-service"),
            "ecr", Set.of("batch-delete-image", "put-lifecycle-policy", "start-image-scan", "put-image-tag-mutability",
                    "describe-image-scan-findings", "get-authorization-token"),
            "ecs", Set.of("create-capacity-provider", "put-cluster-capacity-providers", "register-container-instance",
                    "update-container-agent", "execute-command", "start-task", "tag-resource", "create-task-set"),
            "eks", Set.of("create-addon", "associate-identity-provider-config", "create-access-entry", "update-cluster-version",
                    "create-pod-identity-association"),
            "lambda", Set.of("publish-version", "create-alias", "publish-layer-version", "put-provisioned-concurrency-config",
                    "create-function-url-config", "get-policy"),
            "s3", Set.of("sync", "rm", "mv", "rb", "presign", "website"),
            "sqs", Set.of("receive-message", "delete-message", "purge-queue", "get-queue-attributes"),
            "dynamodb", Set.of("put-item", "get-item", "query", "scan", "update-item"));

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

    static boolean isRealButNotSimulated(String service, String operation) {
        return REAL_BUT_NOT_SIMULATED.getOrDefault(service, Set.of()).contains(operation);
    }

    /** Every word completion may offer: services, "service operation" pairs and parameter names. */
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
