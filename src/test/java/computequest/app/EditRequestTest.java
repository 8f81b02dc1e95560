package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.View;
import computequest.present.Telling;
import computequest.ui.Frontend;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-game 'edit': a request the app carries out with the author's editor, outside the game's screen. */
class EditRequestTest {

    /** A frontend that types the given lines, keeps what is shown, and counts programs run outside it. */
    static final class Scripted implements Frontend {
        final ArrayDeque<String> inputs;
        final List<Event> shown = new ArrayList<>();
        int outside;

        Scripted(String... inputs) {
            this.inputs = new ArrayDeque<>(List.of(inputs));
        }

        @Override
        public void show(View view, List<Event> events) {
            shown.addAll(events);
        }

        @Override
        public Optional<String> read(View view) {
            return Optional.ofNullable(inputs.poll());
        }

        @Override
        public int outside(Program program) throws java.io.IOException {
            outside++;
            return Frontend.super.outside(program);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void editOpensTheScenesFileInTheEditorThenSaysToReload() throws Exception {
        Engine engine = TranscriptTest.storyEngine();
        Scripted ui = new Scripted("edit");
        new GameLoop(engine, ui, engine.start(1), new StoryReloader(java.nio.file.Path.of("story"), "true")).run();
        assertEquals(1, ui.outside, "the editor ran with the terminal to itself");
        String said = Telling.plain(ui.shown);
        assertTrue(said.contains("Closed story/" + engine.scene(engine.start(1).state()).position().file()
                + ". Type 'reload'"), said);
    }

    @Test
    void withoutAnEditorItNamesTheFileAndLine() throws Exception {
        Engine engine = TranscriptTest.storyEngine();
        Scripted ui = new Scripted("edit");
        new GameLoop(engine, ui, engine.start(1), new StoryReloader(java.nio.file.Path.of("story"), null)).run();
        assertEquals(0, ui.outside);
        var at = engine.scene(engine.start(1).state()).position();
        assertTrue(Telling.plain(ui.shown).contains("[not quite] Set EDITOR to your editor to edit from the game, or"
                + " open story/" + at.file() + " at line " + at.line() + " yourself; then type 'reload'."),
                Telling.plain(ui.shown));
    }

    @Test
    void withoutAStoryFolderEditingIsRefused() throws Exception {
        Engine engine = TranscriptTest.storyEngine();
        Scripted ui = new Scripted("edit");
        new GameLoop(engine, ui, engine.start(1)).run();
        assertTrue(Telling.plain(ui.shown).contains("Editing the story is for authors"), Telling.plain(ui.shown));
    }
}
