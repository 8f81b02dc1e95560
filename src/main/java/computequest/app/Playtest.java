package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.story.Condition;
import computequest.story.Diagnostic;
import computequest.story.Effect;
import computequest.story.Goal;
import computequest.story.Placeholders;
import computequest.story.Position;
import computequest.story.Scene;
import computequest.story.StoryGraph;
import computequest.story.StoryValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./play --from SCENE}: a playtest that starts mid-story with the state the scene expects. It walks the
 * shortest path from the start to the scene; for each scene it passes into, it applies that scene's {@code @setup}
 * effects (what the player would have done to get there), then the effects of the choice or goal taken, then enters
 * the scene (its on-enter effects run as in play). Score, flags, badges and visited scenes add up on the way.
 */
final class Playtest {

    private Playtest() {
    }

    /** A problem met on the way: the event to show and the {@code @setup} or edge effect that caused it. */
    record Trouble(Position at, Event event, String text) {
    }

    /**
     * A {@code @goal} the route takes that never held: its condition was false on arrival in its scene and after each
     * {@code @setup} line of the scene it leads to, the moments a player's game would have checked it. The playtest
     * then starts in a state no player can be in. {@code setupAt} is the last {@code @setup} line of {@code to} (or
     * the scene, when it has none): where the missing lines go.
     */
    record Unmet(Goal goal, String from, String to, Position setupAt) {
        String text() {
            return "the @goal at " + goal.position() + " in '" + from + "' (" + StoryGraph.text(goal.condition())
                    + " -> " + to + ") was never true on the way: no @setup line of '" + to + "' made it true";
        }
    }

    /** The first step of a playtest at {@code sceneId}; an unknown scene throws with a did-you-mean message. */
    static Step start(Engine engine, String sceneId, long seed) {
        List<Trouble> troubles = new ArrayList<>();
        List<Unmet> unmet = new ArrayList<>();
        Step step = start(engine, sceneId, seed, troubles, unmet);
        List<Event> events = new ArrayList<>(step.events());
        events.addAll(1, troubles.stream().map(Trouble::event).toList());
        if (!unmet.isEmpty()) {
            events.add(1, warning(unmet));
        }
        return new Step(step.state(), events);
    }

    /** How the start-state warning begins: a chapter start, for learners, leaves it out. */
    static final String WARNING = "Playtest warning:";

    /** The one warning a playtest gives for the goals on its way that never held, each with its file and line. */
    static Event warning(List<Unmet> unmet) {
        StringBuilder b = new StringBuilder(WARNING + " this start state is one no player can be in. On the"
                + " way here,");
        for (Unmet u : unmet) {
            b.append(unmet.size() == 1 ? " " : "\n- ").append(u.text()).append(unmet.size() == 1 ? "." : ";");
        }
        return Event.wrong(b.append(unmet.size() == 1 ? " " : "\n").append("Add @setup lines for what a player"
                + " does to meet it (author check names the line).").toString());
    }

    /**
     * What a playtest at {@code sceneId} runs into, each at the line that caused it: {@code author check} dry-runs
     * every scene's {@code @setup} chain with this.
     */
    static List<Diagnostic> dryRun(Engine engine, String sceneId, long seed) {
        List<Trouble> troubles = new ArrayList<>();
        List<Unmet> unmet = new ArrayList<>();
        start(engine, sceneId, seed, troubles, unmet);
        List<Diagnostic> out = diagnostics(sceneId, troubles);
        unmet.forEach(u -> out.add(diagnostic(u)));
        return out;
    }

    /** The checker's warning for a goal on the way that never held, at the {@code @setup} line (or the scene). */
    static Diagnostic diagnostic(Unmet u) {
        return new Diagnostic(u.setupAt(), Diagnostic.Severity.WARNING, "a playtest from '" + u.to() + "' (and from"
                + " the scenes after it) starts where no player can be: " + u.text(), "write @setup lines in '"
                + u.to() + "' for what a player does to meet that goal (see story/README.md, 'Tools');"
                + " " + PlayName.command() + " --from " + u.to() + " shows the state they build");
    }

    /**
     * {@link #dryRun} for every scene at once: the playtest states along the shortest-path tree from the start, so
     * each scene's setup chain runs once rather than once per scene after it.
     */
    static List<Diagnostic> dryRunAll(Engine engine, long seed) {
        var story = engine.story();
        List<Diagnostic> out = new ArrayList<>();
        if (!runsCommands(story)) {
            return out;
        }
        Map<String, StoryGraph.Edge> tree = new StoryGraph(story).shortestPathTree(story.start());
        // A scene's state is kept only until the last scene the tree reaches through it has been entered: on a
        // 100,000-scene story, holding every state would keep 100,000 simulated clouds alive at once.
        Map<String, Integer> children = new HashMap<>();
        for (StoryGraph.Edge e : tree.values()) {
            children.merge(e.from(), 1, Integer::sum);
        }
        Map<String, GameState> states = new HashMap<>();
        GameState first = engine.start(seed).state();
        states.put(story.start(), first);
        List<Trouble> atStart = new ArrayList<>();
        setup(engine, first, story.scene(story.start()).orElseThrow(), atStart);
        out.addAll(diagnostics(story.start(), atStart));
        for (var entry : tree.entrySet()) {
            String id = entry.getKey();
            StoryGraph.Edge e = entry.getValue();
            List<Trouble> troubles = new ArrayList<>();
            List<Unmet> unmet = new ArrayList<>();
            GameState before = children.merge(e.from(), -1, Integer::sum) == 0 ? states.remove(e.from())
                    : states.get(e.from());
            GameState s = take(engine, before, e, troubles, unmet);
            unmet.forEach(u -> out.add(diagnostic(u)));
            GameState entered = keep(engine.enterScene(s, id), troubles, story.scene(id).orElseThrow().position());
            if (children.containsKey(id)) {
                states.put(id, entered);
            }
            out.addAll(diagnostics(id, troubles));
        }
        for (String id : story.scenes().keySet()) {
            if (!id.equals(story.start()) && !tree.containsKey(id)) {
                out.addAll(dryRun(engine, id, seed));
            }
        }
        return out;
    }

    /**
     * Whether any effect of the story runs a cloud command. A playtest's troubles are the failures of the {@code run}
     * effects on its way (its @setup lines, the effects of the choices and goals it takes, the scenes' on-enter
     * effects); score, flags, badges and waits cannot fail. A story with none needs no dry run: on a 100,000-scene
     * story without them it was a third of {@code author check}.
     */
    private static boolean runsCommands(computequest.story.Story story) {
        for (Scene s : story.scenes().values()) {
            if (runs(s.setup()) || runs(s.onEnter())
                    || s.recall().task() != null && runs(s.recall().task().effects())) {
                return true;
            }
            for (var c : s.choices()) {
                if (runs(c.effects())) {
                    return true;
                }
            }
            for (var g : s.goals()) {
                if (runs(g.effects())) {
                    return true;
                }
            }
            for (var r : s.reactions()) {
                if (runs(r.effects())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean runs(List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.Run) {
                return true;
            }
        }
        return false;
    }

    private static List<Diagnostic> diagnostics(String sceneId, List<Trouble> troubles) {
        List<Diagnostic> out = new ArrayList<>();
        for (Trouble t : troubles) {
            String text = t.text().lines().findFirst().orElse("").strip();
            out.add(new Diagnostic(t.at(), Diagnostic.Severity.ERROR, "a playtest from '" + sceneId + "' fails here: "
                    + text.replaceFirst("^\\(@setup at [^:]+:\\d+:\\d+: ", "").replaceFirst("\\)$", ""),
                    "@setup lines stand for what the player did since the scene before, on the shortest path from"
                            + " @start; " + PlayName.command() + " --from " + sceneId + " shows the cloud they build"));
        }
        return out;
    }

    private static Step start(Engine engine, String sceneId, long seed, List<Trouble> problems, List<Unmet> unmet) {
        var story = engine.story();
        Scene target = story.scene(sceneId).orElseThrow(() -> new IllegalArgumentException("there is no scene '"
                + sceneId + "' in this story" + nearest(story.scenes().keySet(), sceneId)));
        List<StoryGraph.Edge> path = new StoryGraph(story).shortestPath(story.start(), sceneId);
        Step first = engine.start(seed);
        GameState s = first.state();
        if (path != null && path.isEmpty()) {
            s = setup(engine, s, target, problems);
            return new Step(s, concat(List.of(Event.info("Playtest from '" + sceneId
                    + "': it is the start.")), first.events()));
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
                s = take(engine, s, e, problems, unmet);
                entered = engine.enterScene(s, e.to());
                s = e.to().equals(sceneId) ? entered.state() : keep(entered, problems,
                        story.scene(e.to()).orElseThrow().position());
                r.append(" > ").append(e.to());
            }
            route = "set up along " + r;
        }
        List<Event> head = List.of(Event.info("Playtest from '" + sceneId + "': " + route + "."));
        return new Step(entered.state(), concat(head, entered.events()));
    }

    /**
     * The state after taking the route's edge {@code e} from {@code s} (its scene entered): the next scene's
     * {@code @setup} lines, then the effects of the choice or goal. A goal that held at none of the moments a game
     * checks it (on arrival, after each @setup line) goes on {@code unmet}.
     */
    private static GameState take(Engine engine, GameState s, StoryGraph.Edge e, List<Trouble> problems,
                                  List<Unmet> unmet) {
        Scene to = engine.story().scene(e.to()).orElseThrow();
        boolean[] held = {!e.goal() || engine.holds(e.condition(), s)};
        s = setup(engine, s, to, problems, e.goal() ? e.condition() : null, held);
        if (!held[0]) {
            engine.story().scene(e.from()).orElseThrow().goals().stream()
                    .filter(g -> g.condition() == e.condition() && e.to().equals(g.target())).findFirst()
                    .ifPresent(g -> unmet.add(new Unmet(g, e.from(), e.to(), to.setup().isEmpty() ? to.position()
                            : to.setup().get(to.setup().size() - 1).position())));
        }
        return keep(engine.applyEffects(s, e.effects()), problems, e.effects().isEmpty() ? to.position()
                : e.effects().get(0).position());
    }

    private static GameState setup(Engine engine, GameState s, Scene scene, List<Trouble> problems) {
        return setup(engine, s, scene, problems, null, new boolean[1]);
    }

    /** {@code scene}'s @setup lines applied to {@code s}; {@code held[0]} is set once {@code watch} holds after one. */
    private static GameState setup(Engine engine, GameState s, Scene scene, List<Trouble> problems, Condition watch,
                                   boolean[] held) {
        for (Effect e : scene.setup()) {
            Effect real = e;
            if (e instanceof Effect.Run r && Placeholders.has(r.command())) {
                List<Diagnostic> bad = new ArrayList<>();
                var selectors = Placeholders.find(r.command(), r.position(), bad);
                String filled = Placeholders.fill(r.command(), selectors, SimVocab.lookup(s.cloud()));
                if (!bad.isEmpty() || Placeholders.has(filled)) {
                    String why = "(@setup at " + r.position() + ": nothing in the cloud matches "
                            + (bad.isEmpty() ? filled : bad.get(0).message()) + ")";
                    problems.add(new Trouble(r.position(), Event.wrong(why), why));
                    continue;
                }
                real = new Effect.Run(filled, r.position());
            }
            s = keep(engine.applyEffects(s, List.of(real)), problems, e.position());
            held[0] = held[0] || watch != null && engine.holds(watch, s);
        }
        return s;
    }

    /** The step's state; its WRONG events (failed setup commands) are kept to show. */
    private static GameState keep(Step step, List<Trouble> problems, Position at) {
        for (Event e : step.events()) {
            if (e instanceof Event.Feedback f && f.tone() == Event.Tone.WRONG) {
                problems.add(new Trouble(at, e, f.text()));
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

    /**
     * Where a playtest keeps its saves unless {@code --saves} says otherwise: a new scratch folder under the system's
     * temporary folder, so a playtest never overwrites the player's own autosave.
     */
    static java.nio.file.Path scratchSaves() throws java.io.IOException {
        return java.nio.file.Files.createTempDirectory("cq-playtest-saves-");
    }

    /** {@link #start(Engine, String, long)}, saying where its saves go when that is a scratch folder. */
    static Step start(Engine engine, String sceneId, long seed, java.nio.file.Path scratch) {
        Step step = start(engine, sceneId, seed);
        if (scratch == null) {
            return step;
        }
        List<Event> events = new ArrayList<>(step.events());
        events.add(1, Event.info("This playtest saves to a scratch folder, " + scratch + ", not to your saves;"
                + " pass --saves DIR to keep its saves there."));
        return new Step(step.state(), events);
    }

    static String nearest(java.util.Collection<String> ids, String id) {
        return StoryValidator.didYouMean(id, ids).map(b -> "; did you mean '" + b + "'?").orElse("");
    }
}
