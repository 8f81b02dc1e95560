package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.GameState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A returning player's undo steps are replayed only when first needed ({@link Snapshots#resumeDeferred}): undo after
 * such a load restores the same states as after an eager load, a save written before the replay is the same file,
 * and a chain that no longer replays is dropped at the undo that reaches it.
 */
class DeferredUndoTest {

    private static final java.nio.file.Path FILE = UndoReplayTest.FILE;

    private static SaveFile endOfCourse(Fixtures.Played p) throws Exception {
        UndoHistory h = UndoReplayTest.history(p);
        String json = SaveCodec.encode(Snapshots.of(p.engine().story(), UndoReplayTest.last(p), Fixtures.T0,
                Fixtures.T0, 60, h.steps()));
        return SaveCodec.decode(json, FILE);
    }

    @Test
    void undoAfterADeferredLoadRestoresTheSameStatesAsAfterAnEagerLoad() throws Exception {
        Fixtures.Played p = Fixtures.course();
        SaveFile f = endOfCourse(p);
        Snapshots.Resumed eager = Snapshots.resume(p.engine(), f, FILE);
        Snapshots.Resumed lazy = Snapshots.resumeDeferred(p.engine(), f, FILE);
        assertNotNull(lazy.deferred(), "an unchanged story defers the replay");
        assertEquals(eager.state(), lazy.state());
        assertEquals(eager.notes(), lazy.notes());
        UndoReplayTest.sameUndo(new UndoHistory(eager.undo()), lazy.history(), SaveCodec.UNDO_KEPT);
        UndoReplayTest.sameUndo(UndoReplayTest.history(p), lazy.history(), SaveCodec.UNDO_KEPT);
    }

    @Test
    void aSaveBeforeTheReplayWritesTheSameStepsAndNewStepsComeFirstOnUndo() throws Exception {
        Fixtures.Played p = Fixtures.course();
        SaveFile f = endOfCourse(p);
        UndoHistory eager = new UndoHistory(Snapshots.resume(p.engine(), f, FILE).undo());
        UndoHistory lazy = Snapshots.resumeDeferred(p.engine(), f, FILE).history();
        GameState end = UndoReplayTest.last(p);
        assertEquals(encode(p, end, eager.lastForSave(SaveCodec.UNDO_KEPT)),
                encode(p, end, lazy.lastForSave(SaveCodec.UNDO_KEPT)), "saved at once");
        GameState next = p.engine().step(end, "wait 60").state();
        eager.record("wait 60", end, next);
        lazy.record("wait 60", end, next);
        assertEquals(encode(p, next, eager.lastForSave(SaveCodec.UNDO_KEPT)),
                encode(p, next, lazy.lastForSave(SaveCodec.UNDO_KEPT)), "saved after one more step");
        UndoHistory again = Snapshots.resumeDeferred(p.engine(), f, FILE).history();
        again.record("wait 60", end, next);
        assertEquals("wait 60", again.undo(next).orElseThrow().step().command(), "the newest step is undone first");
        UndoReplayTest.sameUndo(new UndoHistory(eager.steps().subList(0, SaveCodec.UNDO_KEPT)), again,
                SaveCodec.UNDO_KEPT);
    }

    @Test
    void aChainThatNoLongerReplaysIsDroppedAtTheFirstUndo() throws Exception {
        Fixtures.Played p = Fixtures.course();
        List<SaveFile.UndoStep> steps = new ArrayList<>(UndoReplayTest.history(p).steps());
        SaveFile.UndoStep lastStep = steps.remove(steps.size() - 1);
        steps.add(new SaveFile.UndoStep("wait 999", lastStep.before()));
        SaveFile f = SaveCodec.decode(SaveCodec.encode(Snapshots.of(p.engine().story(), UndoReplayTest.last(p),
                Fixtures.T0, Fixtures.T0, 1, steps)), FILE);
        Snapshots.Resumed r = Snapshots.resumeDeferred(p.engine(), f, FILE);
        assertEquals(List.of(), r.notes(), "nothing is known until the replay");
        UndoHistory h = r.history();
        assertFalse(h.takeDropped());
        assertTrue(h.undo(UndoReplayTest.last(p)).isEmpty());
        assertTrue(h.takeDropped(), "the drop is reported once");
        assertFalse(h.takeDropped());
    }

    @Test
    void anEditedStoryOrFullStatesReplayAtOnceAsBefore() throws Exception {
        Fixtures.Played p = Fixtures.course();
        SaveFile f = endOfCourse(p);
        SaveFile full = new SaveFile(f.format(), 1, 1, f.storyId(), f.storyHash(), f.seed(), f.created(),
                f.lastPlayed(), f.playedSeconds(), f.summary(), f.state(),
                UndoReplayTest.history(p).steps().subList(UndoReplayTest.history(p).size() - 3,
                        UndoReplayTest.history(p).size()));
        assertNull(Snapshots.resumeDeferred(p.engine(), full, FILE).deferred(), "full states need no replay");
        SaveFile edited = new SaveFile(f.format(), f.formatVersion(), f.minCompatibleVersion(), f.storyId(),
                "another-hash", f.seed(), f.created(), f.lastPlayed(), f.playedSeconds(), f.summary(), f.state(),
                f.undo());
        Snapshots.Resumed r = Snapshots.resumeDeferred(p.engine(), edited, FILE);
        assertNull(r.deferred(), "an edited story is checked at load");
        assertEquals(Snapshots.resume(p.engine(), edited, FILE).notes(), r.notes());
    }

    private static String encode(Fixtures.Played p, GameState s, List<SaveFile.UndoStep> undo) {
        return SaveCodec.encode(Snapshots.of(p.engine().story(), s, Fixtures.T0, Fixtures.T0, 1, undo));
    }
}
