package computequest.save;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Brings the JSON of an older save up to the current format before it is read into the save records, one version at
 * a time. Each step works on the JSON tree only (never on the sim's records), so it keeps working however the
 * simulator changes. A new format adds one step here and bumps {@link SaveCodec#VERSION}; OldSavesTest keeps a real
 * file of each older format loading.
 */
final class SaveMigrations {

    /** The v3 cloud's top-level members that v4 moves under "services", and where they go. */
    private static final List<String[]> V4_SECTIONS = List.of(
            new String[] {"instances", "ec2"}, new String[] {"images", "ec2"},
            new String[] {"lightsail", "lightsail"}, new String[] {"ecr", "ecr"}, new String[] {"ecs", "ecs"},
            new String[] {"eks", "eks"}, new String[] {"serverless", "serverless"});

    private SaveMigrations() {
    }

    /** Whether a file of this format needs a step here before it is read (else it is read as it is). */
    static boolean needed(int version) {
        return version < 4;
    }

    /** The save's JSON in the current format ({@code o} itself when it is current). */
    static JsonObject upgrade(JsonObject o, int version) {
        if (needed(version)) {
            o = o.deepCopy();
            eachState(o, SaveMigrations::v4Cloud);
        }
        return o;
    }

    /** Every game state in a file: "state", and each undo step's "before". */
    private static void eachState(JsonObject file, java.util.function.Consumer<JsonObject> cloudStep) {
        inState(file.get("state"), cloudStep);
        if (file.get("undo") instanceof JsonArray undo) {
            for (JsonElement u : undo) {
                if (u instanceof JsonObject step) {
                    inState(step.get("before"), cloudStep);
                }
            }
        }
    }

    /** A state's clouds: its own, and the one kept while a review runs in a scratch account (learning.run.home). */
    private static void inState(JsonElement state, java.util.function.Consumer<JsonObject> cloudStep) {
        if (!(state instanceof JsonObject s)) {
            return;
        }
        if (s.get("cloud") instanceof JsonObject cloud) {
            cloudStep.accept(cloud);
        }
        if (s.get("learning") instanceof JsonObject l && l.get("run") instanceof JsonObject run
                && run.get("home") instanceof JsonObject home) {
            cloudStep.accept(home);
        }
    }

    /**
     * v3 to v4: the cloud's service state moves into one section per service, under "services": instances and
     * images into "ec2", the others as they were. Member names inside the sections do not change.
     */
    private static void v4Cloud(JsonObject cloud) {
        if (cloud.has("services")) {
            return;
        }
        JsonObject services = new JsonObject();
        for (String[] move : V4_SECTIONS) {
            JsonElement value = cloud.remove(move[0]);
            if (value == null) {
                continue;
            }
            if (move[0].equals(move[1])) {
                services.add(move[1], value);
            } else {
                if (!services.has(move[1])) {
                    services.add(move[1], new JsonObject());
                }
                services.getAsJsonObject(move[1]).add(move[0], value);
            }
        }
        cloud.add("services", services);
    }
}
