package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import computequest.engine.Event;
import computequest.engine.View;
import computequest.hostile.Hostile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items 1 and 4 of issue 14: every hostile string, as every kind of event, drawn by both renderers. Full screen used
 * to exit 70 on the first ESC; line mode passed it to the terminal raw.
 */
class HostileTextTest {

    /** One event of every kind, each carrying the text wherever it carries text. */
    private static List<Event> everyKind(String text) {
        String t = "before " + text + " after";
        List<Event> out = new ArrayList<>(List.of(new Event.SceneHeading(t, t), new Event.Narration(t),
                new Event.Choices(List.of(t, t), false), new Event.Output(t, true), new Event.Output(t, false),
                new Event.CloudChange(t), new Event.BadgeEarned(t), new Event.Ending(3, List.of(t)),
                new Event.Report(t), new Event.Farewell(t),
                new Event.Status(60, 1, List.of(new computequest.sim.Resource("instance", t,
                        java.util.Map.of("name", t, "state", "running"))), List.of(), 1.5, List.of(t))));
        for (Event.Tone tone : Event.Tone.values()) {
            out.add(new Event.Feedback(tone, t));
        }
        return out;
    }

    @Test
    void fullScreenDrawsEveryHostileStringVisiblyAndNeverRaw() throws Exception {
        LanternaScreenTest.Rig rig = new LanternaScreenTest.Rig(100, 30, true, false);
        int drawn = 0;
        for (String bad : Hostile.all()) {
            rig.ui.show(View.of(rig.engine, rig.state), everyKind(bad));
            String screen = LanternaScreenTest.text(rig.vt());
            assertEquals(-1, Hostile.firstRaw(screen), () -> "a raw control character on screen for "
                    + bad.chars().mapToObj(Integer::toHexString).toList());
            assertTrue(screen.contains("\uFFFD"), "the control character is shown, not dropped: " + screen);
            drawn++;
        }
        assertEquals(Hostile.all().size(), drawn);
        System.out.println("HostileTextTest: " + drawn + " hostile strings x " + everyKind("x").size()
                + " kinds of event drawn full screen, 0 raw control characters");
    }

    @Test
    void aHostileLineTypedInFullScreenIsEchoedSafely() throws Exception {
        LanternaScreenTest.Rig rig = new LanternaScreenTest.Rig(100, 30, false, false);
        for (String bad : Hostile.SEQUENCES) {
            rig.ui.show(View.of(rig.engine, rig.state), List.of(Event.wrong(bad)));
        }
        assertEquals(-1, Hostile.firstRaw(LanternaScreenTest.text(rig.vt())));
    }

    @Test
    void lineModeWritesNoControlCharacterButNewlinesAndTabs() throws Exception {
        for (String bad : Hostile.all()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] typed = (bad + "\n").getBytes(StandardCharsets.UTF_8);
            try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(typed), out, 80)) {
                ui.show(null, everyKind(bad));
                String line = bad.contains("\r") ? bad.substring(0, bad.indexOf('\r')) : bad; // CR ends a line
                assertEquals(line, ui.read(null).orElseThrow(), "what was typed reaches the engine unchanged");
            }
            String written = out.toString(StandardCharsets.UTF_8);
            assertEquals(-1, Hostile.firstRaw(written), () -> "raw control character in line mode: " + written);
            assertTrue(written.contains("\uFFFD"), written);
        }
    }

    @Test
    void aSmallVirtualTerminalDoesNotBreakEither() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(60, 16));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        LanternaFrontend ui = new LanternaFrontend(screen, false, true, null);
        ui.show(null, everyKind(String.join("", Hostile.SEQUENCES)));
        assertEquals(-1, Hostile.firstRaw(LanternaScreenTest.text(vt)));
    }
}
