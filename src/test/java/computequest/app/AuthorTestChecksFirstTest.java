package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code author test} runs author check's checks before the walkthroughs: an error stops it with the checker's
 * message, a warning is shown and the walkthroughs still run; a failure is printed over several short lines.
 */
class AuthorTestChecksFirstTest {

    private static final String PASSES = """
            > 1
            > aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
            > wait 60
            expect scene end
            """;

    private static final String WALK = """
            > 1
            > aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
            expect scene end
            """;

    private static Path story(Path dir, String story, String walk) throws Exception {
        Files.writeString(dir.resolve("a.story"), story);
        Files.createDirectories(dir.resolve("walkthroughs"));
        Files.writeString(dir.resolve("walkthroughs/w.walk"), walk);
        return dir;
    }

    @Test
    void aCheckerErrorStopsItWithTheCheckersMessage(@TempDir Path dir) throws Exception {
        story(dir, AuthorTestCoverageTest.STORY.replace("@check instance state=stopped", "@check instanse state=stopped"),
                PASSES);
        AuthorToolsTest.Run r = AuthorToolsTest.author("test", dir.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains(dir.resolve("a.story") + ":10:8: error: the simulated cloud has no resource kind"
                + " 'instanse'"), r.out());
        assertTrue(r.out().contains("hint: did you mean 'instance'?"), r.out());
        assertTrue(r.out().contains("The walkthroughs did not run"), r.out());
        assertFalse(r.out().contains("PASS") || r.out().contains("FAIL"), r.out());
    }

    @Test
    void warningsAreShownAndTheWalkthroughsStillRun(@TempDir Path dir) throws Exception {
        story(dir, AuthorTestCoverageTest.STORY.replace(":: b\n@hint h\n", ":: b\n"), PASSES);
        AuthorToolsTest.Run r = AuthorToolsTest.author("test", dir.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains(dir.resolve("a.story") + ":5:1: warning: the scene 'b' has no @hint"), r.out());
        assertTrue(r.out().contains("0 errors, 1 warning."), r.out());
        assertTrue(r.out().contains("PASS "), r.out());
    }

    @Test
    void aFailureReadsOverShortLines(@TempDir Path dir) throws Exception {
        story(dir, AuthorTestCoverageTest.STORY, WALK);
        AuthorToolsTest.Run r = AuthorToolsTest.author("test", dir.toString());
        assertEquals(1, r.code(), r.out());
        List<String> lines = r.out().lines().dropWhile(l -> !l.startsWith("FAIL ")).toList();
        String walk = AuthorCommand.shown(dir.resolve("walkthroughs/w.walk"));
        assertEquals("FAIL " + walk + ":3:8", lines.get(0), r.out());
        assertEquals("    line:     expect scene end", lines.get(1), r.out());
        assertEquals("    expected: scene 'end'", lines.get(2), r.out());
        assertEquals("    found:    the game is at 'b'", lines.get(3), r.out());
        assertEquals("              its @goal at a.story:7:1 waits for 'instance state=running' (-> end)",
                lines.get(4), r.out());
        assertTrue(lines.get(5).matches(" {14}the cloud has instance: i-[0-9a-f]+ state=pending"), r.out());
        assertTrue(lines.get(6).startsWith("    the game last said: "), r.out());
        for (String l : lines) {
            assertTrue(l.length() <= AuthorTestCommand.WIDTH, "too long: " + l);
        }
    }
}
