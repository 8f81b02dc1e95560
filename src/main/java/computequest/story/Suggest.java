package computequest.story;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for authors: the closest known word within a small edit distance. Each instance has a budget of
 * comparisons, so checking a huge story with many typos stays linear: once the budget is spent, no more suggestions.
 */
final class Suggest {

    /** Comparisons one checker run may spend on suggestions (a fraction of a second at worst). */
    static final long DEFAULT_BUDGET = 1_000_000;

    private long budget;

    Suggest() {
        this(DEFAULT_BUDGET);
    }

    Suggest(long budget) {
        this.budget = budget;
    }

    /** The candidate closest to {@code word}, if one is close enough to be a likely typo. */
    Optional<String> closest(String word, Collection<String> candidates) {
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
        return closest(word, candidates).map(s -> "did you mean '" + s + "'?").orElse(otherwise);
    }

    /** Edit distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int bounded(String a, String b, int max) {
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
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }
}
