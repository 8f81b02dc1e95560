package computequest.sim.lightsail;

import computequest.sim.Copy;
import java.util.Map;

/** Lightsail: virtual private servers with everything in one monthly price. */
public record LightsailState(Map<String, Box> instances) {

    public static final LightsailState EMPTY = new LightsailState(Map.of());

    public LightsailState {
        instances = Copy.of(instances);
    }

    /** One Lightsail instance. States: pending, running, stopping, stopped. */
    public record Box(String name, String blueprintId, String bundleId, String zone, String state, long stateSince,
                      String publicIp, long createdAt) {
        Box withState(String s, long at) {
            return new Box(name, blueprintId, bundleId, zone, s, at, publicIp, createdAt);
        }
    }

    LightsailState with(Box b) {
        return new LightsailState(Copy.put(instances, b.name(), b));
    }

    LightsailState without(String name) {
        return new LightsailState(Copy.remove(instances, name));
    }
}
