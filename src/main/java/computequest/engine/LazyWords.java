package computequest.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An unmodifiable list worked out on first use. The completion words need the simulator's whole command table
 * (more than a hundred handler lambdas, each spun into a class on first use), which only the first Tab asks for,
 * so the first screen does not wait for it.
 */
final class LazyWords extends AbstractList<String> {

    private final Supplier<List<String>> source;
    private List<String> words;

    LazyWords(Supplier<List<String>> source) {
        this.source = source;
    }

    private List<String> words() {
        List<String> w = words;
        if (w == null) {
            w = List.copyOf(source.get());
            words = w;
        }
        return w;
    }

    @Override
    public String get(int index) {
        return words().get(index);
    }

    @Override
    public int size() {
        return words().size();
    }
}
