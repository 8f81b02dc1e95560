package computequest.story;

/**
 * Shares equal strings while a story is read: ids, targets, feedback and condition words recur scene after scene, and
 * one copy of each keeps a huge story's graph small. A fixed table indexed by hash, where a newcomer takes the slot:
 * unlike {@link String#intern()} (a call into the VM, about 100 ns) it costs a short hash and an equals, never
 * grows, and lines that occur once pass through without piling up. Sharing is only a saving: nothing compares by
 * identity.
 */
final class StringPool {
    private final String[] slots = new String[1 << 14];

    /** The pooled copy of {@code s} when there is one, else {@code s}, pooled from now on. */
    String share(String s) {
        return share(s, 0, s.length());
    }

    /**
     * The pooled copy of {@code s.substring(from, to)} when there is one, found without making the substring; else
     * the substring, pooled from now on.
     */
    String share(String s, int from, int to) {
        // A hash of the length, eight characters spread over the start and the last eight, where lines that differ
        // mostly differ ("step 11", "step 12"): String.hashCode reads every character of every line (a quarter of
        // the time to read a huge story), and a rare collision only costs a comparison and a copy not shared.
        int n = to - from;
        int h = n;
        for (int k = 0, step = Math.max(1, n >> 3); k < n - 8; k += step) {
            h = 31 * h + s.charAt(from + k);
        }
        for (int k = Math.max(0, n - 8); k < n; k++) {
            h = 31 * h + s.charAt(from + k);
        }
        int i = (h ^ h >>> 16) & (slots.length - 1);
        String known = slots[i];
        if (known != null && known.length() == n && (n == 0 || known.charAt(n - 1) == s.charAt(to - 1))
                && s.regionMatches(from, known, 0, n)) {
            return known;
        }
        String fresh = from == 0 && to == s.length() ? s : s.substring(from, to);
        slots[i] = fresh;
        return fresh;
    }

    /**
     * {@code s.substring(from).strip()}, shared, made with one copy at most: leading and trailing whitespace as
     * {@link String#strip()} counts it.
     */
    String stripped(String s, int from) {
        int end = s.length();
        int start = Scan.skipWhitespace(s, from);
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return share(s, start, end);
    }
}
