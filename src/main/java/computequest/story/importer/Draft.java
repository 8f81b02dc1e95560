package computequest.story.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft story made from one note: file names (relative to the draft folder) to their {@code .story} text.
 *
 * @param sceneIds  every scene id, in play order
 * @param quizzes   how many knowledge-check scenes were made
 * @param glossary  how many glossary entries were made
 * @param notes     things the author should know (an unclosed front matter, a table too small to quiz ...)
 */
public record Draft(String storyId, String title, Map<String, String> files, List<String> sceneIds, int quizzes,
                    int glossary, List<String> notes) {
    public Draft {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        sceneIds = List.copyOf(sceneIds);
        notes = List.copyOf(notes);
    }

    /** Just the {@code .story} files, as {@link computequest.story.StoryParser#parse} takes them. */
    public Map<String, String> storyFiles() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            if (name.endsWith(computequest.story.StoryParser.EXTENSION)) {
                out.put(name, text);
            }
        });
        return out;
    }
}
