package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.View;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playtest under watch (issue 19 item 8): when the author saves a story file, the game reloads it before the next
 * command, in place: same scene, same cloud, the new text. A broken edit keeps the old story and says why, once.
 */
class WatchReloadTest {

    private static final String STORY = """
            @story w Watched
            @start a
            :: a
            @title First draft
            The first words.
            * On -> b
            :: b
            @title Second
            The end.
            @ending
            """;

    /** Plays {@code inputs}; before each one, {@code edits} may change the files (the author saving). */
    private static List<List<Event>> play(Path dir, List<String> inputs, Map<String, Consumer<Path>> edits,
                                          boolean watch) throws IOException {
        ArrayDeque<String> queue = new ArrayDeque<>(inputs);
        List<List<Event>> shown = new ArrayList<>();
        computequest.ui.Frontend ui = new computequest.ui.Frontend() {
            @Override
            public void show(View view, List<Event> events) {
                shown.add(events);
            }

            @Override
            public Optional<String> read(View view) {
                String next = queue.peek();
                if (next != null && edits.containsKey(next)) {
                    edits.remove(next).accept(dir); // once: the author saves once
                }
                return Optional.ofNullable(queue.poll());
            }

            @Override
            public void close() {
            }
        };
        Engine engine = new Engine(computequest.story.StoryParser.parseDirectory(dir).story());
        GameLoop loop = new GameLoop(engine, ui, engine.start(1), new StoryReloader(dir));
        if (watch) {
            loop.watching();
        }
        loop.run();
        return shown;
    }

    private static void write(Path dir, String text) {
        try {
            Path f = dir.resolve("w.story");
            Files.writeString(f, text);
            // A later modification time even on file systems with coarse clocks.
            Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2_000));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(List<Event> events) {
        return events.toString();
    }

    @Test
    void anEditIsReloadedBeforeTheNextCommandAndTheSceneShowsTheNewText(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("w.story"), STORY);
        List<List<Event>> shown = play(dir, List.of("look", "look"), new java.util.HashMap<>(Map.of("look",
                d -> write(d, STORY.replace("The first words.", "The second draft's words.")))), true);
        // the start, then the reload, then the look that shows the new text; the second look reloads nothing
        assertEquals(4, shown.size(), shown.toString());
        Event.Feedback said = (Event.Feedback) shown.get(1).get(0);
        assertTrue(said.text().startsWith("Reloaded 2 scenes"), said.text());
        assertTrue(text(shown.get(2)).contains("The second draft's words."), text(shown.get(2)));
        assertFalse(text(shown.get(3)).contains("Reloaded"), text(shown.get(3)));
    }

    @Test
    void aBrokenEditKeepsTheOldStoryAndSaysSoOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("w.story"), STORY);
        List<List<Event>> shown = play(dir, List.of("look", "look"), new java.util.HashMap<>(Map.of("look",
                d -> write(d, STORY.replace("* On -> b", "* On -> nowhere")))), true);
        assertEquals(4, shown.size(), shown.toString());
        assertTrue(text(shown.get(1)).contains("no scene is called 'nowhere'"), text(shown.get(1)));
        assertTrue(text(shown.get(2)).contains("The first words."), "the old story stays: " + text(shown.get(2)));
        assertFalse(text(shown.get(3)).contains("nowhere"), "the same broken files are not reported again");
    }

    @Test
    void withoutWatchNothingIsReloaded(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("w.story"), STORY);
        List<List<Event>> shown = play(dir, List.of("look"), new java.util.HashMap<>(Map.of("look",
                d -> write(d, STORY.replace("The first words.", "Changed.")))), false);
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(text(shown.get(1)).contains("The first words."), text(shown.get(1)));
    }

    /** A fresh reloader sees the files as they are: nothing has changed until a file does (found in a playtest). */
    @Test
    void aPlaytestDoesNotReloadOnItsFirstCommand(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("a.story");
        Files.writeString(f, ":: start\n");
        StoryReloader r = new StoryReloader(tmp, null);
        assertFalse(r.changedOnDisk(), "unchanged right after start");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        assertTrue(r.changedOnDisk(), "a saved file counts as changed");
    }
}
