package computequest.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.cli.Output;
import computequest.sim.model.Models;
import computequest.sim.model.OperationModel;
import computequest.sim.model.ServiceModel;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws SERVICE wait CONDITION ...}, from the waiter definitions in the service models (waiters-2.json): poll the
 * operation, match the acceptors, let {@code delay} seconds of simulated time pass between polls, and give up after
 * {@code maxAttempts} with the message botocore gives.
 */
final class Waiters {

    private Waiters() {
    }

    /** What a wait did: the cloud after the time that passed, and whether the condition was met. */
    record Waited(Cloud cloud, boolean ok, String output, List<String> changes) {
    }

    /** The service's waiters whose polling operation the game simulates, in the model's order. */
    static List<String> simulated(String service) {
        ServiceModel model = Models.service(service);
        List<String> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        for (java.util.Map.Entry<String, ServiceModel.Waiter> w : model.waiters().entrySet()) {
            OperationModel poll = model.operationNamed(w.getValue().operation());
            if (poll != null && CommandTable.operations(service).containsKey(poll.cliName())) {
                out.add(w.getKey());
            }
        }
        return out;
    }

    static Waited run(Cloud cloud, String service, List<String> rest) {
        ServiceModel model = Models.service(service);
        if (model == null || model.waiters().isEmpty()) {
            throw new CliException("aws " + service + " has no waiters.");
        }
        if (rest.isEmpty() || rest.get(0).equals("help")) {
            List<String> simulated = simulated(service);
            int others = model.waiters().size() - simulated.size();
            return new Waited(cloud, true, "aws " + service + " wait <condition>, one of:\n  "
                    + String.join("\n  ", simulated) + (others == 0 ? "" : "\n(and " + others + " more in the real"
                    + " CLI, which poll operations this game does not simulate)"), List.of());
        }
        String name = rest.get(0);
        ServiceModel.Waiter w = model.waiters().get(name);
        if (w == null) {
            throw new CliException("Invalid choice: '" + name + "'." + Suggest.didYouMean(name, model.waiters().keySet())
                    + " Type 'aws " + service + " wait help' to list them.");
        }
        OperationModel pollModel = model.operationNamed(w.operation());
        Operation poll = CommandTable.operations(service).get(pollModel.cliName());
        if (poll == null) {
            throw new CliException("aws " + service + " wait " + name + " polls aws " + service + " "
                    + pollModel.cliName() + ", which this game does not simulate.");
        }
        List<String> words = new ArrayList<>(List.of("aws", service, pollModel.cliName()));
        words.addAll(rest.subList(1, rest.size()));
        Object parsed = CliParser.parse(words);
        if (parsed instanceof CliParser.Help h) {
            return new Waited(cloud, true, h.text(), List.of());
        }
        Invocation call = (Invocation) parsed;
        List<String> changes = new ArrayList<>();
        String title = "Waiter " + w.name() + " failed: ";
        for (int attempt = 1; ; attempt++) {
            JsonElement answer = null;
            String error = null;
            CliException failure = null;
            try {
                answer = poll.handler().apply(cloud, call).json();
            } catch (CliException e) {
                error = e.code();
                failure = e;
            }
            String matched = null;
            for (JsonElement a : w.acceptors()) {
                JsonObject acceptor = a.getAsJsonObject();
                String why = matches(acceptor, answer, error);
                if (why != null) {
                    String state = acceptor.get("state").getAsString();
                    if (state.equals("success")) {
                        changes.add("The condition " + name + " holds after " + attempt + (attempt == 1 ? " check" : " checks")
                                + ", " + w.delay() + " s apart in simulated time.");
                        return new Waited(cloud, true, "", changes);
                    }
                    if (state.equals("failure")) {
                        return new Waited(cloud, false, title + "Waiter encountered a terminal failure state: " + why,
                                changes);
                    }
                    matched = why;
                    break;
                }
            }
            if (matched == null && failure != null) {
                return new Waited(cloud, false, title + "An error occurred (" + failure.code() + "): "
                        + failure.getMessage(), changes);
            }
            if (attempt >= w.maxAttempts()) {
                return new Waited(cloud, false, title + "Max attempts exceeded"
                        + (matched == null ? "" : ". Previously accepted state: " + matched)
                        + "\n(" + attempt + " checks, " + w.delay() + " s apart: " + (long) (attempt - 1) * w.delay()
                        + " s of simulated time passed.)", changes);
            }
            Clockwork.Advanced adv = Clockwork.advance(cloud, w.delay());
            cloud = adv.cloud();
            changes.addAll(adv.changes());
        }
    }

    /** Why an acceptor matches, in botocore's words, or null when it does not. */
    private static String matches(JsonObject acceptor, JsonElement answer, String error) {
        String matcher = acceptor.get("matcher").getAsString();
        JsonElement expected = acceptor.get("expected");
        switch (matcher) {
            case "error" -> {
                boolean hit = expected.getAsJsonPrimitive().isBoolean() ? expected.getAsBoolean() == (error != null)
                        : expected.getAsString().equals(error);
                return hit ? "Matched expected service error code: " + (error == null ? "none" : error) : null;
            }
            case "status" -> {
                return error == null && expected.getAsInt() == 200 ? "Matched expected HTTP status code: 200" : null;
            }
            default -> {
                if (answer == null) {
                    return null;
                }
                String path = acceptor.get("argument").getAsString();
                JsonElement found = Output.query(answer, path);
                String quoted = "For expression \"" + path + "\" ";
                if (matcher.equals("path")) {
                    return expected.equals(found) ? quoted + "we matched expected path: " + expected : null;
                }
                if (found == null || !found.isJsonArray() || found.getAsJsonArray().isEmpty()) {
                    return null;
                }
                JsonArray all = found.getAsJsonArray();
                boolean any = false;
                boolean every = true;
                for (JsonElement e : all) {
                    any |= expected.equals(e);
                    every &= expected.equals(e);
                }
                if (matcher.equals("pathAll")) {
                    return every ? quoted + "all members matched expected path: " + expected : null;
                }
                return any ? quoted + "we matched expected path: " + expected + " at least once" : null;
            }
        }
    }
}
