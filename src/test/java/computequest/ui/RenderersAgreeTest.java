package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import computequest.engine.Event;
import computequest.engine.View;
import computequest.present.Cell;
import computequest.present.Tables;
import computequest.sim.Resource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Line mode and the full screen, given the same view, show the same choice numbers, the same resources as the
 * player's own, and the same columns for each: both take them from the {@code present} package.
 */
class RenderersAgreeTest {

    static final List<String> CHOICES = List.of("A virtual machine", "A container", "A function");
    static final Resource INSTANCE = new Resource("instance", "i-0abc", Map.of("state", "running",
            "type", "t3.micro", "az", "us-east-1a", "public-ip", "203.0.113.7", "name", "web"));
    static final Resource FUNCTION = new Resource("function", "resize", Map.of("runtime", "python3.12",
            "memory", "512", "invocations", "4", "last-status", "success", "last-duration-ms", "183"));
    static final Resource MINE = new Resource("image", "ami-0mine", Map.of("owner", "self", "name", "tracker-v1"));
    static final Resource AMAZONS = new Resource("image", "ami-0amazon", Map.of("owner", "amazon",
            "name", "al2023"));
    static final Resource BILL = new Resource("bill", "bill", Map.of("total", "0.1"));
    static final List<Resource> CLOUD = List.of(INSTANCE, FUNCTION, MINE, AMAZONS, BILL);

    static final View VIEW = new View("1 Test", "s", "Scene", 10, 60, false, CLOUD, List.of(), 0, CHOICES,
            List.of(), List.of());

    /** What line mode prints for the scene's choices and for 'status'. */
    static String lineMode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), out, 100)) {
            ui.show(VIEW, List.of(new Event.Choices(CHOICES, false), new Event.Status(60, 10, CLOUD, List.of(), 0,
                    List.of())));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the full screen shows for the same view. */
    static String fullScreen() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(160, 40));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        LanternaLayout.Model m = new LanternaLayout.Model(VIEW, null, List.of(), 0, "", 0, null, -1, null);
        LanternaLayout.draw(screen.newTextGraphics(), screen.getTerminalSize(), m, new LanternaDraw.Options(false,
                false));
        screen.refresh();
        return LanternaScreenTest.text(vt);
    }

    @Test
    void sameNumberingOwnershipAndColumns() throws Exception {
        String line = lineMode();
        String full = fullScreen();
        for (String shown : List.of(line, full)) {
            for (int i = 0; i < CHOICES.size(); i++) {
                assertTrue(shown.contains((i + 1) + ". " + CHOICES.get(i)), "choice " + (i + 1) + " in:\n" + shown);
            }
            assertTrue(shown.contains("ami-0mine"), "the player's own image shows:\n" + shown);
            assertFalse(shown.contains("ami-0amazon"), "Amazon's catalogue image is not the player's:\n" + shown);
            for (Resource r : List.of(INSTANCE, FUNCTION, MINE)) {
                Tables.Table table = Tables.of(r.kind());
                assertTrue(shown.contains(table.heading() + " (1)"), table.heading() + " in:\n" + shown);
                List<String> cells = table.row(r).stream().map(Cell::text).filter(t -> !t.isEmpty()).toList();
                assertTrue(cells.size() >= 2, "a row has the id and at least one value: " + cells);
                // The cells in column order on one line, whatever the spacing.
                Pattern row = Pattern.compile(cells.stream().map(Pattern::quote).reduce((a, b) -> a + " +" + b)
                        .orElseThrow());
                assertTrue(row.matcher(shown).find(), "the row " + cells + " in:\n" + shown);
            }
        }
        assertEquals(Tables.playersOwn(MINE), true);
        assertEquals(Tables.playersOwn(AMAZONS), false);
    }
}
