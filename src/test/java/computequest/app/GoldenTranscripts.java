package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import computequest.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden transcripts: each {@code NAME.in} in a folder is played through the engine and line mode over byte
 * streams, and the output must equal {@code NAME.expected}. {@code -Dcq.updateTranscripts=true} rewrites the
 * expected files after a deliberate change, and then fails, naming each file it rewrote, so an update run never
 * passes as if it had checked something; review the diff and run again without it. The replay itself is
 * {@link GoldenTranscript}, the same one {@code author check} runs.
 */
final class GoldenTranscripts {

    private GoldenTranscripts() {
    }

    static Stream<DynamicTest> replayAll(Path dir, Engine engine) throws Exception {
        List<Path> inputs = GoldenTranscript.inputs(dir);
        assertFalse(inputs.isEmpty(), "no transcripts in " + dir);
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
            String name = in.getFileName().toString().replaceFirst("\\.in$", "");
            Path expected = dir.resolve(name + ".expected");
            String actual = play(engine, Files.readString(in), 1);
            if (Boolean.getBoolean("cq.updateTranscripts")) {
                String was = Files.exists(expected) ? Files.readString(expected) : null;
                if (actual.equals(was)) {
                    return;
                }
                Files.writeString(expected, actual);
                fail("rewrote " + expected + (was == null ? " (new)" : " (" + changedLines(was, actual)
                        + " lines differ)") + ": review the diff, then run again without -Dcq.updateTranscripts");
            }
            assertEquals(Files.readString(expected), actual, dir.getFileName() + "/" + name + " differs; if the"
                    + " change is deliberate, regenerate with -Dcq.updateTranscripts=true and review the diff");
        }));
    }

    static long changedLines(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        long n = Math.abs(x.size() - y.size());
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            n += x.get(i).equals(y.get(i)) ? 0 : 1;
        }
        return n;
    }

    /** Plays scripted input from a new game and returns everything line mode printed. */
    static String play(Engine engine, String input, long seed) throws Exception {
        return GoldenTranscript.play(engine, input, seed);
    }
}
