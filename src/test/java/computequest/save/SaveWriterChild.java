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

    /** Arguments: the folder, a seed, and optionally N: pause for good in the middle of the N-th write. */
    public static void main(String[] args) throws Exception {
        SaveStore store = new SaveStore(Path.of(args[0]));
        if (args.length > 2) {
            int pauseAt = Integer.parseInt(args[2]);
            int[] writes = {0};
            SafeFiles.midWrite = () -> {
                if (++writes[0] == pauseAt) {
                    System.out.println("mid-write");
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
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
            if (n == 3 && args.length == 2) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
