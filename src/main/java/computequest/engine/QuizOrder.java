package computequest.engine;

import computequest.story.Choice;
import java.util.ArrayList;
import java.util.List;

/**
 * The order a knowledge-check question shows its choices in: shuffled with the game's seed and the scene id, so the
 * right answer is not always in the same place, one game always sees the same order (numbers stay valid across
 * {@code look}, saves and undo), and every JVM gives the same order (SplitMix64, written out here).
 */
final class QuizOrder {

    private QuizOrder() {
    }

    /** {@code choices} in this game's order for the scene {@code sceneId}. */
    static List<Choice> shuffle(List<Choice> choices, long seed, String sceneId) {
        List<Choice> out = new ArrayList<>(choices);
        long state = seed ^ (0x9E3779B97F4A7C15L * (sceneId.hashCode() + 1L));
        for (int i = out.size() - 1; i > 0; i--) {
            state += 0x9E3779B97F4A7C15L;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            Choice t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
