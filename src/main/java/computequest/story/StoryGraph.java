package computequest.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenes as a graph: an edge for every choice and goal that moves the player. Everything here is linear in the
 * number of scenes and edges, so it works for very large stories.
 */
public final class StoryGraph {

    /**
     * One transition: a choice (its text) or a goal (its condition) from one scene to another. The label is made only
     * when asked for: rendering every goal's condition cost the checker a second on 100,000 scenes.
     */
    public record Edge(String from, String to, boolean goal, String choiceText, Condition condition,
                       List<Effect> effects) {

        /** The choice's text, or {@code goal: } and the goal's condition. */
        public String label() {
            return goal ? "goal: " + text(condition) : choiceText;
        }
    }

    private final Story story;
    private final Map<String, List<Edge>> out = new HashMap<>();

    public StoryGraph(Story story) {
        this.story = story;
        for (Scene s : story.scenes().values()) {
            List<Edge> edges = new ArrayList<>();
            for (Choice c : s.choices()) {
                if (c.target() != null && c.conditions().isEmpty()) {
                    edges.add(new Edge(s.id(), c.target(), false, c.text(), null, c.effects()));
                }
            }
            for (Goal g : s.goals()) {
                if (!g.isCheck()) {
                    edges.add(new Edge(s.id(), g.target(), true, null, g.condition(), g.effects()));
                }
            }
            // A choice shown only while a ? condition holds is a side door (a skip, a way out of a poor answer): a
            // shortest path, as a playtest walks it, takes the scene's goal to the same place before it.
            for (Choice c : s.choices()) {
                if (c.target() != null && !c.conditions().isEmpty()) {
                    edges.add(new Edge(s.id(), c.target(), false, c.text(), null, c.effects()));
                }
            }
            out.put(s.id(), edges);
        }
    }

    public List<Edge> edgesFrom(String sceneId) {
        return out.getOrDefault(sceneId, List.of());
    }

    /** Every scene id some path from {@code from} reaches, {@code from} included. */
    public Set<String> reachableFrom(String from) {
        return reachableFrom(from, new HashSet<>());
    }

    /**
     * The scenes reached from {@code from} that were not yet in {@code seen}, {@code from} included; they are
     * added to {@code seen}, so repeated calls with one set visit each scene once in all.
     */
    public Set<String> reachableFrom(String from, Set<String> seen) {
        Set<String> fresh = new HashSet<>();
        if (from == null || !story.scenes().containsKey(from) || !seen.add(from)) {
            return fresh;
        }
        fresh.add(from);
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            for (Edge e : edgesFrom(queue.poll())) {
                if (story.scenes().containsKey(e.to()) && seen.add(e.to())) {
                    fresh.add(e.to());
                    queue.add(e.to());
                }
            }
        }
        return fresh;
    }

    /** The edges of a shortest path from {@code from} to {@code to} (empty when they are equal), or null if none. */
    /**
     * For every scene reachable from {@code from}, the last edge of {@link #shortestPath}'s path to it, in
     * breadth-first order: the same paths, computed once for all scenes.
     */
    public Map<String, Edge> shortestPathTree(String from) {
        Map<String, Edge> via = new java.util.LinkedHashMap<>();
        if (from == null || !story.scenes().containsKey(from)) {
            return via;
        }
        ArrayDeque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        seen.add(from);
        queue.add(from);
        while (!queue.isEmpty()) {
            for (Edge e : edgesFrom(queue.poll())) {
                if (story.scenes().containsKey(e.to()) && seen.add(e.to())) {
                    via.put(e.to(), e);
                    queue.add(e.to());
                }
            }
        }
        return via;
    }

    public List<Edge> shortestPath(String from, String to) {
        if (from == null || to == null) {
            return null;
        }
        if (from.equals(to)) {
            return List.of();
        }
        Map<String, Edge> via = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        seen.add(from);
        queue.add(from);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Edge e : edgesFrom(at)) {
                if (story.scenes().containsKey(e.to()) && seen.add(e.to())) {
                    via.put(e.to(), e);
                    if (e.to().equals(to)) {
                        List<Edge> path = new ArrayList<>();
                        for (String s = to; !s.equals(from); s = via.get(s).from()) {
                            path.add(via.get(s));
                        }
                        Collections.reverse(path);
                        return path;
                    }
                    queue.add(e.to());
                }
            }
        }
        return null;
    }

    // ---- export ----

    /** Graphviz DOT of the whole story: see {@link GraphExport}. */
    public String dot() {
        return new GraphExport(story, null).dot();
    }

    /** Mermaid of the whole story: see {@link GraphExport}. */
    public String mermaid() {
        return new GraphExport(story, null).mermaid();
    }

    /** A condition as an author would write it. */
    public static String text(Condition c) {
        if (c instanceof Condition.All all) {
            List<String> parts = new ArrayList<>();
            for (Condition p : all.parts()) {
                parts.add(text(p));
            }
            return String.join(" and ", parts);
        }
        String not = "";
        String body;
        if (c instanceof Condition.Flag f) {
            not = f.negated() ? "not " : "";
            body = "flag " + f.name() + (f.value() == null ? "" : "=" + f.value());
        } else if (c instanceof Condition.Score s) {
            not = s.negated() ? "not " : "";
            body = "score " + s.compare().symbol() + s.value();
        } else if (c instanceof Condition.Visited v) {
            not = v.negated() ? "not " : "";
            body = "visited " + v.sceneId();
        } else {
            Condition.Resources r = (Condition.Resources) c;
            not = r.negated() ? "not " : "";
            StringBuilder b = new StringBuilder(r.kind());
            for (Condition.AttrTest t : r.tests()) {
                b.append(' ').append(t.attribute()).append(t.compare().symbol()).append(t.value());
            }
            if (!(r.compare() == Condition.Compare.GE && r.count() == 1)) {
                b.append(" count").append(r.compare().symbol()).append(r.count());
            }
            body = b.toString();
        }
        return not + body;
    }
}
