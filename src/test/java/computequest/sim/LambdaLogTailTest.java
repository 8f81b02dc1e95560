package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** aws lambda invoke --log-type Tail: the log's end, base64-encoded in LogResult, with the REPORT line's figures. */
class LambdaLogTailTest {

    private static final Pattern REPORT = Pattern.compile("REPORT RequestId: (\\S+)\\tDuration: (\\d+)\\.00 ms"
            + "\\tBilled Duration: (\\d+) ms\\tMemory Size: (\\d+) MB\\tMax Memory Used: (\\d+) MB\\t(Init Duration: (\\d+)\\.00 ms\\t)?");

    private static String logResult(Outcome o) {
        JsonObject res = JsonParser.parseString(o.output()).getAsJsonObject();
        return new String(Base64.getDecoder().decode(res.get("LogResult").getAsString()), StandardCharsets.UTF_8);
    }

    @Test
    void tailCarriesTheReportLineWithTheBilledDuration() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), LambdaTest.create("resize", "resize.zip",
                " --memory-size 1024 --timeout 10"));
        Outcome cold = Sim.run(c, "aws lambda invoke --function-name resize --log-type Tail out.json");
        String log = logResult(cold);
        String[] lines = log.split("\n");
        assertEquals(3, lines.length, log);
        Matcher m = REPORT.matcher(lines[2]);
        assertTrue(m.matches(), lines[2]);
        String id = m.group(1);
        assertEquals("START RequestId: " + id + " Version: $LATEST", lines[0]);
        assertEquals("END RequestId: " + id, lines[1]);
        Resource fn = LambdaTest.fn(cold.cloud());
        assertEquals(fn.attr("last-billed-ms"), m.group(3), "Billed Duration is what the function was billed");
        assertEquals("1024", m.group(4));
        assertEquals(Long.parseLong(m.group(3)), Long.parseLong(m.group(2)) + Long.parseLong(m.group(7)),
                "a cold start bills the init phase on top of the run");
        assertTrue(String.join("\n", cold.changes()).contains("LogResult is the end of the function's log"));

        Outcome warm = Sim.run(Sim.wait(cold.cloud(), 10), "aws lambda invoke --function-name resize --log-type Tail o.json");
        Matcher w = REPORT.matcher(logResult(warm).split("\n")[2]);
        assertTrue(w.matches());
        assertEquals(w.group(2), w.group(3), "warm: billed for the run only");
        assertEquals(null, w.group(6), "no Init Duration when warm");
    }

    @Test
    void aTimeoutShowsInTheTailAndNoTailMeansNoLogResult() {
        Cloud c = Sim.played(Sim.withRoles(Cloud.fresh(1)), LambdaTest.create("resize", "resize.zip", ""));
        Outcome slow = Sim.run(c, "aws lambda invoke --function-name resize --log-type Tail out.json");
        String[] lines = logResult(slow).split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("Task timed out after 3.00 seconds"), lines[1]);
        Outcome plain = Sim.run(c, "aws lambda invoke --function-name resize out.json");
        assertFalse(plain.output().contains("LogResult"));
        assertFalse(String.join("\n", plain.changes()).contains("LogResult"));
    }
}
