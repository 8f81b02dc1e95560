package computequest.app;

import computequest.engine.ChoiceText;
import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.sim.CloudSim;
import computequest.sim.Resource;
import computequest.story.Choice;
import computequest.story.Condition;
import computequest.story.Goal;
import computequest.story.Position;
import computequest.story.Scene;
import computequest.story.StoryGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What walkthroughs reach, for {@code author test --coverage}: the choices taken (by number), the goals met (the
 * scene changed to a goal's target without a choice) and the checks that fired (their feedback was said); and, for a
 * failing walkthrough, what a scene's goals wait for and what the cloud holds of the kinds they look at.
 */
final class WalkCoverage {

    /** How a failure's parts begin, so that {@link WalkthroughRunner.Result#report} can set each on its own line. */
    static final String GOAL_AT = ". Its @goal at ";
    static final String CLOUD_HAS = "; the cloud has ";

    private WalkCoverage() {
    }

    /** Adds to {@code covered} the positions of the choice, goal or checks one input set off. */
    static void record(Engine engine, GameState before, String typed, Step after, Set<Position> covered) {
        Scene scene = engine.scene(before);
        List<Choice> visible = engine.visibleChoices(before);
        OptionalInt n = ChoiceText.number(typed.strip(), visible.size());
        if (n.isPresent()) {
            covered.add(visible.get(n.getAsInt()).position());
        } else if (!after.state().sceneId().equals(before.sceneId())) {
            scene.goals().stream().filter(g -> !g.isCheck() && g.target().equals(after.state().sceneId()))
                    .findFirst().ifPresent(g -> covered.add(g.position()));
        }
        for (Goal g : scene.goals()) {
            if (g.isCheck() && !g.feedback().isBlank() && after.events().stream().anyMatch(e ->
                    e instanceof Event.Feedback f && f.text().contains(g.feedback()))) {
                covered.add(g.position());
            }
        }
    }

    /** For a failure: each goal of the current scene, where it is, what it waits for, and what it looked at. */
    static String goalsOf(Engine engine, GameState s) {
        StringBuilder b = new StringBuilder();
        for (Goal g : engine.scene(s).goals()) {
            if (g.isCheck()) {
                continue;
            }
            b.append(GOAL_AT).append(g.position()).append(" waits for '")
                    .append(StoryGraph.text(g.condition())).append("' (-> ").append(g.target()).append(")")
                    .append(lookedAt(g.condition(), s));
        }
        return b.toString();
    }

    /** The resources of the kinds a condition names, with the attributes it tests: what it looked at. */
    static String lookedAt(Condition c, GameState s) {
        List<Condition.Resources> rs = new ArrayList<>();
        collect(c, rs);
        List<String> seen = new ArrayList<>();
        for (Condition.Resources r : rs) {
            List<String> found = new ArrayList<>();
            for (Resource res : CloudSim.resources(s.cloud())) {
                if (!res.kind().equals(r.kind())) {
                    continue;
                }
                StringBuilder one = new StringBuilder(res.id());
                for (Condition.AttrTest t : r.tests()) {
                    if (!t.attribute().equals("id")) {
                        one.append(' ').append(t.attribute()).append('=').append(res.attr(t.attribute()));
                    }
                }
                found.add(one.toString());
            }
            seen.add(found.isEmpty() ? "no " + r.kind() : r.kind() + ": " + String.join("; ", found.stream()
                    .limit(6).toList()) + (found.size() > 6 ? "; and " + (found.size() - 6) + " more" : ""));
        }
        return seen.isEmpty() ? "" : CLOUD_HAS + String.join(", ", seen);
    }

    private static void collect(Condition c, List<Condition.Resources> out) {
        if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collect(p, out));
        } else if (c instanceof Condition.Resources r) {
            out.add(r);
        }
    }
}
