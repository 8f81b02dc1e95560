package computequest.engine;

import computequest.story.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Picks a choice by what the player typed: its whole text, or a part of it that fits only one choice. */
final class ChoiceText {

    /** Shorter input than this never matches a part of a choice, so "a" or "is" pick nothing by accident. */
    static final int MIN_PART = 4;

    private ChoiceText() {
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
