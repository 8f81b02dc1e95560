package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * author record says at once when it could not write its walkthrough, before the author plays a whole session
 * (a hostile tester's recording into a missing folder was lost at the end).
 */
class RecordDestinationTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingFolderOrAFolderIsRefusedBeforePlaying() {
        AuthorToolsTest.Run missing = AuthorToolsTest.author("record", "--story", "story",
                tmp.resolve("nowhere/x.walk").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("cannot write " + tmp.resolve("nowhere/x.walk") + ": the folder "
                + tmp.resolve("nowhere") + " does not exist; create it first"), missing.err());
        assertTrue(missing.out().isEmpty(), "no session was played: " + missing.out());
        AuthorToolsTest.Run folder = AuthorToolsTest.author("record", "--story", "story", tmp.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("it is a folder"), folder.err());
        assertEquals(null, AuthorRecordCommand.unwritable(tmp.resolve("fine.walk")));
    }
}
