package computequest.app;

import computequest.laptop.Laptop;
import computequest.laptop.Shell;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Resource;
import computequest.sim.Vocabulary;
import computequest.story.Condition;
import computequest.story.Placeholders;
import computequest.story.SimVocabulary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The simulated cloud's vocabulary for the story checker, and ${...} placeholder lookups for authoring tools. */
final class SimVocab implements SimVocabulary {

    static final SimVocab INSTANCE = new SimVocab();

    private SimVocab() {
    }

    /** Made once: the checker asks for it at every condition of every scene. */
    private static final Map<String, Set<String>> KINDS = kindsOf();

    private static Map<String, Set<String>> kindsOf() {
        Map<String, Set<String>> all = new LinkedHashMap<>(CloudSim.schema());
        all.putAll(Laptop.SCHEMA);
        return java.util.Collections.unmodifiableMap(all);
    }

    @Override
    public Map<String, Set<String>> kinds() {
        return KINDS;
    }

    @Override
    public boolean knowsCommand(String service, String operation) {
        return CloudSim.knowsOperation(service, operation);
    }

    @Override
    public boolean isCloudCommand(String line) {
        return Shell.claims(line);
    }

    @Override
    public Map<String, Set<String>> values(String kind) {
        return Vocabulary.values().getOrDefault(kind, Map.of());
    }

    @Override
    public boolean realButNotSimulated(String service, String operation) {
        return Vocabulary.realButNotSimulated(service, operation);
    }

    /** Placeholder values from a cloud: the first matching resource's attribute, or null. */
    static Placeholders.Lookup lookup(Cloud cloud) {
        return sel -> {
            for (Resource r : CloudSim.resources(cloud)) {
                if (r.kind().equals(sel.condition().kind()) && sel.condition().matches(r::attr)) {
                    return r.attr(sel.attribute());
                }
            }
            return null;
        };
    }
}
