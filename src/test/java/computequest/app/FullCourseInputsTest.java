package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The full-course golden transcripts replay the inputs of the full-course walkthroughs: the walkthrough is the one
 * source (it also says which scene each input must reach), and the transcript's {@code .in} is derived from it.
 * {@code -Dcq.updateTranscripts=true} rewrites the {@code .in} files from the walkthroughs.
 */
class FullCourseInputsTest {

    /** Walkthrough, then the transcript input derived from it. */
    static final Map<Path, Path> DERIVED = Map.of(
            Path.of("story/walkthroughs/04-full-course.walk"), TranscriptTest.DIR.resolve("03-full-course.in"),
            Path.of("story/walkthroughs/05-full-course-mistakes.walk"),
            TranscriptTest.DIR.resolve("04-full-course-mistakes.in"));

    /** The lines a walkthrough types: each {@code > } line, without the marker, one per line. */
    static String inputs(Path walk) throws Exception {
        List<String> typed = Files.readAllLines(walk).stream().filter(l -> l.startsWith("> ") || l.equals(">"))
                .map(l -> l.length() > 2 ? l.substring(2) : "").toList();
        return typed.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void eachFullCourseTranscriptTypesWhatItsWalkthroughTypes() throws Exception {
        for (var e : DERIVED.entrySet()) {
            // A 'choose' line types a number only the running game knows, so it has no place in a derived .in file.
            assertFalse(Files.readAllLines(e.getKey()).stream().anyMatch(l -> l.strip().startsWith("choose ")),
                    e.getKey() + " answers with 'choose', which its transcript's .in cannot replay: type '> N' there");
            String want = inputs(e.getKey());
            assertFalse(want.isBlank(), e.getKey() + " types nothing");
            if (Boolean.getBoolean("cq.updateTranscripts")) {
                Files.writeString(e.getValue(), want);
            }
            assertEquals(want, Files.readString(e.getValue()), e.getValue() + " is derived from " + e.getKey()
                    + ": edit the walkthrough, then regenerate with -Dcq.updateTranscripts=true");
        }
    }
}
