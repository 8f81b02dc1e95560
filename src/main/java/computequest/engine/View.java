package computequest.engine;

import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.LineItem;
import computequest.sim.Resource;
import computequest.story.Choice;
import computequest.story.Scene;
import java.util.List;

/**
 * What a renderer may show of a state, worked out by the engine so renderers hold no game rules.
 *
 * @param choices     texts of the visible choices, in order (number = index + 1)
 * @param completions words the input line may complete to
 * @param focus       the resource kinds the scene's goals and checks look at, in the order they name them: what the
 *                    dashboard shows first
 */
public record View(String chapter, String sceneId, String sceneTitle, int score, long clockSeconds, boolean ended,
                   List<Resource> resources, List<LineItem> bill, double billTotal, List<String> choices,
                   List<String> completions, List<String> badges, List<String> focus) {

    /** A view with no kinds in focus. */
    public View(String chapter, String sceneId, String sceneTitle, int score, long clockSeconds, boolean ended,
                List<Resource> resources, List<LineItem> bill, double billTotal, List<String> choices,
                List<String> completions, List<String> badges) {
        this(chapter, sceneId, sceneTitle, score, clockSeconds, ended, resources, bill, billTotal, choices, completions,
                badges, List.of());
    }

    public View {
        focus = List.copyOf(focus);
        resources = resources instanceof LazyList ? resources : List.copyOf(resources);
        bill = List.copyOf(bill);
        choices = List.copyOf(choices);
        completions = completions instanceof LazyList ? completions : List.copyOf(completions);
        badges = List.copyOf(badges);
    }

    public static View of(Engine engine, GameState s) {
        Scene scene = engine.scene(s);
        Cloud c = s.cloud();
        return new View(scene.chapter(), scene.id(), scene.title(), s.score(), c.clock(), s.ended(),
                new LazyList<>(() -> CloudSim.resources(c)), c.ledger().lines(), c.ledger().total(),
                engine.visibleChoices(s).stream().map(Choice::text).toList(),
                new LazyList<>(() -> engine.completions(s)), s.badges(), focus(scene));
    }

    /** The kinds a scene's goals and checks test, first named first. */
    static List<String> focus(Scene scene) {
        java.util.LinkedHashSet<String> kinds = new java.util.LinkedHashSet<>();
        for (computequest.story.Goal g : scene.goals()) {
            List<computequest.story.Condition> parts = g.condition() instanceof computequest.story.Condition.All all
                    ? all.parts() : List.of(g.condition());
            for (computequest.story.Condition c : parts) {
                if (c instanceof computequest.story.Condition.Resources r) {
                    kinds.add(r.kind());
                }
            }
        }
        return List.copyOf(kinds);
    }

    /** Simulated time as "1h 2m 3s". */
    public String clock() {
        return duration(clockSeconds);
    }

    /** Simulated time as "1h 2m 3s", "2m 0s" or "45s". */
    public static String duration(long seconds) {
        return WaitTime.duration(seconds);
    }
}
