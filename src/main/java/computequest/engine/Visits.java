package computequest.engine;

import java.util.AbstractList;
import java.util.List;
import org.pcollections.HashTreePSet;
import org.pcollections.MapPSet;
import org.pcollections.TreePVector;

/**
 * The scenes visited, in the order first visited: an unmodifiable list whose {@code contains} and {@code plus} take
 * logarithmic time and share structure with the list before, so a state's copy costs nothing however long the game.
 * (A dry run of a 100,000-scene story walks a chain that deep.)
 */
final class Visits extends AbstractList<String> {

    private static final Visits EMPTY = new Visits(TreePVector.empty(), HashTreePSet.empty());

    private final TreePVector<String> order;
    private final MapPSet<String> members;

    private Visits(TreePVector<String> order, MapPSet<String> members) {
        this.order = order;
        this.members = members;
    }

    /** {@code list} as visits (the same object when it already is one); a repeated id is kept once. */
    static Visits of(List<String> list) {
        if (list instanceof Visits v) {
            return v;
        }
        Visits out = EMPTY;
        for (String id : list) {
            out = out.plus(id);
        }
        return out;
    }

    /** These visits and {@code id} after them, unless it was visited already. */
    Visits plus(String id) {
        return members.contains(id) ? this : new Visits(order.plus(id), members.plus(id));
    }

    @Override
    public boolean contains(Object o) {
        return members.contains(o);
    }

    @Override
    public String get(int index) {
        return order.get(index);
    }

    @Override
    public int size() {
        return order.size();
    }
}
