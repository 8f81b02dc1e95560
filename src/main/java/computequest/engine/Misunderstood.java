package computequest.engine;

import computequest.sim.CloudSim;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The answer to input the game does not understand: what it may have meant, and what to do instead. */
final class Misunderstood {

    private Misunderstood() {
    }

    /** @param choices how many choices are on offer */
    static String reply(String line, int choices) {
        String word = line.split("\\s+")[0].toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(Engine.GLOBAL_COMMANDS);
        known.addAll(CloudSim.commandWords());
        String suggestion = Suggest.closest(word, known, word.length() <= 4 ? 1 : 2).orElse("");
        StringBuilder b = new StringBuilder("'" + line + "' is not something the game understands here.");
        if (!suggestion.isEmpty()) {
            b.append(" Did you mean '").append(suggestion).append("'?");
        }
        b.append(choices == 1 ? " To pick the choice, type 1; or type 'help'."
                : choices > 1 ? " Pick a choice by number (1-" + choices + "), or type 'help'."
                : " Type 'help' for commands, or 'hint' if you are stuck.");
        return b.toString();
    }
}
