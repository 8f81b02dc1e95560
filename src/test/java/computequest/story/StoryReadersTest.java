package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story read on worker threads comes out exactly as one read file after file: the same scenes, and every
 * diagnostic in the same order, including those that span files (a scene id used twice, a glossary term defined
 * twice, the last {@code @start}, links to scenes in later files).
 */
class StoryReadersTest {

    @Test
    void threadsGiveTheSameStoryAndDiagnosticsInTheSameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("00.story"), "@story t Threads\n@start s0\n@glossary AMI: an image\n");
        for (int f = 1; f <= 12; f++) {
            StringBuilder b = new StringBuilder("@chapter " + f + " Part\n");
            for (int i = 0; i < 40; i++) {
                int id = f * 100 + i;
                b.append(":: s").append(f == 7 && i == 3 ? 105 : id).append('\n')
                        .append("@hint Type: aws ec2 describe-instances\n")
                        .append("Prose TODO for ").append(id).append(".\n")
                        .append("* On -> s").append(f == 12 && i == 39 ? "s0" : id + 1).append('\n')
                        .append("  ? flag seen-").append(id).append('\n')
                        .append("@goal instance state=runing -> s").append(f * 100 + 200).append('\n');
                if (i == 20) {
                    b.append("@glossary AMI: defined again in file ").append(f).append('\n');
                }
            }
            b.append(f == 5 ? "```\nnever closed\n" : "").append(f == 9 ? "@start s900\n" : "");
            Files.writeString(dir.resolve(String.format("%02d.story", f)), b);
        }
        StoryParser.Parsed threaded = StoryParser.parseDirectory(dir, 0);
        StoryParser.Parsed single = StoryParser.parseDirectory(dir, Long.MAX_VALUE);
        assertTrue(threaded.diagnostics().size() > 100, "the story is meant to have many problems");
        assertEquals(single.diagnostics().toString(), threaded.diagnostics().toString());
        assertEquals(single.story(), threaded.story());
        assertEquals(StoryParser.parse(StoryParser.readFiles(dir)).diagnostics(), threaded.diagnostics());
    }
}
