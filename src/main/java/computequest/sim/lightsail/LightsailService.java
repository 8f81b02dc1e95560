package computequest.sim.lightsail;

import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lightsail: instances from a blueprint and a bundle, billed by the month; they boot and stop by themselves. */
public final class LightsailService implements Service {

    @Override
    public String name() {
        return "lightsail";
    }

    @Override
    public List<Operation> operations() {
        return LightsailOps.operations();
    }

    @Override
    public long nextDue(Cloud cloud) {
        return LightsailOps.nextDue(cloud);
    }

    @Override
    public Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        return LightsailOps.finishDue(cloud, now, changes);
    }

    @Override
    public Cloud accrue(Cloud cloud, long seconds) {
        return LightsailOps.accrue(cloud, seconds);
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        for (LightsailState.Box b : cloud.lightsail().instances().values()) {
            out.add(new Resource("lightsail-instance", b.name(), LightsailOps.attrs(b)));
        }
        for (LightsailState.StaticIp s : cloud.lightsail().staticIps().values()) {
            out.add(new Resource("static-ip", s.name(), computequest.sim.Copy.ordered("id", s.name(), "ip", s.ip(),
                    "attached-to", s.attachedTo() == null ? "" : s.attachedTo())));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema("lightsail-instance", "id,blueprint,bundle,state,public-ip,monthly-usd,static-ip",
                "static-ip", "id,ip,attached-to");
    }

    /** Blueprints and bundles from the game's Lightsail catalog. */
    @Override
    public Map<String, Map<String, Set<String>>> values() {
        Set<String> blueprints = new LinkedHashSet<>();
        LightsailOps.BLUEPRINTS.forEach(b -> blueprints.add(b.id()));
        Set<String> bundles = new LinkedHashSet<>();
        LightsailOps.BUNDLES.forEach(b -> bundles.add(b.id()));
        Map<String, Set<String>> box = new LinkedHashMap<>();
        box.put("blueprint", blueprints);
        box.put("bundle", bundles);
        return Map.of("lightsail-instance", box);
    }
}
