package computequest.sim.lambda;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the resize sample makes of a request through API Gateway, {@code /PATH/IMAGE.jpg?width=N}: a missing image or
 * width is answered with a 400 at once; a thumbnail takes CPU in proportion to its width (1,600 px is the sample's
 * usual work), so a small thumbnail runs faster than a large one.
 *
 * @param work     the CPU work against the usual input
 * @param response the function's answer, as Lambda returns it to API Gateway
 * @param what     how the REPORT line names the request
 * @param key      the original's key, or null for a request the code refuses
 * @param width    the copy's width in pixels (0 when refused)
 */
record ResizeRequest(double work, String response, String what, String key, int width) {

    /** The sample's usual width: the work it takes is the sample's cpuMs. */
    static final int USUAL_WIDTH = 1600;
    static final int MAX_WIDTH = 4000;

    private static final Pattern IMAGE = Pattern.compile("/([^?]+\\.(?:jpe?g|png|gif|webp))(?:\\?(.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDTH = Pattern.compile("(?:^|&)width=([^&]*)");

    /** @param pathAndQuery what follows the host in the URL, or null for none */
    static ResizeRequest of(String pathAndQuery) {
        String p = pathAndQuery == null ? "/" : pathAndQuery;
        Matcher m = IMAGE.matcher(p);
        if (!m.matches()) {
            return bad("no image in the path: ask for one, e.g. /gallery/wedding-cake.jpg?width=300", "no image");
        }
        String key = m.group(1);
        Matcher w = WIDTH.matcher(m.group(2) == null ? "" : m.group(2));
        if (!w.find()) {
            return bad("no width: add ?width=N (1 to " + MAX_WIDTH + " pixels), e.g. /" + key + "?width=300",
                    "no width for " + key);
        }
        int width;
        try {
            width = Integer.parseInt(w.group(1));
        } catch (NumberFormatException e) {
            width = -1;
        }
        if (width < 1 || width > MAX_WIDTH) {
            return bad("width must be a whole number of pixels from 1 to " + MAX_WIDTH + ", not '" + w.group(1) + "'",
                    "bad width for " + key);
        }
        return new ResizeRequest(Math.max(0.05, width / (double) USUAL_WIDTH), response(200, "thumbnail written: s3://"
                + S3Events.COPIES + "/" + copyKey(key, width) + " (" + width + " px wide)"), key + " at " + width + " px",
                key, width);
    }

    /** The copy's key: the original's, with the width before the extension (gallery/cake.jpg: gallery/cake-300.jpg). */
    static String copyKey(String key, int width) {
        int dot = key.lastIndexOf('.');
        return dot > key.lastIndexOf('/') ? key.substring(0, dot) + "-" + width + key.substring(dot) : key + "-" + width;
    }

    private static ResizeRequest bad(String message, String what) {
        // the handler checks its input before it touches the image: almost no CPU
        return new ResizeRequest(0.002, response(400, message), what, null, 0);
    }

    private static String response(int status, String body) {
        return String.format(Locale.ROOT, "{\"statusCode\": %d, \"body\": \"%s\"}", status, body);
    }
}
