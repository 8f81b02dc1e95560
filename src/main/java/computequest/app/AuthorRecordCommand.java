package computequest.app;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.sim.CloudSim;
import computequest.sim.Resource;
import computequest.story.StoryParser;
import computequest.ui.Frontend;
import computequest.ui.LineFrontend;
import computequest.engine.View;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./play author record FILE.walk}: play in line mode; when you quit, what you typed becomes a walkthrough, with
 * an {@code expect scene} after every scene change and, at the end, the scene, score, badges, flags and what the
 * cloud holds. The walkthrough is run once before it is written, so it passes as recorded.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Play in line mode; on quit, write what you typed as a walkthrough with state expectations.")
final class AuthorRecordCommand implements Callable<Integer> {

    /** Commands a walkthrough cannot replay (they ask the app, not the engine). */
    private static final Set<String> APP_ONLY = Set.of("save", "load", "saves", "undo", "reload", "edit");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.walk", description = "The walkthrough to write.")
    Path file;

    @Option(names = "--story", paramLabel = "DIR", description = "The story folder (default: story/).")
    Path storyDir;

    @Option(names = "--from", paramLabel = "SCENE-ID", description = "Start there, as ./play --from does.")
    String from;

    @Option(names = "--seed", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Path d = AuthorCommand.storyDir(storyDir, spec);
        if (d == null) {
            return 2;
        }
        StoryParser.Parsed parsed = StoryParser.parseDirectory(d);
        if (parsed.hasErrors() || (from != null && parsed.story().scene(from).isEmpty())) {
            AuthorCommand.err(spec).println("author record: " + (parsed.hasErrors() ? "the story has errors; run"
                    + " " + PlayName.command() + " author check" : "there is no scene '" + from + "'"));
            return 2;
        }
        String cannot = unwritable(file);
        if (cannot != null) {
            // said before the session, not after it: a hostile tester played a whole session into a missing folder
            AuthorCommand.err(spec).println("author record: cannot write " + file + ": " + cannot);
            return 2;
        }
        String walk = record(new Engine(parsed.story()), from, seed, System.in, System.out);
        try {
            Files.writeString(file, walk, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Path kept = Files.createTempFile("recorded-", ".walk");
            Files.writeString(kept, walk, StandardCharsets.UTF_8);
            AuthorCommand.err(spec).println("author record: could not write " + file + " (" + e.getMessage()
                    + "); the recording is kept in " + kept);
            return 1;
        }
        WalkthroughRunner.Result r = WalkthroughRunner.run(new Engine(parsed.story()), file.toString(), walk);
        PrintWriter out = AuthorCommand.out(spec);
        out.println("wrote " + file + ": " + r.line());
        out.flush();
        return r.passed() ? 0 : 1;
    }

    /** Why the walkthrough could not be written at {@code f}, or null when it can (checked before playing). */
    static String unwritable(Path f) {
        Path abs = f.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            return "it is a folder; name a file such as " + abs.resolve("session.walk");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return "the folder " + dir + " does not exist; create it first";
        }
        if (Files.exists(abs) ? !Files.isWritable(abs) : !Files.isWritable(dir)) {
            return "permission denied";
        }
        return null;
    }

    /** Plays {@code in} in line mode to {@code out}, then returns the walkthrough of what was typed. */
    static String record(Engine engine, String from, long seed, InputStream in, OutputStream out) throws IOException {
        List<String> typed = new ArrayList<>();
        Step first = from == null ? engine.start(seed) : Playtest.start(engine, from, seed);
        try (LineFrontend line = LineFrontend.streams(in, out, 80)) {
            Frontend recording = new Frontend() {
                @Override
                public void show(View view, List<computequest.engine.Event> events) throws IOException {
                    line.show(view, events);
                }

                @Override
                public Optional<String> read(View view) throws IOException {
                    Optional<String> l = line.read(view);
                    l.ifPresent(typed::add);
                    return l;
                }

                @Override
                public void close() {
                }
            };
            new GameLoop(engine, recording, first).run();
        }
        return walkthrough(engine, from, seed, typed);
    }

    /**
     * A line of the walkthrough for one input: {@code > } and the input, or, for a number that answers a question
     * (a {@code @quiz} or a review card, whose choices the seed shuffles), {@code choose} and the answer's text.
     */
    static String asTyped(Engine engine, GameState s, String typed) {
        List<computequest.story.Choice> visible = engine.visibleChoices(s);
        var n = computequest.engine.ChoiceText.number(typed, visible.size());
        if (n.isPresent() && (engine.scene(s).quiz() || s.learning().reviewing())) {
            String text = visible.get(n.getAsInt()).text();
            if (typed.equals(WalkthroughRunner.chosen(visible, text).typed())) {
                return "choose " + text;
            }
        }
        return "> " + typed;
    }

    /** The walkthrough for a list of inputs: each replayed through the engine to find what to expect. */
    static String walkthrough(Engine engine, String from, long seed, List<String> typed) {
        StringBuilder b = new StringBuilder("// Recorded with ./play author record. Edit freely; ./play author test runs it.\n");
        b.append("@title Recorded").append(from == null ? "" : " from " + from).append('\n');
        b.append("@seed ").append(seed).append('\n');
        if (from != null) {
            b.append("@from ").append(from).append('\n');
        }
        GameState s = (from == null ? engine.start(seed) : Playtest.start(engine, from, seed)).state();
        b.append("expect scene ").append(s.sceneId()).append('\n');
        for (String t : typed) {
            String word = t.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
            if (word.equals("quit") || word.equals("exit")) {
                break;
            }
            if (APP_ONLY.contains(word)) {
                b.append("// typed '").append(t.strip()).append("': a walkthrough cannot replay it\n");
                continue;
            }
            String before = s.sceneId();
            b.append(asTyped(engine, s, t.strip())).append('\n');
            s = engine.step(s, t).state();
            if (!s.sceneId().equals(before)) {
                b.append("expect scene ").append(s.sceneId()).append('\n');
            }
        }
        b.append("// where it ended\n");
        b.append(s.ended() ? "expect ended\n" : "");
        b.append("expect score =").append(s.score()).append('\n');
        s.badges().forEach(x -> b.append("expect badge ").append(x).append('\n'));
        new TreeMap<>(s.flags()).forEach((k, v) -> b.append("expect flag ").append(k).append("=").append(v).append('\n'));
        Map<String, Integer> counts = new TreeMap<>();
        for (Resource r : CloudSim.resources(s.cloud())) {
            if (r.kind().equals("bill") || r.kind().equals("clock")) {
                continue;
            }
            String state = r.attr("state") != null && !r.attr("state").isEmpty() ? " state=" + r.attr("state")
                    : r.attr("status") != null && !r.attr("status").isEmpty() ? " status=" + r.attr("status") : "";
            counts.merge(r.kind() + state, 1, Integer::sum);
        }
        counts.forEach((k, n) -> b.append("expect ").append(k).append(" count=").append(n).append('\n'));
        return b.toString();
    }
}
