package computequest.ui;

import computequest.engine.Event;
import computequest.engine.View;
import computequest.present.ChoiceLines;
import computequest.present.Completions;
import computequest.present.Said;
import computequest.present.Telling;
import computequest.story.Printable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Line mode: plain text in, plain text out, for plain terminals, pipes and screen readers.
 *
 * <p>On a terminal, JLine gives a prompt, history and tab completion. With piped input (no tty) there is nothing to
 * edit, so lines are read plainly to the end of input and echoed after the prompt: a transcript then reads like the
 * session it records, and no terminal warning reaches stderr.
 */
public final class LineFrontend implements Frontend {

    static final String PROMPT = "> ";
    private final Terminal terminal;
    private final LineReader reader;
    private final BufferedReader plainIn;
    /** Everything printed goes through {@link Printable}; {@code raw} only takes colour codes around cleaned text. */
    private final PrintWriter out;
    private final PrintWriter raw;
    /** Holds the first screen against the launcher's snapshot until the first read. */
    private final ScreenGate gate;
    /** The stream under {@code raw} when it swallows errors itself (System.out), so they can still be seen. */
    private final OutputStream sink;
    /** The terminal hung up (SIGHUP): input has ended, and output has nowhere to go. */
    private volatile boolean hungUp;
    /** The terminal's settings before JLine started, put back after it closes (null over streams). */
    private TtySettings found;
    private final boolean color;
    private final int width;
    private volatile View current;
    /** Whether a line is being read: output from another thread (the endpoint) then goes above the prompt. */
    private volatile boolean reading;

    private LineFrontend(Terminal terminal, BufferedReader plainIn, PrintWriter out, OutputStream sink, boolean color,
                         int width, java.nio.charset.Charset charset, FirstScreen snapshot) {
        this.sink = sink;
        this.terminal = terminal;
        this.plainIn = plainIn;
        this.gate = new ScreenGate(out, charset, snapshot, this::width);
        this.raw = new PrintWriter(gate, false);
        this.out = new PrintWriter(Printable.writer(raw), false);
        this.color = color;
        this.width = width;
        LineReaderBuilder builder = LineReaderBuilder.builder();
        if (!color) {
            // the list of candidates a second Tab prints: no colour either
            for (String style : List.of(LineReader.COMPLETION_STYLE_STARTING, LineReader.COMPLETION_STYLE_DESCRIPTION,
                    LineReader.COMPLETION_STYLE_GROUP, LineReader.COMPLETION_STYLE_LIST_STARTING,
                    LineReader.COMPLETION_STYLE_LIST_DESCRIPTION, LineReader.COMPLETION_STYLE_LIST_GROUP)) {
                builder.variable(style, "fg:default");
            }
        }
        this.reader = terminal == null ? null : builder
                .terminal(terminal)
                .appName("compute-quest")
                .completer(completer(() -> current))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                // as bash: Tab completes what the candidates share, Tab again lists them; no menu that inserts the
                // first candidate and takes the next Enter for itself
                .option(LineReader.Option.AUTO_MENU, false)
                .option(LineReader.Option.MENU_COMPLETE, false)
                .option(LineReader.Option.AUTO_LIST, true)
                .option(LineReader.Option.LIST_AMBIGUOUS, false)
                .variable(LineReader.BELL_STYLE, "none")
                .variable(LineReader.HISTORY_SIZE, 1000)
                .build();
        if (reader != null) {
            PasteLines.install(reader);
        }
    }

    /**
     * Line mode on this process's standard streams.
     *
     * @param interactive whether standard input and output are a terminal
     */
    public static LineFrontend system(boolean interactive, boolean color) throws IOException {
        return system(interactive, color, FirstScreen.NONE);
    }

    /** The same, with the launcher's first-screen snapshot: what it already printed, and where to keep the screen. */
    public static LineFrontend system(boolean interactive, boolean color, FirstScreen snapshot) throws IOException {
        if (!interactive) {
            return streams(System.in, System.out, 80, snapshot);
        }
        JLineTerminals.knownTerminalCapabilities(System.getenv("TERM"));
        Terminal t = JLineTerminals.systemTerminal();
        LineFrontend f = new LineFrontend(t, null, t.writer(), null, color, 0, t.encoding(), snapshot);
        f.found = TtySettings.read(t);
        HangUp.onSignal(() -> f.hungUp = true);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof java.io.IOError && (f.hungUp || thread.getName().startsWith("SIG"))) {
                return; // JLine's signal threads (SIGCONT, SIGWINCH) asking a closed terminal for its size
            }
            if (before != null) {
                before.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
        return f;
    }

    /** Line mode on a given terminal, in colour if it has any (tests type into a DumbTerminal over byte streams). */
    static LineFrontend over(Terminal t) {
        return new LineFrontend(t, null, t.writer(), null, false, 0, t.encoding(), FirstScreen.NONE);
    }

    /** Line mode over byte streams (pipes, tests, transcripts): no colour, input echoed, fixed width. */
    public static LineFrontend streams(InputStream in, OutputStream outStream, int width) {
        return streams(in, outStream, width, FirstScreen.NONE);
    }

    /** The same, with the launcher's first-screen snapshot (a piped start of ./play). */
    public static LineFrontend streams(InputStream in, OutputStream outStream, int width, FirstScreen snapshot) {
        return new LineFrontend(null, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(outStream, StandardCharsets.UTF_8), false), outStream, false, width,
                StandardCharsets.UTF_8, snapshot);
    }

    /** Completes the global commands, the choices on screen, and cloud commands, from the current view. */
    static Completer completer(java.util.function.Supplier<View> view) {
        return (r, line, candidates) -> {
            View v = view.get();
            if (v == null) {
                return;
            }
            List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
            String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
            for (String word : Completions.next(v, before, typed)) {
                candidates.add(new Candidate(word, word, null, null, null, null, true));
            }
        };
    }

    private int width() {
        if (terminal != null) {
            int w;
            try {
                w = terminal.getWidth();
            } catch (java.io.IOError e) {
                w = 0; // the terminal is gone (hung up): the text is not seen anyway
            }
            return w > 20 ? Math.min(w, 100) : 80;
        }
        return width;
    }

    @Override
    public synchronized void show(View view, List<Event> events) throws IOException {
        current = view;
        boolean above = reading && reader != null;
        if (above) {
            raw.print("\r\033[K"); // the prompt line is redrawn below what is printed
            raw.flush();
        }
        print(events);
        if (above) {
            try {
                reader.callWidget(LineReader.REDRAW_LINE);
                reader.callWidget(LineReader.REDISPLAY);
            } catch (RuntimeException e) {
                // the read ended meanwhile: the next prompt is drawn as usual
            }
        }
    }

    /** The terminal's size as {@code stty size} prints it ("ROWS COLUMNS"), or null over plain streams. */
    @Override
    public String terminalSize() {
        if (terminal == null) {
            return null;
        }
        try {
            int rows = terminal.getHeight();
            int cols = terminal.getWidth();
            // a terminal that cannot tell its size (TERM=dumb answers 0 x 0): the size ./play read stays the key's
            return rows > 0 && cols > 0 ? rows + " " + cols : null;
        } catch (java.io.IOError | RuntimeException e) {
            return null;
        }
    }

    /**
     * The first screen a start that shows {@code events} on {@code view} would draw on this terminal, prompt
     * included, without drawing it: for the launcher's first-screen snapshot of the next start.
     */
    @Override
    public synchronized byte[] firstScreenOf(View view, List<Event> events) throws IOException {
        return gate.capture(() -> print(events), PROMPT);
    }

    private void print(List<Event> events) throws IOException {
        int w = width();
        for (Event event : events) {
            // program output (JSON, tables) is printed as the program wrote it; the game's own reports fit the width
            boolean ours = !(event instanceof Event.Output);
            for (Said said : Telling.of(event)) {
                say(said, ours, w);
            }
        }
        flushOrFail();
    }

    private void say(Said said, boolean ours, int w) {
        switch (said.style()) {
            case HEADING -> {
                out.println();
                Wrap.heading(said.text(), w).forEach(l -> print(l, AttributedStyle.BOLD));
            }
            case PROSE -> Wrap.lines(said.text(), w, "").forEach(out::println);
            case CHOICE -> Wrap.lines(said.text(), w - 2, "   ").forEach(l -> out.println("  " + l));
            case PREFORMATTED -> {
                List<String> lines = List.of(said.text().split("\n", -1));
                if (StoryPane.isWideTable(lines, w)) {
                    // an --output table wider than the terminal: each row cut, so the borders stay in line
                    out.println("(table cut to the terminal's " + w + " columns: widen it, or use --output text)");
                    lines.forEach(l -> out.println(LanternaText.fit(l, w, true)));
                    return;
                }
                // a borderless table (docker images, kubectl get, status) wider than the terminal: columns that do
                // not fit go on an indented line under their row, still in line with each other
                for (String l : Columns.fitBlock(lines, w)) {
                    (ours ? LanternaText.softWrap(l, w, false) : List.of(l)).forEach(out::println);
                }
            }
            default -> {
                AttributedStyle style = styleOf(said.style());
                boolean numbered = said.style() == Said.Style.INFO && !Wrap.hanging(said.text()).isEmpty();
                (numbered ? Wrap.hangingLines(said.text(), w) : Wrap.lines(said.label() + said.text(), w, "    "))
                        .forEach(l -> print(l, style));
            }
        }
    }

    /** Output that cannot be written (a full disk, a closed pipe) stops the game with the reason, never silently. */
    private void flushOrFail() throws IOException {
        out.flush();
        if (hungUp) {
            return;
        }
        if (raw.checkError() || sink instanceof java.io.PrintStream ps && ps.checkError()) {
            throw new IOException("the game's output could not be written (is the disk full, or the pipe or"
                    + " terminal closed?), so the game stops here.");
        }
    }

    private static AttributedStyle styleOf(Said.Style style) {
        return switch (style) {
            case OK, SCORE, ENDING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case WRONG -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case CHANGE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case HINT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            default -> AttributedStyle.DEFAULT;
        };
    }

    private void print(String text, AttributedStyle style) {
        if (color && terminal != null) {
            out.flush();
            raw.println(new AttributedString(Printable.clean(text), style).toAnsi(terminal));
            raw.flush();
        } else {
            out.println(text);
        }
    }

    @Override
    public Optional<String> read(View view) throws IOException {
        current = view;
        Optional<String> line = readLine(PROMPT);
        // A line ending in \ goes on, as in a shell: the same prompt waits for the rest. End of input ends it.
        while (line.isPresent() && Continuation.continues(line.get())) {
            Optional<String> next = readLine(PROMPT);
            if (next.isEmpty()) {
                break;
            }
            line = Optional.of(Continuation.join(line.get(), next.get()));
        }
        List<String> choices = view == null ? List.of() : view.choices();
        Optional<String> picked = line.map(l -> ChoiceLines.entered(l, choices));
        if (!picked.equals(line)) {
            out.println(ChoiceLines.echo(picked.get(), choices)); // Enter alone took the one choice: say which
            out.flush();
        }
        return picked;
    }

    @Override
    public boolean onTerminal() {
        return terminal != null;
    }

    /** The line-by-line editor: numbered lines, changed with short commands typed at {@code edit>}. */
    @Override
    public Optional<String> editText(String path, String text) throws IOException {
        LineEditor editor = new LineEditor(path, text);
        out.println(editor.opening());
        while (true) {
            Optional<String> typed = readLine("edit> ");
            if (typed.isEmpty() && interruptedRead) { // Ctrl-C threw the edits away (a playtest): now kept
                out.println("Ctrl-C: your changes are kept. Type w to save and close, q to close without saving.");
                out.flush();
                continue;
            }
            if (typed.isEmpty()) {
                out.println("Closed " + path + " without saving.");
                out.flush();
                return Optional.empty();
            }
            LineEditor.Reply reply = editor.handle(typed.get());
            out.println(reply.text());
            out.flush();
            if (reply.closed()) {
                return Optional.ofNullable(reply.saved());
            }
        }
    }

    private boolean interruptedRead; // the last read ended with Ctrl-C at the editor's prompt

    private Optional<String> readLine(String prompt) throws IOException {
        interruptedRead = false;
        if (reader == null) {
            out.print(prompt);
            out.flush();
            gate.firstRead("");
            flushOrFail();
            String line = plainIn.readLine();
            out.println(line == null ? "" : line);
            flushOrFail();
            return Optional.ofNullable(line);
        }
        try {
            out.flush();
            gate.firstRead(prompt);
            reading = true;
            return Optional.of(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            if (interruptedRead = prompt.startsWith("edit")) { // the editor says how to leave instead
                return Optional.empty();
            }
            out.println("Stopped with Ctrl-C."); // as the full screen says it; the save note follows
            out.flush();
            return Optional.empty();
        } catch (EndOfFileException e) {
            return Optional.empty();
        } catch (java.io.IOError | UncheckedIOException e) {
            // The terminal was closed (the read fails as SIGHUP arrives): that is the end of input, and what is
            // written after it has nowhere to go.
            hungUp = true;
            return Optional.empty();
        } finally {
            reading = false;
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
        gate.release();
        if (terminal != null) {
            terminal.close();
            if (found != null) {
                found.restore();
            }
        }
    }
}
