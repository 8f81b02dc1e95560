package computequest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bill: one line item per resource and kind of charge, in the order they first cost money. */
public record Ledger(Map<String, LineItem> items) {

    public static final Ledger EMPTY = new Ledger(Map.of());

    public Ledger {
        items = Copy.of(items);
    }

    /** Adds {@code usd} to the line keyed by resource and charge; zero charges change nothing. */
    public Ledger charge(String resourceId, String description, double usd) {
        if (usd == 0) {
            return this;
        }
        // One copy of each key: every bill tick makes a new version of the map, and the undo history keeps a
        // thousand of them (a course's copies of the same keys took 0.8 MB).
        String key = (resourceId + " " + description).intern();
        LineItem old = items.get(key);
        return new Ledger(Copy.put(items, key, old == null ? new LineItem(resourceId, description, usd) : old.plus(usd)));
    }

    public double total() {
        double sum = 0;
        for (LineItem i : items.values()) {
            sum += i.usd();
        }
        return sum;
    }

    public List<LineItem> lines() {
        return new ArrayList<>(items.values());
    }
}
