package computequest.app;


import computequest.engine.Engine;
import computequest.story.StoryParser;
import java.nio.file.Path;
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
        return GoldenTranscripts.replayAll(DIR, storyEngine());
    }

    /** The engine over the real story/ folder. */
    static Engine storyEngine() throws Exception {
        StoryParser.Parsed parsed = StoryParser.parseDirectory(Path.of("story"));
        if (parsed.hasErrors()) {
            throw new AssertionError("story has errors: " + parsed.diagnostics());
        }
        return new Engine(parsed.story());
    }

    /** Plays the real story with scripted input and returns everything line mode printed. */
    static String play(String input, long seed) throws Exception {
        return GoldenTranscripts.play(storyEngine(), input, seed);
    }
}
