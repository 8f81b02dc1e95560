package computequest.sim;

import computequest.sim.model.Models;
import computequest.sim.model.OperationModel;
import computequest.sim.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text of {@code aws help}, {@code aws SERVICE help} and {@code aws SERVICE OPERATION help}. */
final class CliHelp {

    private CliHelp() {
    }

    static String top() {
        return "usage: aws <service> <operation> [--parameter value ...]\n\nSimulated services: "
                + String.join(", ", CommandTable.services())
                + "\nType 'aws <service> help' to list a service's operations.";
    }

    static String service(String service, Map<String, Operation> ops) {
        StringBuilder b = new StringBuilder("Operations of aws " + service + " in this game:\n");
        for (Operation op : ops.values()) {
            b.append(String.format("  %-28s %s%n", op.name(), op.summary()));
        }
        ServiceModel m = Models.service(service);
        List<String> waiters = Waiters.simulated(service);
        if (!waiters.isEmpty()) {
            int unsimulated = m.waiters().size() - waiters.size();
            b.append("  wait                         Wait for a condition: ").append(String.join(", ", waiters))
                    .append(unsimulated == 0 ? "" : " (the real CLI has " + unsimulated + " more, on operations"
                            + " this game does not simulate)").append('\n');
        }
        int others = 0;
        for (String real : Models.operations(service)) {
            if (!ops.containsKey(real) && !real.equals("wait")) {
                others++;
            }
        }
        if (others > 0) {
            b.append("The real aws ").append(service).append(" has ").append(others)
                    .append(" more operations; this game knows their names and says when one is not simulated.\n");
        }
        if (service.equals("ecs") || service.equals("eks")) {
            b.append("ECS and EKS side by side: kubectl explain ecs-vs-eks\n");
        }
        if (service.equals("ecr")) {
            b.append("Push and pull with docker: docker help\n");
        }
        return b.toString().stripTrailing();
    }

    static String operation(Operation op, OperationModel model) {
        StringBuilder b = new StringBuilder(op.usage());
        if (model != null) {
            List<String> more = new ArrayList<>();
            for (OperationModel.Arg a : model.args()) {
                if (op.param(a.flag()).isEmpty() && !a.negative()) {
                    more.add(a.flag() + (a.required() ? " (required)" : ""));
                }
            }
            if (!more.isEmpty()) {
                b.append("\n  Also accepted, as the AWS CLI takes them (the game may ignore them):\n");
                wrap(b, more);
            }
        }
        return b.toString().stripTrailing();
    }

    static String realOperation(String service, String op) {
        ServiceModel m = Models.service(service);
        OperationModel model = m == null ? null : m.operation(op);
        StringBuilder b = new StringBuilder("aws " + service + " " + op
                + "\n\n  A real AWS command that this game does not simulate.\n");
        if (model != null) {
            List<String> args = new ArrayList<>();
            for (OperationModel.Arg a : model.args()) {
                if (!a.negative()) {
                    args.add(a.flag() + (a.required() ? " (required)" : ""));
                }
            }
            b.append("  Its parameters:\n");
            wrap(b, args);
        }
        return b.toString().stripTrailing();
    }

    /** Help is wrapped for an 80-column terminal, as the AWS CLI's is; a word longer than a line stays whole. */
    static final int WIDTH = 79;
    private static final String INDENT = "      ";

    /** A parameter's description under it, indented and wrapped at spaces. */
    static void indented(StringBuilder b, String text) {
        indented(b, INDENT, text);
    }

    /** {@code text} wrapped at spaces, each line starting with {@code indent}. */
    static void indented(StringBuilder b, String indent, String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        StringBuilder line = new StringBuilder(indent);
        for (String w : words) {
            if (line.length() > indent.length() && line.length() + 1 + w.length() > WIDTH) {
                b.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(w);
        }
        b.append(line).append('\n');
    }

    private static void wrap(StringBuilder b, List<String> words) {
        StringBuilder line = new StringBuilder("     ");
        for (String w : words) {
            if (line.length() + 1 + w.length() > WIDTH) {
                b.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder("     ");
            }
            line.append(' ').append(w);
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }
}
