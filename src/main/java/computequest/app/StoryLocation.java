package computequest.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the story folder: --story, else story/ beside the launcher (cq.home), else ./story. */
final class StoryLocation {

    private StoryLocation() {
    }

    static Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String home = System.getProperty("cq.home");
        if (home != null && Files.isDirectory(Path.of(home, "story"))) {
            return Path.of(home, "story");
        }
        return Path.of("story");
    }
}
