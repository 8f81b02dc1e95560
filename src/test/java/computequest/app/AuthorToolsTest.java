package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.RequestResult;
import computequest.engine.Step;
import computequest.story.StoryParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The author tools end to end: check, graph, new, test, --from and reload. */
class AuthorToolsTest {

    static final Path STORY = Path.of("story");
    static final Path BROKEN = Path.of("src/test/resources/broken-story");

    record Run(int code, String out, String err) {
    }

    static Run author(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new AuthorCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theRealStoryPassesTheChecker() {
        Run r = author("check", STORY.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains(" 0 errors"), r.out());
    }

    /** check, test, graph and watch take the folder as DIR or as --story DIR, as new, record and the game do. */
    @Test
    void theFolderMayBeGivenWithStoryAsTheOtherToolsTakeIt() {
        Run r = author("check", "--story", BROKEN.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("'scroe' is not an effect"), r.out());
        Run graph = author("graph", "--story=" + STORY);
        assertEquals(0, graph.code(), graph.err());
        assertTrue(graph.out().contains("\"ec2-type\" -> \"ec2-key\""), graph.out());
        Run both = author("test", "--story", STORY.toString(), BROKEN.toString());
        assertEquals(2, both.code(), both.out());
        assertTrue(both.err().contains("two story folders given"), both.err());
    }

    @Test
    void aBrokenCopyGivesOnePrecisePositionedErrorPerMistake() {
        Run r = author("check", BROKEN.toString());
        assertEquals(1, r.code(), r.out());
        List<String> errors = r.out().lines().filter(l -> l.contains(": error: ")).toList();
        String f = BROKEN.resolve("01-virtual-machines/01-launch.story").toString();
        assertEquals(List.of(
                f + ":54:5: error: 'scroe' is not an effect",
                f + ":76:53: error: no scene is called 'ec2-lanch'",
                f + ":140:7: error: the simulated cloud has no resource kind 'instanse'",
                f + ":305:1: error: the scene id 'ec2-stop' is used twice: at 01-virtual-machines/01-launch.story:161:1"
                        + " and at 01-virtual-machines/01-launch.story:305:1; the game keeps the first"), errors, r.out());
        assertTrue(r.out().contains("hint: did you mean 'ec2-launch'?"), r.out());
        assertTrue(r.out().contains("hint: did you mean 'instance'?"), r.out());
        assertTrue(r.out().contains("4 errors, 2 warnings."), r.out()); // the second: points a repeatable choice gives again
    }

    @Test
    void jsonOutputIsForEditors() {
        Run r = author("check", "--json", BROKEN.toString());
        assertEquals(1, r.code());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(4, o.get("errors").getAsInt());
        JsonObject first = o.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals(54, first.get("line").getAsInt());
        assertEquals(5, first.get("column").getAsInt());
        assertEquals("error", first.get("severity").getAsString());
        assertTrue(first.get("file").getAsString().endsWith("01-launch.story"));
    }

    @Test
    void graphHasBothFormatsAndRejectsOthers() {
        Run dot = author("graph", STORY.toString());
        assertEquals(0, dot.code());
        assertTrue(dot.out().contains("\"ec2-type\" -> \"ec2-key\""), dot.out());
        assertTrue(dot.out().contains("shape=doublecircle"), dot.out());
        Run mm = author("graph", STORY.toString(), "--format", "mermaid");
        assertTrue(mm.out().contains("s_ec2_launch -.->|\"goal: instance type=t3.micro key-name=bakery\"| s_ec2_pending"), mm.out());
        Run bad = author("graph", STORY.toString(), "--format", "svg");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("dot or mermaid"), bad.err());
    }

    @TestFactory
    Stream<DynamicTest> everyWalkthroughPasses() throws IOException {
        Engine engine = engine(STORY);
        Path dir = STORY.resolve("walkthroughs");
        List<Path> files = WalkthroughRunner.find(dir);
        assertFalse(files.isEmpty(), "no walkthroughs in " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            WalkthroughRunner.Result r = WalkthroughRunner.run(engine, f.toString(), Files.readString(f));
            assertTrue(r.passed(), r.line());
        }));
    }

    @Test
    void aWrongExpectationFailsWithItsPosition() throws IOException {
        WalkthroughRunner.Result r = WalkthroughRunner.run(engine(STORY), "w.walk", "> 1\n> 1\nexpect scene ec2-launch\n");
        assertFalse(r.passed());
        assertTrue(r.failure().startsWith("w.walk:3:8: expected scene 'ec2-launch', but the game is at 'ec2-type'"),
                r.failure());
        Run t = author("test", STORY.toString(), "--walks", BROKEN.toString());
        assertEquals(1, t.code());
        assertTrue(t.out().contains("No .walk files"), t.out());
    }

    @Test
    void scaffoldWritesASceneThatPassesOnceLinked(@TempDir Path tmp) throws IOException {
        Path story = copy(STORY, tmp.resolve("story"));
        Run r = author("new", "ec2-spot", "--story", story.toString(), "--dir",
                story.resolve("01-virtual-machines").toString(), "--next", "ec2-done");
        assertEquals(0, r.code(), r.err());
        Path file = story.resolve("01-virtual-machines/ec2-spot.story");
        assertTrue(Files.readString(file).contains(":: ec2-spot"));
        Run unlinked = author("check", story.toString());
        assertEquals(1, unlinked.code(), unlinked.out());
        assertTrue(unlinked.out().contains("error: no path from @start reaches the scene 'ec2-spot'"), unlinked.out());
        Files.delete(story.resolve("rules.txt"));
        Path ch1 = story.resolve("01-virtual-machines/02-lifecycle.story");
        Files.writeString(ch1, Files.readString(ch1).replace("* Continue -> ls-intro\n", "* Continue -> ls-intro\n* Spot -> ec2-spot\n"));
        Run linked = author("check", story.toString());
        assertEquals(0, linked.code(), linked.out());
        assertTrue(linked.out().contains(" 0 errors, 10 warnings"), linked.out());
        // ec2-done now links to ec2-spot, whose answer leads back to ec2-done: its points could be farmed
        assertTrue(linked.out().contains("ec2-spot.story:21:5: warning: a path from 'ec2-done' leads back to"
                + " 'ec2-spot'"), linked.out());
        assertTrue(Files.readString(file).contains("//   ./play --story " + story + " --from ec2-spot   play it"),
                "the template names the story folder in use");
        assertTrue(linked.out().contains("ec2-spot.story:10:8: warning: 'TODO' is still in this line"), linked.out());
        assertTrue(r.out().contains("play it with ./play --story " + story + " --from ec2-spot"), r.out());
        assertEquals(1, author("new", "ec2-spot", "--story", story.toString()).code());
        assertEquals(2, author("new", "Bad_Id", "--story", story.toString()).code());
    }

    @Test
    void fromStartsAtASceneWithTheCloudItExpects() throws IOException {
        Engine engine = engine(STORY);
        Step s = Playtest.start(engine, "ec2-stopped", 1);
        assertEquals("ec2-stopped", s.state().sceneId());
        assertTrue(s.state().visited().containsAll(List.of("welcome", "ec2-launch", "ec2-stop")));
        assertTrue(((Event.Feedback) s.events().get(0)).text().startsWith("Playtest from 'ec2-stopped': set up along welcome > ec2-ami"));
        assertTrue(s.events().stream().noneMatch(e -> e instanceof Event.Feedback f && f.tone() == Event.Tone.WRONG), s.events().toString());
        assertTrue(s.state().score() >= 40);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--story", STORY.toString(), "--from", "ec2-stoped"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("did you mean 'ec2-stop"), err.toString());
    }

    @Test
    void aSetupPlaceholderThatMatchesNothingIsReportedWithItsPosition() {
        Engine engine = new Engine(StoryParser.parse(java.util.Map.of("t.story", """
                :: a
                * Go -> b
                :: b
                @setup run ssh ${instance state=running} 'ls'
                @setup flag ready
                @ending
                """)).story());
        Step s = Playtest.start(engine, "b", 1);
        assertEquals("b", s.state().sceneId());
        assertEquals("true", s.state().flags().get("ready"));
        List<String> wrong = s.events().stream().filter(e -> e instanceof Event.Feedback f && f.tone() == Event.Tone.WRONG)
                .map(e -> ((Event.Feedback) e).text()).toList();
        assertEquals(1, wrong.size(), s.events().toString());
        assertTrue(wrong.get(0).startsWith("(@setup at t.story:4:8: nothing in the cloud matches"), wrong.get(0));
    }

    @Test
    void reloadKeepsTheGameAndRefusesBrokenOrSceneLosingEdits(@TempDir Path tmp) throws IOException {
        Path story = copy(STORY, tmp.resolve("story"));
        Path ch1 = story.resolve("01-virtual-machines/01-launch.story");
        Engine engine = engine(story);
        GameState s = engine.start(1).state();
        s = engine.step(s, "1").state();
        s = engine.step(s, "1").state();
        s = engine.step(s, "1").state();
        s = engine.step(s, "aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem").state();
        s = engine.step(s, "chmod 400 bakery.pem").state();
        s = engine.step(s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
                + " --key-name bakery").state();
        assertEquals("ec2-pending", s.sceneId());
        Step asked = engine.step(s, "reload");
        assertEquals(List.of(new computequest.engine.Request.Reload()), asked.requests());
        StoryReloader reloader = new StoryReloader(story);
        String original = Files.readString(ch1);

        Files.writeString(ch1, original.replace("@title Pending", "@title Pending, edited"));
        StoryReloader.Reloaded ok = reloader.reload(engine, s);
        assertTrue(ok.result() instanceof RequestResult.Reloaded, ok.result().toString());
        assertEquals("Pending, edited", ok.engine().scene(s).title());
        assertEquals(1, s.cloud().instances().size());

        Files.writeString(ch1, original.replace("-> ec2-firewall", "-> ec2-rom"));
        StoryReloader.Reloaded broken = reloader.reload(ok.engine(), s);
        assertEquals(ok.engine(), broken.engine());
        assertTrue(((RequestResult.Failed) broken.result()).why().contains("no scene is called 'ec2-rom'"), broken.result().toString());

        Files.writeString(ch1, original.replace(":: ec2-pending", ":: ec2-waiting").replace("-> ec2-pending",
                "-> ec2-waiting"));
        StoryReloader.Reloaded gone = reloader.reload(ok.engine(), s);
        assertEquals(ok.engine(), gone.engine());
        assertTrue(((RequestResult.Failed) gone.result()).why().contains("'ec2-pending', is gone"), gone.result().toString());
    }

    @Test
    void typingReloadInTheGameLoopSwapsTheStoryAndKeepsTheCloud(@TempDir Path tmp) throws IOException {
        Path story = copy(STORY, tmp.resolve("story"));
        Path ch1 = story.resolve("01-virtual-machines/01-launch.story");
        java.util.ArrayDeque<String> inputs = new java.util.ArrayDeque<>(List.of("1", "1", "1",
                "aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem",
                "chmod 400 bakery.pem",
                "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name bakery",
                "reload"));
        List<List<Event>> shown = new java.util.ArrayList<>();
        computequest.ui.Frontend ui = new computequest.ui.Frontend() {
            @Override
            public void show(computequest.engine.View view, List<Event> events) {
                shown.add(events);
            }

            @Override
            public java.util.Optional<String> read(computequest.engine.View view) throws IOException {
                if ("reload".equals(inputs.peek())) {
                    Files.writeString(ch1, Files.readString(ch1).replace("@title Pending", "@title Pending v2"));
                }
                return java.util.Optional.ofNullable(inputs.poll());
            }

            @Override
            public void close() {
            }
        };
        Engine engine = engine(story);
        GameLoop loop = new GameLoop(engine, ui, engine.start(1), new StoryReloader(story));
        loop.run();
        List<Event> last = shown.get(shown.size() - 1);
        Event.Feedback said = (Event.Feedback) last.get(0);
        assertEquals(Event.Tone.OK, said.tone(), last.toString());
        int scenes = computequest.story.StoryParser.parseDirectory(story).story().scenes().size();
        assertTrue(said.text().startsWith("Reloaded " + scenes + " scenes"), said.text());
        assertEquals("Pending v2", loop.view().sceneTitle(), "the view after the reload shows the new story");
        assertEquals("ec2-pending", loop.state().sceneId());
        assertEquals(1, computequest.sim.CloudSim.resources(loop.state().cloud()).stream()
                .filter(r -> r.kind().equals("instance")).count());
    }

    static Engine engine(Path dir) throws IOException {
        StoryParser.Parsed p = StoryParser.parseDirectory(dir);
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return new Engine(p.story());
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
