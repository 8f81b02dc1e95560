package computequest.sim.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import computequest.sim.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the words after {@code aws SERVICE OPERATION} the way the AWS CLI's argument parser does: global options,
 * the operation's arguments (an unambiguous prefix is enough, as in argparse), values, lists, positional arguments,
 * {@code file://} and {@code fileb://}, and {@code --cli-input-json}; then builds the request the model describes and
 * validates it. The raw words stay available by flag, for the handlers.
 */
public final class Binder {

    /** How an argument takes its value. */
    public enum Kind { FLAG, VALUE, LIST, POSITIONAL }

    /**
     * One argument the operation accepts.
     *
     * @param flag     as typed: {@code --instance-ids}, or a positional's name
     * @param member   the request member it fills ({@code Code.ZipFile} for a nested one), or null
     * @param negative the {@code --no-} form of a boolean, which sets the member to false
     */
    public record Spec(String flag, Kind kind, boolean required, String member, boolean negative) {
    }

    /**
     * The bound command line.
     *
     * @param values  the words given for each argument, by the flag as the model spells it
     * @param request the request, as the service would receive it (members in the order given)
     */
    public record Bound(Map<String, List<String>> values, JsonObject request, Globals globals) {
    }

    /** Options of the CLI itself, which every command takes. */
    public record Globals(String output, String query, String region, String profile, boolean noPaginate) {
    }

    /** The CLI's global options that take a value; the others are switches. */
    static final List<String> GLOBAL_VALUES = List.of("--output", "--query", "--region", "--profile", "--endpoint-url",
            "--color", "--ca-bundle", "--cli-read-timeout", "--cli-connect-timeout", "--cli-binary-format");
    static final List<String> GLOBAL_SWITCHES = List.of("--debug", "--no-verify-ssl", "--no-paginate",
            "--no-sign-request", "--no-cli-pager", "--cli-auto-prompt", "--no-cli-auto-prompt");
    public static final List<String> OUTPUTS = List.of("json", "text", "table", "yaml", "yaml-stream");

    /** The AWS CLI's options every command takes, the ones that take a value first. */
    public static List<String> globalOptions() {
        List<String> all = new ArrayList<>(GLOBAL_VALUES);
        all.addAll(GLOBAL_SWITCHES);
        return all;
    }

    /** Whether a global option takes a value ({@code --output json}) rather than standing alone. */
    public static boolean globalTakesValue(String option) {
        return GLOBAL_VALUES.contains(option);
    }

    private Binder() {
    }

    /**
     * @param specs     the operation's arguments
     * @param input     the input shape, or null for an operation the model does not describe
     * @param paginated whether --starting-token, --page-size and --max-items are accepted
     * @param files     reads {@code file://NAME}: the text, or null when there is no such file
     */
    public static Bound bind(List<Spec> specs, Shape input, boolean paginated, List<String> words,
                             Function<String, String> files) {
        Map<String, Spec> byFlag = new LinkedHashMap<>();
        for (Spec s : specs) {
            byFlag.put(s.flag(), s);
        }
        List<String> opFlags = new ArrayList<>();
        specs.stream().filter(s -> s.kind() != Kind.POSITIONAL).forEach(s -> opFlags.add(s.flag()));
        List<String> extra = new ArrayList<>(List.of("--cli-input-json", "--generate-cli-skeleton"));
        if (paginated) {
            extra.addAll(List.of("--starting-token", "--page-size", "--max-items"));
        }
        opFlags.addAll(extra.stream().filter(f -> !byFlag.containsKey(f)).toList());
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> globals = new LinkedHashMap<>();
        List<String> unknownFlags = new ArrayList<>();
        List<String> unknownWords = new ArrayList<>();
        String cliInputJson = null;
        int i = 0;
        while (i < words.size()) {
            String word = words.get(i++);
            if (!word.startsWith("--") || word.length() == 2) {
                Spec slot = specs.stream().filter(s -> s.kind() == Kind.POSITIONAL && !values.containsKey(s.flag()))
                        .findFirst().orElse(null);
                if (slot != null) {
                    values.put(slot.flag(), List.of(word));
                } else {
                    unknownWords.add(word);
                }
                continue;
            }
            String inline = null;
            if (word.contains("=")) {
                inline = word.substring(word.indexOf('=') + 1);
                word = word.substring(0, word.indexOf('='));
            }
            String flag = resolve(word, opFlags);
            if (flag == null) {
                unknownFlags.add(word);
                while (i < words.size() && !words.get(i).startsWith("--")) {
                    unknownWords.add(words.get(i++));
                }
                continue;
            }
            Spec spec = byFlag.get(flag);
            boolean takesList = spec != null && spec.kind() == Kind.LIST;
            boolean isSwitch = spec != null ? spec.kind() == Kind.FLAG : GLOBAL_SWITCHES.contains(flag);
            List<String> got = new ArrayList<>();
            if (isSwitch) {
                if (inline != null) {
                    unknownWords.add(inline);
                } else if (spec != null && i < words.size() && words.get(i).startsWith("{")) {
                    // A top-level boolean (--source-dest-check) also takes its structure, {"Value": true}, as the CLI's
                    // optional argument does.
                    got.add(words.get(i++));
                }
            } else if (inline != null) {
                got.add(inline);
            } else if (takesList) {
                while (i < words.size() && !words.get(i).startsWith("--")) {
                    got.add(words.get(i++));
                }
            } else if (flag.equals("--generate-cli-skeleton")) {
                if (i < words.size() && !words.get(i).startsWith("--")) {
                    got.add(words.get(i++));
                }
            } else if (i < words.size() && !words.get(i).startsWith("--")) {
                got.add(words.get(i++));
            } else {
                throw usage("argument " + flag + ": expected one argument");
            }
            if (spec == null) {
                if (flag.equals("--cli-input-json")) {
                    cliInputJson = got.get(0);
                } else if (flag.equals("--output") && !OUTPUTS.contains(got.get(0))) {
                    throw usage("argument --output: Invalid choice, valid choices are:\n\n"
                            + String.format("%-40s | %-40s%n%-40s | %-40s%n%s", "json", "text", "table", "yaml",
                            "yaml-stream"));
                } else if (flag.equals("--page-size") || flag.equals("--max-items")) {
                    try {
                        Integer.parseInt(got.get(0));
                    } catch (NumberFormatException e) {
                        throw usage("argument " + flag + ": invalid int value: '" + got.get(0) + "'");
                    }
                }
                globals.put(flag, got.isEmpty() ? "" : got.get(0));
            } else {
                values.put(flag, got);
            }
        }
        if (!unknownFlags.isEmpty() || !unknownWords.isEmpty()) {
            List<String> all = new ArrayList<>(unknownFlags);
            all.addAll(unknownWords);
            throw new CliError("Unknown options: " + String.join(", ", all));
        }
        if (cliInputJson == null && values.containsKey("--cli-input-json") && !values.get("--cli-input-json").isEmpty()) {
            cliInputJson = values.get("--cli-input-json").get(0);
        }
        JsonObject fromFile = null;
        if (cliInputJson != null) {
            JsonElement e = Coerce.json("cli-input-json", paramFile("cli-input-json", cliInputJson, files));
            if (!e.isJsonObject()) {
                throw new CliError("Invalid type for parameter cli-input-json: it must be a JSON object");
            }
            fromFile = e.getAsJsonObject();
        }
        List<String> missing = new ArrayList<>();
        for (Spec s : specs) {
            if (s.required() && !values.containsKey(s.flag()) && fromFile == null) {
                missing.add(s.flag());
            }
        }
        if (!missing.isEmpty()) {
            throw usage("the following arguments are required: " + String.join(", ", missing));
        }
        JsonObject request = fromFile == null ? new JsonObject() : fromFile.deepCopy();
        if (input != null) {
            for (Spec s : specs) {
                List<String> got = values.get(s.flag());
                if (got == null || s.member() == null) {
                    continue;
                }
                put(request, input, s, got, files);
            }
            count(request, input, values);
            Validator.check(request, input);
        }
        return new Bound(values, request, new Globals(globals.getOrDefault("--output", null),
                globals.get("--query"), globals.get("--region"), globals.get("--profile"),
                globals.containsKey("--no-paginate")));
    }

    private static void put(JsonObject request, Shape input, Spec s, List<String> given,
                            Function<String, String> files) {
        String[] path = s.member().split("\\.");
        JsonObject parent = request;
        Shape shape = input;
        for (int k = 0; k < path.length - 1; k++) {
            shape = shape.member(path[k]);
            if (!parent.has(path[k]) || !parent.get(path[k]).isJsonObject()) {
                parent.add(path[k], new JsonObject());
            }
            parent = parent.getAsJsonObject(path[k]);
        }
        String leaf = path[path.length - 1];
        Shape leafShape = shape.member(leaf);
        List<String> words = new ArrayList<>();
        for (String w : given) {
            // A blob (fileb://function.zip) stays as typed: the handler knows the sample files and says which to use.
            words.add(leafShape != null && leafShape.type().equals("blob") ? w : paramFile(s.flag(), w, files));
        }
        if (s.kind() == Kind.FLAG) {
            parent.add(leaf, new JsonPrimitive(!s.negative()));
        } else if (!words.isEmpty() && leafShape != null) {
            parent.add(leaf, Coerce.argument(s.flag(), leafShape, words));
        }
    }

    /** ec2 run-instances: the CLI's --count MIN[:MAX] fills MinCount and MaxCount, 1 and 1 when it is not given. */
    private static void count(JsonObject request, Shape input, Map<String, List<String>> values) {
        if (input.member("MinCount") == null || input.member("MaxCount") == null || request.has("MinCount")) {
            return;
        }
        String count = values.containsKey("--count") ? values.get("--count").get(0) : "1";
        String[] parts = count.split(":", -1);
        try {
            long min = Long.parseLong(parts[0]);
            long max = parts.length > 1 ? Long.parseLong(parts[1]) : min;
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            request.addProperty("MinCount", min);
            request.addProperty("MaxCount", max);
        } catch (NumberFormatException e) {
            throw new CliError("count parameter should be of form min[:max] (e.g. 1 or 1:10)");
        }
        for (String[] extra : new String[][] {{"--min-count", "MinCount"}, {"--max-count", "MaxCount"}}) {
            if (values.containsKey(extra[0]) && values.get(extra[0]).get(0).matches("\\d{1,9}")) {
                request.addProperty(extra[1], Long.parseLong(values.get(extra[0]).get(0)));
            }
        }
    }

    /** {@code file://NAME} becomes the file's text; {@code fileb://} stays as it is, for the handler to read. */
    static String paramFile(String flag, String value, Function<String, String> files) {
        if (!value.startsWith("file://")) {
            return value;
        }
        String name = value.substring("file://".length());
        String text = files.apply(name);
        if (text == null) {
            throw new CliError("Error parsing parameter '" + flag + "': Unable to load paramfile " + value
                    + ": [Errno 2] No such file or directory: '" + name + "'");
        }
        return text;
    }

    /**
     * The flag a typed option means: an exact name, else an unambiguous prefix of a global option, else of the
     * operation's; null if none. Throws when a prefix fits several, as argparse does.
     */
    static String resolve(String typed, List<String> opFlags) {
        if (opFlags.contains(typed) || GLOBAL_VALUES.contains(typed) || GLOBAL_SWITCHES.contains(typed)) {
            return typed;
        }
        List<String> globals = new ArrayList<>();
        for (String g : GLOBAL_VALUES) {
            if (g.startsWith(typed)) {
                globals.add(g);
            }
        }
        for (String g : GLOBAL_SWITCHES) {
            if (g.startsWith(typed)) {
                globals.add(g);
            }
        }
        List<String> hits = globals.isEmpty() ? opFlags.stream().filter(f -> f.startsWith(typed)).toList() : globals;
        if (hits.size() > 1) {
            throw usage("ambiguous option: " + typed + " could match " + String.join(", ", hits));
        }
        return hits.isEmpty() ? null : hits.get(0);
    }

    /** An argument-parser error, as the CLI prints it after its usage lines. */
    static CliError usage(String message) {
        return new CliError("aws: error: " + message);
    }
}
