package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Chapters;
import computequest.engine.Engine;
import computequest.engine.Request;
import computequest.engine.Step;
import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Picking up anywhere: the chapters menu, chapter N, restart and finale in game, and ./play --chapter N. */
class ChapterStartTest {

    static final Engine ENGINE = engine();

    static Engine engine() {
        try {
            return new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theMenuListsEveryChapterInPlayOrderWithWhereYouAre() {
        List<Chapters.Entry> chapters = Chapters.of(ENGINE.story());
        assertEquals(List.of("Virtual machines", "Containers", "Orchestration", "Fargate", "Serverless and Lambda",
                "Finale"), chapters.stream().map(Chapters.Entry::title).toList());
        String menu = computequest.present.Telling.plain(ENGINE.step(ENGINE.start(1).state(), "chapters").events());
        assertTrue(menu.contains("1. [here] Virtual machines"), menu);
        assertTrue(menu.contains("6. [    ] Finale"), menu);
    }

    @Test
    void chapterRestartAndFinaleAskTheAppForTheChaptersStartEvenAfterTheEnd() {
        var s = ENGINE.start(1).state();
        Step four = ENGINE.step(s, "chapter 4");
        assertEquals(List.of(new Request.StartChapter(4, "Fargate", "far-intro")), four.requests());
        assertEquals(1, ((Request.StartChapter) ENGINE.step(s, "restart").requests().get(0)).number());
        Request.StartChapter fin = (Request.StartChapter) ENGINE.step(s.withEnded(true), "finale").requests().get(0);
        assertEquals(6, fin.number());
        assertTrue(ENGINE.step(s, "chapter 9").requests().isEmpty());
        assertTrue(computequest.present.Telling.plain(ENGINE.step(s, "chapter 9").events()).contains("from 1 to 6"));
    }

    @Test
    void playChapterFourFromTheShellThenJumpInGameKeepingTheGameAsItWas(@TempDir Path home) throws Exception {
        String out = PlaytestSavesTest.play(home, "status\nchapters\nchapter 2\nload before-chapter-2\nquit\n",
                "--plain", "--story", "story", "--chapter", "4");
        assertTrue(out.contains("Chapter 4, Fargate, from its start"), out);
        assertTrue(out.contains("== Chapter 4 Fargate - No instances at all =="), out);
        assertTrue(!out.contains("Playtest from"), "a learner's chapter start is not a playtest:\n" + out);
        // the chapters before leave their cloud: chapter 3's cluster is there
        String status = out.substring(out.indexOf("> status"), out.indexOf("> chapters"));
        assertTrue(status.contains("bakery"), status);
        String menu = out.substring(out.indexOf("> chapters"), out.indexOf("> chapter 2"));
        assertTrue(menu.contains("4. [here] Fargate") && menu.contains("3. [done] Orchestration"), menu);
        String jump = out.substring(out.indexOf("> chapter 2"), out.indexOf("> load before-chapter-2"));
        assertTrue(jump.contains("saved as 'before-chapter-2'") && jump.contains("== Chapter 2 Containers"), jump);
        assertTrue(Files.exists(home.resolve("saves/before-chapter-2.json")));
        String back = out.substring(out.indexOf("> load before-chapter-2"));
        assertTrue(back.contains("== Chapter 4 Fargate - No instances at all =="), back);
    }

    @Test
    void aChapterThatDoesNotExistIsRefusedNamingTheChapters(@TempDir Path home) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[] {"--plain", "--story", "story", "--chapter", "9"},
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString().contains("there is no chapter 9; the chapters are 1 Virtual machines, 2 Containers"),
                err.toString());
    }
}
