package computequest.app;

import static computequest.app.AuthorToolsTest.author;
import static computequest.app.AuthorToolsTest.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.story.CoverageCheck;
import computequest.story.Diagnostic;
import computequest.story.FigureCheck;
import computequest.story.Position;
import computequest.story.RuleCheck;
import computequest.story.StoryParser;
import computequest.story.StoryRules;
import computequest.story.StoryValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * story/README.md's tutorial, step by step, in a copy of the project's story and golden transcripts, then a small
 * chapter of one's own: at every step {@code author check} passes exactly when the story-side tests of
 * {@code mvn -B test} would. Those tests are recomputed here from their parts (the checker, the course's rules, the
 * figures list, the concept table, every walkthrough run, every golden transcript replayed), not through
 * {@link AuthorCheck}, so a part that {@code author check} forgot would show as a disagreement.
 */
class TutorialTest {

    static final Path STORY = Path.of("story");

    /** The verdict of the story-dependent tests on a copied project, without going through AuthorCheck. */
    static List<String> suiteFailures(Path story) throws IOException {
        List<String> out = new ArrayList<>();
        StoryParser.Parsed parsed = StoryParser.parseDirectory(story);
        List<Diagnostic> ds = new ArrayList<>(StoryValidator.check(parsed, SimVocab.INSTANCE));
        StoryRules rules = StoryRules.parse("rules.txt", Files.readString(story.resolve("rules.txt")), ds);
        ds.addAll(RuleCheck.check(parsed.story(), rules));
        FigureCheck figures = FigureCheck.parse("figures.txt", Files.readString(story.resolve("figures.txt")), ds);
        StoryParser.readFiles(story).forEach((f, text) -> ds.addAll(figures.check(f, text, new Position("f", 1, 1))));
        ds.addAll(CoverageCheck.check("coverage.tsv", Files.readString(story.resolve("coverage.tsv")), parsed.story()));
        ds.forEach(d -> out.add("checker or course rule (warnings fail the course too): " + d));
        if (!out.isEmpty()) {
            return out; // the suite fails already; the slower parts below cannot change that
        }
        Engine engine = new Engine(parsed.story());
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (Path w : WalkthroughRunner.find(story.resolve("walkthroughs"))) {
            WalkthroughRunner.Result r = WalkthroughRunner.run(engine, w.toString(), Files.readString(w));
            reached.addAll(r.reached());
            if (!r.passed()) {
                out.add("walkthrough: " + r.line());
            }
        }
        parsed.story().scenes().keySet().stream().filter(id -> !reached.contains(id))
                .forEach(id -> out.add("no walkthrough reaches " + id));
        Path transcripts = story.resolveSibling("src/test/resources/transcripts");
        for (Path in : GoldenTranscript.inputs(transcripts)) {
            String expected = Files.readString(Path.of(in.toString().replaceFirst("\\.in$", ".expected")));
            if (!GoldenTranscript.play(engine, Files.readString(in), 1).equals(expected)) {
                out.add("golden transcript differs: " + in.getFileName());
            }
        }
        return out;
    }

    static AuthorToolsTest.Run checkAgrees(Path story) throws IOException {
        AuthorToolsTest.Run r = author("check", story.toString());
        List<String> suite = suiteFailures(story);
        assertEquals(suite.isEmpty(), r.code() == 0, "author check and the suite disagree.\nauthor check:\n" + r.out()
                + "\nsuite:\n" + String.join("\n", suite));
        return r;
    }

    @Test
    void theTutorialThenAChapterOfOnesOwnPassAuthorCheckExactlyWhenTheSuiteWould(@TempDir Path tmp)
            throws IOException {
        String readme = Files.readString(STORY.resolve("README.md"));
        String tutorial = readme.substring(readme.indexOf("## Tutorial"), readme.indexOf("## Rules"));
        List<String> blocks = Pattern.compile("(?ms)^```[a-z]*\\n(.*?)^```").matcher(tutorial).results()
                .map(m -> m.group(1)).toList();
        String scene = blocks.stream().filter(b -> b.startsWith("@chapter")).findFirst().orElseThrow();
        String link = blocks.stream().filter(b -> b.startsWith("* ")).findFirst().orElseThrow().strip();
        String walk = blocks.stream().filter(b -> b.startsWith("@title")).findFirst().orElseThrow();
        assertTrue(tutorial.contains("./play author new ec2-az --dir story/01-virtual-machines --next ec2-stop"));
        assertTrue(tutorial.contains("./play author check --update-transcripts"));

        Path story = copy(STORY, tmp.resolve("story"));
        copy(Path.of("src/test/resources/transcripts"), tmp.resolve("src/test/resources/transcripts"));
        // Steps 1 and 2: the scene, unlinked.
        assertEquals(0, author("new", "ec2-az", "--story", story.toString(), "--dir",
                story.resolve("01-virtual-machines").toString(), "--next", "ec2-stop").code());
        Files.writeString(story.resolve("01-virtual-machines/ec2-az.story"), scene);
        AuthorToolsTest.Run unlinked = checkAgrees(story);
        assertTrue(unlinked.out().contains("error: no path from @start reaches the scene 'ec2-az'"), unlinked.out());
        // Step 3: the link; the transcripts now differ and no walkthrough reaches the scene.
        Path ch1 = story.resolve("01-virtual-machines/02-lifecycle.story");
        String text = Files.readString(ch1);
        int stop = text.indexOf(":: ec2-stop");
        int goal = text.indexOf("@goal", stop);
        Files.writeString(ch1, text.substring(0, goal) + link + "\n" + text.substring(goal));
        AuthorToolsTest.Run linked = checkAgrees(story);
        assertEquals(1, linked.code());
        assertTrue(linked.out().contains("error: no walkthrough reaches the scene 'ec2-az'"), linked.out());
        assertTrue(linked.out().contains("01-happy-path.expected:"), linked.out());
        assertTrue(linked.out().contains("the golden transcript no longer matches the story"), linked.out());
        // Step 6: the walkthrough.
        Files.writeString(story.resolve("walkthroughs/ec2-az.walk"), walk);
        AuthorToolsTest.Run test = author("test", story.toString());
        assertEquals(0, test.code(), test.out());
        // Step 7: the transcripts brought up to date, as the tutorial says.
        AuthorToolsTest.Run updated = author("check", "--update-transcripts", story.toString());
        assertEquals(0, updated.code(), updated.out());
        assertEquals(0, checkAgrees(story).code());

        // A chapter of one's own, broken in each way the rules catch, then right.
        Path ch7 = story.resolve("07-storage/01-ebs.story");
        Files.createDirectories(ch7.getParent());
        Files.writeString(story.resolve("walkthroughs/ebs.walk"), EBS_WALK);
        Path az = story.resolve("01-virtual-machines/ec2-az.story");
        String wrong = "  > No: an instance lives in the one zone of its subnet.\n";
        Files.writeString(az, Files.readString(az).replace(wrong, wrong + "* Where do its files live? -> ebs-intro\n"));
        String good = ebsChapter("the same zone", "$0.08");
        Files.writeString(ch7, good);
        AuthorToolsTest.Run newChapter = checkAgrees(story);
        assertTrue(newChapter.out().contains("7 Storage"), "the progress map in the transcripts shows chapters: "
                + newChapter.out());
        AuthorToolsTest.Run upd = author("check", "--update-transcripts", story.toString());
        assertEquals(0, upd.code(), upd.out());
        AuthorToolsTest.Run clean = checkAgrees(story);
        assertEquals(0, clean.code(), clean.out());
        assertTrue(clean.out().contains("0 errors, 0 warnings."), clean.out());
        java.util.Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put(ebsChapter("the same zone, so a snapshot or a copy is how you take its data anywhere else",
                "$0.08"), "characters long; the rules allow 74");
        broken.put(ebsChapter("the same zone", "$0.09"), "the price $0.09 is not on the story's list of figures");
        broken.put(good.replace("@quiz\n", ""), "the chapter '7 Storage' has 0 @quiz scenes");
        broken.put(good.replace("@hint Type 1.\n", ""), "has 2 @hints, the rules want 3");
        for (var e : broken.entrySet()) {
            Files.writeString(ch7, e.getKey());
            AuthorToolsTest.Run r = checkAgrees(story);
            assertEquals(1, r.code());
            assertTrue(r.out().contains(e.getValue()), e.getValue() + " in\n" + r.out());
        }
        Files.writeString(ch7, good);
        assertEquals(0, checkAgrees(story).code());
        Files.writeString(story.resolve("coverage.tsv"), Files.readString(story.resolve("coverage.tsv"))
                + "EBS volumes live in one zone\tebs-intro\tebs-quiz\n");
        assertEquals(1, checkAgrees(story).code(), "a quiz is not a practice task with a @goal");
    }

    static final String EBS_WALK = """
            @title A chapter of my own
            @from ebs-intro
            > 1
            expect scene ebs-quiz
            > Any instance in the region
            expect scene ebs-quiz
            > Instances in
            expect scene ec2-stop
            expect flag knows-ebs
            """;

    static String ebsChapter(String rightAnswer, String price) {
        return """
                @chapter 7 Storage

                :: ebs-intro
                @title Where the files live
                @objective Read about EBS, then go on.
                @hint The disk is not inside the server.
                @hint An EBS volume is a network disk in one Availability Zone.
                @hint Type 1.

                Your instance's disk is an EBS volume, billed at about %2$s per GB-month.

                * Go on -> ebs-quiz

                :: ebs-quiz
                @quiz
                @title Knowledge check
                @objective Say where an EBS volume can be attached.
                @hint Think of the zone.
                @hint A volume lives in one Availability Zone.
                @hint Type 1.

                Which instances can attach this volume?

                * Instances in %1$s -> ec2-stop
                  ~ flag knows-ebs
                  > Right: a volume stays in its zone.
                * Any instance in the region
                  > No: only instances in its own zone.
                """.formatted(rightAnswer, price);
    }
}
