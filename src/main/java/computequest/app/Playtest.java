package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.story.Diagnostic;
import computequest.story.Effect;
import computequest.story.Placeholders;
import computequest.story.Scene;
import computequest.story.StoryGraph;
import computequest.story.StoryValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./play --from SCENE}: a playtest that starts mid-story with the state the scene expects. It walks the
 * shortest path from the start to the scene; for each scene it passes into, it applies that scene's {@code @setup}
 * effects (what the player would have done to get there), then the effects of the choice or goal taken, then enters
 * the scene (its on-enter effects run as in play). Score, flags, badges and visited scenes add up on the way.
 */
final class Playtest {

    private Playtest() {
    }

    /** The first step of a playtest at {@code sceneId}; an unknown scene throws with a did-you-mean message. */
    static Step start(Engine engine, String sceneId, long seed) {
        var story = engine.story();
        Scene target = story.scene(sceneId).orElseThrow(() -> new IllegalArgumentException("there is no scene '"
                + sceneId + "' in this story" + nearest(story.scenes().keySet(), sceneId)));
        List<StoryGraph.Edge> path = new StoryGraph(story).shortestPath(story.start(), sceneId);
        Step first = engine.start(seed);
        GameState s = first.state();
        List<Event> problems = new ArrayList<>();
        if (path != null && path.isEmpty()) {
            s = setup(engine, s, target, problems);
            return new Step(s, concat(List.of(Event.info("Playtest from '" + sceneId
                    + "': it is the start.")), problems, first.events()));
        }
        String route;
        Step entered;
        if (path == null) {
            route = "no path from the start reaches it, so only its own @setup ran";
            s = setup(engine, s, target, problems);
            entered = engine.enterScene(s, sceneId);
        } else {
            StringBuilder r = new StringBuilder(story.start());
            entered = null;
            for (StoryGraph.Edge e : path) {
                s = setup(engine, s, story.scene(e.to()).orElseThrow(), problems);
                s = keep(engine.applyEffects(s, e.effects()), problems);
                entered = engine.enterScene(s, e.to());
                s = e.to().equals(sceneId) ? entered.state() : keep(entered, problems);
                r.append(" > ").append(e.to());
            }
            route = "set up along " + r;
        }
        List<Event> head = List.of(Event.info("Playtest from '" + sceneId + "': " + route + "."));
        return new Step(entered.state(), concat(head, problems, entered.events()));
    }

    private static GameState setup(Engine engine, GameState s, Scene scene, List<Event> problems) {
        for (Effect e : scene.setup()) {
            Effect real = e;
            if (e instanceof Effect.Run r && Placeholders.has(r.command())) {
                List<Diagnostic> bad = new ArrayList<>();
                var selectors = Placeholders.find(r.command(), r.position(), bad);
                String filled = Placeholders.fill(r.command(), selectors, SimVocab.lookup(s.cloud()));
                if (!bad.isEmpty() || Placeholders.has(filled)) {
                    problems.add(Event.wrong("(@setup at " + r.position() + ": nothing in the cloud"
                            + " matches " + (bad.isEmpty() ? filled : bad.get(0).message()) + ")"));
                    continue;
                }
                real = new Effect.Run(filled, r.position());
            }
            s = keep(engine.applyEffects(s, List.of(real)), problems);
        }
        return s;
    }

    /** The step's state; its WRONG events (failed setup commands) are kept to show. */
    private static GameState keep(Step step, List<Event> problems) {
        for (Event e : step.events()) {
            if (e instanceof Event.Feedback f && f.tone() == Event.Tone.WRONG) {
                problems.add(e);
            }
        }
        return step.state();
    }

    @SafeVarargs
    private static List<Event> concat(List<Event>... lists) {
        List<Event> out = new ArrayList<>();
        for (List<Event> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    static String nearest(java.util.Collection<String> ids, String id) {
        return StoryValidator.didYouMean(id, ids).map(b -> "; did you mean '" + b + "'?").orElse("");
    }
}
