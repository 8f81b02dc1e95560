package computequest.engine;

import computequest.sim.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resource part of {@code status}: every kind the sim reports, one heading per kind, each resource with its id
 * and the attributes that say most about it. It reads only the generic resource view, so a new kind in the sim
 * shows up here with no change.
 */
final class CloudListing {

    /** Attributes worth showing, in the order shown, when a resource has them. */
    private static final List<String> SHOWN = List.of("state", "status", "type", "instance-type", "launch-type",
            "name", "blueprint", "bundle", "az", "public-ip", "cluster", "desired", "running", "replicas", "ready", "runtime",
            "memory", "timeout", "last-status", "invocations", "tag", "digest", "uri", "function", "objects", "node");

    /** Kinds that are not things the player runs. */
    private static final Set<String> SKIPPED = Set.of("bill", "clock");

    private CloudListing() {
    }

    static String of(List<Resource> resources) {
        Map<String, List<Resource>> byKind = new LinkedHashMap<>();
        for (Resource r : resources) {
            if (SKIPPED.contains(r.kind()) || (r.kind().equals("image") && !r.attr("owner").equals("self"))) {
                continue;
            }
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        if (byKind.isEmpty()) {
            return "Nothing in your cloud yet.\n";
        }
        StringBuilder b = new StringBuilder();
        for (var e : byKind.entrySet()) {
            b.append(heading(e.getKey())).append(" (").append(e.getValue().size()).append("):\n");
            for (Resource r : e.getValue()) {
                b.append("  ").append(r.id());
                int shown = 0;
                for (String a : SHOWN) {
                    String v = r.attr(a);
                    if (!v.isEmpty() && !v.equals(r.id()) && shown < 5) {
                        b.append(shown == 0 ? "  " : ", ").append(a).append(' ').append(shorten(v));
                        shown++;
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** Digests and long URIs cut to a readable length; the full value is in the aws command's output. */
    private static String shorten(String v) {
        if (v.startsWith("sha256:") && v.length() > 19) {
            return v.substring(0, 19) + "...";
        }
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }

    /** "ecr-repository" reads "ECR repositories". */
    static String heading(String kind) {
        String[] words = kind.split("-");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (ACRONYMS.contains(w)) {
                w = w.toUpperCase(java.util.Locale.ROOT);
            } else if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            if (i == words.length - 1) {
                w = plural(w);
            }
            b.append(i == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    private static final Set<String> ACRONYMS = Set.of("ecr", "ecs", "eks", "ec2", "s3", "sqs", "api");

    private static String plural(String w) {
        if (w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey")) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w.endsWith("s") ? w + "es" : w + "s";
    }
}
