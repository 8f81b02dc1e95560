package computequest.engine;

import computequest.laptop.Laptop;
import computequest.sim.CloudSim;
import computequest.sim.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What resource conditions read, one kind at a time and only when asked: the simulated cloud's resources of that kind
 * (only the service that owns it lists them), or the laptop's files. A step asks about the few kinds its scene
 * names, so its cost does not grow with everything else the account holds.
 */
final class Lookup {

    private final GameState state;
    private final List<Resource> given;
    private final Map<String, List<Resource>> byKind = new HashMap<>();

    private Lookup(GameState state, List<Resource> given) {
        this.state = state;
        this.given = given;
    }

    /** Resources of {@code s}, listed per kind on first use. */
    static Lookup of(GameState s) {
        return new Lookup(s, null);
    }

    /** A list already made (every kind), for callers that list the whole account anyway. */
    static Lookup of(List<Resource> all) {
        return new Lookup(null, all);
    }

    /** The resources of one kind, in the account's order. */
    List<Resource> kind(String kind) {
        return byKind.computeIfAbsent(kind, k -> {
            if (given != null) {
                return given.stream().filter(r -> r.kind().equals(k)).toList();
            }
            return Laptop.SCHEMA.containsKey(k) ? state.laptop().resources().stream()
                    .filter(r -> r.kind().equals(k)).toList() : CloudSim.resources(state.cloud(), k);
        });
    }
}
