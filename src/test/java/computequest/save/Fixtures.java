package computequest.save;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Real states to save: the shipped story played from a transcript, and a small cloud built without a story. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private Fixtures() {
    }

    static Story story() throws java.io.IOException {
        StoryParser.Parsed p = StoryParser.parseDirectory(Path.of("story"));
        if (p.hasErrors()) {
            throw new AssertionError(p.diagnostics());
        }
        return p.story();
    }

    /** Every state of a playthrough of the real story, from the happy-path transcript, with the commands typed. */
    record Played(Engine engine, List<GameState> states, List<String> commands) {
    }

    static Played playthrough() throws Exception {
        return played("01-happy-path.in");
    }

    /** The whole course, from the full-course transcript: a game at the end of the course. */
    static Played course() throws Exception {
        return played("03-full-course.in");
    }

    private static Played played(String transcript) throws Exception {
        Engine engine = new Engine(story());
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/transcripts", transcript)).stream()
                .filter(l -> !l.strip().equals("quit")).toList();
        List<GameState> states = new ArrayList<>();
        Step step = engine.start(7);
        states.add(step.state());
        for (String line : lines) {
            step = engine.step(step.state(), line);
            states.add(step.state());
        }
        return new Played(engine, states, lines);
    }

    /** A state with a running and a stopped instance, a bill and flags, built straight on the sim. */
    static GameState cloudState(long seed) {
        Cloud c = Cloud.fresh(seed);
        c = CloudSim.execute(c, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro").cloud();
        c = CloudSim.execute(c, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type m5.large").cloud();
        c = CloudSim.advance(c, 120).cloud();
        return new GameState("a", c, 10, Map.of("k", "v"), List.of("a"), List.of("Launcher"), 1, false, seed, 3);
    }

    static SaveFile save(GameState s, String storyId, long played, List<SaveFile.UndoStep> undo) {
        return new SaveFile(SaveCodec.FORMAT, SaveCodec.VERSION, SaveCodec.MIN_COMPATIBLE, storyId, "hash", s.seed(),
                T0, T0.plusSeconds(played), played, new SaveFile.Summary(s.sceneId(), "A", "1 Test", 1, 3, s.score(),
                false), s, undo);
    }
}
