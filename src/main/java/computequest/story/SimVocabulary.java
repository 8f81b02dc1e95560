package computequest.story;

import java.util.Map;
import java.util.Set;

/**
 * What the simulated cloud understands, as the checker needs it. The story layer knows nothing of the simulator:
 * the app passes an adapter over its schema and command table.
 */
public interface SimVocabulary {

    /** Resource kinds and the attribute names each has, e.g. instance: id, state, type... */
    Map<String, Set<String>> kinds();

    /** Whether {@code aws SERVICE OPERATION} is simulated. */
    boolean knowsCommand(String service, String operation);

    /** Whether a line is a command for the simulated cloud at all (aws, ssh, docker, kubectl, curl...). */
    boolean isCloudCommand(String line);

    /** The values each attribute of a kind can take, for attributes with a fixed set (states, types, booleans). */
    default Map<String, Set<String>> values(String kind) {
        return Map.of();
    }

    /** Whether {@code aws SERVICE OPERATION} is a real AWS command that the simulator knows of but does not run. */
    default boolean realButNotSimulated(String service, String operation) {
        return false;
    }

    /** A vocabulary that accepts everything: for checking structure only. */
    SimVocabulary ANYTHING = new SimVocabulary() {
        @Override
        public Map<String, Set<String>> kinds() {
            return Map.of();
        }

        @Override
        public boolean knowsCommand(String service, String operation) {
            return true;
        }

        @Override
        public boolean isCloudCommand(String line) {
            return true;
        }
    };
}
