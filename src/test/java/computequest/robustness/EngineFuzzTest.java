package computequest.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws real, mutated and random input at the engine playing the real story, and checks {@link Invariants} after
 * every step. Seeded, so a failure replays: the message names the seed, the step and the inputs before it.
 * {@code -Dcq.soak=true} runs ten times as much; {@code -Dcq.fuzz.seed=N} picks another seed.
 */
class EngineFuzzTest {

    static final boolean SOAK = Boolean.getBoolean("cq.soak");
    static final long SEED = Long.getLong("cq.fuzz.seed", 20261123L);
    static final int COMMANDS = SOAK ? 1_000_000 : 100_000;
    static final int WALKS = SOAK ? 10_000 : 1_000;

    static Engine engine;
    static Corpus corpus;
    static List<List<String>> transcripts = List.of();

    @BeforeAll
    static void load() throws Exception {
        Path project = Path.of(System.getProperty("cq.projectDir", "."));
        StoryParser.Parsed parsed = StoryParser.parseDirectory(project.resolve("story"));
        assertFalse(parsed.hasErrors(), () -> "the story must parse: " + parsed.diagnostics());
        engine = new Engine(parsed.story());
        corpus = Corpus.load(project);
        transcripts = Corpus.transcriptInputs(project);
        assertTrue(corpus.commands().size() >= 10, "the fuzzer needs real command lines to mutate");
    }

    /** Runs one step, failing with everything needed to replay it when it throws or breaks an invariant. */
    static Step step(GameState s, String input, Deque<String> history, String where) {
        history.addLast(input);
        if (history.size() > 25) {
            history.removeFirst();
        }
        Step next;
        try {
            next = engine.step(s, input);
        } catch (RuntimeException | StackOverflowError e) {
            AssertionError err = new AssertionError(where + ": the engine threw on " + show(input)
                    + "\nlast inputs:\n" + String.join("\n", history.stream().map(EngineFuzzTest::show).toList()), e);
            throw err;
        }
        List<String> broken = Invariants.check(engine, s, input, next);
        if (!broken.isEmpty()) {
            fail(where + ": after " + show(input) + " the game broke:\n  " + String.join("\n  ", broken)
                    + "\nlast inputs:\n" + String.join("\n", history.stream().map(EngineFuzzTest::show).toList()));
        }
        return next;
    }

    static String show(String s) {
        StringBuilder b = new StringBuilder("\"");
        String cut = Invariants.abbreviate(s);
        for (char c : cut.toCharArray()) {
            if (c < 32 || c > 126) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Test
    void hundredThousandRandomAndMutatedCommandsNeverBreakTheGame() {
        Random r = new Random(SEED);
        Deque<String> history = new ArrayDeque<>();
        GameState s = null;
        int sinceStart = 0;
        int moved = 0;
        long launched = 0;
        for (int n = 0; n < COMMANDS; n++) {
            if (s == null || sinceStart >= 400) {
                long gameSeed = r.nextLong();
                s = engine.start(gameSeed).state();
                assertTrue(Invariants.cloud(s.cloud()).isEmpty(), "a fresh game is consistent");
                sinceStart = 0;
                history.clear();
                history.addLast("(new game, seed " + gameSeed + ")");
            }
            String input = corpus.any(r, s);
            Step next = step(s, input, history, "fuzz seed " + SEED + " command " + n);
            if (!next.state().sceneId().equals(s.sceneId())) {
                moved++;
            }
            launched = Math.max(launched, next.state().cloud().instances().size());
            s = next.state();
            sinceStart++;
        }
        System.out.printf("fuzz: %d commands, seed %d, %d scene changes, up to %d instances at once%n",
                COMMANDS, SEED, moved, launched);
        assertTrue(launched > 0, "some fuzzed commands must launch instances, or the fuzzer tests only refusals");
    }

    @Test
    void thousandRandomWalksThroughTheStoryNeverBreakTheGame() {
        Random r = new Random(SEED ^ 0x5DEECE66DL);
        Set<String> reached = new HashSet<>();
        int endings = 0;
        long steps = 0;
        for (int w = 0; w < WALKS; w++) {
            Deque<String> history = new ArrayDeque<>();
            long gameSeed = w % 2 == 0 ? 1 : r.nextLong();
            GameState s = engine.start(gameSeed).state();
            history.addLast("(new game, seed " + gameSeed + ")");
            reached.add(s.sceneId());
            if (w % 4 == 0 && !transcripts.isEmpty()) {
                // Every fourth walk first replays part of a transcript (seed 1, so its ids match), to start deep in
                // the course rather than near its first scene.
                List<String> course = transcripts.get(r.nextInt(transcripts.size()));
                int prefix = r.nextInt(course.size() + 1);
                for (int n = 0; n < prefix && !s.ended(); n++) {
                    s = step(s, course.get(n), history, "walk " + w + " (seed " + SEED + ") replaying line " + n).state();
                    reached.add(s.sceneId());
                }
            }
            for (int n = 0; n < 120 && !s.ended(); n++) {
                int choices = engine.visibleChoices(s).size();
                int k = r.nextInt(100);
                String input;
                if (k < 55 && choices > 0) {
                    input = Integer.toString(1 + r.nextInt(choices));
                } else if (k < 85) {
                    input = corpus.real(r, s);
                } else if (k < 92) {
                    input = "wait " + (1 + r.nextInt(600));
                } else {
                    input = corpus.any(r, s);
                }
                s = step(s, input, history, "walk " + w + " (seed " + SEED + ") step " + n).state();
                reached.add(s.sceneId());
                steps++;
            }
            if (s.ended()) {
                endings++;
            }
        }
        int scenes = engine.story().scenes().size();
        System.out.printf("walks: %d walks, %d steps, reached %d of %d scenes, %d reached an ending%n",
                WALKS, steps, reached.size(), scenes, endings);
        assertTrue(reached.size() >= Math.min(3, scenes), "random walks must get past the first scenes: " + reached);
    }
}
