package computequest.engine;

import java.util.List;
import java.util.Locale;

/**
 * The in-game commands {@code save [NAME]}, {@code load NAME}, {@code saves} and {@code undo}. The engine does no
 * I/O, so it only checks their shape and turns them into {@link Request}s that the app carries out.
 */
final class SaveCommands {

    static final List<String> WORDS = List.of("save", "load", "saves", "undo");

    private SaveCommands() {
    }

    /** The step for {@code line}, whose first word is one of {@link #WORDS}: a request, or why there is none. */
    static Step request(GameState s, String line) {
        String[] words = line.strip().split("\\s+");
        String verb = words[0].toLowerCase(Locale.ROOT);
        String arg = words.length > 1 ? words[1] : "";
        if (words.length > 2) {
            return refuse(s, "'" + verb + "' takes at most one name, without spaces, e.g. '" + verb + " before-ecs'.");
        }
        return switch (verb) {
            case "save" -> ask(s, new Request.Save(arg));
            case "load" -> arg.isEmpty()
                    ? refuse(s, "load needs the name of a save, e.g. 'load autosave'. Type 'saves' to list them.")
                    : ask(s, new Request.Load(arg));
            case "saves" -> ask(s, new Request.ListSaves());
            default -> arg.isEmpty() ? ask(s, new Request.Undo())
                    : refuse(s, "undo takes nothing after it: it takes back your last command that changed something.");
        };
    }

    static Step ask(GameState s, Request r) {
        return new Step(s, List.of(), List.of(r));
    }

    private static Step refuse(GameState s, String why) {
        return new Step(s, List.of(Event.wrong(why)));
    }
}
