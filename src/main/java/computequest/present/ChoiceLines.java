package computequest.present;

import computequest.engine.ChoiceText;
import java.util.List;
import java.util.OptionalInt;

/** How choices are numbered on screen, in one place for every renderer. */
public final class ChoiceLines {

    private ChoiceLines() {
    }

    /** "2. text" for the choice at {@code index} (0-based). */
    public static String line(int index, String text) {
        return (index + 1) + ". " + text;
    }

    /** The input line as the player's own words: a number that picks a choice reads as that choice's line. */
    public static String echo(String typed, List<String> choices) {
        OptionalInt n = ChoiceText.number(typed, choices.size());
        return n.isPresent() ? line(n.getAsInt(), choices.get(n.getAsInt())) : typed;
    }
}
