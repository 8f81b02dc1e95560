package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.save.SaveStore;
import computequest.story.Diagnostic;
import computequest.story.Printable;
import computequest.story.StoryParser;
import computequest.ui.FirstScreen;
import computequest.ui.Frontend;
import computequest.ui.FullScreen;
import computequest.ui.LineFrontend;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./play}: the command line. It picks the way to play once, at start, then runs the game loop. */
@Command(name = "play", mixinStandardHelpOptions = true, version = "Compute Quest 0.1.0",
        subcommands = {SandboxCommand.class, AuthorCommand.class},
        description = "A text adventure that teaches AWS compute (EC2, containers, Lambda) in a simulated cloud."
                + " Nothing touches a real AWS account.")
public final class Main implements Callable<Integer> {

    /** The help's examples (see {@link PlayName#examples}). */
    private static final String[] EXAMPLES = {"./play", "start the game", "./play --plain", "line mode",
        "./play --continue", "resume where you stopped", "./play --chapter 4", "start at chapter 4",
        "./play saves", "list your saves", "./play completion bash", "Tab completion in bash (or zsh)",
        "./play review", "resume and play the review cards due today",
        "printf 'help\\nquit\\n' | ./play", "scripted play"};

    @Option(names = "--plain", description = "Line mode: plain text, for any terminal, pipes and screen readers.")
    boolean plain;

    @Option(names = "--seed", description = "Seed for ids and addresses; the same seed and input give the same game"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--story", paramLabel = "DIR", description = "Play the story in another folder.")
    Path storyDir;

    @Option(names = "--from", paramLabel = "SCENE-ID", description = "Playtest: start at this scene, with the"
            + " cloud, score and flags its @setup lines and the path to it give (see story/README.md).")
    String from;

    @Option(names = "--watch", description = "Authors: reload the story files whenever they change, before the"
            + " next command (always on in --from playtests).")
    boolean watch;

    @Option(names = "--chapter", paramLabel = "N", description = "Start a new game at chapter N, with the cloud and"
            + " score the chapters before it leave ('chapters' in the game lists them).")
    Integer chapter;

    @Option(names = "--ascii", description = "Full screen drawn without box-drawing characters.")
    boolean ascii;

    @Option(names = "--no-color", description = "No colour (also: the NO_COLOR environment variable).")
    boolean noColor;

    @Option(names = "--saves", paramLabel = "DIR", description = "Keep saves in this folder (created if missing;"
            + " default: saves/ in the game's folder).")
    Path savesDir;

    @Option(names = "--continue", description = "Resume the save played most recently.")
    boolean continueLatest;

    @Option(names = "--load", paramLabel = "NAME", description = "Resume the save NAME (${ROOT-COMMAND-NAME} saves"
            + " lists them).")
    String loadName;

    @Option(names = "--accept-edited", description = "With --load or --continue: load a save even though it was"
            + " changed outside the game (its checksum does not match).")
    boolean acceptEdited;

    @Option(names = "--endpoint", arity = "0..1", fallbackValue = "4566", paramLabel = "PORT",
            description = "Also serve the simulated cloud at http://127.0.0.1:PORT (default 4566), so the real AWS CLI"
                    + " and SDKs in your own shell drive the story (see README).")
    Integer endpoint;

    private final PrintStream err;
    /** The full screen, and the frame ./play may have drawn on it before the JVM started. */
    private FullScreen screen = FullScreen.of(java.util.Map.of(), System.out);

    /** Picocli's model of this command: its help names the game as the player started it. */
    @Spec
    void named(CommandSpec spec) {
        spec.name(PlayName.command());
        spec.usageMessage().footer(PlayName.examples(22, EXAMPLES));
    }

    /** Set by {@code ./play review}: start the review as soon as the save is loaded. */
    boolean reviewNow;
    /** The command line as given: the first-screen snapshot is kept per command line. */
    List<String> args = List.of();

    Main(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        // A full-screen frame ./play drew before the JVM started is left again if the game does not take it over, and
        // before any message, which would otherwise vanish with it.
        FullScreen screen = FullScreen.of(System.getenv(), System.out);
        System.exit(run(args, cleaned(screen.messagesFirst(System.err)), screen));
    }

    /** Messages on standard error name files and echo what was typed: no control character reaches the terminal. */
    static PrintStream cleaned(PrintStream err) {
        return new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8) {
            @Override
            public void print(String s) {
                super.print(Printable.clean(s));
            }

            @Override
            public void println(String s) {
                super.println(Printable.clean(s));
            }
        };
    }

    static int run(String[] args, PrintStream err) {
        return run(args, err, FullScreen.of(java.util.Map.of(), System.out));
    }

    static int run(String[] args, PrintStream err, FullScreen screen) {
        if (args.length > 0 && args[0].equals("review")) {
            return ReviewCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), err);
        }
        Main quick = QuickArgs.parse(args, err);
        if (quick != null) {
            quick.args = List.of(args);
            quick.screen = screen;
            try {
                return quick.call();
            } catch (Exception ex) {
                return fatal(ex, err);
            }
        }
        Main main = new Main(err);
        main.args = List.of(args);
        main.screen = screen;
        CommandLine cl = new CommandLine(main);
        cl.addSubcommand("saves", new SavesCommand(System.out, err));
        cl.addSubcommand("review", new ReviewUsage());
        cl.addSubcommand("completion", new CompletionCommand(cl, System.out, err));
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        sameVersion(cl, cl.getCommandSpec().version());
        cl.setExecutionExceptionHandler((ex, line, parse) -> fatal(ex, err));
        cl.setErr(new java.io.PrintWriter(err, true)); // picocli's own messages too leave a kept full-screen frame
        return cl.execute(args);
    }

    /** Every subcommand answers -V with the game's version (picocli leaves theirs empty). */
    private static void sameVersion(CommandLine cl, String[] version) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().version().length == 0) {
                sub.getCommandSpec().version(version);
            }
            sameVersion(sub, version);
        }
    }

    /**
     * What the player sees when the game fails: the reason in one line; for anything but an I/O problem, that it
     * is a bug (exit 70), with the stack trace only under -Dcq.debug=true.
     */
    static int fatal(Exception ex, PrintStream err) {
        String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("compute-quest: " + why);
        if (ex instanceof IOException) {
            return 1;
        }
        err.println("compute-quest: this is a bug in the game, not in what you typed. Please report it"
                + " with the command line you used" + (Boolean.getBoolean("cq.debug") ? "." : " (run with"
                + " JAVA_TOOL_OPTIONS=-Dcq.debug=true for details)."));
        if (Boolean.getBoolean("cq.debug")) {
            ex.printStackTrace(err);
        }
        return 70;
    }

    @Override
    public Integer call() throws IOException {
        // The simulator needs no story: its read-once caches fill on the second core while this one parses.
        Warmup.start(seed);
        if (storyDir != null && storyDir.toString().isBlank()) {
            err.println("compute-quest: --story needs a folder name.");
            return 2;
        }
        Path dir = StoryLocation.resolve(storyDir);
        if (!Files.isDirectory(dir)) {
            err.println("compute-quest: no story folder at " + dir.toAbsolutePath()
                    + ". Run ./play from the project folder, or pass --story DIR.");
            return 2;
        }
        // The saves folder is read on a second thread while this one parses the story (README, Performance); a
        // playtest (--from) keeps its saves in a scratch folder made only once the story is known to be sound.
        SaveStore store = from != null ? null : new SaveStore(savesDir != null ? savesDir : SaveStore.defaultDir());
        if (store != null && acceptEdited) {
            store = store.acceptingEdited();
        }
        SaveStore scanned = store;
        Background<SaveScan> scan = scanned == null ? Background.now(() -> SaveScan.NONE)
                : Background.start("saves", () -> SaveScan.read(scanned, continueLatest, loadName));
        StoryParser.Parsed parsed = StoryParser.parseDirectory(dir);
        if (parsed.hasErrors()) {
            err.println("compute-quest: the story in " + dir + " has errors:");
            parsed.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println("  " + d));
            return 2;
        }
        Engine engine = new Engine(parsed.story());
        if (from != null && parsed.story().scene(from).isEmpty()) {
            err.println("compute-quest: there is no scene '" + from + "' in " + dir
                    + Playtest.nearest(parsed.story().scenes().keySet(), from));
            return 2;
        }
        boolean interactive = Terminals.interactive();
        boolean color = Terminals.colorAllowed(System.getenv(), noColor);
        if (from != null && (continueLatest || loadName != null)) {
            err.println("compute-quest: --from starts a playtest; it cannot be combined with --continue or --load.");
            return 2;
        }
        if (chapter != null && (from != null || continueLatest || loadName != null)) {
            err.println("compute-quest: --chapter starts a new game; it cannot be combined with --from, --continue or"
                    + " --load.");
            return 2;
        }
        if (chapter != null && ChapterStart.chapter(engine, chapter).isEmpty()) {
            err.println("compute-quest: " + ChapterStart.noSuchChapter(engine, chapter));
            return 2;
        }
        java.util.Optional<String> badInput = interactive ? java.util.Optional.empty() : StandardInput.problem(System.in);
        if (badInput.isPresent()) {
            err.println("compute-quest: " + badInput.get());
            return 2;
        }
        Path saves = store != null ? store.dir() : savesDir != null ? savesDir : Playtest.scratchSaves();
        Step fresh = from != null ? Playtest.start(engine, from, seed, savesDir == null ? saves : null)
                : chapter != null ? ChapterStart.fresh(engine, ChapterStart.chapter(engine, chapter).get(), seed)
                : engine.start(seed);
        if (store == null) {
            store = new SaveStore(saves);
            store = acceptEdited ? store.acceptingEdited() : store;
        }
        SaveScan read = scan.join();
        java.util.Optional<String> shared = store.claim();
        boolean menu = interactive && from == null && chapter == null && !continueLatest && loadName == null
                && StartMenu.applies(read.list(store));
        Resumption chosen = menu ? null
                : Resumption.choose(engine, store, read, new LocalClock(), continueLatest, loadName, fresh);
        if (chosen != null && chosen.error() != null) {
            err.println("compute-quest: " + chosen.error());
            return 2;
        }
        try (EndpointServer server = openEndpoint(endpoint);
             Frontend frontend = frontend(screen, plain, ascii, interactive, color, err, firstScreen())) {
            if (menu && server != null) {
                server.atStartMenu(true);
            }
            Resumption r = chosen != null ? chosen
                    : StartMenu.ask(frontend, engine, store, read.list(store), new LocalClock(), fresh).orElse(null);
            if (menu && server != null) {
                server.atStartMenu(false);
            }
            if (r == null) {
                return 0;
            }
            if (plain) {
                r.session().playingPlain();
            }
            Thread hook = new Thread(() -> r.session().onShutdown(err), "autosave-on-exit");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                Step first = r.begin(engine, reviewNow);
                if (shared.isPresent() && chosen != null) { // the start menu said it before its question
                    List<Event> events = new ArrayList<>(first.events());
                    events.add(0, Event.info(shared.get()));
                    first = new Step(first.state(), events);
                }
                GameLoop loop = new GameLoop(engine, frontend, greeted(first, server), new StoryReloader(dir),
                        r.session());
                if (watch || from != null) {
                    loop.watching();
                }
                if (server != null) {
                    server.serve(new ShellCalls(loop));
                }
                loop.run();
                if (from == null && chapter == null) {
                    SaveStore kept = store;
                    ScreenSnapshot.of(System.getenv()).ifPresent(s -> NextStarts.keep(s, frontend, engine, kept, args,
                            seed, interactive));
                }
            } catch (IOException e) {
                r.session().onShutdown(err); // the output failed: keep the progress, and say so where it can be read
                throw e;
            } finally {
                Resumption.removeHook(hook);
            }
        }
        return 0;
    }

    /** The endpoint on 127.0.0.1:port, or null without --endpoint. */
    static EndpointServer openEndpoint(Integer port) throws IOException {
        if (port == null) {
            return null;
        }
        if (port < 0 || port > 65535) {
            throw new IOException("--endpoint takes a port from 1 to 65535, not " + port);
        }
        return EndpointServer.open(port);
    }

    /** The first step, with how to point a shell at the endpoint when there is one. */
    static Step greeted(Step first, EndpointServer server) {
        if (server == null) {
            return first;
        }
        List<Event> events = new ArrayList<>(first.events());
        events.add(new Event.Feedback(Event.Tone.INFO, server.greeting()));
        return new Step(first.state(), events);
    }

    /** Full screen on a real terminal unless --plain; line mode otherwise, or when the full screen cannot start. */
    static Frontend frontend(FullScreen screen, boolean plain, boolean ascii, boolean interactive, boolean color,
                             PrintStream err, FirstScreen snapshot) throws IOException {
        if (!plain && Terminals.fullScreenPossible(System.getenv())) {
            try {
                return screen.open(color, ascii);
            } catch (IOException | RuntimeException e) {
                err.println("compute-quest: full screen is not available here (" + e.getMessage()
                        + "); playing in line mode.");
            }
        }
        screen.leave();
        return LineFrontend.system(interactive, color, snapshot);
    }

    /** The first-screen snapshot ./play set up for this start (README, Performance), or none. */
    FirstScreen firstScreen() {
        return ScreenSnapshot.of(System.getenv()).map(s -> s.hook(args)).orElse(FirstScreen.NONE);
    }
}
