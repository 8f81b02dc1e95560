package computequest.engine;

import computequest.laptop.Out;
import computequest.laptop.Ran;
import computequest.laptop.Shell;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import computequest.story.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pcollections.OrderedPMap;

/** Applies a story's effects (score, flags, badges, setup commands, waits) to the game state. */
final class Effects {

    private Effects() {
    }

    /** Applies the effects in order; every change of score and every new badge is told in {@code events}. */
    static GameState apply(GameState s, List<Effect> effects, List<Event> events) {
        for (Effect e : effects) {
            if (e instanceof Effect.Score sc) {
                s = s.withScore(s.score() + sc.delta());
                if (sc.delta() != 0) {
                    events.add(new Event.ScoreChange(sc.delta(), s.score()));
                }
            } else if (e instanceof Effect.SetFlag f) {
                s = withFlag(s, f.name(), f.value());
            } else if (e instanceof Effect.ClearFlag f) {
                s = withFlag(s, f.name(), null);
            } else if (e instanceof Effect.Badge b) {
                if (!s.badges().contains(b.name())) {
                    List<String> badges = new ArrayList<>(s.badges());
                    badges.add(b.name());
                    s = s.withBadges(badges);
                    events.add(new Event.BadgeEarned(b.name()));
                }
            } else if (e instanceof Effect.Run r) {
                Ran o = Shell.runEffect(s.laptop(), s.cloud(), r.command());
                if (!o.ok()) {
                    events.add(Event.wrong("(story setup at " + r.position() + " failed: " + String.join("\n",
                            o.out().stream().filter(x -> x.kind() == Out.Kind.ERROR).map(Out::text).toList()) + ")"));
                }
                s = s.withCloud(o.cloud()).withLaptop(o.laptop());
            } else if (e instanceof Effect.Wait w) {
                s = s.withCloud(CloudSim.advance(s.cloud(), w.seconds()).cloud());
            }
        }
        return s;
    }

    /** The state with a flag set to {@code value}, or cleared when it is null. */
    static GameState withFlag(GameState s, String name, String value) {
        OrderedPMap<String, String> flags = GameState.flags(s.flags());
        return s.withFlags(value == null ? flags.minus(name) : flags.plus(name, value));
    }
}
