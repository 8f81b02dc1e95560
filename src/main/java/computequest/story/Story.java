package computequest.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A loaded story: scenes by id, in file order, and where play begins. */
public record Story(String id, String title, String start, Map<String, Scene> scenes, String contentHash) {
    public Story {
        scenes = Collections.unmodifiableMap(new LinkedHashMap<>(scenes));
    }

    public Optional<Scene> scene(String sceneId) {
        return Optional.ofNullable(scenes.get(sceneId));
    }
}
