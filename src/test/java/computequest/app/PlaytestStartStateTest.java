package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.story.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playtest ({@code --from}, a walkthrough's {@code @from}, {@code author record --from}) whose route takes a
 * {@code @goal} that its {@code @setup} lines never make true starts anyway, but says so once, naming the goal; and
 * {@code author check} warns at the {@code @setup} line. A goal counts as met when it holds on arrival in its scene or
 * after any {@code @setup} line of the scene it leads to, even if a later line makes it false again.
 */
class PlaytestStartStateTest {

    /** b's goal needs a running instance; c's @setup forgets to launch one. d's goal holds only mid-setup. */
    private static final String STORY = """
            @story t Start states
            @start a
            :: a
            @hint h
            * On -> b
            :: b
            @hint h
            @goal instance state=running -> c
            :: c
            @setup wait 5
            @hint h
            @goal instance state=pending -> d
            :: d
            @setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
            @setup wait 60
            @hint h
            * End -> e
            :: e
            @ending
            """;

    private static Engine engine(Path dir, String story) throws Exception {
        Files.writeString(dir.resolve("t.story"), story);
        return AuthorToolsTest.engine(dir);
    }

    private static List<String> warnings(Step step) {
        return step.events().stream().filter(e -> e instanceof Event.Feedback f && f.text().startsWith(
                "Playtest warning")).map(e -> ((Event.Feedback) e).text()).toList();
    }

    @Test
    void aGoalTheSetupNeverMakesTrueIsNamedOnceAndThePlaytestStillStarts(@TempDir Path dir) throws Exception {
        Engine engine = engine(dir, STORY);
        for (String from : List.of("c", "d", "e")) {
            Step step = Playtest.start(engine, from, 1);
            assertEquals(from, step.state().sceneId());
            List<String> said = warnings(step);
            assertEquals(1, said.size(), from + ": " + said);
            assertTrue(said.get(0).contains("the @goal at t.story:8:1 in 'b' (instance state=running -> c) was never"
                    + " true on the way: no @setup line of 'c' made it true"), said.get(0));
        }
        assertEquals(List.of(), warnings(Playtest.start(engine, "b", 1)), "the route to b takes no goal");
    }

    @Test
    void aGoalThatHeldAfterOneSetupLineCounts(@TempDir Path dir) throws Exception {
        Engine engine = engine(dir, STORY.replace("@setup wait 5", """
                @setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
                @setup wait 60"""));
        // d's goal (state=pending) held after its first @setup line only: the wait made the instance running.
        assertEquals(List.of(), warnings(Playtest.start(engine, "e", 1)));
        WalkthroughRunner.Result walk = WalkthroughRunner.run(engine, "w.walk", "@from d\nexpect scene d\n");
        assertTrue(walk.passed(), walk.failure());
    }

    @Test
    void authorCheckWarnsAtTheLastSetupLineAndChapterStartsStayQuiet(@TempDir Path dir) throws Exception {
        Engine engine = engine(dir, STORY);
        List<Diagnostic> found = AuthorCheck.run(dir, false).diagnostics().stream()
                .filter(d -> d.message().contains("never true")).toList();
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("t.story:10:8", d.position().toString());
        assertTrue(d.message().startsWith("a playtest from 'c' (and from the scenes after it) starts where no player"
                + " can be: the @goal at t.story:8:1 in 'b'"), d.message());
        var chapter = new computequest.engine.Chapters.Entry(1, "One", "d");
        assertEquals(List.of(), warnings(ChapterStart.fresh(engine, chapter, 1)), "a learner's chapter start");
    }
}
