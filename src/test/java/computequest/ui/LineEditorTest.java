package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineEditorTest {

    @Test
    void replacesInsertsDeletesAndSavesKeepingIndentation() {
        LineEditor e = new LineEditor("t.json", "{\n  \"a\": 1,\n}\n");
        assertEquals("1| {\n2|   \"a\": 1,\n3| }", e.numbered());
        assertEquals("2|   \"a\": 1", e.handle("r 2   \"a\": 1").text());
        assertEquals("3|   \"b\": 2", e.handle("i 3   \"b\": 2").text());
        e.handle("r 2   \"a\": 1,");
        e.handle("a // end");
        e.handle("d 5");
        LineEditor.Reply saved = e.handle("w");
        assertTrue(saved.closed());
        assertEquals("{\n  \"a\": 1,\n  \"b\": 2\n}\n", saved.saved());
    }

    @Test
    void quittingDiscardsAndMistakesSaySo() {
        LineEditor e = new LineEditor("x.txt", "one");
        assertTrue(e.handle("r 9 nine").text().startsWith("There is no line 9"));
        assertTrue(e.handle("d x").text().startsWith("d needs a line number"));
        assertTrue(e.handle("zap").text().contains("not an editor command"));
        assertFalse(e.handle("r 1 uno").closed());
        LineEditor.Reply q = e.handle("q");
        assertTrue(q.closed());
        assertNull(q.saved());
        assertEquals("uno", e.text(), "a file without a final newline keeps it that way");
    }

    @Test
    void aNewFileStartsEmpty() {
        LineEditor e = new LineEditor("new.txt", "");
        assertTrue(e.numbered().contains("empty"));
        e.handle("a first");
        assertEquals("first\n", e.handle("w").saved());
    }
}
