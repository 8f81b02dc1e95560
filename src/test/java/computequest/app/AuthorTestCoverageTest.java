package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** author test --coverage lists what no walkthrough reaches; a failing walkthrough shows the goal and the cloud. */
class AuthorTestCoverageTest {

    static final String STORY = """
            :: a
            @hint h
            * Launch one -> b
            * Leave -> end
            :: b
            @hint h
            @goal instance state=running -> end
            @check instance state=pending
              > Booting.
            @check instance state=stopped
              > Stopped.
            :: end
            @ending
            """;

    @Test
    void coverageListsEachUnreachedChoiceGoalCheckAndSceneAtItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.story"), STORY);
        Files.createDirectories(dir.resolve("walkthroughs"));
        Files.writeString(dir.resolve("walkthroughs/w.walk"), """
                > 1
                expect scene b
                > aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
                > wait 60
                expect scene end
                """);
        AuthorToolsTest.Run r = AuthorToolsTest.author("test", "--coverage", dir.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Coverage: 3 of 3 scenes, 1 of 2 choices, 1 of 1 goals, 1 of 2 checks."), r.out());
        assertTrue(r.out().contains(dir.resolve("a.story") + ":4:1: choice 'Leave' in 'a'"), r.out());
        assertTrue(r.out().contains(dir.resolve("a.story") + ":10:1: @check in 'b'"), r.out());
        assertTrue(!r.out().contains(":8:1: @check"), "the pending check fired: " + r.out());
    }

    @Test
    void aFailingWalkthroughShowsTheGoalsLineAndWhatTheCloudHolds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.story"), STORY);
        WalkthroughRunner.Result r = WalkthroughRunner.run(AuthorToolsTest.engine(dir), "w.walk", """
                > 1
                > aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
                expect scene end
                """);
        assertTrue(!r.passed());
        assertTrue(r.failure().contains("expected scene 'end', but the game is at 'b'. Its @goal at a.story:7:1 waits"
                + " for 'instance state=running' (-> end); the cloud has instance: i-"), r.failure());
        assertTrue(r.failure().contains(" state=pending"), r.failure());
    }
}
