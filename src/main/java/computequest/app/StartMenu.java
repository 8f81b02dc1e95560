package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.save.SaveFile;
import computequest.save.SaveStore;
import computequest.save.SavesTable;
import computequest.ui.Frontend;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * With saves present and a person at the keyboard, the first question: continue the newest save, start a new game
 * (which keeps every save), or load another. Asked through the frontend, so it reads the same in both modes.
 */
final class StartMenu {

    /** Saves offered by number; the rest are loaded by name. */
    static final int SHOWN = 6;

    private StartMenu() {
    }

    /** Whether there is a save to offer. */
    static boolean applies(SaveStore store) {
        return store.latest().isPresent();
    }

    /** The words that leave the menu (and the game) without starting anything, as in the game itself. */
    static final java.util.Set<String> QUIT = java.util.Set.of("quit", "exit", "q");

    /** The same, on a listing already read. */
    static boolean applies(List<SaveStore.Entry> saves) {
        return saves.stream().anyMatch(SaveStore.Entry::ok);
    }

    /**
     * Asks until the answer names a way to start.
     *
     * @return how the game begins, or empty when input ended before an answer
     */
    static Optional<Resumption> ask(Frontend ui, Engine engine, SaveStore store, Clock clock, Step fresh)
            throws IOException {
        return ask(ui, engine, store, store.list(), clock, fresh);
    }

    /** The same, on a listing already read. */
    static Optional<Resumption> ask(Frontend ui, Engine engine, SaveStore store, List<SaveStore.Entry> listed,
                                    Clock clock, Step fresh) throws IOException {
        List<SaveStore.Entry> saves = listed.stream().filter(SaveStore.Entry::ok).limit(SHOWN).toList();
        View view = view(engine, fresh);
        ui.show(view, menu(saves, store, clock));
        while (true) {
            Optional<String> line = ui.read(view);
            if (line.isEmpty() || QUIT.contains(line.get().strip().toLowerCase(Locale.ROOT))) {
                ui.show(view, List.of(new Event.Farewell("Goodbye. Your saves are as you left them.")));
                return Optional.empty();
            }
            String word = line.get().strip().toLowerCase(Locale.ROOT);
            if (HELP.contains(word)) {
                ui.show(view, help(saves.size(), word.equals("hint")));
                continue;
            }
            if (word.equals("saves")) {
                ui.show(view, List.of(Event.info(SavesTable.render(store, store.list(), clock.getZone(),
                        SavesCommand.play(store.dir())))));
                continue;
            }
            Optional<String> load = choice(line.get(), saves);
            if (load == null) {
                ui.show(view, List.of(Event.wrong("Type a number from 1 to " + (saves.size() + 1)
                        + ", or 'continue', 'new', 'load NAME', 'saves', 'help' or 'quit'.")));
                continue;
            }
            Resumption r = load.isEmpty()
                    ? new Resumption(fresh, SaveSession.newGame(engine, store, clock, fresh.state()), null)
                    : Resumption.choose(engine, store, clock, false, load.get(), fresh);
            if (r.error() == null) {
                return Optional.of(r);
            }
            ui.show(view, List.of(Event.wrong("That did not work: " + r.error())));
        }
    }

    /** The words (and F1, F2) that explain the menu rather than answer it. */
    static final java.util.Set<String> HELP = java.util.Set.of("help", "hint", "?", "h");

    /** What help (F1) and hint (F2) say at the menu: what each answer does; the game's own help comes once it starts. */
    static List<Event> help(int saves, boolean hint) {
        List<Event> out = new ArrayList<>();
        if (hint) {
            out.add(Event.info("Hint: type 1 to carry on where you left off, or 2 to start again from the beginning"
                    + " (your saves are kept either way)."));
            return out;
        }
        out.add(Event.info("This menu picks how the game begins:"));
        out.add(Event.info("  1 or 'continue'  goes on with the newest save"));
        out.add(Event.info("  2 or 'new'       starts a new game; every save is kept"));
        if (saves > 1) {
            out.add(Event.info("  3" + (saves > 2 ? " to " + (saves + 1) : "") + "          loads the save with that number"));
        }
        out.add(Event.info("  load NAME        loads any save by name ('saves' lists them all)"));
        out.add(Event.info("  quit             leaves; your saves stay as they are"));
        out.add(Event.info("Once a game has begun, 'help' lists its commands and 'hint' helps with the scene."));
        return out;
    }

    /**
     * The menu's own view: no chapter or scene in the title bar (no game is chosen yet; the new game's first scene
     * there read as if a save had been lost) and no choices, so a number answers the menu.
     */
    static View view(Engine engine, Step fresh) {
        View start = View.of(engine, fresh.state());
        return new View("", start.sceneId(), TITLE, start.score(), start.clockSeconds(), start.ended(),
                start.resources(), start.bill(), start.billTotal(), List.of(), start.completions(), start.badges());
    }

    /** The title bar's text while the menu asks. */
    static final String TITLE = "Welcome back: continue, start a new game or load a save";

    /** What the menu shows for a listing (at least one sound save). */
    static List<Event> menu(List<SaveStore.Entry> listed, SaveStore store, Clock clock) {
        List<SaveStore.Entry> saves = listed.stream().filter(SaveStore.Entry::ok).limit(SHOWN).toList();
        List<Event> out = new ArrayList<>();
        store.sharedNote().ifPresent(note -> out.add(Event.info(note)));
        out.add(Event.info("Welcome back. You have saved games in " + store.dir() + ":"));
        out.add(Event.info("1. Continue '" + saves.get(0).name() + "' " + about(saves.get(0), clock)));
        out.add(Event.info("2. New game (your saves are kept)"));
        for (int i = 1; i < saves.size(); i++) {
            out.add(Event.info((i + 2) + ". Load '" + saves.get(i).name() + "' " + about(saves.get(i), clock)));
        }
        out.add(Event.info("Type a number, or 'load NAME' for any save ('saves' lists them all), 'help', or 'quit'."));
        return out;
    }

    private static String about(SaveStore.Entry e, Clock clock) {
        SaveFile.Summary s = e.header().summary();
        String where = s == null || s.chapter() == null ? "" : "chapter " + s.chapter() + ", ";
        return "(" + where + SavesTable.date(e.header().lastPlayed(), clock.getZone()) + ")";
    }

    /**
     * What an answer picks.
     *
     * @return the save to load, empty for a new game, or null when the answer picks nothing
     */
    static Optional<String> choice(String answer, List<SaveStore.Entry> saves) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        if (a.equals("1") || a.equals("continue") || a.equals("c")) {
            return Optional.of(saves.get(0).name());
        }
        if (a.equals("2") || a.equals("new") || a.equals("new game") || a.equals("n")) {
            return Optional.empty();
        }
        if (a.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(a);
            return n >= 3 && n <= saves.size() + 1 ? Optional.of(saves.get(n - 2).name()) : null;
        }
        if (a.startsWith("load ") && !answer.strip().substring(5).isBlank()) {
            return Optional.of(SaveStore.typed(answer.strip().substring(5)));
        }
        return null;
    }
}
