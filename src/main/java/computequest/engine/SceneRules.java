package computequest.engine;

import computequest.laptop.Out;
import computequest.laptop.Ran;
import computequest.laptop.Shell;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
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

    /**
     * Runs a line on the laptop's shell (cloud commands, the laptop's own commands, variables, pipes): reactions
     * before it, the line, what it printed and changed, reactions after it. An {@code edit FILE} adds its request.
     */
    GameState shellCommand(GameState s, String line, List<Event> events, List<Request> requests) {
        GameState start = s;
        Scene scene = scenes.scene(s);
        for (Reaction r : scene.reactions()) {
            if (r.when() == Reaction.When.BEFORE && Patterns.matches(r.pattern(), line)) {
                s = react(s, r, events);
            }
        }
        Ran ran = Shell.run(s.laptop(), s.cloud(), line);
        for (Out o : ran.out()) {
            events.add(o.kind() == Out.Kind.CHANGE ? new Event.CloudChange(o.text())
                    : new Event.Output(o.text(), o.kind() == Out.Kind.OUTPUT));
        }
        s = s.withCloud(ran.cloud()).withLaptop(ran.laptop());
        for (Reaction r : scene.reactions()) {
            // after the fact, a pattern matches what was typed or what ran ("docker pull $URI:v1" ran with the URI)
            if (r.firesAfter(ran.ok(), ran.errorCode()) && (Patterns.matches(r.pattern(), line)
                    || ran.commands().stream().anyMatch(c -> Patterns.matches(r.pattern(), c)))) {
                s = react(s, r, events);
            }
        }
        if (ran.cloudCalls() == 0 && CloudSim.isCloudCommand(line)) {
            // A cloud command refused before it reached the cloud (an open quote, a missing file) still takes the
            // time of a call, as it always has.
            s = passTime(s, CloudSim.SECONDS_PER_COMMAND, events);
        }
        if (ran.edit() != null) {
            requests.add(new Request.EditLaptopFile(ran.edit(), s.laptop().read(ran.edit()).orElse("")));
        }
        return afterCloudChange(start, s, events, !ran.ok());
    }

    /** The editor saved a laptop file: checks and goals on files are looked at as after any command. */
    GameState fileEdited(GameState s, String path, String text, List<Event> events) {
        GameState after = saveFile(s, path, text, events);
        return after == s ? s : afterCloudChange(s, after, events, false);
    }

    /** Writes an edited laptop file and says so; the same state when nothing changed. */
    GameState saveFile(GameState s, String path, String text, List<Event> events) {
        if (s.laptop().read(path).filter(text::equals).isPresent()) {
            events.add(Event.info(path + " is unchanged."));
            return s;
        }
        events.add(Event.info("Saved " + path + " (" + text.lines().count() + " lines) on your laptop."));
        return s.withLaptop(Shell.edited(s.laptop(), path, text));
    }

    /** Lets simulated time pass, then checks the scene's rules. */
    GameState wait(GameState s, long seconds, List<Event> events) {
        GameState start = s;
        events.add(Event.info("You wait " + WaitTime.duration(seconds) + " of simulated time."));
        int before = events.size();
        s = passTime(s, seconds, events);
        String still = events.size() == before ? WaitTime.stillChanging(s.cloud()) : "";
        if (!still.isEmpty()) {
            events.add(Event.info(still));
        }
        return afterCloudChange(start, s, events, false);
    }

    private GameState react(GameState s, Reaction r, List<Event> events) {
        if (!r.feedback().isEmpty()) {
            events.add(Event.info(Conditions.fill(r.feedback(), s)));
        }
        return Effects.apply(s, r.effects(), events);
    }

    private static GameState passTime(GameState s, long seconds, List<Event> events) {
        Outcome o = CloudSim.advance(s.cloud(), seconds);
        o.changes().forEach(c -> events.add(new Event.CloudChange(c)));
        return s.withCloud(o.cloud());
    }

    /**
     * Fires each {@code @check} whose condition holds now but did not in {@code before} (the state before the
     * command: its flags and its cloud), then moves on by the first {@code @goal} that holds. After a command that
     * failed, a goal that already held before it is passed over: the refusal did not earn it.
     */
    private GameState afterCloudChange(GameState before, GameState s, List<Event> events, boolean failed) {
        if (s.ended()) {
            return s;
        }
        Scene scene = scenes.scene(s);
        Lookup was = Lookup.of(before);
        Lookup now = Lookup.of(s);
        for (Goal g : scene.goals()) {
            if (g.isCheck() && Conditions.holds(g.condition(), s, now) && !Conditions.holds(g.condition(), before, was)) {
                events.add(Event.info(Conditions.fill(g.feedback(), s)));
                s = Effects.apply(s, g.effects(), events);
            }
        }
        for (Goal g : scene.goals()) {
            if (!g.isCheck() && Conditions.holds(g.condition(), s, now)
                    && !(failed && Conditions.holds(g.condition(), before, was))) {
                if (!g.feedback().isEmpty()) {
                    events.add(Event.ok(Conditions.fill(g.feedback(), s)));
                }
                s = Effects.apply(s, g.effects(), events);
                return scenes.enter(CourseCards.practised(scene, s), g.target(), events);
            }
        }
        return s;
    }
}
