package computequest.sim;

import com.google.gson.JsonObject;
import computequest.sim.cli.Binder;
import computequest.sim.cli.CliError;
import computequest.sim.ecs.TaskDefinitions;
import computequest.sim.model.Models;
import computequest.sim.model.OperationModel;
import computequest.sim.model.ServiceModel;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code aws SERVICE OPERATION --param value ...} into an {@link Invocation}, or explains what is wrong.
 * AWS's service models say which services and operations exist and which arguments each takes; the command table
 * says which of them this game simulates, and adds the game's own teaching words.
 */
final class CliParser {

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
            return new Help(CliHelp.top());
        }
        String service = words.get(1);
        if (!CommandTable.services().contains(service)) {
            if (Models.isService(service)) {
                throw new CliException("'aws " + service + "' is a real AWS service, but this game does not simulate"
                        + " it. Simulated services: " + String.join(", ", CommandTable.services()) + ".");
            }
            throw new CliException("This game does not simulate a service called '" + service + "'."
                    + Suggest.didYouMean(service, Models.services().keySet())
                    + " Simulated services: " + String.join(", ", CommandTable.services()) + ".");
        }
        Map<String, Operation> ops = CommandTable.operations(service);
        if (words.size() == 2 || words.get(2).equals("help")) {
            return new Help(CliHelp.service(service, ops));
        }
        String opName = words.get(2);
        Operation op = ops.get(opName);
        List<String> rest = words.subList(3, words.size());
        if (op == null) {
            List<String> real = Models.operations(service);
            if (real.contains(opName)) {
                if (rest.contains("help")) {
                    return new Help(CliHelp.realOperation(service, opName));
                }
                throw new CliException("'aws " + service + " " + opName + "' is a real AWS command, but this game"
                        + " does not simulate it. Type 'aws " + service + " help' for the ones it does.");
            }
            List<String> known = new ArrayList<>(real);
            known.addAll(ops.keySet());
            throw new CliException("aws " + service + " has no operation '" + opName + "'."
                    + Suggest.didYouMean(opName, known) + " Type 'aws " + service + " help' to list the simulated ones.");
        }
        if (rest.contains("help")) {
            return new Help(CliHelp.operation(op, model(op)));
        }
        return bind(op, rest);
    }

    /** The model of an operation, or null for one the CLI adds itself (aws s3 ls, aws ecr get-login-password). */
    static OperationModel model(Operation op) {
        ServiceModel m = Models.service(op.service());
        return m == null ? null : m.operation(op.name());
    }

    /** The arguments of an operation: the model's, in the CLI's order, then the game's own extras. */
    static List<Binder.Spec> specs(Operation op, OperationModel model) {
        Map<String, Binder.Spec> specs = new LinkedHashMap<>();
        if (model != null) {
            for (OperationModel.Arg a : model.args()) {
                Binder.Kind kind = a.positional() ? Binder.Kind.POSITIONAL : switch (a.type()) {
                    case "boolean" -> Binder.Kind.FLAG;
                    case "list" -> Binder.Kind.LIST;
                    default -> Binder.Kind.VALUE;
                };
                specs.put(a.flag(), new Binder.Spec(a.flag(), kind, a.required(),
                        a.member().isEmpty() ? null : a.member(), a.negative()));
            }
        }
        for (Param p : op.params()) {
            if (!specs.containsKey(p.name())) {
                Binder.Kind kind = switch (p.kind()) {
                    case FLAG -> Binder.Kind.FLAG;
                    case VALUE -> Binder.Kind.VALUE;
                    case LIST -> Binder.Kind.LIST;
                    case POSITIONAL -> Binder.Kind.POSITIONAL;
                };
                specs.put(p.name(), new Binder.Spec(p.name(), kind, model == null && p.required(), null, false));
            }
        }
        return List.copyOf(specs.values());
    }

    private static Invocation bind(Operation op, List<String> rest) {
        OperationModel model = model(op);
        List<Binder.Spec> specs = specs(op, model);
        Binder.Bound b;
        try {
            b = Binder.bind(specs, model == null ? null : model.input(), model != null && model.paginated(), rest,
                    CliParser::file);
        } catch (CliError e) {
            TextRules.check(naive(op, rest));
            throw new CliException(e.getMessage() + hint(e.getMessage(), specs) + "\nType 'aws " + op.service() + " "
                    + op.name() + " help' for its parameters.");
        }
        Binder.Globals g = b.globals();
        if (g.query() != null) {
            try {
                computequest.sim.cli.Output.query(new JsonObject(), g.query());
            } catch (CliError e) {
                throw new CliException(e.getMessage());
            }
        }
        if (g.region() != null && !g.region().equals(Cloud.REGION)) {
            throw new CliException("This game simulates one region, " + Cloud.REGION + ", not '" + g.region() + "'.");
        }
        List<String> missing = new ArrayList<>();
        for (Param p : op.params()) {
            if (p.required() && !b.values().containsKey(p.name()) && !inRequest(p, model, b.request())) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new CliException("aws " + op.service() + " " + op.name() + " needs " + String.join(", ", missing)
                    + " in this game. Type 'aws " + op.service() + " " + op.name() + " help' for what each one means.");
        }
        return new Invocation(op, fromRequest(op, model, b.values(), b.request()), g.output(), g.query(), b.request(),
                g.profile(), g.region());
    }

    /**
     * The words of each parameter given through {@code --cli-input-json} rather than typed (the real CLI sends
     * everything it cannot put in a flag, such as a queue URL or a policy with newlines, from the endpoint this way),
     * so that the game's operations, which read the words, see them as if typed: a scalar as its text, a list as one
     * word per item, a structure as its JSON. A flag typed on the line wins.
     */
    static Map<String, List<String>> fromRequest(Operation op, OperationModel model, Map<String, List<String>> values,
                                                 JsonObject request) {
        if (model == null || request.size() == 0) {
            return values;
        }
        Map<String, List<String>> all = new LinkedHashMap<>(values);
        for (Param p : op.params()) {
            OperationModel.Arg a = model.arg(p.name().replaceFirst("^--", ""));
            if (all.containsKey(p.name()) || a == null || a.positional() || a.member().isEmpty()
                    || a.member().contains(".") || !request.has(a.member())) {
                continue;
            }
            com.google.gson.JsonElement v = request.get(a.member());
            if (v.isJsonNull()) {
                continue;
            }
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean() && a.type().equals("boolean")) {
                if (v.getAsBoolean() != a.negative()) {
                    all.put(p.name(), List.of());
                }
            } else if (v.isJsonArray() && v.getAsJsonArray().isEmpty()) {
                continue; // no words: as if the flag were not typed (the operation reads the request for it)
            } else if (v.isJsonArray()) {
                List<String> words = new ArrayList<>();
                v.getAsJsonArray().forEach(x -> words.add(x.isJsonPrimitive() ? x.getAsString() : x.toString()));
                all.put(p.name(), List.copyOf(words));
            } else {
                all.put(p.name(), List.of(v.isJsonPrimitive() ? v.getAsString() : v.toString()));
            }
        }
        return all;
    }

    private static final java.util.regex.Pattern UNKNOWN_MEMBER =
            java.util.regex.Pattern.compile("Unknown parameter in [^:]+: \"([^\"]+)\", must be one of: (.*)");
    private static final java.util.regex.Pattern JSON_FILE = java.util.regex.Pattern.compile("JSON received: (\\S+\\.json)$");

    /** The game's teaching line under the CLI's message: the closest name, or how to read a file. */
    private static String hint(String message, List<Binder.Spec> specs) {
        if (message.startsWith("Unknown options: ")) {
            String first = message.substring("Unknown options: ".length()).split(", ")[0];
            List<String> flags = specs.stream().map(Binder.Spec::flag).toList();
            return Suggest.closest(first, flags).or(() -> sameWords(first, flags))
                    .map(s -> "\nDid you mean " + s + "?").orElse("");
        }
        java.util.regex.Matcher json = JSON_FILE.matcher(message);
        if (json.find()) {
            return "\nThe CLI took the file name " + json.group(1) + " itself as the JSON text: it reads a file only"
                    + " after file://. Write file://" + json.group(1) + ".";
        }
        StringBuilder b = new StringBuilder();
        for (String line : message.split("\n")) {
            java.util.regex.Matcher m = UNKNOWN_MEMBER.matcher(line);
            if (m.matches()) {
                Suggest.closest(m.group(1), List.of(m.group(2).split(", ")))
                        .ifPresent(s -> b.append("\nDid you mean ").append(s).append("?"));
            }
        }
        return b.toString();
    }

    /**
     * The one flag whose words all appear in the typed flag, or the other way round ({@code --image-name} for
     * {@code --name}, {@code --function} for {@code --function-name}): a longer or shorter name, not a typo.
     */
    private static java.util.Optional<String> sameWords(String typed, List<String> flags) {
        List<String> words = List.of(typed.replaceFirst("^--", "").split("-"));
        List<String> found = flags.stream().filter(f -> {
            List<String> fw = List.of(f.replaceFirst("^--", "").split("-"));
            return words.containsAll(fw) || fw.containsAll(words);
        }).toList();
        return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
    }

    /** The words after each flag, unparsed: enough for the control-character rules to speak before the parser. */
    private static Invocation naive(Operation op, List<String> rest) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> current = null;
        for (String w : rest) {
            if (w.startsWith("--")) {
                current = new ArrayList<>();
                values.put(w.contains("=") ? w.substring(0, w.indexOf('=')) : w, current);
                if (w.contains("=")) {
                    current.add(w.substring(w.indexOf('=') + 1));
                }
            } else if (current != null) {
                current.add(w);
            }
        }
        return new Invocation(op, values, "json");
    }

    /** Whether a parameter the game requires came in through --cli-input-json. */
    private static boolean inRequest(Param p, OperationModel model, JsonObject request) {
        if (model == null) {
            return false;
        }
        OperationModel.Arg a = model.arg(p.name().replaceFirst("^--", ""));
        return a != null && !a.member().isEmpty() && request.has(a.member().split("\\.")[0]);
    }

    /** The files in the player's working folder that file://NAME can read. */
    static String file(String name) {
        String n = name.replaceFirst("^\\./", "");
        return TaskDefinitions.SAMPLES.containsKey(n) ? TaskDefinitions.SAMPLES.get(n)
                : computequest.sim.iam.IamService.SAMPLES.get(n);
    }
}
