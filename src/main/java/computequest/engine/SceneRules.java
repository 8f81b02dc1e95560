package computequest.engine;

import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import computequest.sim.Resource;
import computequest.story.Goal;
import computequest.story.Reaction;
import computequest.story.Scene;
import java.util.List;

/**
 * A scene's rules about the cloud: {@code @on} reactions to a typed command (before it runs, or after it succeeds or
 * fails), and after every cloud command and wait, {@code @check} feedback that just became true, then the first
 * {@code @goal} that holds.
 */
final class SceneRules {

    private final Scenes scenes;

    SceneRules(Scenes scenes) {
        this.scenes = scenes;
    }

    /** Runs a cloud command: reactions before it, the command, what it printed and changed, reactions after it. */
    GameState cloudCommand(GameState s, String line, List<Event> events) {
        GameState start = s;
        Scene scene = scenes.scene(s);
        for (Reaction r : scene.reactions()) {
            if (r.when() == Reaction.When.BEFORE && Patterns.matches(r.pattern(), line)) {
                s = react(s, r, events);
            }
        }
        Outcome o = CloudSim.execute(s.cloud(), line);
        if (!o.output().isEmpty()) {
            events.add(new Event.Output(o.output(), o.ok()));
        }
        o.changes().forEach(c -> events.add(new Event.CloudChange(c)));
        s = s.withCloud(o.cloud());
        for (Reaction r : scene.reactions()) {
            if (r.firesAfter(o.ok(), o.errorCode()) && Patterns.matches(r.pattern(), line)) {
                s = react(s, r, events);
            }
        }
        s = passTime(s, CloudSim.SECONDS_PER_COMMAND, events);
        return afterCloudChange(start, s, events);
    }

    /** Lets simulated time pass, then checks the scene's rules. */
    GameState wait(GameState s, long seconds, List<Event> events) {
        GameState start = s;
        events.add(Event.info("You wait " + WaitTime.duration(seconds) + " of simulated time."));
        s = passTime(s, seconds, events);
        return afterCloudChange(start, s, events);
    }

    private GameState react(GameState s, Reaction r, List<Event> events) {
        if (!r.feedback().isEmpty()) {
            events.add(Event.info(r.feedback()));
        }
        return Effects.apply(s, r.effects(), events, true);
    }

    private static GameState passTime(GameState s, long seconds, List<Event> events) {
        Outcome o = CloudSim.advance(s.cloud(), seconds);
        o.changes().forEach(c -> events.add(new Event.CloudChange(c)));
        return s.withCloud(o.cloud());
    }

    /**
     * Fires each {@code @check} whose condition holds now but did not in {@code before} (the state before the
     * command: its flags and its cloud), then moves on by the first {@code @goal} that holds.
     */
    private GameState afterCloudChange(GameState before, GameState s, List<Event> events) {
        if (s.ended()) {
            return s;
        }
        Scene scene = scenes.scene(s);
        List<Resource> was = CloudSim.resources(before.cloud());
        List<Resource> now = CloudSim.resources(s.cloud());
        for (Goal g : scene.goals()) {
            if (g.isCheck() && Conditions.holds(g.condition(), s, now) && !Conditions.holds(g.condition(), before, was)) {
                events.add(Event.info(g.feedback()));
                s = Effects.apply(s, g.effects(), events, true);
            }
        }
        for (Goal g : scene.goals()) {
            if (!g.isCheck() && Conditions.holds(g.condition(), s, now)) {
                if (!g.feedback().isEmpty()) {
                    events.add(Event.ok(g.feedback()));
                }
                s = Effects.apply(s, g.effects(), events, true);
                return scenes.enter(s, g.target(), events);
            }
        }
        return s;
    }
}
