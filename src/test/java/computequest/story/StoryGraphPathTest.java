package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A shortest path, as a playtest walks it, takes a scene's goal before a choice shown only under a ? condition. */
class StoryGraphPathTest {

    private static StoryGraph.Edge onlyEdge(String story) {
        List<StoryGraph.Edge> path = new StoryGraph(StoryParser.parse(Map.of("t.story", story)).story())
                .shortestPath("a", "b");
        assertEquals(1, path.size());
        return path.get(0);
    }

    @Test
    void aConditionalChoiceIsASideDoorBehindTheGoal() {
        StoryGraph.Edge e = onlyEdge("""
                @start a
                :: a
                * Carry on anyway -> b
                  ? flag careless
                  ~ score +3
                @goal instance state=running -> b
                  ~ score +10
                :: b
                @ending
                """);
        assertEquals(true, e.goal(), "the goal, not the side door");
    }

    @Test
    void anUnconditionalChoiceStillComesFirst() {
        StoryGraph.Edge e = onlyEdge("""
                @start a
                :: a
                * Go on -> b
                @goal instance state=running -> b
                :: b
                @ending
                """);
        assertEquals("Go on", e.choiceText());
    }

    @Test
    void aConditionalChoiceIsTakenWhenNothingElseLeadsThere() {
        StoryGraph.Edge e = onlyEdge("""
                @start a
                :: a
                * Skip -> b
                  ? flag fluent
                :: b
                @ending
                """);
        assertEquals("Skip", e.choiceText());
    }
}
