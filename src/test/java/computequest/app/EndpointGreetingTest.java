package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The --endpoint greeting's export lines are copied from the screen into a shell, so each fits the full-screen story
 * pane at 100 columns (58 columns) whole: a tester's copy of a 40-character secret key broken over lines ran a bare
 * 'export' and a stray command.
 */
class EndpointGreetingTest {

    @Test
    void everyExportLineFitsTheStoryPane() throws Exception {
        try (EndpointServer server = EndpointServer.open(0)) {
            List<String> exports = Arrays.stream(server.greeting().split("\n"))
                    .filter(l -> l.strip().startsWith("export ")).toList();
            assertEquals(4, exports.size(), server.greeting());
            for (String line : exports) {
                assertTrue(line.length() <= 56, line.length() + " columns: " + line);
            }
            assertTrue(server.greeting().contains("export AWS_SECRET_ACCESS_KEY=" + EndpointServer.SECRET_KEY + "\n"));
        }
    }
}
