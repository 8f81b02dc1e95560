package computequest.ui;

import computequest.engine.Event;
import computequest.engine.View;
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
import org.jline.terminal.TerminalBuilder;
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
    private final boolean color;
    private final int width;
    private volatile View current;

    private LineFrontend(Terminal terminal, BufferedReader plainIn, PrintWriter out, boolean color, int width) {
        this.terminal = terminal;
        this.plainIn = plainIn;
        this.raw = out;
        this.out = new PrintWriter(Printable.writer(out), false);
        this.color = color;
        this.width = width;
        this.reader = terminal == null ? null : LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("compute-quest")
                .completer(completer(() -> current))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.BELL_STYLE, "none")
                .variable(LineReader.HISTORY_SIZE, 1000)
                .build();
    }

    /**
     * Line mode on this process's standard streams.
     *
     * @param interactive whether standard input and output are a terminal
     */
    public static LineFrontend system(boolean interactive, boolean color) throws IOException {
        if (!interactive) {
            return streams(System.in, System.out, 80);
        }
        Terminal t = TerminalBuilder.builder().system(true).name("compute-quest").build();
        return new LineFrontend(t, null, t.writer(), color, 0);
    }

    /** Line mode over byte streams (pipes, tests, transcripts): no colour, input echoed, fixed width. */
    public static LineFrontend streams(InputStream in, OutputStream outStream, int width) {
        return new LineFrontend(null, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(outStream, StandardCharsets.UTF_8), false), false, width);
    }

    /** Completes the global commands, the choices on screen, and cloud commands, from the current view. */
    static Completer completer(java.util.function.Supplier<View> view) {
        return (r, line, candidates) -> {
            View v = view.get();
            if (v == null) {
                return;
            }
            for (String word : v.completions()) {
                candidates.add(new Candidate(word, word, null, null, null, null, !word.contains(" ")));
            }
        };
    }

    private int width() {
        if (terminal != null) {
            int w = terminal.getWidth();
            return w > 20 ? Math.min(w, 100) : 80;
        }
        return width;
    }

    @Override
    public void show(View view, List<Event> events) {
        current = view;
        int w = width();
        for (Said said : Telling.all(events)) {
            switch (said.style()) {
                case HEADING -> {
                    out.println();
                    print("== " + said.text() + " ==", AttributedStyle.BOLD);
                }
                case PROSE -> Wrap.lines(said.text(), w, "").forEach(out::println);
                case CHOICE -> Wrap.lines(said.text(), w - 2, "   ").forEach(l -> out.println("  " + l));
                case PREFORMATTED -> out.println(said.text());
                default -> {
                    AttributedStyle style = styleOf(said.style());
                    for (String l : Wrap.lines(said.label() + said.text(), w, "    ")) {
                        print(l, style);
                    }
                }
            }
        }
        out.flush();
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
    public Optional<String> read(View view) {
        current = view;
        if (reader == null) {
            out.print(PROMPT);
            out.flush();
            try {
                String line = plainIn.readLine();
                out.println(line == null ? "" : line);
                out.flush();
                return Optional.ofNullable(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Optional.of(reader.readLine(PROMPT));
        } catch (EndOfFileException | UserInterruptException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
        if (terminal != null) {
            terminal.close();
        }
    }
}
