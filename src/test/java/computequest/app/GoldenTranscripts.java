package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/**
 * Golden transcripts: each {@code NAME.in} in a folder is played through the engine and line mode over byte
 * streams, and the output must equal {@code NAME.expected}. {@code -Dcq.updateTranscripts=true} rewrites the
 * expected files after a deliberate change; review the diff before committing.
 */
final class GoldenTranscripts {

    private GoldenTranscripts() {
    }

    static Stream<DynamicTest> replayAll(Path dir, Engine engine) throws Exception {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir)) {
            inputs = s.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no transcripts in " + dir);
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
            String name = in.getFileName().toString().replaceFirst("\\.in$", "");
            Path expected = dir.resolve(name + ".expected");
            String actual = play(engine, Files.readString(in), 1);
            if (Boolean.getBoolean("cq.updateTranscripts")) {
                Files.writeString(expected, actual);
            }
            assertEquals(Files.readString(expected), actual, dir.getFileName() + "/" + name + " differs; if the"
                    + " change is deliberate, regenerate with -Dcq.updateTranscripts=true and review the diff");
        }));
    }

    /** Plays scripted input from a new game and returns everything line mode printed. */
    static String play(Engine engine, String input, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, 80)) {
            new GameLoop(engine, ui, engine.start(seed)).run();
        }
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
