package computequest.sim;

import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns {@code aws SERVICE OPERATION --param value ...} into an {@link Invocation}, or explains what is wrong. */
final class CliParser {

    static final Set<String> OUTPUTS = Set.of("json", "table", "text");
    private static final Set<String> IGNORED_GLOBALS = Set.of("--region", "--profile", "--no-cli-pager");

    private CliParser() {
    }

    /** A request for help rather than a command to run. */
    record Help(String text) {
    }

    /** @return an {@link Invocation} or a {@link Help}; throws {@link CliException} for anything malformed */
    static Object parse(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("aws")) {
            throw new CliException("Cloud commands start with 'aws', for example: aws ec2 describe-instances");
        }
        if (words.size() == 1 || words.get(1).equals("help")) {
            return new Help("usage: aws <service> <operation> [--parameter value ...]\n\nSimulated services: "
                    + String.join(", ", CommandTable.services())
                    + "\nType 'aws <service> help' to list a service's operations.");
        }
        String service = words.get(1);
        if (!CommandTable.services().contains(service)) {
            throw new CliException("This game does not simulate a service called '" + service + "'."
                    + Suggest.didYouMean(service, CommandTable.services())
                    + " Simulated services: " + String.join(", ", CommandTable.services()) + ".");
        }
        Map<String, Operation> ops = CommandTable.operations(service);
        if (words.size() == 2 || words.get(2).equals("help")) {
            StringBuilder b = new StringBuilder("Operations of aws " + service + " in this game:\n");
            for (Operation op : ops.values()) {
                b.append(String.format("  %-28s %s%n", op.name(), op.summary()));
            }
            if (service.equals("ecs") || service.equals("eks")) {
                b.append("ECS and EKS side by side: kubectl explain ecs-vs-eks\n");
            }
            if (service.equals("ecr")) {
                b.append("Push and pull with docker: docker help\n");
            }
            return new Help(b.toString().stripTrailing());
        }
        String opName = words.get(2);
        Operation op = ops.get(opName);
        if (op == null) {
            if (CommandTable.isRealButNotSimulated(service, opName)) {
                throw new CliException("'aws " + service + " " + opName + "' is a real AWS command, but this game"
                        + " does not simulate it. Type 'aws " + service + " help' for the ones it does.");
            }
            throw new CliException("aws " + service + " has no operation '" + opName + "' in this game."
                    + Suggest.didYouMean(opName, ops.keySet()) + " Type 'aws " + service + " help' to list them.");
        }
        List<String> rest = words.subList(3, words.size());
        if (rest.contains("help")) {
            return new Help(op.usage().stripTrailing());
        }
        return bind(op, rest);
    }

    private static Invocation bind(Operation op, List<String> rest) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String output = "json";
        List<String> known = new ArrayList<>();
        op.params().forEach(p -> known.add(p.name()));
        known.add("--output");
        int i = 0;
        while (i < rest.size()) {
            String word = rest.get(i);
            String inlineValue = null;
            if (word.startsWith("--") && word.contains("=")) {
                inlineValue = word.substring(word.indexOf('=') + 1);
                word = word.substring(0, word.indexOf('='));
            }
            if (!word.startsWith("--")) {
                Param slot = op.params().stream().filter(x -> x.kind() == Param.Kind.POSITIONAL
                        && !values.containsKey(x.name())).findFirst().orElse(null);
                if (slot != null) {
                    values.put(slot.name(), List.of(rest.get(i)));
                    i++;
                    continue;
                }
                throw new CliException("'" + word + "' is not a parameter. Parameters start with --, for example "
                        + (op.params().isEmpty() ? "--output table" : op.params().get(0).name() + " <value>") + ".");
            }
            if (word.equals("--output")) {
                String v = inlineValue != null ? inlineValue : (i + 1 < rest.size() ? rest.get(i + 1) : null);
                if (v == null || !OUTPUTS.contains(v)) {
                    throw new CliException("--output takes json, table or text.");
                }
                output = v;
                i += inlineValue != null ? 1 : 2;
                continue;
            }
            if (word.equals("--query")) {
                throw new CliException("--query (JMESPath filtering of the answer) is real but not simulated."
                        + " Leave it out to see the whole answer, or use --output table.");
            }
            if (IGNORED_GLOBALS.contains(word)) {
                String v = inlineValue != null ? inlineValue : (i + 1 < rest.size() ? rest.get(i + 1) : "");
                if (word.equals("--region") && !v.equals(Cloud.REGION)) {
                    throw new CliException("This game simulates one region, " + Cloud.REGION + ", not '" + v + "'.");
                }
                i += word.equals("--no-cli-pager") || inlineValue != null ? 1 : 2;
                continue;
            }
            String typed = word;
            Param p = op.param(word).orElseThrow(() -> new CliException("aws " + op.service() + " " + op.name()
                    + " has no parameter " + typed + "." + Suggest.didYouMean(typed, known)
                    + " Type 'aws " + op.service() + " " + op.name() + " help' to list them."));
            i++;
            List<String> got = new ArrayList<>();
            switch (p.kind()) {
                case POSITIONAL -> throw new CliException(p.name() + " is given without a flag.");
                case FLAG -> {
                    if (inlineValue != null) {
                        throw new CliException(p.name() + " is a switch and takes no value.");
                    }
                }
                case VALUE -> {
                    if (inlineValue != null) {
                        got.add(inlineValue);
                    } else if (i < rest.size() && !rest.get(i).startsWith("--")) {
                        got.add(rest.get(i++));
                    } else {
                        throw new CliException(p.name() + " needs a value: " + p.help());
                    }
                }
                case LIST -> {
                    if (inlineValue != null) {
                        got.add(inlineValue);
                    }
                    while (i < rest.size() && !rest.get(i).startsWith("--")) {
                        got.add(rest.get(i++));
                    }
                    if (got.isEmpty()) {
                        throw new CliException(p.name() + " needs at least one value: " + p.help());
                    }
                }
            }
            if (values.containsKey(p.name())) {
                throw new CliException(p.name() + " is given twice. Give it once.");
            }
            values.put(p.name(), got);
        }
        List<String> missing = new ArrayList<>();
        for (Param p : op.params()) {
            if (p.required() && !values.containsKey(p.name())) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new CliException("aws " + op.service() + " " + op.name() + " needs " + String.join(", ", missing)
                    + ". Type 'aws " + op.service() + " " + op.name() + " help' for what each one means.");
        }
        return new Invocation(op, values, output);
    }
}
