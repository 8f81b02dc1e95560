package computequest.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole-story traps: a story that checks clean but does not play as written. Choices in an {@code @ending} scene
 * never show; a choice with neither a target nor feedback (often a prose line that starts with {@code * }) does
 * nothing visible; a region of scenes from which no {@code @ending} can be reached traps the player forever.
 */
final class StoryTraps {

    private StoryTraps() {
    }

    /** @param linksSound whether every link names a real scene; a broken link would make endings look unreachable */
    static void check(Story story, StoryGraph graph, Set<String> reachable, boolean linksSound,
                      List<Diagnostic> out) {
        for (Scene s : story.scenes().values()) {
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
            neverEnding(story, graph, reachable, out);
        }
    }

    /**
     * Scenes the player can reach but from which no path leads to an {@code @ending}. One warning per trap, at the
     * scene where the player falls into it (a trapped scene entered from a scene that is not trapped).
     */
    private static void neverEnding(Story story, StoryGraph graph, Set<String> reachable, List<Diagnostic> out) {
        Map<String, Set<String>> into = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        Set<String> canEnd = new HashSet<>();
        for (Scene s : story.scenes().values()) {
            for (StoryGraph.Edge e : graph.edgesFrom(s.id())) {
                into.computeIfAbsent(e.to(), k -> new HashSet<>()).add(s.id());
            }
            if (s.ending()) {
                canEnd.add(s.id());
                queue.add(s.id());
            }
        }
        if (canEnd.isEmpty()) {
            return;
        }
        while (!queue.isEmpty()) {
            for (String from : into.getOrDefault(queue.poll(), Set.of())) {
                if (canEnd.add(from)) {
                    queue.add(from);
                }
            }
        }
        for (Scene s : story.scenes().values()) {
            if (canEnd.contains(s.id()) || !reachable.contains(s.id()) || graph.edgesFrom(s.id()).isEmpty()) {
                continue;
            }
            boolean entry = s.id().equals(story.start()) || into.getOrDefault(s.id(), Set.of()).stream()
                    .anyMatch(canEnd::contains);
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
    static void unreachable(Story story, StoryGraph graph, Set<String> reachable, List<Diagnostic> out) {
        Set<String> linked = new HashSet<>();
        for (Scene s : story.scenes().values()) {
            for (StoryGraph.Edge e : graph.edgesFrom(s.id())) {
                if (!e.to().equals(s.id())) {
                    linked.add(e.to());
                }
            }
        }
        Set<String> covered = new HashSet<>(reachable);
        List<Scene> roots = new ArrayList<>();
        for (Scene s : story.scenes().values()) {
            if (!covered.contains(s.id()) && !linked.contains(s.id())) {
                roots.add(s);
            }
        }
        List<Scene> order = new ArrayList<>(roots);
        for (Scene s : story.scenes().values()) {
            order.add(s);
        }
        for (Scene s : order) {
            if (covered.contains(s.id())) {
                continue;
            }
            int more = graph.reachableFrom(s.id(), covered).size() - 1;
            out.add(Diagnostic.warning(s.position(), "no path from @start reaches the scene '" + s.id() + "'"
                    + (more > 0 ? " (nor " + more + " more scene" + (more == 1 ? "" : "s") + " reached only through"
                    + " it)" : ""), "link to it from another scene with '* text -> " + s.id()
                    + "' or '@goal CONDITION -> " + s.id() + "'"));
        }
    }
}
