package computequest.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * curl to the resize API answers as the function would (issue 15 item 12): no image or no width is a 400 at once and
 * does not pass the scene; a thumbnail's run time grows with its width.
 */
class CurlResizeTest {

    static final String API = "aws apigatewayv2 create-api --name resize-api --protocol-type HTTP --target"
            + " arn:aws:lambda:us-east-1:123456789012:function:resize\n"
            + "aws lambda add-permission --function-name resize --statement-id apigateway-invoke --action"
            + " lambda:InvokeFunction --principal apigateway.amazonaws.com\n";

    static long duration(String out, String after) {
        Matcher m = Pattern.compile("Duration: (\\d+)\\.00\\s+ms").matcher(out.substring(out.indexOf(after)));
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theFunctionAnswersTheRequestItGets(@TempDir Path home) {
        String first = PlaytestSavesTest.play(home, API + "quit\n", "--plain", "--story", "story", "--from",
                "lam-resize");
        Matcher e = Pattern.compile("\"ApiEndpoint\": \"([^\"]+)\"").matcher(first);
        assertTrue(e.find(), first);
        String url = e.group(1);
        String out = PlaytestSavesTest.play(home, API + "curl " + url + "\ncurl " + url + "/gallery/wedding-cake.jpg\n"
                + "curl '" + url + "/gallery/wedding-cake.jpg?width=1600'\ncurl '" + url
                + "/gallery/wedding-cake.jpg?width=300'\nquit\n", "--plain", "--story", "story", "--from", "lam-resize",
                "--saves", home.resolve("s2").toString());
        String noPath = out.substring(out.indexOf("> curl " + url + "\n"), out.indexOf("> curl " + url + "/gallery"));
        assertTrue(noPath.contains("no image in the path"), noPath);
        assertFalse(noPath.contains("thumbnail written"), noPath);
        assertFalse(noPath.contains("A thumbnail, made on demand"), "a 400 does not pass the scene:\n" + noPath);
        assertTrue(out.contains("no width: add ?width=N"), out);
        long big = duration(out, "> curl '" + url + "/gallery/wedding-cake.jpg?width=1600'");
        long small = duration(out, "> curl '" + url + "/gallery/wedding-cake.jpg?width=300'");
        assertTrue(small < big / 3, small + " ms for 300 px against " + big + " ms for 1600 px");
        long refused = duration(out, "> curl " + url + "\n");
        assertTrue(refused < small, "a refused request runs shortest: " + refused + " ms against " + small);
        String last = out.substring(out.indexOf("> curl '" + url + "/gallery/wedding-cake.jpg?width=1600'"));
        assertTrue(last.contains("thumbnail written: s3://bakery-cake-resized/gallery/wedding-cake-1600.jpg"), last);
        assertTrue(last.contains("A thumbnail, made on demand"), "a real thumbnail passes the scene:\n" + last);
    }
}
