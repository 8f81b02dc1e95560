package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in full-screen editor (issue 18) on Lanterna's virtual terminal: what it draws, and what typing,
 * moving, Ctrl-S and Esc do to the file.
 */
class LanternaEditorTest {

    private DefaultVirtualTerminal terminal;
    private TerminalScreen screen;

    @BeforeEach
    void open() throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
    }

    @AfterEach
    void close() throws Exception {
        screen.stopScreen();
    }

    private void type(String s) {
        s.chars().forEach(c -> terminal.addInput(new KeyStroke((char) c, false, false)));
    }

    private void key(KeyType k) {
        terminal.addInput(new KeyStroke(k));
    }

    private void ctrlS() {
        terminal.addInput(new KeyStroke('s', true, false));
    }

    private String row(int y) {
        StringBuilder b = new StringBuilder();
        for (int x = 0; x < terminal.getTerminalSize().getColumns(); x++) {
            b.append(terminal.getBufferCharacter(new TerminalPosition(x, y)).getCharacterString());
        }
        return b.toString().stripTrailing();
    }

    /** Runs the editor on another thread, so the test can look at the screen while it is open. */
    private CompletableFuture<Optional<String>> start(String path, String text) {
        return CompletableFuture.supplyAsync(() -> LanternaEditor.edit(screen, path, text));
    }

    private String waitForRow(int y, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (row(y).contains(expected)) {
                return row(y);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("row " + y + " never showed '" + expected + "': '" + row(y) + "'");
    }

    @Test
    void itShowsTheFileAndTheKeysAndCtrlSReturnsTheEditedText() throws Exception {
        CompletableFuture<Optional<String>> edited = start("taskdef.json", "{\n  \"family\": \"web\"\n}");
        waitForRow(0, "Editing taskdef.json on your laptop");
        waitForRow(23, "Ctrl-S or F2: save and close");
        waitForRow(1, "{");
        waitForRow(2, "\"family\": \"web\"");
        // To the end of the second line, then add a member on a new line.
        key(KeyType.ArrowDown);
        key(KeyType.End);
        type(",");
        key(KeyType.Enter);
        type("  \"cpu\": \"256\"");
        waitForRow(3, "\"cpu\": \"256\"");
        ctrlS();
        assertEquals(Optional.of("{\n  \"family\": \"web\",\n  \"cpu\": \"256\"\n}"), edited.get(10, TimeUnit.SECONDS));
    }

    @Test
    void escOnAChangedFileAsksAndNDiscards() throws Exception {
        CompletableFuture<Optional<String>> edited = start("notes.txt", "keep me");
        waitForRow(1, "keep me");
        type("lost words ");
        waitForRow(1, "lost words");
        key(KeyType.Escape);
        waitForRow(23, "Save changes?");
        assertFalse(edited.isDone(), "a changed file is never closed without asking");
        type("n");
        assertEquals(Optional.empty(), edited.get(10, TimeUnit.SECONDS));
    }

    @Test
    void escThenYSavesAndEscThenEscGoesBackToEditing() throws Exception {
        CompletableFuture<Optional<String>> edited = start("notes.txt", "one");
        waitForRow(1, "one");
        key(KeyType.End);
        type(" two");
        key(KeyType.Escape);
        waitForRow(23, "Save changes?");
        key(KeyType.Escape); // a vi habit: back to the text, nothing lost
        waitForRow(23, "Ctrl-S or F2");
        type(" three");
        waitForRow(1, "one two three");
        key(KeyType.Escape);
        waitForRow(23, "Save changes?");
        type("y");
        assertEquals(Optional.of("one two three"), edited.get(10, TimeUnit.SECONDS));
    }

    @Test
    void escOnAnUnchangedFileClosesAtOnce() throws Exception {
        CompletableFuture<Optional<String>> edited = start("notes.txt", "as it was");
        waitForRow(1, "as it was");
        key(KeyType.Escape);
        assertEquals(Optional.empty(), edited.get(10, TimeUnit.SECONDS));
    }

    @Test
    void f2AndNanosCtrlOSaveWhereCtrlSIsTakenByTheTerminal() throws Exception {
        CompletableFuture<Optional<String>> first = start("a.txt", "");
        waitForRow(0, "Editing a.txt");
        type("by F2");
        waitForRow(1, "by F2");
        key(KeyType.F2);
        assertEquals(Optional.of("by F2"), first.get(10, TimeUnit.SECONDS));
        CompletableFuture<Optional<String>> second = start("b.txt", "");
        waitForRow(0, "Editing b.txt");
        type("by ctrl-o");
        waitForRow(1, "by ctrl-o");
        terminal.addInput(new KeyStroke('o', true, false));
        assertEquals(Optional.of("by ctrl-o"), second.get(10, TimeUnit.SECONDS), "Ctrl-O is not typed as an o");
    }

    @Test
    void nanosCtrlXAsksLikeEsc() throws Exception {
        CompletableFuture<Optional<String>> edited = start("c.txt", "x");
        waitForRow(1, "x");
        type("y");
        terminal.addInput(new KeyStroke('x', true, false));
        waitForRow(23, "Save changes?");
        assertTrue(row(1).startsWith("yx") || row(1).startsWith("xy"), "Ctrl-X typed no letter: " + row(1));
        type("y");
        assertTrue(edited.get(10, TimeUnit.SECONDS).orElseThrow().contains("y"));
    }

    @Test
    void theKeyBarFitsEveryWidthFromTheSmallestScreen() {
        for (int w = 20; w <= 200; w++) {
            assertTrue(LanternaEditor.keys(w, false).length() <= w, "width " + w);
            assertTrue(LanternaEditor.keys(w, true).length() <= w, "width " + w);
        }
        assertTrue(LanternaEditor.keys(60, false).contains("save"), LanternaEditor.keys(60, false));
        assertTrue(LanternaEditor.keys(60, true).contains("y"), LanternaEditor.keys(60, true));
        assertEquals(" " + LanternaEditor.KEYS, LanternaEditor.keys(80, false));
    }

    @Test
    void anEmptyFileCanBeWrittenFromNothing() throws Exception {
        CompletableFuture<Optional<String>> edited = start("user-data.sh", "");
        waitForRow(0, "Editing user-data.sh");
        type("#!/bin/bash");
        key(KeyType.Enter);
        type("echo ECS_CLUSTER=web >> /etc/ecs/ecs.config");
        waitForRow(2, "ECS_CLUSTER=web");
        ctrlS();
        assertEquals(Optional.of("#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config"),
                edited.get(10, TimeUnit.SECONDS));
    }

    /**
     * Control keys never type letters (a playtest saved "Aczwukaedlrtbfygvnp" from A and eighteen control keys):
     * Ctrl-A and Ctrl-E move to the line's start and end, the rest do nothing, and Ctrl-C closes, asking first.
     */
    @Test
    void controlKeysNeverTypeLetters() throws Exception {
        CompletableFuture<Optional<String>> edited = start("e.txt", "");
        waitForRow(0, "Editing e.txt");
        type("A");
        for (char c : "zwukdlrtbfygvnp".toCharArray()) {
            terminal.addInput(new KeyStroke(c, true, false));
        }
        terminal.addInput(new KeyStroke('a', true, false));
        type("<");
        terminal.addInput(new KeyStroke('e', true, false));
        type(">");
        terminal.addInput(new KeyStroke('c', true, false)); // changed: asks
        waitForRow(23, "Save changes?");
        type("y");
        assertEquals(Optional.of("<A>"), edited.get(10, TimeUnit.SECONDS));
    }
}
