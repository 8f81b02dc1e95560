package computequest.story;

import java.util.BitSet;
import java.util.List;

/**
 * Whole-story traps: a story that checks clean but does not play as written. Choices in an {@code @ending} scene
 * never show; a choice with neither a target nor feedback (often a prose line that starts with {@code * }) does
 * nothing visible; a region of scenes from which no {@code @ending} can be reached traps the player forever.
 */
final class StoryTraps {

    private StoryTraps() {
    }

    /** @param linksSound whether every link names a real scene; a broken link would make endings look unreachable */
    static void check(Story story, SceneIndex index, BitSet reachable, boolean linksSound, List<Diagnostic> out) {
        for (Scene s : index.scenes) {
            if (s.ending()) {
                for (Choice c : s.choices()) {
                    out.add(Diagnostic.warning(c.position(), "the scene '" + s.id() + "' is an @ending: the game"
                            + " ends on arrival, so this choice never shows", "drop @ending to offer choices, or"
                            + " move the choice to the scene before"));
                }
                for (Goal g : s.goals()) {
                    out.add(Diagnostic.warning(g.position(), "the scene '" + s.id() + "' is an @ending: the game"
                            + " ends on arrival, so this is never checked", "drop @ending, or delete it"));
                }
            }
            for (Choice c : s.choices()) {
                if (c.target() == null && c.feedback().isBlank() && c.effects().isEmpty()) {
                    out.add(Diagnostic.warning(c.position(), "this choice has no '->' and no feedback, so picking"
                            + " it does nothing the player can see", "add '-> scene' or '  > why', or, if it is"
                            + " prose that starts with '* ', write it as '\\* ...'"));
                }
            }
        }
        if (linksSound) {
            neverEnding(story, index, reachable, out);
        }
    }

    /**
     * Scenes the player can reach but from which no path leads to an {@code @ending}. One warning per trap, at the
     * scene where the player falls into it (a trapped scene entered from a scene that is not trapped).
     */
    private static void neverEnding(Story story, SceneIndex index, BitSet reachable, List<Diagnostic> out) {
        int n = index.size();
        int[][] into = index.reversed();
        int[] start = into[0];
        int[] sources = into[1];
        BitSet canEnd = new BitSet(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (index.scenes[i].ending()) {
                canEnd.set(i);
                queue[tail++] = i;
            }
        }
        if (tail == 0) {
            return;
        }
        while (head < tail) {
            int t = queue[head++];
            for (int e = start[t]; e < start[t + 1]; e++) {
                if (!canEnd.get(sources[e])) {
                    canEnd.set(sources[e]);
                    queue[tail++] = sources[e];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Scene s = index.scenes[i];
            if (canEnd.get(i) || !reachable.get(i) || !index.hasEdges(i)) {
                continue;
            }
            boolean entry = s.id().equals(story.start());
            for (int e = start[i]; e < start[i + 1] && !entry; e++) {
                entry = canEnd.get(sources[e]);
            }
            if (entry) {
                out.add(Diagnostic.warning(s.position(), "no path from the scene '" + s.id() + "' leads to an"
                        + " @ending: a player who gets here can never finish", "add a choice or @goal that leads"
                        + " on toward an ending"));
            }
        }
    }

    /**
     * One warning per unreachable region, at the scene it starts from (one nothing links to), counting the scenes
     * reached only through it, so one broken link gives one warning rather than one per scene after it.
     */
    static void unreachable(SceneIndex index, BitSet reachable, List<Diagnostic> out) {
        BitSet linked = index.linked();
        BitSet covered = (BitSet) reachable.clone();
        // First the scenes nothing links to (no search from one reaches another), then the rest, in story order.
        for (int i = 0; i < 2 * index.size(); i++) {
            int at = i % index.size();
            if (covered.get(at) || i < index.size() && linked.get(at)) {
                continue;
            }
            Scene s = index.scenes[at];
            int more = index.reach(at, covered) - 1;
            out.add(Diagnostic.warning(s.position(), "no path from @start reaches the scene '" + s.id() + "'"
                    + (more > 0 ? " (nor " + more + " more scene" + (more == 1 ? "" : "s") + " reached only through"
                    + " it)" : ""), "link to it from another scene with '* text -> " + s.id()
                    + "' or '@goal CONDITION -> " + s.id() + "'"));
        }
    }
}
