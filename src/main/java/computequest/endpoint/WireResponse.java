package computequest.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP answer.
 *
 * @param status      the HTTP status code
 * @param contentType the Content-Type header
 * @param headers     further headers, in order
 * @param body        the body's bytes
 */
public record WireResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public WireResponse {
        headers = Map.copyOf(headers);
    }

    /** The body as UTF-8 text (for tests and logs). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
