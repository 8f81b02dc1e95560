package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Line mode against the launcher's first-screen snapshot: with none, the first screen is printed and kept; with the
 * same screen already shown, nothing is printed twice; with a different one shown, the real screen follows under a
 * line that says the one above is out of date. Either way, everything after the first read is printed as usual.
 */
class ScreenGateTest {

    static final String INPUT = "look\n";

    record Played(String out, List<byte[]> kept) {
    }

    /** A short game in line mode over byte streams: a heading and a choice, a read, an answer. */
    static Played play(byte[] shown) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> kept = new ArrayList<>();
        FirstScreen snapshot = new FirstScreen(shown, kept::add);
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)),
                out, 80, snapshot)) {
            ui.show(null, List.of(Event.info("Welcome to the bakery."), new Event.Choices(List.of("Go on"), false)));
            ui.read(null);
            ui.show(null, List.of(Event.ok("Looked.")));
        }
        return new Played(out.toString(StandardCharsets.UTF_8), kept);
    }

    @Test
    void withoutASnapshotTheFirstScreenIsPrintedAndKeptWithItsPrompt() throws Exception {
        Played p = play(null);
        assertEquals(List.of("Welcome to the bakery.", "  1. Go on", "> look", "[ok] Looked."), p.out().lines().toList());
        assertEquals(1, p.kept().size());
        assertEquals("Welcome to the bakery.\n  1. Go on\n> ", new String(p.kept().get(0), StandardCharsets.UTF_8));
    }

    @Test
    void theSameScreenAlreadyShownIsNotPrintedAgainNorKeptAgain() throws Exception {
        byte[] screen = play(null).kept().get(0);
        Played p = play(screen);
        assertEquals("look\n[ok] Looked.\n", p.out(), "only what follows the first read");
        assertTrue(p.kept().isEmpty(), "an unchanged snapshot is not written again");
    }

    @Test
    void aDifferentScreenShownIsFollowedByTheRealOneUnderANote() throws Exception {
        Played p = play("Welcome to an older bakery.\n> ".getBytes(StandardCharsets.UTF_8));
        assertEquals("\n" + FirstScreen.outOfDate(80) + "Welcome to the bakery.\n  1. Go on\n> look\n[ok] Looked.\n",
                p.out());
        assertEquals("Welcome to the bakery.\n  1. Go on\n> ", new String(p.kept().get(0), StandardCharsets.UTF_8),
                "the real screen replaces the stale one");
    }

    @Test
    void theNoteIsWrappedToTheTerminalsWidth() {
        for (String line : FirstScreen.outOfDate(40).split("\n")) {
            assertTrue(line.length() <= 40, line);
        }
        assertEquals(FirstScreen.OUT_OF_DATE, FirstScreen.outOfDate(200).strip());
    }

    @Test
    void aReaderThatDrawsItsOwnPromptGetsACarriageReturnInstead() throws Exception {
        StringWriter under = new StringWriter();
        List<byte[]> kept = new ArrayList<>();
        byte[] shown = "Hello\n> ".getBytes(StandardCharsets.UTF_8);
        ScreenGate gate = new ScreenGate(new PrintWriter(under), StandardCharsets.UTF_8, new FirstScreen(shown, kept::add), () -> 80);
        gate.write("Hello\n");
        gate.flush();
        assertEquals("", under.toString(), "held back until the first read");
        gate.firstRead("> ");
        assertEquals("\r", under.toString(), "JLine's prompt is drawn over the snapshot's");
        assertTrue(kept.isEmpty());
        gate.write("after");
        gate.flush();
        assertEquals("\rafter", under.toString());

        StringWriter fresh = new StringWriter();
        ScreenGate none = new ScreenGate(new PrintWriter(fresh), StandardCharsets.UTF_8, new FirstScreen(null, kept::add), () -> 80);
        none.write("Hello\n");
        none.firstRead("> ");
        assertEquals("Hello\n", fresh.toString(), "the reader prints the prompt itself");
        assertArrayEquals(shown, kept.get(0), "but the kept screen has it");
    }

    @Test
    void aGameThatEndsBeforeItsFirstReadStillPrintsWhatTheSnapshotDidNotShow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> kept = new ArrayList<>();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), out, 80,
                new FirstScreen("Old.\n".getBytes(StandardCharsets.UTF_8), kept::add))) {
            ui.show(null, List.of(Event.info("New.")));
        }
        assertEquals("\n" + FirstScreen.outOfDate(80) + "New.\n", out.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream same = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), same, 80,
                new FirstScreen("New.\n".getBytes(StandardCharsets.UTF_8), kept::add))) {
            ui.show(null, List.of(Event.info("New.")));
        }
        assertEquals("", same.toString(StandardCharsets.UTF_8));
        assertTrue(kept.isEmpty(), "no read, no snapshot kept");
        assertNull(FirstScreen.NONE.shown());
    }
}
