package computequest.app;

import computequest.engine.Request;
import computequest.engine.RequestResult;
import computequest.ui.Frontend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out {@code edit FILE} for a file of the learner's laptop: in the player's own {@code $VISUAL} or
 * {@code $EDITOR} when one is set and the game runs on a terminal (the game's screen is put away meanwhile), otherwise
 * in the frontend's built-in editor. The file goes to the editor through a temporary copy, which is removed after.
 */
final class LaptopEditor {

    private final String editor;

    /** Uses {@code $VISUAL}, else {@code $EDITOR}, when set. */
    LaptopEditor() {
        this(System.getenv("VISUAL") != null && !System.getenv("VISUAL").isBlank() ? System.getenv("VISUAL")
                : System.getenv("EDITOR"));
    }

    LaptopEditor(String editor) {
        this.editor = editor == null || editor.isBlank() ? null : editor.strip();
    }

    RequestResult edit(Request.EditLaptopFile e, Frontend frontend) {
        try {
            if (editor != null && frontend.onTerminal()) {
                return external(e, frontend);
            }
            Optional<String> saved = frontend.editText(e.path(), e.text());
            return new RequestResult.LaptopFileEdited(e.path(), saved.orElse(null));
        } catch (IOException | RuntimeException ex) {
            return new RequestResult.Failed("Could not open the editor: " + ex.getMessage());
        }
    }

    private RequestResult external(Request.EditLaptopFile e, Frontend frontend) throws IOException {
        Path dir = Files.createTempDirectory("compute-quest-edit");
        Path file = dir.resolve(Path.of(e.path()).getFileName().toString());
        try {
            Files.writeString(file, e.text(), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(editor.split("\\s+")));
            command.add(file.toString());
            int code = frontend.outside(() -> new ProcessBuilder(command).inheritIO().start().waitFor());
            if (code != 0) {
                return new RequestResult.Failed(command.get(0) + " stopped with exit code " + code + "; "
                        + e.path() + " is as it was.");
            }
            return new RequestResult.LaptopFileEdited(e.path(), Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
