package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.save.SaveStore;
import computequest.ui.Frontend;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * At the end of a game, in line mode or full screen, the first screens of the two starts most likely next, kept for ./play's
 * first-screen snapshot (README, Performance): {@code ./play --continue ...} and {@code ./play ...} without it, with
 * the other options as given. Both are drawn now, on this terminal, as those starts would draw them from the saves
 * folder as this game leaves it; ./play shows one only when its key (saves included) still matches then. An
 * optimisation only: any failure here keeps nothing.
 */
final class NextStarts {

    private NextStarts() {
    }

    static void keep(ScreenSnapshot snapshot, Frontend ui, Engine engine, SaveStore store, List<String> args,
                     long seed, boolean interactive) {
        try {
            Clock clock = new LocalClock();
            Step fresh = engine.start(seed);
            List<String> rest = withoutResume(args);
            // --continue as given, or first (as the farewell spells it), with the other options in their order
            List<String> resume = new ArrayList<>(args.contains("--continue") ? List.of() : List.of("--continue"));
            resume.addAll(args.contains("--continue") ? withoutLoad(args) : rest);
            Resumption r = Resumption.choose(engine, store, clock, true, null, fresh);
            if (r.error() == null) {
                Step first = ReviewCommand.startSession(engine, r.first(), false);
                keep(snapshot, ui, resume, store, View.of(engine, first.state()), first.events());
            }
            List<SaveStore.Entry> listed = store.list();
            if (interactive && StartMenu.applies(listed)) {
                keep(snapshot, ui, rest, store, StartMenu.view(engine, fresh), StartMenu.menu(listed, store, clock));
                return;
            }
            Resumption n = Resumption.choose(engine, store, SaveScan.NONE, clock, false, null, fresh);
            if (n.error() == null) {
                Step first = ReviewCommand.startSession(engine, n.first(), false);
                keep(snapshot, ui, rest, store, View.of(engine, first.state()), first.events());
            }
        } catch (IOException | RuntimeException e) {
            // nothing kept: the next start draws its screen itself
        }
    }

    private static void keep(ScreenSnapshot snapshot, Frontend ui, List<String> args, SaveStore store, View view,
                             List<Event> events) throws IOException {
        byte[] screen = ui.firstScreenOf(view, events);
        if (screen != null) {
            snapshot.keepFor(args, store.dir(), ui.terminalSize(), screen);
        }
    }

    /** The options without --continue and --load NAME (or --load=NAME). */
    static List<String> withoutResume(List<String> args) {
        List<String> out = withoutLoad(args);
        out.remove("--continue");
        return out;
    }

    /** The options without --load NAME (or --load=NAME). */
    static List<String> withoutLoad(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--load")) {
                i++;
            } else if (!a.startsWith("--load=")) {
                out.add(a);
            }
        }
        return out;
    }
}
