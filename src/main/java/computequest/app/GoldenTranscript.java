package computequest.app;

import computequest.engine.Engine;
import computequest.story.Diagnostic;
import computequest.story.Position;
import computequest.ui.LineFrontend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden transcripts: each {@code NAME.in} in a folder is played from a new game (seed 1) through the engine and line
 * mode at 80 columns, and what the game prints must equal {@code NAME.expected}. The test suite and
 * {@code author check} (the {@code transcripts} rule) compare with this one class, so they agree.
 */
final class GoldenTranscript {

    private GoldenTranscript() {
    }

    /** Every {@code .in} file in {@code dir}, in name order. */
    static List<Path> inputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
    }

    /** Plays scripted input from a new game and returns everything line mode printed. */
    static String play(Engine engine, String input, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, 80)) {
            new GameLoop(engine, ui, engine.start(seed)).run();
        }
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /**
     * Replays one transcript; null when it matches (or was rewritten, with {@code update}), else an error at the
     * first line of {@code NAME.expected} that differs. {@code shownName} is how positions name the file.
     */
    static Diagnostic compare(Engine engine, Path in, String shownName, boolean update) throws IOException {
        String actual = play(engine, Files.readString(in, StandardCharsets.UTF_8), 1);
        Path expectedFile = in.resolveSibling(in.getFileName().toString().replaceFirst("\\.in$", ".expected"));
        if (update) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return null;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
        if (expected.equals(actual)) {
            return null;
        }
        List<String> want = new ArrayList<>(expected.lines().toList());
        List<String> got = actual.lines().toList();
        int i = 0;
        while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) {
            i++;
        }
        String now = i < got.size() ? "the game now prints '" + clip(got.get(i)) + "'" : "the game now stops here";
        String before = i < want.size() ? "'" + clip(want.get(i)) + "'" : "the end of the file";
        return new Diagnostic(new Position(shownName, i + 1, 1), Diagnostic.Severity.ERROR,
                "the golden transcript no longer matches the story: it expects " + before + ", " + now,
                "if the change is deliberate, run " + PlayName.command() + " author check --update-transcripts and"
                        + " review the diff"
                        + " (git diff) before committing");
    }

    private static String clip(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }
}
