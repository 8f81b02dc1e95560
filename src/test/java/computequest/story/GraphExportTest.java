package computequest.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The graph: clustered by chapter, guarded choices labelled, quiz and ending marked, one chapter on its own. */
class GraphExportTest {

    static final Story STORY = StoryParser.parse(Map.of("t.story", """
            @chapter 1 Start
            :: a
            * Go on -> q
            * Secret door -> b
              ? flag has-key
            :: q
            @quiz
            * Right -> b
              > yes
            * Wrong
              > no
            :: b
            @chapter 2 End
            @goal score >=5 -> c
            :: c
            @chapter 2 End
            @ending
            """)).story();

    @Test
    void dotClustersByChapterAndMarksGuardsQuizzesAndEndings() {
        String dot = new GraphExport(STORY, null).dot();
        assertTrue(dot.contains("subgraph \"cluster_0\" {\n    label=\"1 Start\";"), dot);
        assertTrue(dot.contains("subgraph \"cluster_1\" {\n    label=\"2 End\";"), dot);
        assertTrue(dot.contains("\"a\" -> \"b\" [label=\"Secret door [? flag has-key]\"];"), dot);
        assertTrue(dot.contains("\"q\" [label=\"QUIZ: q\", shape=hexagon];"), dot);
        assertTrue(dot.contains("\"c\" [label=\"END: c\", shape=doublecircle];"), dot);
        assertTrue(dot.contains("rankdir=TB"), dot);
    }

    @Test
    void mermaidHasSubgraphsAndMarks() {
        String mm = new GraphExport(STORY, null).mermaid();
        assertTrue(mm.contains("  subgraph c0[\"1 Start\"]\n    s_a[\"START: a\"]\n"), mm);
        assertTrue(mm.contains("s_q{{\"QUIZ: q\"}}"), mm);
        assertTrue(mm.contains("s_a -->|\"Secret door [? flag has-key]\"| s_b"), mm);
    }

    @Test
    void oneChapterAloneEndsOutgoingArrowsAtStubs() {
        String dot = new GraphExport(STORY, "1").dot();
        assertTrue(dot.contains("\"b\" [label=\"→ b\", shape=plaintext];"), dot);
        assertFalse(dot.contains("\"c\""), dot);
        assertFalse(dot.contains("label=\"2 End\""), dot);
    }
}
