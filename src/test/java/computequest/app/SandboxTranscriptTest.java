package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.ui.LineFrontend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        List<Path> inputs;
        try (Stream<Path> s = Files.list(DIR)) {
            inputs = s.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no transcripts in " + DIR);
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> check(in)));
    }

    private static void check(Path in) throws Exception {
        String name = in.getFileName().toString().replaceFirst("\\.in$", "");
        Path expected = DIR.resolve(name + ".expected");
        String actual = play(Files.readString(in));
        if (Boolean.getBoolean("cq.updateTranscripts")) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual, "sandbox transcript " + name + " differs");
    }

    static String play(String input) throws Exception {
        Engine engine = SandboxCommand.engine();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, 80)) {
            new GameLoop(engine, ui, engine.start(1)).run();
        }
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
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
