package computequest.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A vocabulary that asks the one it wraps once per question: a check asks the same few things (the kinds, one kind's
 * values, one command) for every scene, and on a huge story the asking, through the app's adapter over the
 * simulator, was a good part of the check. The simulator's vocabulary does not change while a story is checked.
 */
final class RememberedVocabulary implements SimVocabulary {
    private final SimVocabulary asked;
    private Map<String, Set<String>> kinds;
    private final Map<String, Map<String, Set<String>>> values = new HashMap<>();
    private final Map<String, Map<String, Boolean>> commands = new HashMap<>();
    private final Map<String, Map<String, Boolean>> notSimulated = new HashMap<>();
    private final Map<String, Boolean> cloudCommands = new HashMap<>();

    RememberedVocabulary(SimVocabulary asked) {
        this.asked = asked;
    }

    @Override
    public Map<String, Set<String>> kinds() {
        if (kinds == null) {
            kinds = asked.kinds();
        }
        return kinds;
    }

    @Override
    public boolean knowsCommand(String service, String operation) {
        return commands.computeIfAbsent(service, s -> new HashMap<>())
                .computeIfAbsent(operation, o -> asked.knowsCommand(service, o));
    }

    @Override
    public boolean isCloudCommand(String line) {
        return cloudCommands.computeIfAbsent(line, asked::isCloudCommand);
    }

    @Override
    public Map<String, Set<String>> values(String kind) {
        return values.computeIfAbsent(kind, asked::values);
    }

    @Override
    public boolean realButNotSimulated(String service, String operation) {
        return notSimulated.computeIfAbsent(service, s -> new HashMap<>())
                .computeIfAbsent(operation, o -> asked.realButNotSimulated(service, o));
    }
}
