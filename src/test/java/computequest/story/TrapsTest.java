package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each silent trap of issue 19 item 4: a story that parses, but does not play as its author meant, is named at its line. */
class TrapsTest {

    static List<String> diagnostics(String story) {
        return StoryValidator.check(StoryParser.parse(Map.of("t.story", story)), SimVocabulary.ANYTHING).stream()
                .map(d -> d.position() + " " + (d.isError() ? "error" : "warning") + ": " + d.message()).toList();
    }

    static void assertFinds(String story, String expected) {
        List<String> ds = diagnostics(story);
        assertTrue(ds.stream().anyMatch(d -> d.startsWith(expected)), "want '" + expected + "' in " + ds);
    }

    @Test
    void choicesInAnEndingNeverShow() {
        assertFinds("""
                :: a
                @hint h
                * Go -> end
                :: end
                @ending
                * Play again -> a
                """, "t.story:6:1 warning: the scene 'end' is an @ending: the game ends on arrival, so this choice"
                + " never shows");
    }

    @Test
    void aLoopThatCanNeverReachAnEndingIsNamedWhereThePlayerFallsIn() {
        List<String> ds = diagnostics("""
                :: a
                @hint h
                * Win -> end
                * Wander -> b
                :: b
                @hint h
                * On -> c
                :: c
                @hint h
                * Back -> b
                :: end
                @ending
                """);
        assertEquals(List.of("t.story:5:1 warning: no path from the scene 'b' leads to an @ending: a player who gets"
                + " here can never finish"), ds);
    }

    @Test
    void anUnindentedEffectAfterAChoiceRunsOnEveryEntry() {
        assertFinds("""
                :: a
                @hint h
                * Right -> end
                  > Yes.
                ~ score +5
                :: end
                @ending
                """, "t.story:5:1 warning: this '~' is not indented, so it runs every time the player enters the scene");
        assertEquals(List.of(), diagnostics("""
                :: a
                @hint h
                ~ score +5
                * Right -> end
                  ~ score +5
                :: end
                @ending
                """), "an on-enter effect above the choices, and an indented one, are fine");
    }

    @Test
    void aProseLineStartingWithAStarIsAChoiceThatDoesNothing() {
        assertFinds("""
                :: a
                @hint h
                You need:
                * an AMI
                * Go -> end
                :: end
                @ending
                """, "t.story:4:1 warning: this choice has no '->' and no feedback");
        assertEquals(List.of(), diagnostics("""
                :: a
                @hint h
                \\* an AMI
                * Go -> end
                :: end
                @ending
                """));
    }

    @Test
    void aByteOrderMarkIsAcceptedAtTheStartOfAFile(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a.story"), ("\uFEFF@story bom BOM\n:: a\n@hint h\n* Go -> end\n:: end\n@ending\n")
                .getBytes(StandardCharsets.UTF_8));
        StoryParser.Parsed p = StoryParser.parseDirectory(dir);
        assertEquals(List.of(), p.diagnostics());
        assertEquals("bom", p.story().id());
        assertEquals(List.of(), diagnostics("\uFEFF:: a\n@hint h\n* Go -> end\n:: end\n@ending\n"));
    }

    @Test
    void aPlaceholderWhereNothingFillsItIsNamedAndABrokenOneInAHintIsAnError() {
        assertFinds("""
                :: a
                @hint h
                * Go to ${instance.id} -> end
                :: end
                @ending
                """, "t.story:3:9 warning: '${' is shown to the player as it is here");
        assertFinds("""
                :: a
                @hint Type: ssh ${instance state} 'ls'
                * Go -> end
                :: end
                @ending
                """, "t.story:2:17 error: '${instance state}' is not a value the game can fill in");
    }

    @Test
    void anEmptyWalkthroughIsAnError() {
        Story story = StoryParser.parse(Map.of("t.story", ":: a\n@ending\n")).story();
        List<Diagnostic> ds = StoryValidator.checkWalkthrough(Walkthrough.parse("w.walk", "// nothing yet\n> 1\n"),
                story, SimVocabulary.ANYTHING);
        assertEquals("w.walk:1:1", ds.get(0).position().toString());
        assertTrue(ds.get(0).message().startsWith("this walkthrough expects nothing"), ds.toString());
    }

    @Test
    void aTodoLeftFromTheTemplateIsNamedAtItsColumn() {
        assertFinds("""
                :: a
                @title TODO a short title
                @hint h
                * Go -> end
                :: end
                @ending
                """, "t.story:2:8 warning: 'TODO' is still in this line");
    }

    @Test
    void aDuplicateGlossaryTermSaysWhereTheFirstIs() {
        List<Diagnostic> ds = StoryParser.parse(Map.of("t.story", "@glossary AMI: one\n@glossary AMI: two\n:: a\n@ending\n"))
                .diagnostics();
        assertEquals("keep one definition; the first is at t.story:1:1", ds.get(0).hint());
    }

    @Test
    void swappedLettersGetTheRightDidYouMean() {
        assertEquals(java.util.Optional.of("ec2-ram"), StoryValidator.didYouMean("ec2-rma", List.of("ec2-ami",
                "ec2-ram", "ec2-rom")));
    }
}
