package computequest.endpoint;

import com.google.gson.JsonElement;

/**
 * What the game answered to one call.
 *
 * @param ok      whether the simulated cloud accepted it
 * @param code    the AWS error code when it did not (null: the protocol's usual validation code)
 * @param message the error message when it did not
 * @param json    the answer's members when it did (null for an empty answer)
 */
public record Answer(boolean ok, String code, String message, JsonElement json) {

    public static Answer of(JsonElement json) {
        return new Answer(true, null, null, json);
    }

    public static Answer error(String code, String message) {
        return new Answer(false, code, message, null);
    }
}
