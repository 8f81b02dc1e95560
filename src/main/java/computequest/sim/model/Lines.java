package computequest.sim.model;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * A run of {@code "key":value} lines, sorted by key, inside the bytes of a part file of the models as
 * {@code src/tools/genmodels.py} writes it (ASCII; a line may end with a comma; keys hold no quote or backslash).
 * One entry is found by binary search over the bytes, reading only the lines it lands on, so a command parses the
 * operations and shapes it touches rather than the whole part. Immutable, so safe to share between threads.
 */
final class Lines {

    /** The file, for messages. */
    private final String name;
    private final byte[] bytes;
    private final int from;
    private final int to;

    /** The lines in {@code [from, to)} of the file {@code name}: from a line's start to just after a newline. */
    Lines(String name, byte[] bytes, int from, int to) {
        if (from < 0 || to > bytes.length || from > to || (to > from && bytes[to - 1] != '\n')
                || (from > 0 && bytes[from - 1] != '\n')) {
            throw new IllegalArgumentException("not a run of whole lines: [" + from + ", " + to + ") of the "
                    + bytes.length + " bytes of " + name);
        }
        this.name = name;
        this.bytes = bytes;
        this.from = from;
        this.to = to;
    }

    /** A cursor at the value of {@code key}, or null if no line has that key. */
    ModelJson find(String key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int start = (lo + hi) >>> 1;
            while (start > lo && bytes[start - 1] != '\n') {
                start--;
            }
            int end = endOf(start);
            int c = compare(key, start);
            if (c == 0) {
                return value(start);
            }
            if (c < 0) {
                hi = start;
            } else {
                lo = end + 1;
            }
        }
        return null;
    }

    /** Every entry in the file's order (sorted by key): its key and a cursor at its value. */
    void forEach(BiConsumer<String, ModelJson> action) {
        for (int start = from; start < to; ) {
            int end = endOf(start);
            int close = keyEnd(start);
            action.accept(text(start + 1, close), value(start));
            start = end + 1;
        }
    }

    /** Where the line starting at {@code start} ends: the index of its newline. */
    private int endOf(int start) {
        int end = start;
        while (bytes[end] != '\n') {
            end++;
        }
        return end;
    }

    /** The index of the quote closing the key of the line at {@code start}. */
    private int keyEnd(int start) {
        if (bytes[start] != '"') {
            throw new IllegalStateException("a model line does not start with a quoted key at byte " + start
                    + " of " + name);
        }
        int i = start + 1;
        while (bytes[i] != '"') {
            i++;
        }
        return i;
    }

    /** {@code key} against the key of the line at {@code start}, in code point order (the generator's sort). */
    private int compare(String key, int start) {
        int close = keyEnd(start);
        int n = close - start - 1;
        for (int i = 0; i < Math.min(n, key.length()); i++) {
            int d = key.charAt(i) - (bytes[start + 1 + i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return key.length() - n;
    }

    private ModelJson value(int start) {
        int v = keyEnd(start) + 1;
        if (bytes[v] != ':') {
            throw new IllegalStateException("no ':' after the key of a model line at byte " + start + " of "
                    + name);
        }
        return new ModelJson(name, bytes, v + 1);
    }

    private String text(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
