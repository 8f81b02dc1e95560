package computequest.engine;

import computequest.story.Choice;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Picks a choice by what the player typed: its whole text, or a part of it that fits only one choice, or failing those
 * a run of its words typed with at most one typo a word (one letter left out, added, changed or swapped), when that
 * fits only one choice.
 */
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
        if (!starts.isEmpty() || !contains.isEmpty()) {
            return contains.size() == 1 && starts.isEmpty() ? contains.get(0) : null;
        }
        // No part fits as typed: allow one typo a word ("virtul machine" names "A virtual machine")
        List<Choice> near = new ArrayList<>();
        String[] words = t.split("\\s+");
        for (Choice c : visible) {
            if (nearRun(words, c.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+"))) {
                near.add(c);
            }
        }
        return near.size() == 1 ? near.get(0) : null;
    }

    /** Whether {@code typed} is the choice's text or its beginning, as typed (no typo allowed), in any case. */
    static boolean fromTheStart(Choice c, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return !t.isEmpty() && c.text().toLowerCase(Locale.ROOT).startsWith(t);
    }

    /** Whether the typed words are a run of the choice's words, each the same or, from four letters, one edit off. */
    private static boolean nearRun(String[] typed, String[] words) {
        for (int start = 0; start + typed.length <= words.length; start++) {
            boolean all = true;
            for (int i = 0; i < typed.length && all; i++) {
                String w = words[start + i];
                all = w.equals(typed[i]) || typed[i].length() >= MIN_PART && w.length() >= MIN_PART
                        && Suggest.distance(typed[i], w) == 1;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
