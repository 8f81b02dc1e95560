package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import computequest.engine.Engine;
import computequest.story.StoryParser;
import computequest.ui.LineFrontend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays each {@code transcripts/NAME.in} through the engine and the line renderer over byte streams and compares
 * the output with {@code NAME.expected}. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=TranscriptTest -Dcq.updateTranscripts=true} and review the diff.
 */
class TranscriptTest {

    static final Path DIR = Path.of("src/test/resources/transcripts");

    @TestFactory
    Stream<DynamicTest> everyTranscriptMatches() throws Exception {
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
        String actual = play(Files.readString(in), 1);
        if (Boolean.getBoolean("cq.updateTranscripts")) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual, "transcript " + name + " differs; if the change is"
                + " deliberate, regenerate with -Dcq.updateTranscripts=true and review the diff");
    }

    /** Plays the real story with scripted input and returns everything line mode printed. */
    static String play(String input, long seed) throws Exception {
        StoryParser.Parsed parsed = StoryParser.parseDirectory(Path.of("story"));
        if (parsed.hasErrors()) {
            throw new AssertionError("story has errors: " + parsed.diagnostics());
        }
        Engine engine = new Engine(parsed.story());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, 80)) {
            new GameLoop(engine, ui, engine.start(seed)).run();
        }
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
