package computequest.present;

import computequest.sim.Cloud;
import computequest.sim.Resource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What Tab offers after a parameter that takes an id, a name or an ARN: each parameter's own kind of resource from
 * the simulated cloud ({@code --group-id} security groups, {@code --key-name} key pairs, {@code --task-definition}
 * families and revisions...), never another kind's ids.
 */
final class ParamValues {

    /** One kind of value: a resource kind, and what of each resource the parameter takes. */
    private record Takes(String kind, Function<Resource, String> value) {
        static Takes ids(String kind) {
            return new Takes(kind, Resource::id);
        }
    }

    private static final String ROLE_ARN = "arn:aws:iam::" + Cloud.ACCOUNT_ID + ":role/";

    private static final Map<String, List<Takes>> TAKES = Map.ofEntries(
            Map.entry("ssh", List.of(Takes.ids("instance"))),
            Map.entry("--instance-ids", List.of(Takes.ids("instance"))),
            Map.entry("--instance-id", List.of(Takes.ids("instance"))),
            Map.entry("--image-id", List.of(Takes.ids("image"))), Map.entry("--image-ids", List.of(Takes.ids("image"))),
            Map.entry("--group-id", List.of(Takes.ids("security-group"))),
            Map.entry("--group-ids", List.of(Takes.ids("security-group"))),
            Map.entry("--security-group-ids", List.of(Takes.ids("security-group"))),
            Map.entry("--group-name", List.of(new Takes("security-group", r -> r.attr("name")))),
            Map.entry("--group-names", List.of(new Takes("security-group", r -> r.attr("name")))),
            Map.entry("--security-groups", List.of(new Takes("security-group", r -> r.attr("name")))),
            Map.entry("--key-name", List.of(Takes.ids("key-pair"))), Map.entry("--key-names", List.of(Takes.ids("key-pair"))),
            Map.entry("--clusters", List.of(Takes.ids("ecs-cluster"))),
            Map.entry("--cluster-name", List.of(Takes.ids("eks-cluster"))),
            Map.entry("--task-definition", List.of(new Takes("task-definition", r -> r.attr("family")),
                    Takes.ids("task-definition"))),
            Map.entry("--tasks", List.of(Takes.ids("task"))), Map.entry("--task", List.of(Takes.ids("task"))),
            Map.entry("--service", List.of(Takes.ids("service"))), Map.entry("--services", List.of(Takes.ids("service"))),
            Map.entry("--function-name", List.of(Takes.ids("function"))),
            Map.entry("--repository-name", List.of(Takes.ids("ecr-repository"))),
            Map.entry("--repository-names", List.of(Takes.ids("ecr-repository"))),
            Map.entry("--nodegroup-name", List.of(Takes.ids("nodegroup"))),
            Map.entry("--instance-name", List.of(Takes.ids("lightsail-instance"))),
            Map.entry("--container-instances", List.of(Takes.ids("container-instance"))),
            Map.entry("--container-instance", List.of(Takes.ids("container-instance"))),
            Map.entry("--bucket", List.of(Takes.ids("s3-bucket"))), Map.entry("--table-name", List.of(Takes.ids("dynamodb-table"))),
            Map.entry("--role-name", List.of(Takes.ids("role"))),
            Map.entry("--role", List.of(new Takes("role", r -> ROLE_ARN + r.id()))),
            Map.entry("--role-arn", List.of(new Takes("role", r -> ROLE_ARN + r.id()))),
            Map.entry("--node-role", List.of(new Takes("role", r -> ROLE_ARN + r.id()))),
            Map.entry("--execution-role-arn", List.of(new Takes("role", r -> ROLE_ARN + r.id()))),
            Map.entry("--task-role-arn", List.of(new Takes("role", r -> ROLE_ARN + r.id()))),
            Map.entry("--pod-execution-role-arn", List.of(new Takes("role", r -> ROLE_ARN + r.id()))),
            Map.entry("--iam-instance-profile", List.of(new Takes("instance-profile", r -> "Name=" + r.id()))),
            // a target group's whole ARN, id included, as the load balancing service returned it
            Map.entry("--load-balancers", List.of(new Takes("target-group", r -> "targetGroupArn=" + r.attr("arn")))),
            Map.entry("--target-group-arn", List.of(new Takes("target-group", r -> r.attr("arn")))),
            Map.entry("--target-group-arns", List.of(new Takes("target-group", r -> r.attr("arn")))),
            Map.entry("--load-balancer-arn", List.of(new Takes("alb", r -> r.attr("arn")))),
            Map.entry("--load-balancer-arns", List.of(new Takes("alb", r -> r.attr("arn")))));

    /** Parameters whose kind depends on the service: {@code aws ecs --cluster} against {@code aws eks --cluster}. */
    private static final Map<String, String> BY_SERVICE = Map.of("ecs --cluster", "ecs-cluster",
            "eks --cluster", "eks-cluster", "eks --name", "eks-cluster");

    private ParamValues() {
    }

    /**
     * The values the word after {@code param} may be, or empty when {@code param} takes no id or name.
     *
     * @param service the {@code aws} service typed, or "" for other commands
     */
    static Optional<List<String>> after(String service, String param, List<Resource> resources) {
        String p = param.toLowerCase(Locale.ROOT);
        List<Takes> takes = TAKES.get(p);
        if (takes == null && BY_SERVICE.containsKey(service + " " + p)) {
            takes = List.of(Takes.ids(BY_SERVICE.get(service + " " + p)));
        }
        if (takes == null && p.equals("--cluster")) {
            takes = List.of(Takes.ids("ecs-cluster"), Takes.ids("eks-cluster"));
        }
        if (takes == null && p.startsWith("--") && p.matches(".*-(ids?|names?|arns?)")) {
            // Another parameter for an id or a name: the kind its name says (--nodegroup-name, --security-group-id).
            String base = p.substring(2).replaceAll("-(ids?|names?|arns?)$", "");
            takes = List.of(new Takes(base, Resource::id));
        }
        if (takes == null) {
            return Optional.empty();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Takes t : takes) {
            for (Resource r : resources) {
                if (r.kind().equals(t.kind()) || r.kind().endsWith("-" + t.kind())) {
                    String v = t.value().apply(r);
                    if (!v.isBlank() && !v.contains(" ")) {
                        out.add(v);
                    }
                }
            }
        }
        if (p.equals("--load-balancers") && out.isEmpty()) {
            out.add("targetGroupArn=");
        }
        return Optional.of(List.copyOf(out));
    }
}
