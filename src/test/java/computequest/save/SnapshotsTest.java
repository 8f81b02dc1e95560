package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saves made before the story was edited. */
class SnapshotsTest {

    static final String V1 = """
            @story t Test
            @start a
            @chapter 1 One
            :: a
            @title A
            * go -> b
            :: b
            @title B
            * go -> c
            ##FILE##
            @chapter 2 Two
            :: c
            @title C
            * go -> d
            :: d
            @title D
            @ending
            """;

    static Story parse(String text) {
        String[] files = text.split("##FILE##\n");
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < files.length; i++) {
            m.put("0" + i + ".story", files[i]);
        }
        StoryParser.Parsed p = StoryParser.parse(m);
        assertTrue(!p.hasErrors(), p.diagnostics().toString());
        return p.story();
    }

    /** A save at scene d (chapter 2) after launching an instance. */
    static SaveFile savedAtD(Story story) {
        Engine e = new Engine(story);
        GameState s = e.start(1).state();
        s = e.step(s, "1").state();
        s = e.step(s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro").state();
        s = e.step(s, "1").state();
        GameState atC = s;
        s = e.step(s, "1").state();
        assertEquals("d", s.sceneId());
        return Snapshots.of(story, s, Fixtures.T0, Fixtures.T0, 60, List.of(new SaveFile.UndoStep("1", atC)));
    }

    @Test
    void anUneditedStoryResumesExactlyWithoutNotes() throws Exception {
        Story v1 = parse(V1);
        SaveFile f = savedAtD(v1);
        Snapshots.Resumed r = Snapshots.resume(v1, f, Path.of("x.json"));
        assertEquals(f.state(), r.state());
        assertEquals(f.undo(), r.undo());
        assertEquals(List.of(), r.notes());
    }

    @Test
    void anEditedStoryWhoseSceneStillExistsResumesThereAndSaysTheStoryChanged() throws Exception {
        SaveFile f = savedAtD(parse(V1));
        Story v2 = parse(V1.replace("@title B", "@title B, reworded"));
        Snapshots.Resumed r = Snapshots.resume(v2, f, Path.of("x.json"));
        assertEquals(f.state(), r.state());
        assertTrue(r.notes().get(0).contains("edited since this save"), r.notes().toString());
    }

    @Test
    void aSceneThatWasRemovedResumesAtTheStartOfItsChapterWithTheCloudKept() throws Exception {
        SaveFile f = savedAtD(parse(V1));
        Story v2 = parse(V1.replace(":: d\n@title D\n@ending\n", ":: e\n@title E\n@ending\n").replace("-> d", "-> e"));
        Snapshots.Resumed r = Snapshots.resume(v2, f, Path.of("x.json"));
        assertEquals("c", r.state().sceneId(), "the first scene of chapter 2");
        assertEquals(f.state().cloud(), r.state().cloud(), "the instances and the bill are kept");
        assertEquals(f.state().score(), r.state().score());
        assertTrue(r.notes().get(0).contains("'d' no longer exists") && r.notes().get(0).contains("chapter 2 Two"),
                r.notes().toString());
        assertEquals(List.of(), r.undo(), "undo steps from before the edit are dropped");
        Engine e = new Engine(v2);
        assertEquals("e", e.step(r.state(), "1").state().sceneId(), "play goes on from there: no softlock");
    }

    @Test
    void aRemovedChapterResumesAtTheStartOfTheStory() throws Exception {
        SaveFile f = savedAtD(parse(V1));
        Story v2 = parse(V1.substring(0, V1.indexOf("##FILE##")).replace("-> c", ""));
        Snapshots.Resumed r = Snapshots.resume(v2, f, Path.of("x.json"));
        assertEquals("a", r.state().sceneId());
        assertTrue(r.notes().get(0).contains("start of the story"), r.notes().toString());
    }

    /** The same play as {@link #savedAtD}, with every change recorded for undo as the session does. */
    static SaveFile savedAtDWithHistory(Story story) {
        Engine e = new Engine(story);
        GameState s = e.start(1).state();
        UndoHistory h = new UndoHistory(List.of());
        for (String line : List.of("1", "look", "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
                + " --instance-type t3.micro", "1", "help", "1")) {
            GameState next = e.step(s, line).state();
            h.record(line, s, next);
            s = next;
        }
        assertEquals("d", s.sceneId());
        assertEquals(4, h.size(), "look and help change nothing but the turn");
        return Snapshots.of(story, s, Fixtures.T0, Fixtures.T0, 60, h.steps());
    }

    @Test
    void anEditThatChangesWhatTheCommandsDoDropsTheUndoStepsWithANoteAndStillLoads() throws Exception {
        SaveFile saved = savedAtDWithHistory(parse(V1));
        SaveFile f = SaveCodec.decode(SaveCodec.encode(saved), Path.of("x.json"));
        Story v2 = parse(V1.replace("* go -> c\n", "* go -> c\n  ~ score +5\n"));
        Snapshots.Resumed r = Snapshots.resume(v2, f, Path.of("x.json"));
        assertEquals(f.state(), r.state(), "the game resumes where it was saved");
        assertEquals(List.of(), r.undo());
        assertTrue(r.notes().contains(Snapshots.UNDO_DROPPED), r.notes().toString());
        assertEquals(1, new Engine(v2).step(r.state(), "look").state().turn() - r.state().turn(), "play goes on");
    }

    @Test
    void anEditThatLeavesTheCommandsAloneKeepsTheRebuiltUndoSteps() throws Exception {
        Story v1 = parse(V1);
        SaveFile f = SaveCodec.decode(SaveCodec.encode(savedAtDWithHistory(v1)), Path.of("x.json"));
        Snapshots.Resumed same = Snapshots.resume(v1, f, Path.of("x.json"));
        Snapshots.Resumed r = Snapshots.resume(parse(V1.replace("@title B", "@title B, reworded")), f,
                Path.of("x.json"));
        assertEquals(4, r.undo().size());
        assertEquals(same.undo(), r.undo());
        assertTrue(!r.notes().contains(Snapshots.UNDO_DROPPED), r.notes().toString());
    }

    @Test
    void aSaveOfAnotherStoryIsRefused() {
        SaveFile f = savedAtD(parse(V1));
        SaveException e = assertThrows(SaveException.class,
                () -> Snapshots.resume(parse(V1.replace("@story t", "@story other")), f, Path.of("x.json")));
        assertTrue(e.getMessage().contains("x.json is a save for the story 't'"), e.getMessage());
    }

    @Test
    void theSummaryCountsScenesOfTheStory() {
        SaveFile f = savedAtD(parse(V1));
        assertEquals(new SaveFile.Summary("d", "D", "2 Two", 4, 4, 0, true), f.summary());
    }
}
