package computequest.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One byte that is not UTF-8 in rules.txt, the concept table or a walkthrough is reported at its line and column,
 * and the check goes on: it used to stop with only "Input length = 1" (a hostile tester's finding).
 */
class AuthorFilesTest {

    @TempDir
    Path tmp;

    private static void breakLine(Path file, int line) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        byte[] head = (String.join("\n", lines.subList(0, line - 1)) + "\nab").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("cd" + lines.get(line - 1) + "\n" + String.join("\n", lines.subList(line, lines.size())) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3; // a lead byte with no continuation: not UTF-8
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(file, all);
    }

    @Test
    void aBadByteIsReportedWhereItIsAndEveryOtherFileIsStillChecked() throws Exception {
        Path story = AuthorToolsTest.copy(Path.of("story"), tmp.resolve("story"));
        breakLine(story.resolve("rules.txt"), 5);
        breakLine(story.resolve("coverage.tsv"), 2);
        breakLine(story.resolve("walkthroughs/01-chapter1-happy-path.walk"), 3);
        AuthorCheck.Report r = AuthorCheck.run(story, false);
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        for (String at : List.of("rules.txt:5:3", "coverage.tsv:2:3", "01-chapter1-happy-path.walk:3:3")) {
            assertTrue(errors.stream().anyMatch(e -> e.contains(at) && e.contains("not valid UTF-8 text (byte 0xC3")),
                    at + " in " + errors);
        }
    }
}
