package computequest.engine;

import computequest.story.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Picks a choice by what the player typed: its whole text, or a part of it that fits only one choice. */
public final class ChoiceText {

    /** Shorter input than this never matches a part of a choice, so "a" or "is" pick nothing by accident. */
    static final int MIN_PART = 4;

    private ChoiceText() {
    }

    /**
     * The one rule for "a number picks a choice": the index (0-based) of the choice a typed number names, or empty
     * when the text is not a number from 1 to {@code count}.
     */
    public static OptionalInt number(String typed, int count) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{1,4}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(t);
        return n >= 1 && n <= count ? OptionalInt.of(n - 1) : OptionalInt.empty();
    }

    /** @return the one choice the text names, or null when none does or several do */
    static Choice match(List<Choice> visible, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        for (Choice c : visible) {
            if (c.text().toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        if (t.length() < MIN_PART) {
            return null;
        }
        List<Choice> starts = new ArrayList<>();
        List<Choice> contains = new ArrayList<>();
        for (Choice c : visible) {
            String text = c.text().toLowerCase(Locale.ROOT);
            if (text.startsWith(t)) {
                starts.add(c);
            }
            if (text.contains(t)) {
                contains.add(c);
            }
        }
        if (starts.size() == 1) {
            return starts.get(0);
        }
        return starts.isEmpty() && contains.size() == 1 ? contains.get(0) : null;
    }
}
