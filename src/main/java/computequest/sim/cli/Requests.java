package computequest.sim.cli;

import com.google.gson.JsonObject;
import computequest.sim.model.Shape;

/** The model's checks of a request that arrived already built (from the game's endpoint), as the CLI makes them. */
public final class Requests {

    private Requests() {
    }

    /** Throws {@link CliError} with botocore's wording when the request breaks its input shape's rules. */
    public static void validate(JsonObject request, Shape input) {
        Validator.check(request, input);
    }
}
