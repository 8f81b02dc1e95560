package computequest.engine;

import computequest.sim.CloudSim;
import computequest.sim.Resource;
import computequest.story.Condition;
import java.util.ArrayList;
import java.util.List;

/** Evaluates story conditions against the game state and the simulated cloud (never against screen text). */
final class Conditions {

    private Conditions() {
    }

    static boolean holds(Condition c, GameState s) {
        return holds(c, s, Lookup.of(s));
    }

    /** What resource conditions read: the simulated cloud's resources, then the laptop's files. */
    static List<Resource> resources(GameState s) {
        List<Resource> all = new ArrayList<>(CloudSim.resources(s.cloud()));
        all.addAll(s.laptop().resources());
        return all;
    }

    static boolean holds(Condition c, GameState s, List<Resource> resources) {
        return holds(c, s, Lookup.of(resources));
    }

    static boolean holds(Condition c, GameState s, Lookup resources) {
        if (c instanceof Condition.All all) {
            for (Condition part : all.parts()) {
                if (!holds(part, s, resources)) {
                    return false;
                }
            }
            return true;
        }
        if (c instanceof Condition.Flag f) {
            String v = s.flags().get(f.name());
            boolean r = v != null && (f.value() == null || f.value().equals(v));
            return r != f.negated();
        }
        if (c instanceof Condition.Score sc) {
            return sc.compare().numbers(s.score(), sc.value()) != sc.negated();
        }
        if (c instanceof Condition.Visited v) {
            return s.visited().contains(v.sceneId()) != v.negated();
        }
        Condition.Resources r = (Condition.Resources) c;
        long n = 0;
        for (Resource res : resources.kind(r.kind())) {
            if (r.matches(res::attr)) {
                n++;
            }
        }
        return r.compare().numbers(n, r.count()) != r.negated();
    }

    /** {@code text} with its {@code ${...}} values filled from the game (see story.Interpolation). */
    static String fill(String text, GameState s) {
        if (!text.contains("${")) {
            return text;
        }
        Lookup rs = Lookup.of(s);
        return computequest.story.Interpolation.fill(text, new computequest.story.Interpolation.Values(sel -> rs
                .kind(sel.condition().kind()).stream().filter(r -> sel.condition().matches(r::attr))
                .map(r -> r.attr(sel.attribute())).findFirst().orElse(null), s.flags(), s.score(),
                c -> holds(c, s, rs)));
    }
}
