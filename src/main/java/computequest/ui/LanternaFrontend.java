package computequest.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import computequest.engine.Event;
import computequest.engine.View;
import computequest.present.ChoiceLines;
import computequest.present.Telling;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Full-screen play with Lanterna: story pane, choices, input line, cloud dashboard and status bar. The screen is
 * drawn by {@link LanternaLayout} from the state kept here; this class only reads keys and keeps that state.
 *
 * <p>Keys: typing edits the input line; Enter submits it. With choices on screen and nothing typed, Up and Down
 * move the highlight and Enter picks; otherwise Up and Down walk the history (Ctrl-P and Ctrl-N always do). Tab
 * completes; PgUp and PgDn scroll the story, and End (Ctrl-End while a line is typed) shows its newest lines; F3 and
 * F4 scroll the cloud pane; F1 asks for help and F2 for a hint; Ctrl-C, or Ctrl-D on an empty
 * line, quits, and the terminal is restored.
 */
public final class LanternaFrontend implements Frontend {

    private final Screen screen;
    private final LanternaDraw.Options options;
    private final PrintStream after;
    private final LanternaInput input = new LanternaInput();
    private final List<LanternaLayout.Entry> transcript = new ArrayList<>();
    private View view;
    private View previous;
    private int mark;
    private Integer scrollTop;
    /** How far the cloud pane is scrolled (F4 down, F3 up); back to the top at every new step. */
    private int cloudTop;
    private int selected = -1;
    private String note;
    /** A line ended in \ and the rest is being typed: the key bar says so until it is submitted. */
    private volatile boolean continuing;
    private static final String CONTINUES = "The command goes on: type the rest of it (the line ended in \\).";
    static final String TOO_SMALL = "Not run: the window is too small to show what it does. Make it larger, then"
            + " press Enter.";
    private static final String NO_SUSPEND = "Ctrl-Z does not pause the game in full screen; quit saves and leaves.";
    private LanternaLayout.Rendered last;
    private boolean interrupted;
    /** The player left with Ctrl-D (or the input ended): what the game says next is its leaving note. */
    private boolean leftWithEof;
    private String farewell;
    /** Notes shown with the farewell or after Ctrl-C (that the game was saved): printed again after the screen. */
    private final List<String> lastNotes = new java.util.ArrayList<>();
    private boolean closed;
    private boolean fullRedraw;
    private Thread hook;
    private final Charset charset;

    /** On a screen that takes UTF-8 (Lanterna's virtual terminal in tests). */
    LanternaFrontend(Screen screen, boolean color, boolean ascii, PrintStream after) {
        this(screen, color, ascii, after, java.nio.charset.StandardCharsets.UTF_8);
    }

    LanternaFrontend(Screen screen, boolean color, boolean ascii, PrintStream after, Charset charset) {
        this.screen = screen;
        this.charset = charset;
        this.options = new LanternaDraw.Options(color, ascii);
        this.after = after;
    }

    /** Restores the terminal if the JVM ends while the full screen is up (Ctrl-C is a key here, but a kill is not). */
    void restoreOnExit() {
        hook = new Thread(this::restore, "compute-quest-restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether the player left with Ctrl-C (the app may autosave on this). */
    public boolean interrupted() {
        return interrupted;
    }

    @Override
    public synchronized void show(View v, List<Event> events) throws IOException {
        previous = view;
        view = v;
        mark = transcript.size();
        if (mark > 0 && transcript.get(mark - 1).style() == null) {
            mark--; // the player's own line belongs with what it caused
        }
        boolean leaving = interrupted || leftWithEof || events.stream().anyMatch(e -> e instanceof Event.Farewell);
        for (Event e : events) {
            if (leaving && e instanceof Event.Feedback f) {
                lastNotes.add(f.text());
            }
            Telling.of(e).forEach(said -> transcript.add(new LanternaLayout.Entry(said.style(), said.text())));
            if (e instanceof Event.Farewell f) {
                farewell = f.text();
            }
        }
        scrollTop = null;
        cloudTop = 0;
        selected = -1;
        redraw(false);
    }

    @Override
    public Optional<String> read(View v) throws IOException {
        synchronized (this) {
            view = v;
            redraw(false);
        }
        String head = null;
        while (true) {
            // The endpoint may show a turn from another thread meanwhile: keys and drawing take turns with it.
            Optional<String> line = takeKeys();
            if (line != null && line.isPresent() && Continuation.continues(line.get())) {
                // A line ending in \ goes on, as in a shell: wait for the rest and join them.
                head = head == null ? line.get() : Continuation.join(head, line.get());
                synchronized (this) {
                    continuing = true;
                    note = CONTINUES;
                    redraw(false);
                }
                continue;
            }
            if (line != null) {
                note = continuing ? null : note;
                continuing = false;
                String joined = head;
                return head == null || line.isEmpty() ? line : line.map(next -> Continuation.join(joined, next));
            }
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Applies the keys waiting now: null while no line is finished; else the line, or empty to quit. */
    @SuppressWarnings("OptionalAssignedToNull")
    private synchronized Optional<String> takeKeys() throws IOException {
        KeyStroke k = screen.pollInput();
        if (k == null) {
            if (screen.doResizeIfNecessary() != null) {
                redraw(true);
            }
            return null;
        }
        // Take every key already waiting before drawing again: pasted or fast typing stays quick.
        while (k != null) {
            Optional<Optional<String>> result = handle(k);
            if (result.isPresent()) {
                return result.get();
            }
            k = screen.pollInput();
        }
        redraw(false);
        return null;
    }

    /**
     * Applies one key.
     *
     * @return empty to keep reading; a line to submit; an empty line-optional to quit
     */
    Optional<Optional<String>> handle(KeyStroke k) {
        note = continuing ? CONTINUES : null;
        int choices = view == null ? 0 : view.choices().size();
        boolean choosing = choices > 0 && input.isEmpty();
        KeyType t = k.getKeyType();
        if (t == KeyType.EOF) {
            leftWithEof = true;
            return Optional.of(Optional.empty());
        }
        if (t == KeyType.Character && k.isCtrlDown()) {
            char c = Character.toLowerCase(k.getCharacter());
            switch (c) {
                case 'c' -> {
                    interrupted = true;
                    return Optional.of(Optional.empty());
                }
                case 'd' -> {
                    if (input.isEmpty()) {
                        leftWithEof = true;
                        return Optional.of(Optional.empty());
                    }
                    input.delete();
                }
                case 'p' -> input.previous();
                case 'n' -> input.next();
                case 'a' -> input.home();
                case 'e' -> input.end();
                case 'u' -> input.clear();
                case 'w' -> input.deleteWord();
                case 'l' -> fullRedraw = true;
                case 'z' -> note = NO_SUSPEND;
                default -> { }
            }
            return Optional.empty();
        }
        switch (t) {
            case Character -> {
                if (k.isAltDown()) {
                    return Optional.empty();
                }
                input.insert(k.getCharacter());
                selected = -1;
            }
            case Enter -> {
                if (last != null && last.tooSmall()) {
                    // nothing runs unseen while the screen says it is too small, but the Enter is not lost silently:
                    // the line stays, and the screen says why it did not run
                    note = TOO_SMALL;
                    return Optional.empty();
                }
                if (input.isEmpty() && selected >= 0 && selected < choices) {
                    return submit(Integer.toString(selected + 1));
                }
                return submit(ChoiceLines.entered(input.text(), view == null ? List.of() : view.choices()));
            }
            case Backspace -> input.backspace();
            case Delete -> input.delete();
            case ArrowLeft -> input.left();
            case ArrowRight -> input.right();
            case Home -> input.home();
            case End -> {
                if (k.isCtrlDown() || input.isEmpty()) {
                    scrollTop = Integer.MAX_VALUE; // the story's newest line at the bottom (clamped when drawn)
                } else {
                    input.end();
                }
            }
            case ArrowUp -> {
                if (choosing) {
                    selected = selected < 0 ? choices - 1 : Math.max(0, selected - 1);
                } else {
                    input.previous();
                }
            }
            case ArrowDown -> {
                if (choosing) {
                    selected = Math.min(choices - 1, selected + 1);
                } else {
                    input.next();
                }
            }
            case Escape -> {
                selected = -1;
                input.clear();
            }
            case Tab -> {
                List<String> matches = input.complete(view == null ? List.of()
                        : LanternaInput.candidates(view, input.text().substring(0, input.cursor())));
                if (matches.isEmpty()) {
                    note = "Nothing to complete from '" + input.text() + "'. Type 'help' for commands.";
                } else if (matches.size() > 1) {
                    note = matches.size() + " matches: " + String.join("  ", LanternaInput.shortened(matches,
                            input.text()));
                }
            }
            case F1 -> {
                return submit("help");
            }
            case F2 -> {
                return submit("hint");
            }
            case PageUp -> scroll(-1);
            case PageDown -> scroll(1);
            case F3 -> cloudTop = Math.max(0, cloudTop - cloudPage());
            case F4 -> cloudTop += cloudPage();
            default -> {
            }
        }
        return Optional.empty();
    }

    private Optional<Optional<String>> submit(String line) {
        input.set(line);
        input.submit();
        transcript.add(LanternaLayout.Entry.typed(view == null ? line : ChoiceLines.echo(line, view.choices())));
        selected = -1;
        return Optional.of(Optional.of(line));
    }

    /** How far F3 and F4 move the cloud pane: most of its height. */
    private int cloudPage() {
        return Math.max(1, screen.getTerminalSize().getRows() - 6);
    }

    private void scroll(int direction) {
        if (last == null) {
            return;
        }
        int page = last.step();
        int maxTop = Math.max(0, last.total() - last.page());
        // from where the keys before it in the same burst left the page, not from the last drawn screen
        int from = scrollTop != null ? Math.min(scrollTop, maxTop) : last.top();
        scrollTop = Math.max(0, Math.min(maxTop, from + direction * page));
    }

    LanternaLayout.Model model() {
        return new LanternaLayout.Model(view, previous, transcript, mark, input.text(), input.cursor(), scrollTop,
                selected, note, cloudTop, continuing);
    }

    void redraw(boolean complete) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        last = LanternaLayout.draw(screen.newTextGraphics(), size, model(), options);
        screen.setCursorPosition(last.cursor());
        screen.refresh(complete || fullRedraw ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
        fullRedraw = false;
    }

    /** Leaves the full screen and puts the terminal back as it was; safe to call twice. */
    private synchronized void restore() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // The terminal is gone; nothing more to restore.
        }
    }

    @Override
    public boolean onTerminal() {
        return true;
    }

    @Override
    public String terminalSize() {
        TerminalSize size = screen.getTerminalSize();
        return size.getRows() + " " + size.getColumns();
    }

    /** The first frame a start showing {@code events} on {@code view} would draw on this terminal as it is now. */
    @Override
    public byte[] firstScreenOf(View v, List<Event> events) throws IOException {
        return FullScreenShot.of(v, events, screen.getTerminalSize(), options.color(), options.ascii(), charset);
    }

    /** The built-in editor: a full-screen text box; the game's screen is drawn again after it closes. */
    @Override
    public Optional<String> editText(String path, String text) throws IOException {
        // on a real terminal (not Lanterna's virtual one in tests), with flow control off so Ctrl-S reaches the editor
        try (FlowControl keys = screen instanceof TerminalScreen ts
                && ts.getTerminal() instanceof com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal
                ? FlowControl.off() : null) {
            return LanternaEditor.edit(screen, path, text);
        } finally {
            screen.clear();
            redraw(true);
        }
    }

    /** Puts the full screen away while {@code program} runs (an editor), then draws it again. */
    @Override
    public int outside(Program program) throws IOException {
        screen.stopScreen();
        try {
            return program.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            screen.startScreen();
            redraw(true);
        }
    }

    @Override
    public void close() throws IOException {
        int width = screen.getTerminalSize().getColumns(); // the farewell is wrapped at spaces to the screen it left
        restore();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down.
            }
        }
        if (after != null && view != null) {
            List<String> said = new ArrayList<>(List.of(farewell != null ? farewell : interrupted ? "Stopped with Ctrl-C."
                    : "Goodbye.", "Score " + view.score() + ", simulated time " + view.clock() + "."));
            said.addAll(lastNotes);
            said.forEach(line -> Wrap.lines(line, Math.max(20, width - 1), "").forEach(after::println));
            after.flush();
        }
    }
}
