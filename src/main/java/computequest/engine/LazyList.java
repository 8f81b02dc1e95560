package computequest.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An unmodifiable list worked out on first use. The completion words need the simulator's whole command table
 * (more than a hundred handler lambdas, each spun into a class on first use), which only the first Tab asks for,
 * so the first screen does not wait for it; and the whole account's resources are listed only by a renderer that
 * draws them (the full screen's dashboard), never by line mode, whatever the account holds.
 */
final class LazyList<T> extends AbstractList<T> {

    private final Supplier<List<T>> source;
    private List<T> items;

    LazyList(Supplier<List<T>> source) {
        this.source = source;
    }

    private List<T> items() {
        List<T> w = items;
        if (w == null) {
            w = List.copyOf(source.get());
            items = w;
        }
        return w;
    }

    @Override
    public T get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }
}
