package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.story.Choice;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code ./play import NOTE}: the five study notes become drafts that parse and play from start to end. */
class AuthorImportCommandTest {

    static final Path NOTES = Path.of(System.getProperty("cq.projectDir", "."), "src/test/resources/notes");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** {@code ./play author ARGS}, through the author command group. */
    static Run author(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new AuthorCommand());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cl.execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new AuthorImportCommand());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cl.execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<Path> notes() throws Exception {
        try (Stream<Path> s = Files.list(NOTES)) {
            List<Path> all = s.sorted().toList();
            assertEquals(5, all.size(), "the five study notes are test material");
            return all.stream();
        }
    }

    /**
     * Plays by always taking the first choice that leads somewhere (in a quiz, the right answer) until an ending.
     *
     * @return the scene ids in the order visited
     */
    static List<String> playThrough(Story story) {
        Engine engine = new Engine(story);
        Step step = engine.start(1);
        GameState s = step.state();
        List<String> path = new ArrayList<>(List.of(s.sceneId()));
        for (int turn = 0; !s.ended(); turn++) {
            assertTrue(turn < 500, "no ending after 500 turns: " + path);
            List<Choice> visible = engine.visibleChoices(s);
            int pick = -1;
            for (int i = 0; i < visible.size() && pick < 0; i++) {
                if (visible.get(i).target() != null) {
                    pick = i;
                }
            }
            assertTrue(pick >= 0, "softlock: scene " + s.sceneId() + " offers no way on");
            step = engine.step(s, Integer.toString(pick + 1));
            s = step.state();
            path.add(s.sceneId());
        }
        assertTrue(step.events().stream().anyMatch(e -> e instanceof Event.Ending), step.events().toString());
        return path;
    }

    @ParameterizedTest
    @MethodSource("notes")
    void eachStudyNoteImportsIntoADraftThatParsesAndPlaysFromStartToEnd(Path note) throws Exception {
        Path dir = tmp.resolve("draft");
        Run r = run(note.toString(), "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wrote " + dir), r.out());
        assertTrue(r.out().contains("Checked: 0 errors"), r.out());
        assertTrue(r.out().contains("Play it:  ./play --story " + dir), r.out());
        Run check = author("check", dir.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains(" 0 errors, "), check.out());
        Run walk = author("test", dir.toString());
        assertEquals(0, walk.code(), walk.out() + walk.err());
        assertTrue(walk.out().contains("1 of 1 walkthroughs passed."), walk.out());
        Run graph = author("graph", dir.toString());
        assertEquals(0, graph.code(), graph.err());
        assertTrue(graph.out().contains("END: end"), graph.out());
        assertTrue(Files.exists(dir.resolve("00-story.story")));
        StoryParser.Parsed p = StoryParser.parseDirectory(dir);
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        Story story = p.story();
        assertTrue(story.title().startsWith("Draft: "), story.title());
        List<String> path = playThrough(story);
        assertEquals(List.copyOf(story.scenes().keySet()), path, "a draft is one line through every scene");
        story.scenes().values().forEach(sc -> assertFalse(sc.hints().isEmpty(), sc.id()));
        assertTrue(story.scenes().values().stream().filter(sc -> !sc.ending() && !sc.quiz())
                .allMatch(sc -> sc.choices().stream().anyMatch(c -> c.text().equals("Continue"))));
    }

    @Test
    void note004TurnsItsEcsVsEksTableIntoMatchingQuestions() throws Exception {
        Path dir = tmp.resolve("d");
        assertEquals(0, run(NOTES.resolve("004_54aaa77fb550bc87.txt").toString(), "--out", dir.toString()).code());
        Story s = StoryParser.parseDirectory(dir).story();
        assertEquals(List.of("compute", "virtual-machines", "amazon-machine-image-ami",
                "amazon-virtual-private-cloud-vpc", "ec2-instance-lifecycle", "container-services", "container-vs-vm",
                "orchestrate-containers", "match-orchestrate-containers", "match-orchestrate-containers-2",
                "match-orchestrate-containers-3", "end"),
                List.copyOf(s.scenes().keySet()));
        assertEquals("Which Term matches ECS: task; EKS: pod?",
                s.scenes().get("match-orchestrate-containers-2").text());
        assertTrue(s.scenes().get("ec2-instance-lifecycle").text()
                .endsWith("See also: image ec2-lifecycle (./images/ec2-lifecycle.png)"));
        String chapter = Files.readString(dir.resolve("10-compute.story"));
        // the lifecycle heading's goal asks for what the lifecycle is about, not just a running instance
        assertTrue(chapter.contains("// @goal instance state=stopped -> container-services"), chapter);
        assertTrue(chapter.contains("// @goal image owner=self -> amazon-virtual-private-cloud-vpc"), chapter);
    }

    @Test
    void note000FrontMatterTitleHighlightsAndObsidianTagsGiveGlossaryAndQuizzes() throws Exception {
        Path dir = tmp.resolve("d");
        assertEquals(0, run(NOTES.resolve("000_d1a12ecb37910603.txt").toString(), "--out", dir.toString()).code());
        Story s = StoryParser.parseDirectory(dir).story();
        assertEquals("Draft: VMs, Containers and Serverless", s.title());
        assertEquals(6, s.glossary().size(), s.glossary().toString());
        assertEquals("fully managed Kubernetes service", s.glossary().get("Elastic Kubernetes Service (EKS)"));
        assertEquals(6, s.scenes().values().stream().filter(sc -> sc.quiz()).count());
        assertFalse(s.scenes().values().stream().anyMatch(sc -> sc.text().contains("==") || sc.text().contains("<span")
                || sc.text().contains("#aws")));
    }

    @Test
    void theDraftPlaysInTheRealGameWithStory() throws Exception {
        Path dir = tmp.resolve("d");
        assertEquals(0, run(NOTES.resolve("004_54aaa77fb550bc87.txt").toString(), "--out", dir.toString()).code());
        Story story = StoryParser.parseDirectory(dir).story();
        Engine engine = new Engine(story);
        GameState s = engine.start(1).state();
        StringBuilder input = new StringBuilder();
        while (!s.ended()) {
            List<Choice> v = engine.visibleChoices(s);
            int pick = v.indexOf(v.stream().filter(c -> c.target() != null).findFirst().orElseThrow()) + 1;
            input.append(pick).append('\n');
            s = engine.step(s, Integer.toString(pick)).state();
        }
        Path in = Files.writeString(tmp.resolve("in"), input + "quit\n");
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err");
        Process p = ProcessRunTest.start(List.of("--story", dir.toString(), "--saves", tmp.resolve("saves").toString()),
                in.toFile(), out.toFile(), err.toFile());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the game did not exit");
        assertEquals(0, p.exitValue(), Files.readString(err));
        String o = Files.readString(out);
        assertTrue(o.contains("Draft: end of Compute"), o);
        assertTrue(o.contains("The end. Final score: 3"), o);
    }

    @Test
    void everyGoalTemplatePassesTheCheckerOnceUncommented() throws Exception {
        Path note = Files.writeString(tmp.resolve("n.md"), "# EC2, ECS, EKS, ECR, Fargate, Lambda, Lightsail, S3,"
                + " DynamoDB\ntext\n");
        Path dir = tmp.resolve("d");
        assertEquals(0, run(note.toString(), "--out", dir.toString()).code());
        Path chapter;
        try (Stream<Path> files = Files.list(dir)) {
            chapter = files.filter(f -> f.getFileName().toString().startsWith("10-")).findFirst().orElseThrow();
        }
        String text = Files.readString(chapter);
        assertEquals(9, text.split("// @goal ", -1).length - 1, text);
        Run draft = author("check", dir.toString());
        assertEquals(0, draft.code(), "a fresh draft has no errors: " + draft.out());
        assertEquals(11, draft.out().split("warning: left to finish", -1).length - 1,
                "one positioned warning per part left to finish (9 goals, the prose, the closing paragraph): " + draft.out());
        Files.writeString(chapter, text.replace("// @goal ", "@goal ").replaceAll("(?m)^@todo .*\n", ""));
        Run check = author("check", dir.toString());
        assertEquals(0, check.code(), check.out());
        assertTrue(check.out().contains(" 0 errors, 0 warnings."), check.out());
    }

    @Test
    void aMissingNoteIsAClearMessage() {
        Run r = run(tmp.resolve("nope.md").toString());
        assertEquals(2, r.code());
        assertEquals("compute-quest: no note at " + tmp.resolve("nope.md")
                + ". Give the path of a Markdown file, e.g. notes/ecs.md.\n", r.err());
        Run d = run(tmp.toString());
        assertEquals(2, d.code());
        assertTrue(d.err().contains("is not a file"), d.err());
    }

    @Test
    void anEmptyNoteExitsNonZeroWithAClearMessageAndWritesNothing() throws Exception {
        Path note = Files.writeString(tmp.resolve("empty.md"), "\n   \n");
        Path dir = tmp.resolve("d");
        Run r = run(note.toString(), "--out", dir.toString());
        assertEquals(2, r.code());
        assertEquals("compute-quest: empty.md is empty: there is nothing to import."
                + " Write a '# heading' and some text first.\n", r.err());
        assertFalse(Files.exists(dir));
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void aNoteThatIsNotUtf8IsRefused() throws Exception {
        Path note = Files.write(tmp.resolve("bin.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Run r = run(note.toString(), "--out", tmp.resolve("d").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not UTF-8 text"), r.err());
    }

    @Test
    void anExistingDraftIsKeptUnlessForced() throws Exception {
        Path note = Files.writeString(tmp.resolve("n.md"), "# One\ntext\n");
        Path dir = tmp.resolve("d");
        assertEquals(0, run(note.toString(), "--out", dir.toString()).code());
        Files.writeString(note, "# Two\ntext\n");
        Run again = run(note.toString(), "--out", dir.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("--force"), again.err());
        assertTrue(Files.readString(dir.resolve("10-one.story")).contains("@title One"));
        assertEquals(0, run(note.toString(), "--out", dir.toString(), "--force").code());
        assertTrue(StoryParser.parseDirectory(dir).story().scenes().containsKey("two"));
    }

    @Test
    void aDraftInsideTheGamesStoryFolderIsRefusedBecauseItWouldTakeOverTheCourse() throws Exception {
        Path note = Files.writeString(tmp.resolve("n.md"), "# One\ntext\n");
        Path inside = StoryLocation.resolve(null).resolve("draft-one");
        Run r = run(note.toString(), "--out", inside.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("inside the game's story folder"), r.err());
        assertFalse(Files.exists(inside));
    }

    @Test
    void theCommandIsReachableFromPlay() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new Main(System.err));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cl.execute("author", "import", tmp.resolve("nope.md").toString());
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no note at"), err.toString(StandardCharsets.UTF_8));
        assertTrue(new File(NOTES.toFile(), "004_54aaa77fb550bc87.txt").exists());
    }
}
