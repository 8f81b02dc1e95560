package computequest.sim;

/** One resource's share of the bill so far: what it is, and its cost in US dollars. */
public record LineItem(String resourceId, String description, double usd) {
    public LineItem {
        if (usd < 0 || Double.isNaN(usd)) {
            throw new IllegalArgumentException("a line item cannot cost " + usd + " (" + resourceId + ")");
        }
    }

    /** The amount as the game shows money, e.g. "$0.0104". */
    public String usdText() {
        return Money.usd(usd);
    }

    LineItem plus(double more) {
        return new LineItem(resourceId, description, usd + more);
    }
}
