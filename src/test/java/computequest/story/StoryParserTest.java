package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryParserTest {

    private static StoryParser.Parsed parse(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("t.story", text);
        return StoryParser.parse(files);
    }

    @Test
    void readsScenesChoicesGoalsAndHints() {
        StoryParser.Parsed p = parse("""
                @story demo Demo
                @start a
                :: a
                @title First
                @hint nudge
                Some prose
                on two lines.

                * Go -> b
                  ~ score +5
                  > Well done.
                  > Really.
                * Stay
                  > Why not.
                :: b
                @goal instance state=running count>=2 -> a
                  > ok
                """);
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        Scene a = p.story().scene("a").orElseThrow();
        assertEquals("Some prose on two lines.", a.text());
        assertEquals(2, a.choices().size());
        assertEquals("b", a.choices().get(0).target());
        assertEquals("Well done. Really.", a.choices().get(0).feedback());
        assertEquals(null, a.choices().get(1).target());
        Goal g = p.story().scene("b").orElseThrow().goals().get(0);
        Condition.Resources r = (Condition.Resources) g.condition();
        assertEquals("instance", r.kind());
        assertEquals(2, r.count());
    }

    @Test
    void collectsEveryProblemWithItsPosition() {
        StoryParser.Parsed p = parse("""
                :: a
                * Go -> nowhere
                @frobnicate
                :: a
                  > stray
                :: b
                @goal instance state -> a
                """);
        List<String> errors = p.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("t.story:2:9:") && e.contains("no scene is called 'nowhere'")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("t.story:3:1:") && e.contains("@frobnicate")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("t.story:4:1:") && e.contains("used twice")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("t.story:5:3:")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("t.story:7:16:") && e.contains("not an attribute test")), errors.toString());
    }
}
