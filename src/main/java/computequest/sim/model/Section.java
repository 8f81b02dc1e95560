package computequest.sim.model;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * One sorted section of the models (a service's operations or shapes, the index's services) as genmodels.py splits
 * it: part files {@code PREFIX-N.json} of consecutive entries, one {@code "key":value} a line, and the first key of
 * each part. An entry is found by a binary search over the first keys and then over one part's lines, so a command
 * reads the parts holding what it touches; each part is read once, on first use. Safe to share between threads.
 */
final class Section {

    private final String prefix;
    private final String[] firstKeys;
    /** The parts read so far; a slot is written once, under this section's lock (Lines is immutable). */
    private final Lines[] parts;

    /** @param prefix the parts' path in the model folder less {@code -N.json}, such as {@code ec2/shapes} */
    Section(String prefix, List<String> firstKeys) {
        this.prefix = prefix;
        this.firstKeys = firstKeys.toArray(new String[0]);
        for (int i = 1; i < this.firstKeys.length; i++) {
            if (this.firstKeys[i - 1].compareTo(this.firstKeys[i]) >= 0) {
                throw new IllegalStateException("the parts of " + prefix + " are out of order at " + this.firstKeys[i]
                        + " (run src/tools/genmodels.py)");
            }
        }
        this.parts = new Lines[this.firstKeys.length];
    }

    /** A cursor at the value of {@code key}, or null if the section has no such entry. */
    ModelJson find(String key) {
        int lo = 0;
        int hi = firstKeys.length - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (firstKeys[mid].compareTo(key) <= 0) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at < 0 ? null : part(at).find(key);
    }

    /** Every entry in order (reads every part). */
    void forEach(BiConsumer<String, ModelJson> action) {
        for (int i = 0; i < firstKeys.length; i++) {
            part(i).forEach(action);
        }
    }

    /** How many parts have been read so far (for tests of what a command reads). */
    synchronized int partsRead() {
        int n = 0;
        for (Lines l : parts) {
            n += l == null ? 0 : 1;
        }
        return n;
    }

    int partCount() {
        return firstKeys.length;
    }

    private Lines part(int i) {
        Lines l = parts[i];
        return l != null ? l : read(i);
    }

    private synchronized Lines read(int i) {
        if (parts[i] == null) {
            // A builder, not +: a concatenation of this shape would be linked on first use, a cost start-up feels.
            String file = new StringBuilder(prefix).append('-').append(i).append(".json").toString();
            byte[] b = ModelFiles.read(file);
            int from = 0;
            while (from < b.length && b[from++] != '\n') {
                // past the opening brace's line
            }
            int to = b.length - 1;
            while (to > from && b[to - 1] != '\n') {
                to--;
            }
            parts[i] = new Lines(file, b, from, to);
        }
        return parts[i];
    }
}
