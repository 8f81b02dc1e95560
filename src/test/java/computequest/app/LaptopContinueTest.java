package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The laptop's files and shell variables outlive the process (issue 18): a file written and a variable set in one
 * run are there after './play --continue' in the next.
 */
class LaptopContinueTest {

    @TempDir
    Path dir;

    private String play(String input, String... args) throws Exception {
        Path in = Files.writeString(dir.resolve("in" + input.hashCode()), input);
        Path out = dir.resolve("out" + input.hashCode());
        Path err = dir.resolve("err" + input.hashCode());
        Process p = ProcessRunTest.start(List.of(args), in.toFile(), out.toFile(), err.toFile());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the game did not end");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return Files.readString(out);
    }

    @Test
    void aFileAndAVariableWrittenBeforeQuittingAreThereAfterContinue() throws Exception {
        String saves = dir.resolve("saves").toString();
        String first = play("echo 'kept across runs' > notes.txt\nREGION=eu-west-1\nquit\n",
                "--story", "story", "--saves", saves);
        assertTrue(first.contains("Your progress is saved"), first);

        String second = play("cat notes.txt\necho \"region $REGION\"\nls\nquit\n",
                "--story", "story", "--saves", saves, "--continue");
        assertTrue(second.contains("Resuming 'autosave'"), second);
        assertTrue(second.contains("\nkept across runs\n"), second);
        assertTrue(second.contains("\nregion eu-west-1\n"), second);
        assertTrue(second.lines().anyMatch(l -> l.contains("notes.txt") && !l.startsWith(">")), second);
    }
}
