package computequest.story;

/**
 * Shares equal strings while a story is read: ids, targets, feedback and condition words recur scene after scene, and
 * one copy of each keeps a huge story's graph small. A fixed table indexed by hash, where a newcomer takes the slot:
 * unlike {@link String#intern()} (a call into the VM, about 100 ns) it costs a hash and an equals, never grows, and
 * lines that occur once pass through without piling up. Sharing is only a saving: nothing compares by identity.
 */
final class StringPool {
    private final String[] slots = new String[1 << 14];

    /** The pooled copy of {@code s} when there is one, else {@code s}, pooled from now on. */
    String share(String s) {
        int h = s.hashCode();
        int i = (h ^ h >>> 16) & (slots.length - 1);
        String known = slots[i];
        if (known != null && known.equals(s)) {
            return known;
        }
        slots[i] = s;
        return s;
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
        return share(start == 0 && end == s.length() ? s : s.substring(start, end));
    }
}
