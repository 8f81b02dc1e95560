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

    /**
     * What Enter on a line submits, the same in both renderers: a blank line with exactly one choice on offer picks it
     * (the footer's "Enter choose"); anything else goes as typed.
     */
    public static String entered(String typed, List<String> choices) {
        return typed.isBlank() && choices.size() == 1 ? "1" : typed;
    }

    /** The input line as the player's own words: a number that picks a choice reads as that choice's line. */
    public static String echo(String typed, List<String> choices) {
        OptionalInt n = ChoiceText.number(typed, choices.size());
        return n.isPresent() ? line(n.getAsInt(), choices.get(n.getAsInt())) : typed;
    }
}
