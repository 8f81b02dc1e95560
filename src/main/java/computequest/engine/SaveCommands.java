package computequest.engine;

import java.util.List;

/**
 * The in-game commands {@code save [NAME]}, {@code load NAME}, {@code saves} and {@code undo}. The engine does no
 * I/O, so it only checks their shape and turns them into requests (events) that the app carries out.
 */
final class SaveCommands {

    static final List<String> WORDS = List.of("save", "load", "saves", "undo");

    static final String HELP = """
              save [NAME]     save your game (again under the same name without NAME)
              load NAME       go back to a save; 'saves' lists them
              undo            take back your last command that changed something
            """;

    private SaveCommands() {
    }

    /** Adds the request for {@code line} (whose first word is one of {@link #WORDS}), or an explanation. */
    static List<Event> request(String line, List<Event> events) {
        String[] words = line.strip().split("\\s+");
        String verb = words[0].toLowerCase(java.util.Locale.ROOT);
        String arg = words.length > 1 ? words[1] : "";
        if (words.length > 2) {
            events.add(new Event(Event.Kind.WRONG, "'" + verb + "' takes at most one name, without spaces,"
                    + " e.g. '" + verb + " before-ecs'."));
            return events;
        }
        switch (verb) {
            case "save" -> events.add(new Event(Event.Kind.SAVE, arg));
            case "load" -> {
                if (arg.isEmpty()) {
                    events.add(new Event(Event.Kind.WRONG, "load needs the name of a save, e.g. 'load autosave'."
                            + " Type 'saves' to list them."));
                } else {
                    events.add(new Event(Event.Kind.LOAD, arg));
                }
            }
            case "saves" -> events.add(new Event(Event.Kind.LIST_SAVES, ""));
            default -> {
                if (!arg.isEmpty()) {
                    events.add(new Event(Event.Kind.WRONG, "undo takes nothing after it: it takes back your last"
                            + " command that changed something."));
                } else {
                    events.add(new Event(Event.Kind.UNDO, ""));
                }
            }
        }
        return events;
    }
}
