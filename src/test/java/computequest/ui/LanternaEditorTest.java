package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(waitForRow(0, "Editing taskdef.json on your laptop").contains("Ctrl-S save and close"), row(0));
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
    void escClosesWithoutSavingWhateverWasTyped() throws Exception {
        CompletableFuture<Optional<String>> edited = start("notes.txt", "keep me");
        waitForRow(1, "keep me");
        type("lost words ");
        waitForRow(1, "lost words");
        key(KeyType.Escape);
        assertEquals(Optional.empty(), edited.get(10, TimeUnit.SECONDS));
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
}
