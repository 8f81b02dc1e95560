package computequest.present;

import computequest.sim.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One table per resource kind: its heading, its columns, how each value reads, and which resources are the
 * player's own. Both renderers and the {@code status} text use these, so they show the same rows and columns.
 */
public final class Tables {

    /** A column: its heading in the {@code status} text, and the value it shows for a resource. */
    public record Column(String header, Function<Resource, Cell> cell) {
    }

    /** The table of one kind. The first column is always the id. */
    public record Table(String kind, String heading, List<Column> columns) {
        /** The row of one resource: its id, then one cell per further column. */
        public List<Cell> row(Resource r) {
            return columns.stream().map(c -> c.cell().apply(r)).toList();
        }
    }

    /** Kinds that are not things the player runs: the bill and clock have their own places. */
    private static final Set<String> HIDDEN = Set.of("bill", "clock");

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    /** The first column of every table. */
    private static final Column ID = new Column("ID", r -> new Cell(r.id(), Cell.Tone.BOLD));

    /** Each kind's service, for grouping: kinds of one service sit together, services in the course's order. */
    private static final Map<String, String> SERVICE = new LinkedHashMap<>();

    /** The service whose tables the next {@link #table} calls add, while the tables are made. */
    private static String currentService = "";

    static {
        service("EC2");
        table("instance", "EC2 instances", col("STATE", r -> Cell.state(r.attr("state"))), attr("TYPE", "type"),
                attr("AZ", "az"), col("PUBLIC IP", r -> Cell.plain(r.attr("public-ip").isEmpty() ? "no public IP"
                        : r.attr("public-ip"))));
        table("image", "Your AMIs", attr("NAME", "name"), col("STATE", r -> Cell.state(r.attr("state"))));
        table("snapshot", "EBS snapshots (billed)", col("AMI", r -> Cell.plain("true".equals(r.attr("ami-registered"))
                ? r.attr("image") : "AMI deregistered")));
        table("key-pair", "EC2 key pairs");
        table("security-group", "EC2 security groups", attr("NAME", "name"),
                col("SSH FROM", r -> Cell.plain(reach("ssh ", r.attr("ssh-from"), r.id(), true))),
                col("WEB FROM", r -> Cell.plain(reach("web ", r.attr("http-from"), r.id(), false))),
                attr("OTHER RULES", "other-rules"));
        service("Lightsail");
        table("lightsail-instance", "Lightsail instances", col("STATE", r -> Cell.state(r.attr("state"))),
                attr("BUNDLE", "bundle"), attr("PUBLIC IP", "public-ip"),
                col("MONTHLY", r -> Cell.plain(labelled("$", r.attr("monthly-usd"), "/mo"))));
        table("static-ip", "Lightsail static IPs", attr("ADDRESS", "ip"), col("ATTACHED TO", r -> r.attr("attached-to")
                .isEmpty() ? new Cell("nothing (billed after an hour)", Cell.Tone.BAD) : Cell.plain(r.attr("attached-to"))));
        service("ECR"); // with the laptop's docker images, which are pushed to it and pulled from it
        table("local-image", "Docker images (laptop)", attr("TAG", "tag"));
        table("ecr-repository", "ECR repositories", attr("URI", "uri"));
        table("ecr-image", "ECR images", col("IMAGE", r -> Cell.plain(labelled("", r.attr("repository"), ":"
                + r.attr("tag")))));
        service("ECS");
        table("ecs-cluster", "ECS clusters", col("STATUS", r -> Cell.state(r.attr("status"))),
                labelledAttr("TASKS", "tasks ", "running-tasks"), labelledAttr("SERVICES", "services ", "services"),
                labelledAttr("HOSTS", "hosts ", "container-instances"));
        table("container-instance", "ECS container instances", attr("EC2 INSTANCE", "ec2-instance"),
                col("AGENT", r -> "true".equals(r.attr("agent-connected")) ? new Cell("agent up", Cell.Tone.GOOD)
                        : r.attr("agent-connected").isEmpty() ? Cell.plain("") : new Cell("agent down", Cell.Tone.BAD)),
                attr("AZ", "az"));
        table("task-definition", "ECS task definitions", attr("COMPATIBLE WITH", "compatibilities"),
                col("SIZE", r -> Cell.plain(r.attr("cpu").isEmpty() ? "" : r.attr("cpu") + " CPU/"
                        + r.attr("memory") + " MiB")));
        table("service", "ECS services", col("TASKS", r -> ratio(r.attr("running"), r.attr("desired"), "running")),
                attr("LAUNCH TYPE", "launch-type"), attr("CLUSTER", "cluster"));
        table("task", "ECS tasks", col("STATUS", r -> Cell.state(r.attr("status"))),
                attr("LAUNCH TYPE", "launch-type"), attr("AZ", "az"), attr("SERVICE", "service"));
        // what an ECS service registers in a target group; shown only for a target group Elastic Load Balancing
        // does not list (its own row, below, counts the same targets)
        table("load-balancer", "ECS service target groups", labelledAttr("TARGETS", "targets ", "targets"));
        service("Elastic Load Balancing");
        table("alb", "Load balancers", col("STATE", r -> Cell.state(r.attr("state"))),
                labelledAttr("LISTENERS", "listeners ", "listeners"));
        table("target-group", "Target groups", labelledAttr("PORT", "port ", "port"),
                labelledAttr("TARGETS", "targets ", "targets"), labelledAttr("LOAD BALANCER", "-> ", "load-balancers"));
        service("EKS");
        table("eks-cluster", "EKS clusters", col("STATUS", r -> Cell.state(r.attr("status"))));
        table("nodegroup", "EKS node groups", col("STATUS", r -> Cell.state(r.attr("status"))),
                attr("TYPE", "instance-type"), labelledAttr("DESIRED", "desired ", "desired"));
        table("fargate-profile", "EKS Fargate profiles", labelledAttr("NAMESPACE", "namespace ", "namespace"));
        table("node", "Kubernetes nodes", attr("EC2 INSTANCE", "ec2-instance"), attr("AZ", "az"));
        table("deployment", "Kubernetes deployments", col("READY", r -> ratio(r.attr("ready"), r.attr("replicas"),
                "ready")));
        table("pod", "Kubernetes pods", col("STATUS", r -> Cell.state(r.attr("status"))),
                col("ON", r -> Cell.plain("true".equals(r.attr("fargate")) ? "Fargate" : r.attr("node"))),
                attr("AZ", "az"));
        service("Lambda");
        table("function", "Lambda functions", attr("RUNTIME", "runtime"),
                col("MEMORY", r -> Cell.plain(labelled("", r.attr("memory"), " MB"))),
                labelledAttr("CALLS", "calls ", "invocations"),
                col("LAST CALL", r -> r.attr("last-status").isEmpty() ? Cell.plain("") : new Cell("last "
                        + r.attr("last-status") + labelled(" ", r.attr("last-duration-ms"), " ms"),
                        tone(r.attr("last-status")))));
        table("trigger", "Lambda triggers", attr("TYPE", "type"), labelledAttr("FUNCTION", "-> ", "function"));
        service("S3");
        table("s3-bucket", "S3 buckets", labelledAttr("OBJECTS", "objects ", "objects"));
        service("DynamoDB");
        table("dynamodb-table", "DynamoDB tables", col("STATUS", r -> Cell.state(r.attr("status"))),
                attr("BILLING", "billing-mode"));
        service("IAM");
        table("role", "IAM roles", col("TRUSTS", r -> Cell.plain(labelled("trusts ", r.attr("trusts"), ""))));
        table("instance-profile", "IAM instance profiles", labelledAttr("ROLE", "role ", "role"));
    }

    private static void service(String name) {
        currentService = name;
    }

    /** The service a kind belongs to ("EC2", "ECS", ...), or the kind itself for a kind without a table. */
    public static String serviceOf(String kind) {
        return SERVICE.getOrDefault(kind, kind);
    }

    private Tables() {
    }

    /**
     * Whether a resource is the player's to see in their cloud: not the bill or clock, of images only their own
     * (the public catalogue's images belong to Amazon), and the default security group once the player opened it. The one definition, for every renderer.
     */
    public static boolean playersOwn(Resource r) {
        return !HIDDEN.contains(r.kind()) && (!r.kind().equals("image") || r.attr("owner").equals("self"))
                && !(r.kind().equals("security-group") && r.attr("name").equals("default")
                && r.attr("ssh-open").equals("false") && r.attr("other-rules").isEmpty());
    }

    /** The table for a kind; a kind without one gets the id and its state. */
    public static Table of(String kind) {
        Table t = TABLES.get(kind);
        return t != null ? t : new Table(kind, heading(kind), List.of(ID, col("STATE", r -> Cell.state(
                !r.attr("state").isEmpty() ? r.attr("state") : r.attr("status")))));
    }

    /** The player's own resources grouped by kind, in the tables' order (kinds without a table last, by name). */
    public static Map<Table, List<Resource>> group(List<Resource> resources) {
        Map<String, List<Resource>> byKind = new LinkedHashMap<>();
        Set<String> targetGroups = new java.util.HashSet<>();
        resources.stream().filter(r -> r.kind().equals("target-group")).forEach(r -> targetGroups.add(r.id()));
        for (Resource r : resources) {
            if (playersOwn(r) && !(r.kind().equals("load-balancer") && targetGroups.contains(r.id()))) {
                byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> order = new ArrayList<>(TABLES.keySet());
        List<String> kinds = new ArrayList<>(byKind.keySet());
        kinds.sort(Comparator.comparingInt((String k) -> order.contains(k) ? order.indexOf(k) : order.size())
                .thenComparing(k -> k));
        Map<Table, List<Resource>> out = new LinkedHashMap<>();
        kinds.forEach(k -> out.put(of(k), byKind.get(k)));
        return out;
    }

    /** Green for settled and working, yellow for on the way, red for stopped or failed, dim for gone. */
    public static Cell.Tone tone(String state) {
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "running", "active", "available", "ready", "ok", "success", "succeeded", "in-service" -> Cell.Tone.GOOD;
            case "pending", "provisioning", "creating", "starting", "stopping", "shutting-down", "updating",
                 "deprovisioning", "activating", "draining", "containercreating", "updating-status" -> Cell.Tone.WARN;
            case "terminated", "deleted", "inactive" -> Cell.Tone.DIM;
            case "stopped", "failed", "error", "timeout", "bad-request", "unhealthy", "crashloopbackoff" -> Cell.Tone.BAD;
            default -> Cell.Tone.PLAIN;
        };
    }

    /** "ecr-repository" reads "ECR repositories": the heading of a kind without a table. */
    static String heading(String kind) {
        String[] words = kind.split("-");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (Set.of("ecr", "ecs", "eks", "ec2", "s3", "sqs", "api").contains(w)) {
                w = w.toUpperCase(Locale.ROOT);
            } else if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            if (i == words.length - 1) {
                w = w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey") ? w.substring(0, w.length() - 1) + "ies"
                        : w.endsWith("s") ? w + "es" : w + "s";
            }
            b.append(i == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    private static void table(String kind, String heading, Column... columns) {
        List<Column> all = new ArrayList<>();
        all.add(ID);
        all.addAll(List.of(columns));
        TABLES.put(kind, new Table(kind, heading, all));
        SERVICE.put(kind, currentService);
    }

    private static Column col(String header, Function<Resource, Cell> cell) {
        return new Column(header, cell);
    }

    private static Column attr(String header, String attribute) {
        return new Column(header, r -> Cell.plain(r.attr(attribute)));
    }

    private static Column labelledAttr(String header, String prefix, String attribute) {
        return new Column(header, r -> Cell.plain(labelled(prefix, r.attr(attribute), "")));
    }

    /**
     * Who a security group lets in on a port: addresses first (the laptop's /32 is what a learner looks for), then
     * groups, its own members named as such (the default group's rule admits them on every port, not only this one).
     * Without {@code members} the group's own members are left out (said once, in the SSH column, to keep the row
     * inside 80 columns).
     */
    static String reach(String prefix, String sources, String selfId, boolean members) {
        if (sources == null || sources.isEmpty()) {
            return "";
        }
        List<String> cidrs = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (String src : sources.split(",")) {
            if (!src.startsWith("sg-")) {
                cidrs.add(src);
            } else if (!src.equals(selfId)) {
                groups.add("group " + src);
            } else if (members) {
                groups.add("its members");
            }
        }
        cidrs.addAll(groups);
        return cidrs.isEmpty() ? "" : prefix + String.join(", ", cidrs);
    }

    private static String labelled(String prefix, String value, String suffix) {
        return value == null || value.isEmpty() ? "" : prefix + value + suffix;
    }

    private static Cell ratio(String have, String want, String word) {
        if (have.isEmpty() && want.isEmpty()) {
            return Cell.plain("");
        }
        return new Cell(have + "/" + want + " " + word, have.equals(want) ? Cell.Tone.GOOD : Cell.Tone.WARN);
    }
}
