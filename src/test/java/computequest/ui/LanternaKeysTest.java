package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import computequest.engine.View;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The input loop on a virtual terminal: keys in, submitted lines out. */
class LanternaKeysTest {

    static KeyStroke key(KeyType t) {
        return new KeyStroke(t);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    private static Optional<String> read(LanternaScreenTest.Rig r, KeyStroke... keys) throws Exception {
        for (KeyStroke k : keys) {
            r.vt.addInput(k);
        }
        return r.ui.read(View.of(r.engine, r.state));
    }

    @Test
    void arrowsPickAChoiceAndEnterSubmitsItsNumber() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        // Down four times stops at the last of three choices; Up goes back one.
        assertEquals(Optional.of("2"), read(r, key(KeyType.ArrowDown), key(KeyType.ArrowDown), key(KeyType.ArrowDown),
                key(KeyType.ArrowDown), key(KeyType.ArrowUp), key(KeyType.Enter)));
        assertTrue(r.ui.model().transcript().stream().anyMatch(e -> e.style() == null
                && e.text().equals("2. A container")), "the picked choice is echoed with its text");
    }

    @Test
    void aLineEndingInABackslashWaitsForTheRestAndJoinsThem() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        for (char c : "aws ec2 describe-instances \\".toCharArray()) {
            r.vt.addInput(new KeyStroke(c, false, false));
        }
        r.vt.addInput(key(KeyType.Enter));
        for (char c : "--output text".toCharArray()) {
            r.vt.addInput(new KeyStroke(c, false, false));
        }
        r.vt.addInput(key(KeyType.Enter));
        assertEquals(Optional.of("aws ec2 describe-instances --output text"), r.ui.read(View.of(r.engine, r.state)));
    }

    @Test
    void theHighlightShowsOnScreen() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        r.ui.handle(key(KeyType.ArrowDown));
        r.ui.redraw(false);
        String s = LanternaScreenTest.text(r.vt);
        assertTrue(s.contains("▶ 1. A virtual machine"), s);
        assertTrue(s.contains("Enter picks choice 1"), s);
    }

    @Test
    void upRecallsHistoryWhenThereIsNothingToChoose() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        r.enter("1", "1", "1", LanternaScreenTest.LAUNCH);
        assertTrue(r.ui.handle(ctrl('p')).isEmpty());
        assertEquals(LanternaScreenTest.LAUNCH, r.ui.model().input());
        r.ui.handle(key(KeyType.Escape));
        r.enter("wait");
        assertTrue(View.of(r.engine, r.state).choices().isEmpty(), "this scene wants a command");
        assertEquals(Optional.of("wait"), read(r, key(KeyType.ArrowUp), key(KeyType.Enter)));
    }

    @Test
    void ctrlCQuitsAndSaysSo() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        assertEquals(Optional.empty(), read(r, new KeyStroke('w', false, false), ctrl('c')));
        assertTrue(r.ui.interrupted());
    }

    @Test
    void ctrlDQuitsOnlyOnAnEmptyLine() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        assertEquals(Optional.of("ab"), read(r, new KeyStroke('a', false, false), new KeyStroke('b', false, false),
                key(KeyType.ArrowLeft), ctrl('d'), new KeyStroke('b', false, false), key(KeyType.Enter)));
        assertEquals(Optional.empty(), read(r, ctrl('d')));
        assertFalse(r.ui.interrupted());
    }

    @Test
    void pageUpAndDownScrollTheStory() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        r.enter("1", "1", "1", LanternaScreenTest.LAUNCH);
        String bottom = LanternaScreenTest.text(r.vt);
        r.ui.handle(key(KeyType.PageUp));
        r.ui.redraw(false);
        String up = LanternaScreenTest.text(r.vt);
        assertFalse(up.equals(bottom));
        assertTrue(up.contains("more lines, PgDn"), up);
        for (int i = 0; i < 50; i++) {
            r.ui.handle(key(KeyType.PageUp));
            r.ui.redraw(false);
        }
        r.ui.redraw(false);
        assertTrue(LanternaScreenTest.text(r.vt).contains("Welcome to the cloud team"), "PgUp reaches the start");
        for (int i = 0; i < 50; i++) {
            r.ui.handle(key(KeyType.PageDown));
            r.ui.redraw(false);
        }
        r.ui.redraw(false);
        assertFalse(LanternaScreenTest.text(r.vt).contains("PgDn"), "PgDn reaches the end");
    }

    @Test
    void tabWithSeveralMatchesListsThem() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(100, 30, true, false);
        for (char c : "aws ec2 st".toCharArray()) {
            r.ui.handle(new KeyStroke(c, false, false));
        }
        r.ui.handle(key(KeyType.Tab));
        r.ui.redraw(false);
        String s = LanternaScreenTest.text(r.vt);
        assertTrue(s.contains("matches: start-instances  stop-instances"), s);
        assertEquals("aws ec2 st", r.ui.model().input());
    }

    @Test
    void functionKeysAskForHelpAndHints() throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(80, 24, true, false);
        assertEquals(Optional.of("help"), read(r, key(KeyType.F1)));
        assertEquals(Optional.of("hint"), read(r, key(KeyType.F2)));
    }
}
