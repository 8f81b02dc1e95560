package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.save.SaveException;
import computequest.save.SaveFile;
import computequest.save.SaveStore;
import computequest.save.SavesTable;
import computequest.save.Snapshots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a game begins: new ({@code fresh}: the story's start, or a playtest's scene), or from a save
 * ({@code --continue}, {@code --load NAME}).
 */
record Resumption(Step first, SaveSession session, String error) {

    static Resumption choose(Engine engine, SaveStore store, Clock clock, boolean latest, String name, Step fresh) {
        return choose(engine, store, SaveScan.NONE, clock, latest, name, fresh);
    }

    /**
     * The game's first step once the day's review deck is set up (and, for {@code ./play review}, the review begun):
     * the state the session counts changes from, so leaving straight away writes nothing.
     */
    Step begin(Engine engine, boolean reviewNow) {
        Step begun = ReviewCommand.startSession(engine, first, reviewNow);
        session.begun(begun.state());
        return begun;
    }

    /** As above, with what {@code scan} read of the folder ahead of time used instead of reading it again. */
    static Resumption choose(Engine engine, SaveStore store, SaveScan scan, Clock clock, boolean latest, String name,
                             Step fresh) {
        if (latest && name != null) {
            return failed("--continue and --load NAME both choose a save: use one of them.");
        }
        if (name != null) {
            name = SaveStore.typed(name);
            try {
                SaveFile f = scan.load(store, name);
                return resumed(engine, store, clock, name, Snapshots.resumeDeferred(engine, f, store.file(name)),
                        List.of());
            } catch (SaveException e) {
                return failed("cannot load '" + name + "': " + e.getMessage());
            }
        }
        List<SaveStore.Entry> all = scan.list(store);
        if (latest) {
            List<Event> skipped = new ArrayList<>();
            for (SaveStore.Entry e : all) {
                if (!e.ok()) {
                    skipped.add(Event.wrong("Skipped " + e.file() + ", which cannot be loaded: it "
                            + e.problem()));
                }
            }
            for (SaveStore.Entry e : all.stream().filter(SaveStore.Entry::ok).toList()) {
                try {
                    return resumed(engine, store, clock, e.name(),
                            Snapshots.resumeDeferred(engine, scan.load(store, e.name()), e.file()), skipped);
                } catch (SaveException ex) {
                    skipped.add(Event.wrong("Skipped " + ex.file() + ": it " + ex.problem()));
                }
            }
            Step start = fresh;
            List<Event> events = new ArrayList<>(skipped);
            events.add(Event.info("There is no save to continue in " + store.dir()
                    + ", so a new game begins."));
            events.addAll(start.events());
            return new Resumption(new Step(start.state(), events), SaveSession.newGame(engine, store, clock,
                    start.state()), null);
        }
        Step start = fresh;
        // Only a save of this story is offered: a playtest of another story (--story) must not point at it.
        Optional<SaveStore.Entry> newest = all.stream().filter(SaveStore.Entry::ok)
                .filter(e -> engine.story().id().equals(e.header().storyId())).findFirst();
        if (newest.isEmpty()) {
            return new Resumption(start, SaveSession.newGame(engine, store, clock, start.state()), null);
        }
        List<Event> events = new ArrayList<>(start.events());
        events.add(Event.info("You have a saved game ('" + newest.get().name() + "', "
                + SavesTable.date(newest.get().header().lastPlayed(), clock.getZone()) + "): type 'load "
                + newest.get().name() + "' now to go back to it, or start with " + PlayName.command()
                + " --continue. This new game keeps it:"
                + " its first autosave puts the old one under a dated name."));
        return new Resumption(new Step(start.state(), events), SaveSession.newGame(engine, store, clock,
                start.state()), null);
    }

    private static Resumption resumed(Engine engine, SaveStore store, Clock clock, String name, Snapshots.Resumed r,
                                      List<Event> before) {
        Step step = SaveSession.resumeStep(engine, name, r, clock);
        List<Event> events = new ArrayList<>(before);
        events.addAll(step.events());
        return new Resumption(new Step(step.state(), events), SaveSession.resumed(engine, store, clock, name, r), null);
    }

    private static Resumption failed(String message) {
        return new Resumption(null, null, message);
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run
        }
    }
}
