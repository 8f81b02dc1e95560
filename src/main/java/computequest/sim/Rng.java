package computequest.sim;

/**
 * A pure, seeded random source (SplitMix64). The state lives in {@link Cloud}, so the
 * same seed and the same commands always give the same ids and addresses.
 */
public record Rng(long state) {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** The next 64-bit value and the source that follows it. */
    public Draw next() {
        long s = state + GOLDEN;
        long z = s;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Draw(z ^ (z >>> 31), new Rng(s));
    }

    public record Draw(long value, Rng rest) {
        public int below(int bound) {
            return (int) Math.floorMod(value, (long) bound);
        }

        public String hex(int digits) {
            String h = String.format("%016x", value) + String.format("%016x", Long.rotateLeft(value, 29) * 31);
            return h.substring(0, digits);
        }
    }
}
