package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Start-up work on a second thread gives its result, or throws what it threw, as if it had run on the caller's. */
class BackgroundTest {

    @Test
    void joinGivesTheResultFromAnotherThread() throws IOException {
        String caller = Thread.currentThread().getName();
        Background<String> b = Background.start("test", () -> Thread.currentThread().getName());
        assertNotEquals(caller, b.join());
        assertEquals("cq-test", b.join());
        assertEquals(caller, Background.now(() -> Thread.currentThread().getName()).join(), "now runs here");
    }

    @Test
    void joinRethrowsWhatTheWorkThrewUnchanged() {
        IOException io = new IOException("disk gone");
        assertSame(io, assertThrows(IOException.class, () -> Background.start("io", () -> {
            throw io;
        }).join()));
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Background.start("bug", () -> {
            throw bug;
        }).join()));
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class, () -> Background.now(() -> {
            throw error;
        }).join()));
    }

    @Test
    void theWarmUpsCommandSucceedsOnAFreshCloudSoItReadsTheWholeAnswerPath() {
        assertEquals(true, Warmup.run(1), Warmup.COMMAND + " must succeed on a fresh cloud, or it warms nothing");
    }
}
