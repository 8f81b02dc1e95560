package computequest.save;

import computequest.sim.lightsail.LightsailState;
import java.util.Map;

/** Lightsail's part of a save: cloud.services.lightsail, its instances and its static IPs. */
record LightsailSave(Map<String, Box> instances, Map<String, StaticIp> staticIps) {

    static LightsailSave save(LightsailState x) {
        return x == null ? null : new LightsailSave(Saves.map(x.instances(), Box::save),
                Saves.map(x.staticIps(), StaticIp::save));
    }

    static LightsailState load(LightsailSave s) {
        return s == null ? null : new LightsailState(Saves.map(s.instances, Box::load),
                s.staticIps == null ? Map.of() : Saves.map(s.staticIps, StaticIp::load));
    }

    /** The saved form of {@link computequest.sim.lightsail.LightsailState.Box}. */
    record Box(String name, String blueprintId, String bundleId, String zone, String state, long stateSince,
               String publicIp, long createdAt, String staticIp) {

        static Box save(LightsailState.Box x) {
            return x == null ? null : new Box(x.name(), x.blueprintId(), x.bundleId(), x.zone(), x.state(),
                    x.stateSince(), x.publicIp(), x.createdAt(), x.staticIp());
        }

        static LightsailState.Box load(Box s) {
            return s == null ? null : new LightsailState.Box(s.name, s.blueprintId, s.bundleId, s.zone, s.state,
                    s.stateSince, s.publicIp, s.createdAt, s.staticIp);
        }
    }

    /** The saved form of {@link computequest.sim.lightsail.LightsailState.StaticIp}. */
    record StaticIp(String name, String ip, String zone, long createdAt, String attachedTo, long unattachedSince) {

        static StaticIp save(LightsailState.StaticIp x) {
            return x == null ? null : new StaticIp(x.name(), x.ip(), x.zone(), x.createdAt(), x.attachedTo(),
                    x.unattachedSince());
        }

        static LightsailState.StaticIp load(StaticIp s) {
            return s == null ? null : new LightsailState.StaticIp(s.name, s.ip, s.zone, s.createdAt, s.attachedTo,
                    s.unattachedSince);
        }
    }
}
