package computequest.save;

import computequest.sim.lightsail.LightsailState;
import java.util.Map;

/** Lightsail's part of a save: cloud.services.lightsail. */
record LightsailSave(Map<String, Box> instances) {

    static LightsailSave save(LightsailState x) {
        return x == null ? null : new LightsailSave(Saves.map(x.instances(), Box::save));
    }

    static LightsailState load(LightsailSave s) {
        return s == null ? null : new LightsailState(Saves.map(s.instances, Box::load));
    }

    /** The saved form of {@link computequest.sim.lightsail.LightsailState.Box}. */
    record Box(String name, String blueprintId, String bundleId, String zone, String state, long stateSince,
               String publicIp, long createdAt) {

        static Box save(LightsailState.Box x) {
            return x == null ? null : new Box(x.name(), x.blueprintId(), x.bundleId(), x.zone(), x.state(),
                    x.stateSince(), x.publicIp(), x.createdAt());
        }

        static LightsailState.Box load(Box s) {
            return s == null ? null : new LightsailState.Box(s.name, s.blueprintId, s.bundleId, s.zone, s.state,
                    s.stateSince, s.publicIp, s.createdAt);
        }
    }

}
