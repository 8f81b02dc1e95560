package computequest.sim;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known word to a typo, for "did you mean" messages. */
public final class Suggest {

    private Suggest() {
    }

    /** The known word closest to a typo, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> unordered) {
        // Sorted, so that a tie always picks the same word whatever the collection's iteration order.
        java.util.SortedSet<String> known = new java.util.TreeSet<>(unordered);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(typed, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        if (bestDistance <= allowed) {
            return Optional.ofNullable(best);
        }
        if (typed.length() >= 4) {
            for (String k : known) {
                if (k.startsWith(typed)) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** The known word closest to {@code typed} within {@code maxDistance} edits; ties go to the first alphabetically. */
    public static Optional<String> closest(String typed, Collection<String> unordered, int maxDistance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : new java.util.TreeSet<>(unordered)) {
            int d = distance(typed, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= maxDistance ? Optional.ofNullable(best) : Optional.empty();
    }

    static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> " Did you mean " + s + "?").orElse("");
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
