package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.BitSet;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index's strongly connected components agree with plain reachability, and a long chain needs no deep stack. */
class SceneIndexTest {

    /** A story of {@code n} scenes whose choices follow {@code edges[i]} (scene numbers, -1 for a missing scene). */
    private static SceneIndex index(int[][] edges) {
        StringBuilder b = new StringBuilder("@start s0\n");
        for (int i = 0; i < edges.length; i++) {
            b.append(":: s").append(i).append('\n').append("Scene ").append(i).append(".\n");
            for (int t : edges[i]) {
                b.append("* Go -> ").append(t < 0 ? "nowhere" : "s" + t).append('\n');
            }
            if (edges[i].length == 0) {
                b.append("@ending\n");
            }
        }
        return new SceneIndex(StoryParser.parse(Map.of("t.story", b.toString())).story());
    }

    @Test
    void twoScenesShareAComponentExactlyWhenEachReachesTheOther() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(12);
            int[][] edges = new int[n][];
            for (int i = 0; i < n; i++) {
                edges[i] = new int[random.nextInt(3)];
                for (int e = 0; e < edges[i].length; e++) {
                    edges[i][e] = random.nextInt(n + 1) - 1;
                }
            }
            SceneIndex index = index(edges);
            int[] comp = index.components();
            BitSet[] reach = new BitSet[n];
            for (int i = 0; i < n; i++) {
                reach[i] = new BitSet(n);
                index.reach(i, reach[i]);
            }
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    boolean mutual = reach[a].get(b) && reach[b].get(a);
                    assertEquals(mutual, comp[a] == comp[b], "round " + round + ", scenes " + a + " and " + b);
                }
            }
        }
    }

    @Test
    void aLongChainLedBackToItsSecondSceneIsOneComponentWithoutRecursion() {
        int n = 50_000;
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = new int[] {(i + 1) % n};
        }
        edges[n - 1] = new int[] {1};
        int[] comp = index(edges).components();
        assertEquals(comp[1], comp[n - 1], "the chain from its second scene to its end and back");
        assertEquals(comp[1], comp[n / 2], "a scene in the middle of the chain");
        assertNotEquals(comp[0], comp[1], "nothing leads back to the first scene");
    }
}
