package computequest.sim.lightsail;

import computequest.sim.Copy;
import java.util.Map;

/**
 * Lightsail: virtual private servers with everything in one monthly price, and the static IPs that keep an address
 * across a stop and start.
 */
public record LightsailState(Map<String, Box> instances, Map<String, StaticIp> staticIps) {

    public static final LightsailState EMPTY = new LightsailState(Map.of(), Map.of());

    public LightsailState {
        instances = Copy.of(instances);
        staticIps = Copy.of(staticIps == null ? Map.of() : staticIps);
    }

    /**
     * One Lightsail instance. States: pending, running, stopping, stopped.
     *
     * @param staticIp the name of the static IP attached to it, or null when its public IP is a dynamic one
     */
    public record Box(String name, String blueprintId, String bundleId, String zone, String state, long stateSince,
                      String publicIp, long createdAt, String staticIp) {
        public Box(String name, String blueprintId, String bundleId, String zone, String state, long stateSince,
                   String publicIp, long createdAt) {
            this(name, blueprintId, bundleId, zone, state, stateSince, publicIp, createdAt, null);
        }

        Box withState(String s, long at) {
            return new Box(name, blueprintId, bundleId, zone, s, at, publicIp, createdAt, staticIp);
        }

        Box withAddress(String ip, String staticIpName) {
            return new Box(name, blueprintId, bundleId, zone, state, stateSince, ip, createdAt, staticIpName);
        }
    }

    /**
     * A static IP: allocated once, it keeps its address until released.
     *
     * @param attachedTo     the instance it is attached to, or null
     * @param unattachedSince when it was last left unattached (its allocation, or its detach); billed after an hour
     */
    public record StaticIp(String name, String ip, String zone, long createdAt, String attachedTo, long unattachedSince) {
    }

    LightsailState with(Box b) {
        return new LightsailState(Copy.put(instances, b.name(), b), staticIps);
    }

    LightsailState without(String name) {
        return new LightsailState(Copy.remove(instances, name), staticIps);
    }

    LightsailState with(StaticIp s) {
        return new LightsailState(instances, Copy.put(staticIps, s.name(), s));
    }

    LightsailState withoutStaticIp(String name) {
        return new LightsailState(instances, Copy.remove(staticIps, name));
    }
}
