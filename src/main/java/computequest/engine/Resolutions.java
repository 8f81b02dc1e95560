package computequest.engine;

import java.util.ArrayList;
import java.util.List;

/** What the engine makes of a {@link RequestResult}: the state to play on, and what to tell the player. */
final class Resolutions {

    private Resolutions() {
    }

    static Step resolve(Scenes scenes, GameState s, RequestResult result) {
        List<Event> events = new ArrayList<>();
        GameState next = s;
        if (result instanceof RequestResult.Saved r) {
            r.notes().forEach(n -> events.add(Event.info(n)));
            events.add(Event.ok("Saved as '" + r.name() + "' (" + r.file() + "). Load it with 'load " + r.name()
                    + "', or " + r.play() + " --load " + r.name() + "."));
        } else if (result instanceof RequestResult.Loaded r) {
            next = r.state().withTurn(s.turn());
            r.notes().forEach(n -> events.add(Event.info(n)));
            scenes.narrate(next, events);
        } else if (result instanceof RequestResult.Listed r) {
            events.add(new Event.Report(r.table()));
        } else if (result instanceof RequestResult.Undone r) {
            FirstAnswers.Kept kept = FirstAnswers.keep(r.before(), s);
            next = kept.state().withTurn(s.turn());
            events.add(Event.ok("Undone: '" + r.command() + "'. The game, the cloud and the bill are back as they"
                    + " were before it."));
            if (!r.lookedOnly().isEmpty()) {
                int n = r.lookedOnly().size();
                events.add(Event.info((n == 1 ? "The command after it, '" + r.lookedOnly().get(0) + "', only looked"
                        : "The " + n + " commands after it only looked") + ": undo passes over what changed nothing"
                        + " but the simulated clock, so its seconds are taken back too."));
            }
            if (kept.answers() > 0) {
                events.add(Event.info("Your first " + (kept.answers() == 1 ? "answer" : kept.answers() + " answers")
                        + " since then still " + (kept.answers() == 1 ? "counts" : "count") + " ("
                        + (kept.points() > 0 ? "+" : "") + kept.points() + " points): undo changes your plan, not"
                        + " your score."));
            }
            scenes.narrate(next, events);
        } else if (result instanceof RequestResult.NothingToUndo) {
            events.add(Event.info("Nothing to undo: no command has changed anything yet in this game."));
        } else if (result instanceof RequestResult.Reloaded r) {
            events.add(Event.ok("Reloaded " + r.scenes() + " scenes from " + r.dir() + ". Your cloud, score and flags"
                    + " are as they were." + (r.warnings() == 0 ? "" : " (" + r.warnings() + " warning"
                    + (r.warnings() == 1 ? "" : "s") + ": " + r.play() + " author check)")
                    + " Type 'look' to see the scene as it is now."));
        } else if (result instanceof RequestResult.Quitting r) {
            events.addAll(r.notes());
            events.add(new Event.Farewell("Goodbye. Your simulated cloud costs nothing real."));
        } else if (result instanceof RequestResult.Edited r) {
            events.add(Event.info("Closed " + r.file() + ". Type 'reload' to play the story as it is now."));
        } else if (result instanceof RequestResult.LaptopFileEdited r) {
            events.add(Event.info("Closed " + r.path() + " without saving; it is as it was."));
        } else if (result instanceof RequestResult.SessionStarted r) {
            return CourseCards.startSession(s, r.today());
        } else if (result instanceof RequestResult.Failed r) {
            events.add(Event.wrong(r.why()));
        } else {
            throw new IllegalArgumentException("no rule for the request result " + result);
        }
        return new Step(next, events);
    }
}
