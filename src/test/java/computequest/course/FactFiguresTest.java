package computequest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Diagnostic;
import computequest.story.FigureCheck;
import computequest.story.Position;
import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every price and every limit the story shows must be on story/figures.txt, the fact-sheet allow-list that
 * {@code author check} reads through the {@code figures} rule; each figure there says where it comes from.
 */
class FactFiguresTest {

    static FigureCheck courseList() throws Exception {
        List<Diagnostic> problems = new ArrayList<>();
        FigureCheck f = FigureCheck.parse("figures.txt", Files.readString(Path.of("story/figures.txt")), problems);
        assertEquals(List.of(), problems);
        return f;
    }

    static List<Diagnostic> problems(String file, String text) throws Exception {
        return courseList().check(file, text, new Position("figures.txt", 1, 1));
    }

    @Test
    void everyPriceAndLimitInTheStoryIsOnTheFactSheetList() throws Exception {
        Map<String, String> files = StoryParser.readFiles(Path.of("story"));
        List<Diagnostic> problems = new ArrayList<>();
        long prices = 0;
        for (var e : files.entrySet()) {
            problems.addAll(problems(e.getKey(), e.getValue()));
            prices += FigureCheck.prices(e.getValue());
        }
        assertTrue(prices >= 20, "expected the story to quote prices; found " + prices);
        assertEquals(List.of(), problems);
    }

    @Test
    void aFigureSplitFromItsUnitByALineBreakIsStillChecked() throws Exception {
        List<Diagnostic> p = problems("t.story", "The free tier covers 1M requests and 500,000\nGB-seconds a month.\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals("t.story:1:38", p.get(0).position().toString());
    }

    @Test
    void aWrongFigureIsCaughtAtItsColumnAndCommentsAreNot() throws Exception {
        List<Diagnostic> p = problems("t.story", "A t3.micro costs about $0.0200 an hour and Lambda runs up to 901"
                + " seconds.\n// a comment may say $9.99\n");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("$0.0200"), p.get(0).message());
        assertEquals("t.story:1:24", p.get(0).position().toString());
        assertTrue(p.get(1).message().contains("901 seconds"), p.get(1).message());
    }

    @Test
    void anotherStorySetsItsOwnUnitsAndFigures() {
        List<Diagnostic> listProblems = new ArrayList<>();
        FigureCheck own = FigureCheck.parse("f.txt", "# a story about disks\nIOPS 3000 16000\nGiB\n", listProblems);
        assertEquals(1, listProblems.size(), listProblems.toString());
        assertEquals("f.txt:3:1", listProblems.get(0).position().toString());
        List<Diagnostic> p = own.check("t.story", "gp3 gives 3000 IOPS, up to 16000 IOPS, not 20000 IOPS, for $1.\n",
                new Position("f.txt", 1, 1));
        assertEquals(List.of("t.story:1:60", "t.story:1:44"), p.stream().map(d -> d.position().toString()).toList());
    }

    /**
     * Chapter 4's packing figures (issue 17): a t3.medium has 3 network interfaces (fact sheet, verified additions 4),
     * one primary, so two awsvpc tasks fit; by memory, seven bridge tasks. Both Fargate comparisons are derived from
     * the fact sheet's Fargate rates, and the story shows them rounded as figures.txt lists them.
     */
    @Test
    void chapterFoursPackingFiguresFollowFromTheFactSheet() throws Exception {
        double task = 0.25 * 0.04048 + 0.5 * 0.004445;
        String figures = Files.readString(Path.of("story/figures.txt"));
        String story = Files.readString(Path.of("story/04-fargate/01-fargate.story"));
        int enis = 3;
        String two = String.format(java.util.Locale.ROOT, "%.3f", (enis - 1) * task);
        String seven = String.format(java.util.Locale.ROOT, "%.3f", 7 * task);
        for (String f : List.of(two, seven)) {
            assertTrue(figures.contains("$ " + f), "figures.txt lists $" + f);
            assertTrue(story.contains("$" + f), "chapter 4 shows $" + f);
        }
        assertTrue(story.contains("only\n  > two of these tasks fit") || story.contains("two of these tasks fit"), story);
    }

    /**
     * Issue 17's item 8 figures: the simulator bills an AMI's snapshot at the fact sheet's Standard-tier rate ($0.05 per
     * GB-month, verified additions 8), the story shows that rate where it teaches the snapshot, and neither the story
     * nor the simulator's figures list gives a number for the two quotas the fact sheet could not verify (a new
     * account's vCPU quota and its Lambda concurrency).
     */
    @Test
    void itemEightsFiguresFollowTheFactSheet() throws Exception {
        assertEquals(0.05, computequest.sim.Catalog.EBS_SNAPSHOT_USD_PER_GB_MONTH, 1e-12);
        assertTrue(courseList().check("t.story", "billed at about $0.05 per GB-month\n", new Position("f", 1, 1))
                .isEmpty());
        String images = Files.readString(Path.of("story/01-virtual-machines/03-images.story"));
        assertTrue(images.contains("$0.05 per GB-month"), "chapter 1 teaches the snapshot's price");
        String lambda = Files.readString(Path.of("story/05-serverless/01-lambda.story"));
        assertTrue(lambda.contains("may start with far fewer"), "chapter 5 says a new account's concurrency can be lower");
        String all = String.join("\n", StoryParser.readFiles(Path.of("story")).values());
        int quota = computequest.sim.Catalog.ON_DEMAND_STANDARD_VCPUS;
        assertFalse(all.matches("(?s).*\\b" + quota + " vCPUs?\\b.*"), "the game's vCPU quota is not a fact to teach");
        assertFalse(all.matches("(?s).*concurrency (of|is) 10\\b.*"), "no unverified concurrency figure");
    }
}
