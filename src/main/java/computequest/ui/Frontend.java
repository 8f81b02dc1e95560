package computequest.ui;

import computequest.engine.Event;
import computequest.engine.View;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A way to play: it shows events and the view, and reads the next line. It holds no game rules; the app's loop
 * passes what it reads to the engine.
 */
public interface Frontend extends Closeable {

    /** Shows what one step produced, and the state after it. */
    void show(View view, List<Event> events) throws IOException;

    /**
     * Reads the next input line.
     *
     * @return the line, or empty at end of input or when the player pressed Ctrl-C or Ctrl-D
     */
    Optional<String> read(View view) throws IOException;

    /**
     * Runs a program that needs the terminal (an editor): the screen is put away while it runs and drawn again after.
     *
     * @return what {@code program} returned
     */
    default int outside(Program program) throws IOException {
        try {
            return program.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The built-in editor for a file of the learner's laptop.
     *
     * @return the text to save, or empty when the player closed it without saving (or there is no editor here)
     */
    default Optional<String> editText(String path, String text) throws IOException {
        return Optional.empty();
    }

    /** Whether the game runs on a real terminal, which a program such as $EDITOR can take over. */
    default boolean onTerminal() {
        return false;
    }

    /** The terminal's size as stty prints it ("ROWS COLUMNS"), or null when it cannot tell (or there is none). */
    default String terminalSize() {
        return null;
    }

    /**
     * The first screen a start that shows {@code events} on {@code view} would draw on this terminal, as the bytes the
     * terminal would get, without drawing it: for ./play's first-screen snapshot of the next start. Null when this
     * frontend keeps none.
     */
    default byte[] firstScreenOf(View view, List<Event> events) throws IOException {
        return null;
    }

    /** A program run with the terminal to itself. */
    interface Program {
        int run() throws IOException, InterruptedException;
    }

    @Override
    void close() throws IOException;
}
