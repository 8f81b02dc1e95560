package computequest.save;

import computequest.engine.GameState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link KillDuringSaveTest}: writes saves to three slots in an endless loop, so that a kill
 * lands in the middle of a write. Prints "ready" once every slot has been written at least once.
 */
public final class SaveWriterChild {

    private SaveWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        SaveStore store = new SaveStore(Path.of(args[0]));
        GameState s = Fixtures.cloudState(Long.parseLong(args[1]));
        List<SaveFile.UndoStep> undo = new ArrayList<>();
        for (int i = 0; i < SaveCodec.UNDO_KEPT; i++) {
            undo.add(new SaveFile.UndoStep("step " + i, s.withScore(i)));
        }
        long n = 0;
        while (true) {
            for (String slot : List.of("a", "b", "c")) {
                store.save(slot, Fixtures.save(s.withScore((int) n), "t", n, undo));
                n++;
            }
            if (n == 3) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
