package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.story.Diagnostic;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The in-game {@code reload} command: parses and checks the story folder again and, if it is sound and still has
 * the player's scene, swaps the engine. The game state (cloud, score, flags) stays as it is either way.
 */
final class StoryReloader {

    /** The engine to play on with, and what to tell the author. */
    record Reloaded(Engine engine, List<Event> events) {
    }

    private final Path dir;

    StoryReloader(Path dir) {
        this.dir = dir;
    }

    Reloaded reload(Engine current, GameState state) {
        StoryParser.Parsed parsed;
        try {
            parsed = StoryParser.parseDirectory(dir);
        } catch (IOException | RuntimeException e) {
            return keep(current, "could not read " + dir + ": " + e.getMessage());
        }
        List<Diagnostic> problems = StoryValidator.check(parsed, SimVocab.INSTANCE);
        List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder b = new StringBuilder("The story files have " + errors.size() + " error"
                    + (errors.size() == 1 ? "" : "s") + "; the old story stays loaded. Fix them and reload again:");
            errors.stream().limit(10).forEach(d -> b.append("\n  ").append(d));
            if (errors.size() > 10) {
                b.append("\n  ... and ").append(errors.size() - 10).append(" more (./play author check)");
            }
            return new Reloaded(current, List.of(new Event(Event.Kind.WRONG, b.toString())));
        }
        if (parsed.story().scene(state.sceneId()).isEmpty()) {
            return keep(current, "the scene you are in, '" + state.sceneId() + "', is gone from the story files, so"
                    + " the old story stays loaded. Put it back (or rename it back) and reload, or start a playtest"
                    + " elsewhere with ./play --from SCENE-ID");
        }
        Engine next = new Engine(parsed.story());
        long warnings = problems.size();
        return new Reloaded(next, List.of(new Event(Event.Kind.OK, "Reloaded " + parsed.story().scenes().size()
                + " scenes from " + dir + ". Your cloud, score and flags are as they were." + (warnings == 0 ? ""
                : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ": ./play author check)")
                + " Type 'look' to see the scene as it is now.")));
    }

    private static Reloaded keep(Engine current, String why) {
        return new Reloaded(current, List.of(new Event(Event.Kind.WRONG, "Not reloaded: " + why + ".")));
    }
}
