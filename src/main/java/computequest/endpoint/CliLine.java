package computequest.endpoint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.model.OperationModel;
import computequest.sim.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A call from the endpoint written as the command line that asks the same of the simulated cloud: each member by its
 * CLI argument ({@code --instance-ids i-1 i-2}, {@code --image-id ami-1}, structures as JSON), and the members no
 * argument takes (pagination tokens, MinCount...) in {@code --cli-input-json}. The game then plays it as one more
 * typed line, so undo, saves, story goals and checks treat it as any other command.
 */
public final class CliLine {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CliLine() {
    }

    /** {@code aws ec2 stop-instances --instance-ids i-1 --hibernate --output json}, quoted for the game's shell. */
    public static String of(WireCall call) {
        List<String> words = new ArrayList<>(List.of("aws", call.service().cliName(), call.operation().cliName()));
        OperationModel op = call.operation();
        Shape in = op.input();
        JsonObject rest = new JsonObject();
        JsonObject params = call.params().deepCopy();
        count(call, params, words);
        lambda(call, params, words);
        if (call.service().cliName().equals("s3api") && (call.operation().name().equals("PutObject")
                || call.operation().name().equals("UploadPart"))) {
            // The bytes themselves stay out of the line: the simulated bucket keeps each object's size.
            params.remove("Body");
        }
        for (var e : params.entrySet()) {
            String member = e.getKey();
            JsonElement v = e.getValue();
            Shape ms = in == null ? null : in.member(member);
            if (isEncodedByCli(call, member) && v != null && v.isJsonPrimitive()) {
                v = new com.google.gson.JsonPrimitive(unbase64(v.getAsString()));
            }
            if (ms == null || v == null || v.isJsonNull()) {
                continue;
            }
            if (!argument(words, op, member, ms, v)) {
                rest.add(member, v);
            }
        }
        if (rest.size() > 0) {
            words.add("--cli-input-json=" + rest);
        }
        words.add("--output");
        words.add("json");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.length() == 0 ? "" : " ").append(quote(w));
        }
        return b.toString();
    }

    /** Adds the member as its argument; false when no argument takes it as it is. */
    private static boolean argument(List<String> words, OperationModel op, String member, Shape ms, JsonElement v) {
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
            boolean value = v.getAsBoolean();
            for (OperationModel.Arg a : op.args()) {
                if (a.member().equals(member) && a.type().equals("boolean") && !a.positional()
                        && a.negative() == !value) {
                    words.add(a.flag());
                    return true;
                }
            }
            return false;
        }
        OperationModel.Arg arg = null;
        for (OperationModel.Arg a : op.args()) {
            if (a.member().equals(member) && !a.positional() && !a.type().equals("boolean")) {
                arg = a;
                break;
            }
        }
        if (arg == null) {
            return false;
        }
        if (ms.isScalar() && v.isJsonPrimitive()) {
            String s = v.getAsString();
            if (!safe(s)) {
                return false;
            }
            flagged(words, arg.flag(), s);
            return true;
        }
        if (ms.isList() && ms.listMember().isScalar() && v.isJsonArray()) {
            JsonArray a = v.getAsJsonArray();
            List<String> items = new ArrayList<>();
            for (JsonElement x : a) {
                if (!x.isJsonPrimitive() || !safe(x.getAsString()) || x.getAsString().isEmpty()
                        || x.getAsString().startsWith("-") || x.getAsString().startsWith("[")
                        || x.getAsString().startsWith("{")) {
                    return false;
                }
                items.add(x.getAsString());
            }
            if (items.isEmpty()) {
                return false;
            }
            words.add(arg.flag());
            words.addAll(items);
            return true;
        }
        if (!ms.isScalar()) {
            flagged(words, arg.flag(), v.toString());
            return true;
        }
        return false;
    }

    /** The CLI's --count of ec2 run-instances, which it sends as MinCount and MaxCount (the game's --min-count too). */
    private static void count(WireCall call, JsonObject params, List<String> words) {
        if (call.service().cliName().equals("ec2") && call.operation().name().equals("RunInstances")
                && params.has("MinCount") && params.has("MaxCount") && params.get("MinCount").isJsonPrimitive()
                && params.get("MaxCount").isJsonPrimitive()) {
            String min = params.remove("MinCount").getAsString();
            String max = params.remove("MaxCount").getAsString();
            if (min.equals(max)) {
                words.add("--count=" + min);
            } else {
                words.addAll(List.of("--min-count=" + min, "--max-count=" + max));
            }
        }
    }

    /** Where the game writes what a function returned, for {@code aws lambda invoke} from the shell. */
    public static final String INVOKE_OUTFILE = "invoke-response.json";

    /**
     * Lambda's packages and payloads: the simulated cloud runs its sample packages, so a zip sent from the shell runs
     * as the sample named like the function ({@code fileb://resize.zip} for a function called resize; another name is
     * refused as a missing package); an invoke's payload goes back to text, and its answer to a file on the
     * simulated laptop, which the game reads back as the response's body.
     */
    private static void lambda(WireCall call, JsonObject params, List<String> words) {
        if (!call.service().cliName().equals("lambda")) {
            return;
        }
        String op = call.operation().name();
        String function = params.has("FunctionName") ? params.get("FunctionName").getAsString() : "function";
        String sample = "fileb://" + function.replaceAll("[^A-Za-z0-9_-]", "") + ".zip";
        if (op.equals("CreateFunction") && params.has("Code") && params.get("Code").isJsonObject()
                && params.getAsJsonObject("Code").has("ZipFile")) {
            params.getAsJsonObject("Code").remove("ZipFile");
            if (params.getAsJsonObject("Code").isEmpty()) {
                params.remove("Code");
            }
            words.add("--zip-file=" + sample);
        } else if (op.equals("UpdateFunctionCode") && params.has("ZipFile")) {
            params.remove("ZipFile");
            words.add("--zip-file=" + sample);
        } else if (op.equals("Invoke")) {
            if (params.has("Payload") && params.get("Payload").isJsonPrimitive()) {
                String text = unbase64(params.remove("Payload").getAsString());
                if (safe(text)) {
                    words.add("--payload=" + text);
                    words.add("--cli-binary-format=raw-in-base64-out");
                }
            }
            words.add(INVOKE_OUTFILE);
        }
    }

    /**
     * Members the CLI base64-encodes itself before sending (its customisation of ec2 run-instances --user-data): the
     * simulated cloud reads the command line, so they go back to the text the player typed.
     */
    private static boolean isEncodedByCli(WireCall call, String member) {
        return call.service().cliName().equals("ec2") && call.operation().name().equals("RunInstances")
                && member.equals("UserData");
    }

    private static String unbase64(String s) {
        try {
            return new String(java.util.Base64.getDecoder().decode(s.strip()), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * {@code --image-id ami-1}, as people type it (story {@code @on} patterns match it); {@code --flag=VALUE} when the
     * value could be read as an option.
     */
    private static void flagged(List<String> words, String flag, String value) {
        if (value.isEmpty() || value.startsWith("-")) {
            words.add(flag + "=" + value);
        } else {
            words.add(flag);
            words.add(value);
        }
    }

    /** A value the command line carries unchanged: no control characters, nothing read as a file. */
    private static boolean safe(String s) {
        if (s.startsWith("file://") || s.startsWith("fileb://") || s.startsWith("http://") || s.startsWith("https://")) {
            return false;
        }
        return s.codePoints().noneMatch(Character::isISOControl);
    }

    /** One word as the game's shell reads it back: plain, or in single quotes. */
    static String quote(String w) {
        if (PLAIN.matcher(w).matches()) {
            return w;
        }
        return "'" + w.replace("'", "'\\''") + "'";
    }
}
