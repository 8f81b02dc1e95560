package computequest.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** author watch re-checks a story folder when a file in it changes. */
class AuthorWatchTest {

    static boolean waitFor(StringWriter out, String text) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            synchronized (out) {
                if (out.toString().contains(text)) {
                    return true;
                }
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void anEditIsCheckedAgainWithoutBeingAsked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.story");
        Files.writeString(file, ":: a\n@hint h\n* Go -> end\n:: end\n@ending\n");
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        AtomicBoolean keepGoing = new AtomicBoolean(true);
        Thread t = new Thread(() -> {
            try {
                AuthorWatchCommand.watch(dir, out, 50, keepGoing::get);
            } catch (Exception e) {
                out.println("watch failed: " + e);
            }
        });
        t.start();
        try {
            assertTrue(waitFor(text, "2 scenes checked: 0 errors, 0 warnings."), text.toString());
            Files.writeString(file, ":: a\n@hint h\n* Go -> ned\n:: end\n@ending\n");
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            assertTrue(waitFor(text, "== changed: a.story =="), text.toString());
            assertTrue(waitFor(text, "error: no scene is called 'ned'"), text.toString());
        } finally {
            keepGoing.set(false);
            t.join(5000);
        }
        assertTrue(!t.isAlive());
    }
}
