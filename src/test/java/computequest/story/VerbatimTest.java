package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verbatim blocks in prose: fenced by ``` lines, kept line by line, never joined or read as markup. */
class VerbatimTest {

    static StoryParser.Parsed parse(String text) {
        return StoryParser.parse(Map.of("t.story", text));
    }

    @Test
    void aFencedBlockKeepsItsLinesAndIndentationAndIsNotMarkup() {
        StoryParser.Parsed p = parse("""
                :: a
                Type this, all on one line:
                ```
                ssh i-0123456789abcdef0 'echo half-done order batch > /dev/shm/batch'
                * not a choice
                  {"State": "running"}
                // not a comment
                ```
                Then wait.
                @ending
                """);
        assertEquals(List.of(), p.diagnostics());
        Scene a = p.story().scenes().get("a");
        assertEquals(String.join("\n", "Type this, all on one line:", "",
                "  ssh i-0123456789abcdef0 'echo half-done order batch > /dev/shm/batch'",
                "  * not a choice",
                "    {\"State\": \"running\"}",
                "  // not a comment", "", "Then wait."), a.text());
        assertEquals(List.of(), a.choices());
    }

    @Test
    void anUnclosedFenceIsAnErrorAtTheFence() {
        List<Diagnostic> ds = parse(":: a\nText\n  ```\nls -l\n:: b\n@ending\n").diagnostics();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("t.story:3:3", ds.get(0).position().toString());
        assertEquals("this ``` block is never closed, so everything after it is shown as it is", ds.get(0).message());
    }
}
