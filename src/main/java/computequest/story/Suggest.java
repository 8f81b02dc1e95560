package computequest.story;

import java.util.Collection;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * "Did you mean": the closest known word to a typo, by edit distance with adjacent transpositions counted as one
 * edit. The one implementation for players (the simulator's error messages, the engine) and authors (the checker).
 *
 * <p>The static methods sort their candidates, so a tie always picks the same word whatever the collection's order.
 * An instance has a budget of comparisons, so checking a huge story with many typos stays linear: once the budget is
 * spent, no more suggestions.
 */
public final class Suggest {

    /** Comparisons one checker run may spend on suggestions (a fraction of a second at worst). */
    static final long DEFAULT_BUDGET = 1_000_000;

    private long budget;

    Suggest() {
        this(DEFAULT_BUDGET);
    }

    Suggest(long budget) {
        this.budget = budget;
    }

    /** The known word closest to a typo, if it is close enough to be a likely typo; else one it begins. */
    public static Optional<String> closest(String typed, Collection<String> unordered) {
        SortedSet<String> known = new TreeSet<>(unordered);
        Optional<String> best = closest(typed, known, Math.max(2, typed.length() / 3));
        if (best.isPresent() || typed.length() < 4) {
            return best;
        }
        return known.stream().filter(k -> k.startsWith(typed)).findFirst();
    }

    /** The known word closest to {@code typed} within {@code maxDistance} edits; ties go to the first alphabetically. */
    public static Optional<String> closest(String typed, Collection<String> unordered, int maxDistance) {
        String best = null;
        int bestDistance = maxDistance + 1;
        for (String k : new TreeSet<>(unordered)) {
            int d = bounded(typed, k, bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " Did you mean X?" for an error message, or empty. */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> " Did you mean " + s + "?").orElse("");
    }

    /** Edit distance with adjacent transpositions counted as one edit. */
    public static int distance(String a, String b) {
        return bounded(a, b, Math.max(a.length(), b.length()));
    }

    /** The candidate closest to {@code word}, if one is close enough to be a likely typo (for the checker). */
    Optional<String> nearest(String word, Collection<String> candidates) {
        int limit = word.length() <= 4 ? 1 : Math.max(2, word.length() / 3);
        String best = null;
        int bestD = limit + 1;
        for (String c : candidates) {
            if (budget <= 0) {
                break;
            }
            budget--;
            if (Math.abs(c.length() - word.length()) >= bestD || c.equals(word)) {
                continue;
            }
            int d = bounded(word, c, bestD - 1);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The hint text: "did you mean 'x'?" or {@code otherwise}. */
    String hint(String word, Collection<String> candidates, String otherwise) {
        return nearest(word, candidates).map(s -> "did you mean '" + s + "'?").orElse(otherwise);
    }

    /** Edit distance (transpositions count one), or {@code max + 1} as soon as it must exceed {@code max}. */
    static int bounded(String a, String b, int max) {
        if (max < 0) {
            return max + 1;
        }
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }
}
