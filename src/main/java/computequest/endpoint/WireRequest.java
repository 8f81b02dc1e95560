package computequest.endpoint;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as it arrived, before any meaning is given to it.
 *
 * @param method  GET, POST, PUT, DELETE...
 * @param path    the raw path, still percent-encoded, without the query
 * @param query   the raw query string (without the ?), or empty
 * @param headers header names in lower case, each with its first value
 * @param body    the body's bytes
 */
public record WireRequest(String method, String path, String query, Map<String, String> headers, byte[] body) {

    public WireRequest {
        method = method == null ? "" : method;
        path = path == null || path.isEmpty() ? "/" : path;
        query = query == null ? "" : query;
        Map<String, String> h = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v == null ? "" : v));
        }
        headers = Collections.unmodifiableMap(h);
        body = body == null ? new byte[0] : body;
    }

    /** A header's value, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
