package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.engine.View;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The greeting a game started with {@code --endpoint} shows (how to point a shell at it), in the full screen's story
 * pane on a virtual terminal: every word of it whole on one row, at spaces as other story text wraps, and an
 * {@code export NAME=VALUE} too long for the pane broken after its '=', its value whole and indented below.
 */
class EndpointBannerScreenTest {

    /** Every row the story pane shows from the first page to the last (PgDn), page after page, without the box. */
    static List<String> storyRows(int width, int height, Step step) throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(width, height));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        LanternaFrontend ui = new LanternaFrontend(screen, true, false, null);
        ui.show(View.of(TabCompletionTest.ENGINE, step.state()), step.events());
        List<String> rows = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            String[] lines = LanternaScreenTest.text(vt).split("\n");
            int top = 0;
            while (!lines[top].contains("┌─ Story")) {
                top++;
            }
            int right = lines[top].indexOf('┐');
            for (int y = top + 1; y < lines.length && lines[y].startsWith("│"); y++) {
                assertEquals('│', lines[y].charAt(right), "the pane's border stays in place:\n" + String.join("\n", lines));
                rows.add(lines[y].substring(2, right).stripTrailing());
            }
            if (!String.join("\n", lines).contains("PgDn")) {
                break;
            }
            ui.handle(new KeyStroke(KeyType.PageDown));
            ui.redraw(false);
        }
        return rows;
    }

    static String banner(Step step) {
        return step.events().stream().filter(e -> e instanceof Event.Feedback f && f.text().contains("AWS_ENDPOINT_URL"))
                .map(e -> ((Event.Feedback) e).text()).findFirst().orElseThrow();
    }

    static boolean wordOnRow(List<String> rows, String word) {
        return rows.stream().anyMatch(r -> (" " + r + " ").contains(" " + word + " "));
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "100, 30"})
    void theGreetingWrapsAtSpacesAndKeepsEveryWordWhole(int width, int height) throws Exception {
        Step step = computequest.app.TestEndpoint.greeted(TabCompletionTest.ENGINE.start(1));
        String banner = banner(step);
        List<String> rows = storyRows(width, height, step);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Your simulated cloud also answers at")), rows.toString());
        for (String line : banner.split("\n")) {
            for (String word : line.strip().split(" +")) {
                if (wordOnRow(rows, word)) {
                    continue;
                }
                // too long for the pane: NAME= ends one row, and the value starts the next, indented
                int eq = word.indexOf('=');
                assertTrue(eq > 0, "'" + word + "' is not whole on any row:\n" + String.join("\n", rows));
                String name = word.substring(0, eq + 1);
                int at = -1;
                for (int i = 0; i + 1 < rows.size(); i++) {
                    if (rows.get(i).endsWith(" " + name) && rows.get(i + 1).strip().equals(word.substring(eq + 1))) {
                        at = i;
                    }
                }
                assertTrue(at >= 0, "'" + word + "' is broken elsewhere than after its '=':\n" + String.join("\n", rows));
                assertTrue(rows.get(at + 1).startsWith("  "), "the value is indented: " + rows.get(at + 1));
            }
        }
        assertFalse(rows.stream().anyMatch(r -> r.strip().equals("export")), "export stays with its name:\n" + rows);
    }

    @org.junit.jupiter.api.Test
    void onlyAVariablesAssignmentBreaksAfterItsEqualsSign() {
        String key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        assertEquals(List.of("  export AWS_SECRET_ACCESS_KEY=", "  " + key),
                Wrap.lines("  export AWS_SECRET_ACCESS_KEY=" + key, 42, ""));
        assertEquals(List.of("  export AWS_SECRET_ACCESS_KEY=" + key), Wrap.lines("  export AWS_SECRET_ACCESS_KEY=" + key,
                80, ""), "it fits: no break");
        // a CLI shorthand or an option with its value stays whole, as before
        String shorthand = "Type=forward,TargetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web";
        List<String> actions = Wrap.lines("    --protocol HTTP --default-actions " + shorthand, 80, "");
        assertTrue(actions.stream().anyMatch(l -> l.strip().equals(shorthand)), actions.toString());
        String image = "--image=123456789012.dkr.ecr.us-east-1.amazonaws.com/w:v1";
        List<String> kubectl = Wrap.lines("  kubectl create deployment web " + image, 60, "");
        assertTrue(kubectl.stream().anyMatch(l -> l.strip().equals(image)), kubectl.toString());
    }
}
