package computequest.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded story: scenes by id, in file order, and where play begins.
 *
 * @param glossary   terms and their definitions, from {@code @glossary Term: definition} lines, in file order
 * @param contentHash a short hash of every file's name and text, to tell whether a save predates an edit
 */
public record Story(String id, String title, String start, Map<String, Scene> scenes, Map<String, String> glossary,
                    String contentHash) {
    public Story {
        scenes = Collections.unmodifiableMap(new LinkedHashMap<>(scenes));
        glossary = Collections.unmodifiableMap(new LinkedHashMap<>(glossary));
    }

    public Optional<Scene> scene(String sceneId) {
        return Optional.ofNullable(scenes.get(sceneId));
    }
}
