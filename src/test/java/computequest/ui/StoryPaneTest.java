package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.present.Said;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the story pane starts after a turn (found by a playtester: after a choice, the pane jumped to the next scene's
 * heading and the feedback on the choice was above the view).
 */
class StoryPaneTest {

    private static String shown(StoryPane p) {
        StringBuilder b = new StringBuilder();
        for (int i = p.first(); i < Math.min(p.lines().size(), p.first() + p.page()); i++) {
            p.lines().get(i).segs().forEach(s -> b.append(s.text()));
            b.append('\n');
        }
        return b.toString();
    }

    private static StoryPane after(int sceneLines, int page) {
        List<LanternaLayout.Entry> t = new ArrayList<>();
        t.add(new LanternaLayout.Entry(Said.Style.PROSE, "An earlier scene."));
        int mark = t.size();
        t.add(LanternaLayout.Entry.typed("1"));
        t.add(new LanternaLayout.Entry(Said.Style.OK, "Right: the AMI is the first choice."));
        t.add(new LanternaLayout.Entry(Said.Style.HEADING, "Second choice: the instance type"));
        for (int i = 1; i <= sceneLines; i++) {
            t.add(new LanternaLayout.Entry(Said.Style.PROSE, "Scene line " + i + "."));
        }
        return StoryPane.measure(new LanternaLayout.Model(null, null, t, mark, "", 0, null, -1, null, 0), 60, page);
    }

    @Test
    void aLongNewSceneStillShowsTheFeedbackOnTheChoiceAboveItsHeading() {
        String s = shown(after(40, 15));
        assertTrue(s.contains("Right: the AMI is the first choice."), s);
        assertTrue(s.contains("Second choice: the instance type"), s);
        assertTrue(s.contains("Scene line 1."), s);
    }

    @Test
    void aShortTurnIsShownWholeAtTheBottom() {
        StoryPane p = after(3, 15);
        assertEquals(Math.max(0, p.lines().size() - 15), p.first());
        assertTrue(shown(p).contains("> 1"), shown(p));
    }
    @Test
    void tabSeparatedOutputIsExpandedToEightColumnStopsBeforeWrappingAndLosesNothing() {
        // aws lightsail get-blueprints --query 'blueprints[].blueprintId' --output text (a playtester lost "nginx")
        String out = "wordpress\twordpress_multisite\tlamp_8_bitnami\tnodejs\tjoomla\tmagento\tnginx\tubuntu_22_04";
        for (int width = 30; width <= 80; width++) {
            List<LanternaText.Line> lines = StoryPane.entryLines(new LanternaLayout.Entry(Said.Style.PREFORMATTED, out),
                    width, false);
            String all = String.join("\n", lines.stream().map(LanternaText.Line::plain).toList());
            assertTrue(all.indexOf('\t') < 0, "no tab reaches the screen: " + all);
            for (String value : out.split("\t")) {
                assertTrue(all.contains(value), width + ": " + value + " lost in\n" + all);
            }
            for (LanternaText.Line l : lines) {
                assertTrue(l.length() <= width, "too wide: " + l.plain());
            }
        }
        assertEquals("a       bc      d\nxyz     q", LanternaText.expandTabs("a\tbc\td\nxyz\tq"));
    }

    /** A scene heading's closing '==' never sits alone on a line: it stays with the title's last word. */
    @Test
    void aHeadingsClosingMarksStayWithItsLastWord() {
        String title = "Chapter 1 Virtual machines - Launch it";
        for (int width = 20; width <= 60; width++) {
            List<LanternaText.Line> lines = StoryPane.entryLines(new LanternaLayout.Entry(Said.Style.HEADING, title),
                    width, true);
            for (LanternaText.Line l : lines) {
                assertTrue(!l.plain().strip().equals("=="), width + ": " + lines);
                assertTrue(l.plain().indexOf('\u00A0') < 0, l.plain());
            }
            assertTrue(lines.get(lines.size() - 1).plain().endsWith(" =="), width + ": " + lines);
        }
    }
}
