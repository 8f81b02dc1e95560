package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code sandbox-transcripts/NAME.in} in the sandbox (the built-in one-scene story) and compares the output
 * with {@code NAME.expected}. Regenerate with {@code -Dcq.updateTranscripts=true} after a deliberate change.
 */
class SandboxTranscriptTest {

    static final Path DIR = Path.of("src/test/resources/sandbox-transcripts");

    @TestFactory
    Stream<DynamicTest> everySandboxTranscriptMatches() throws Exception {
        return GoldenTranscripts.replayAll(DIR, SandboxCommand.engine());
    }

    static String play(String input) throws Exception {
        return GoldenTranscripts.play(SandboxCommand.engine(), input, 1);
    }

    @Test
    void theSandboxNeverEndsAndKnowsEveryCommandFamily() throws Exception {
        String out = play("aws lambda help\ndocker images\nkubectl get pods\ncurl https://example.com/\nfoo\n");
        assertTrue(out.contains("create-function"), out);
        assertTrue(out.contains("REPOSITORY"), out);
        assertTrue(out.contains("localhost:8080"), out);
        assertTrue(out.contains("Could not resolve host"), out);
        assertFalse(out.contains("The end."), out);
    }

    @Test
    void sandboxIsASubcommandOfPlay() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"sandbox", "--help"}, new java.io.PrintStream(err));
        assertEquals(0, code);
    }
}
