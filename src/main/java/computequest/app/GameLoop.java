package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Request;
import computequest.engine.RequestResult;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.laptop.Shell;
import computequest.ui.Frontend;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loop: read a line, step the engine, carry out what the step requests and give each result back to the engine,
 * then show the turn's events with one view of the state after it. Stops at quit or end of input.
 */
final class GameLoop {

    private Engine engine;
    private final Frontend frontend;
    private final StoryReloader reloader;
    private final SaveSession saves;
    private volatile GameState state;
    private volatile View view;
    /** Turns are taken one at a time: typed lines and calls from the player's own shell (the endpoint). */
    private final Object turns = new Object();
    /** Set when the loop has ended: calls from the shell are refused from then on. */
    private boolean over;
    private final LaptopEditor laptopEditor = new LaptopEditor();
    /** While a turn waits on the player (an editor is open), what it waits on: calls from the shell are refused. */
    private volatile String waitingOn;
    /** Reload the story before a command whenever its files changed on disk (playtests, {@code --watch}). */
    private boolean watch;

    GameLoop(Engine engine, Frontend frontend, Step first) throws IOException {
        this(engine, frontend, first, null, null);
    }

    /** With {@code reloader} set, the in-game 'reload' command re-reads the story files. */
    GameLoop(Engine engine, Frontend frontend, Step first, StoryReloader reloader) throws IOException {
        this(engine, frontend, first, reloader, null);
    }

    /** With {@code saves} set, save/load/saves/undo work and the game autosaves; without, they are refused. */
    GameLoop(Engine engine, Frontend frontend, Step first, StoryReloader reloader, SaveSession saves)
            throws IOException {
        this.engine = engine;
        this.reloader = reloader;
        this.saves = saves;
        this.frontend = frontend;
        this.state = first.state();
        this.view = View.of(engine, state);
        frontend.show(view, first.events());
    }

    /** Reloads the story files whenever they change on disk, before the next command: for authors' playtests. */
    GameLoop watching() {
        this.watch = reloader != null;
        return this;
    }

    /** Plays until the player quits or input ends. */
    void run() throws IOException {
        try {
            play();
        } finally {
            synchronized (turns) {
                over = true;
            }
        }
    }

    private void play() throws IOException {
        while (true) {
            Optional<String> line = frontend.read(view);
            synchronized (turns) {
                if (line.isEmpty()) {
                    if (saves != null) {
                        frontend.show(view, saves.onExit(state));
                    }
                    return;
                }
                if (watch && reloader.changedOnDisk()) {
                    Step reloaded = engine.resolve(state, carryOut(new Request.Reload(), state));
                    state = reloaded.state();
                    view = View.of(engine, state);
                    frontend.show(view, reloaded.events());
                }
                Step turn = turn(line.get());
                state = turn.state();
                view = View.of(engine, state);
                frontend.show(view, turn.events());
                if (turn.events().stream().anyMatch(e -> e instanceof Event.Farewell)) {
                    return;
                }
            }
        }
    }

    /**
     * A line from the player's own shell, through the endpoint: one more input to the same step (so undo, saves,
     * goals and checks cover it), shown as {@code shown} makes of its events.
     *
     * @return the turn's events, as the engine gave them
     */
    List<Event> fromShell(String line, java.util.function.UnaryOperator<List<Event>> shown) throws IOException {
        ShellCalls.refuseWhile(waitingOn);
        long asked = System.nanoTime();
        synchronized (turns) {
            if (over) {
                throw new IllegalStateException("the game has ended");
            }
            ShellCalls.refuseAfter(asked);
            Step turn = turn(line);
            state = turn.state();
            view = View.of(engine, state);
            frontend.show(view, shown.apply(turn.events()));
            return turn.events();
        }
    }

    /** One typed line: the engine's step, then each request carried out and resolved by the engine. */
    Step turn(String line) {
        GameState before = state;
        Step step;
        try {
            step = engine.step(state, line);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return refused(line, e);
        }
        List<Request> requests = step.requests();
        String undoLine = line;
        boolean request = !requests.isEmpty();
        for (Request r : requests) {
            RequestResult result = carryOut(r, step.state());
            if (result instanceof RequestResult.LaptopFileEdited edited && edited.text() != null) {
                // Undo takes the edit back, and a save replays it, as the shell line that writes the same text.
                undoLine = Shell.writing(edited.path(), edited.text());
                request = false;
            }
            step = step.then(engine.resolve(step.state(), result));
        }
        if (saves == null) {
            return step;
        }
        List<Event> events = new ArrayList<>(step.events());
        events.addAll(saves.afterTurn(engine, undoLine, before, step.state(), request));
        return new Step(step.state(), events);
    }

    /**
     * A line the engine could not carry out (a bug, or input too big or too deeply nested for it): the state is as it
     * was, since the engine is pure and changes nothing until it returns, and the game goes on. A hostile tester's
     * 2,000 nested brackets ended the game with a stack trace, losing the turns since the last autosave.
     */
    private Step refused(String line, Throwable e) {
        if (Boolean.getBoolean("cq.debug")) {
            e.printStackTrace();
        }
        String what = e instanceof StackOverflowError ? "it is nested too deeply for the game to read"
                : e instanceof OutOfMemoryError ? "it needs more memory than the game has"
                : "the game met a problem of its own (" + e.getClass().getSimpleName() + "; JAVA_TOOL_OPTIONS="
                + "-Dcq.debug=true prints the details)";
        String shown = line.strip().length() > 60 ? line.strip().substring(0, 57) + "..." : line.strip();
        return new Step(state, List.of(Event.wrong("That line was not carried out: " + what + ". Nothing changed:"
                + " the game, the cloud and the bill are as they were. ('" + shown + "')")));
    }

    /** Does what the engine asked; a reload may replace the engine, which then resolves its own result. */
    private RequestResult carryOut(Request r, GameState s) {
        if (r instanceof Request.EditLaptopFile e) {
            waitingOn = "the editor is open on " + e.path() + " in the game's window";
            try {
                return laptopEditor.edit(e, frontend);
            } finally {
                waitingOn = null;
            }
        }
        if (r instanceof Request.StartChapter c) {
            return ChapterStart.carryOut(engine, c, s, saves);
        }
        if (r instanceof Request.Quit) {
            return saves == null ? new RequestResult.Quitting(List.of()) : saves.quit(s);
        }
        if (r instanceof Request.Reload || r instanceof Request.EditFile) {
            if (reloader == null) {
                return new RequestResult.Failed(r instanceof Request.Reload ? "Reloading is not available here."
                        : "Editing the story is for authors: play with " + PlayName.command()
                        + " --story DIR or --from SCENE-ID.");
            }
            if (r instanceof Request.EditFile e) {
                waitingOn = "the story's file is open in your editor";
                try {
                    return reloader.edit(e, frontend);
                } finally {
                    waitingOn = null;
                }
            }
            StoryReloader.Reloaded reloaded = reloader.reload(engine, s);
            engine = reloaded.engine();
            return reloaded.result();
        }
        if (saves == null) {
            return new RequestResult.Failed("Saving, loading and undo are not available here.");
        }
        if (r instanceof Request.Save save) {
            return saves.save(save.name(), s);
        }
        if (r instanceof Request.Load load) {
            return saves.load(load.name());
        }
        return r instanceof Request.Undo ? saves.undo() : saves.list();
    }

    GameState state() {
        return state;
    }

    View view() {
        return view;
    }
}
