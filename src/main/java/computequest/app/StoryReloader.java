package computequest.app;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Request;
import computequest.engine.RequestResult;
import computequest.story.Diagnostic;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import computequest.ui.Frontend;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-game {@code reload} command: parses and checks the story folder again and, if it is sound and still has
 * the player's scene, swaps the engine. The game state (cloud, score, flags) stays as it is either way.
 */
final class StoryReloader {

    /** The engine to play on with (the old one when reloading failed), and the result for it to resolve. */
    record Reloaded(Engine engine, RequestResult result) {
    }

    private final Path dir;
    private final String editor;

    /** Edits with {@code $VISUAL} or {@code $EDITOR}, when set. */
    StoryReloader(Path dir) {
        this(dir, System.getenv("VISUAL") != null ? System.getenv("VISUAL") : System.getenv("EDITOR"));
    }

    StoryReloader(Path dir, String editor) {
        this.dir = dir;
        this.editor = editor == null || editor.isBlank() ? null : editor.strip();
        // here, not in the field's initializer: initializers run before this body, while dir was still null, so the
        // first look found "changed" and every playtest reloaded on its first command
        this.seen = fingerprint();
    }

    /** The in-game {@code edit}: opens the scene's file in the author's editor, with the game's screen put away. */
    RequestResult edit(Request.EditFile e, Frontend frontend) {
        Path file = dir.resolve(e.file());
        if (editor == null) {
            return new RequestResult.Failed("Set EDITOR to your editor to edit from the game, or open " + file
                    + " at line " + e.line() + " yourself; then type 'reload'.");
        }
        List<String> command = new ArrayList<>(List.of(editor.split("\\s+")));
        if (LINE_AWARE.contains(Path.of(command.get(0)).getFileName().toString())) {
            command.add("+" + e.line());
        }
        command.add(file.toString());
        try {
            int code = frontend.outside(() -> new ProcessBuilder(command).inheritIO().start().waitFor());
            return code == 0 ? new RequestResult.Edited(file.toString())
                    : new RequestResult.Failed(command.get(0) + " stopped with exit code " + code + ".");
        } catch (IOException | RuntimeException ex) {
            return new RequestResult.Failed("Could not start " + command.get(0) + ": " + ex.getMessage());
        }
    }

    /** Editors that take {@code +LINE} to open a file at a line. */
    private static final java.util.Set<String> LINE_AWARE = java.util.Set.of("vi", "vim", "nvim", "nano", "emacs",
            "micro", "kak", "joe", "mg");

    /** The story files as last read: each file's path, size and modification time. */
    private String seen;

    /**
     * Whether a story file was added, removed or saved since the story was last read (for playtests that reload as
     * the author edits). A folder that cannot be read counts as unchanged.
     */
    boolean changedOnDisk() {
        return !fingerprint().equals(seen);
    }

    private String fingerprint() {
        if (dir == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(StoryParser.EXTENSION)).sorted().toList()) {
                b.append(f).append(' ').append(java.nio.file.Files.size(f)).append(' ')
                        .append(java.nio.file.Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return seen;
        }
        return b.toString();
    }

    Reloaded reload(Engine current, GameState state) {
        seen = fingerprint();
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
                b.append("\n  ... and ").append(errors.size() - 10).append(" more (").append(PlayName.command())
                        .append(" author check)");
            }
            return new Reloaded(current, new RequestResult.Failed(b.toString()));
        }
        if (parsed.story().scene(state.sceneId()).isEmpty()) {
            return keep(current, "the scene you are in, '" + state.sceneId() + "', is gone from the story files, so"
                    + " the old story stays loaded. Put it back (or rename it back) and reload, or start a playtest"
                    + " elsewhere with " + PlayName.command() + " --from SCENE-ID");
        }
        return new Reloaded(new Engine(parsed.story()), new RequestResult.Reloaded(parsed.story().scenes().size(),
                dir.toString(), problems.size(), PlayName.command()));
    }

    private static Reloaded keep(Engine current, String why) {
        return new Reloaded(current, new RequestResult.Failed("Not reloaded: " + why + "."));
    }
}
