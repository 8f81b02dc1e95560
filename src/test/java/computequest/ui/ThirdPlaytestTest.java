package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.present.Said;
import computequest.present.Telling;
import computequest.sim.LineItem;
import computequest.sim.Resource;
import computequest.story.StoryParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a playtester who finished the whole course found on the screens: Enter on an empty line with one choice,
 * Enter on a window too small, help wrapped twice in a narrow pane, and End to reach the newest lines.
 */
class ThirdPlaytestTest {

    static View withChoices(List<String> choices) {
        return new View("1 Test", "s", "Scene", 0, 0, false, List.of(), List.of(), 0, choices, List.of(), List.of());
    }

    /** What the full screen submits for Enter on an empty line, with the view's choices and a highlight or none. */
    static Optional<String> fullScreenEnter(View view, int downs) throws Exception {
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(100, 30)));
        screen.startScreen();
        LanternaFrontend ui = new LanternaFrontend(screen, false, false, null);
        ui.show(view, List.of(new Event.Choices(view.choices(), false)));
        for (int i = 0; i < downs; i++) {
            ui.handle(new KeyStroke(KeyType.ArrowDown));
        }
        return ui.handle(new KeyStroke(KeyType.Enter)).orElseThrow();
    }

    /** What line mode returns for an empty line read with the view's choices. */
    static Optional<String> lineModeEnter(View view) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)),
                out, 100)) {
            return ui.read(view);
        }
    }

    @Test
    void enterOnAnEmptyLinePicksTheOnlyChoiceInBothRenderers() throws Exception {
        View one = withChoices(List.of("Continue"));
        assertEquals(Optional.of("1"), fullScreenEnter(one, 0), "full screen: Enter alone picks the one choice");
        assertEquals(Optional.of("1"), lineModeEnter(one), "line mode: Enter alone picks the one choice");
        View three = withChoices(List.of("A", "B", "C"));
        assertEquals(Optional.of(""), fullScreenEnter(three, 0), "with three and none highlighted, nothing is picked");
        assertEquals(Optional.of(""), lineModeEnter(three), "line mode agrees");
        assertEquals(Optional.of("2"), fullScreenEnter(three, 2), "a highlighted choice is the one Enter picks");
        assertEquals(Optional.of(""), lineModeEnter(withChoices(List.of())), "no choices: the line as typed");
    }

    @Test
    void theInputLineSaysEnterPicksTheOnlyChoice() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        LanternaFrontend ui = new LanternaFrontend(screen, false, false, null);
        ui.show(withChoices(List.of("Continue")), List.of(new Event.Choices(List.of("Continue"), false)));
        String s = LanternaScreenTest.text(vt);
        assertTrue(s.contains("Enter picks choice 1"), s);
        assertTrue(s.contains("Enter choose"), s);
    }

    @Test
    void enterOnAWindowTooSmallSaysWhyNothingRanAndKeepsTheLine() throws Exception {
        LanternaScreenTest.Rig r = LanternaScreenTest.play(100, 30, true, false);
        r.resize(40, 12);
        for (char c : "wait".toCharArray()) {
            r.ui.handle(new KeyStroke(c, false, false));
        }
        assertEquals(Optional.empty(), r.ui.handle(new KeyStroke(KeyType.Enter)), "nothing runs unseen");
        r.ui.redraw(false);
        String s = LanternaScreenTest.text(r.vt);
        assertTrue(s.contains("> wait"), "the typed line shows on the small screen:\n" + s);
        assertTrue(s.replace("\n", " ").replaceAll(" +", " ").contains("window is too small"),
                "the screen says why Enter ran nothing:\n" + s);
        r.resize(100, 30);
        assertEquals(Optional.of(Optional.of("wait")), r.ui.handle(new KeyStroke(KeyType.Enter)),
                "the line is kept for when the game can be seen");
    }

    /** The text the game shows for {@code aws ec2 run-instances help}, from the real simulator. */
    static String runInstancesHelp() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        Step step = engine.step(engine.start(1).state(), "aws ec2 run-instances help");
        return Telling.all(step.events()).stream().filter(s -> s.style() == Said.Style.PREFORMATTED)
                .map(Said::text).filter(t -> t.contains("--image-id")).findFirst().orElseThrow();
    }

    /**
     * The mark of a line wrapped twice: a continuation (indented two more than its paragraph) followed by a line at
     * the paragraph's own indent that is no new parameter, as "(aws ec2" and then "describe-images).".
     */
    static void assertWrappedOnce(List<String> lines, int width) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = lines.get(i);
            String b = lines.get(i + 1);
            assertTrue(a.length() <= width, "within " + width + ": '" + a + "'");
            int ia = a.length() - a.stripLeading().length();
            int ib = b.length() - b.stripLeading().length();
            boolean parameter = b.strip().startsWith("-") || b.strip().startsWith("[");
            assertFalse(ia == 8 && ib == 6 && !parameter && !b.isBlank(),
                    "a description wrapped twice at lines " + i + "-" + (i + 1) + ":\n" + String.join("\n", lines));
        }
    }

    @Test
    void cliHelpIsWrappedOnceToTheStoryPanesWidth() throws Exception {
        String help = runInstancesHelp();
        assertTrue(help.contains("(aws ec2\n") || help.contains("\n      describe"),
                "the simulator wraps help for 80 columns (the case this test is about):\n" + help);
        List<String> lines = StoryPane.entryLines(new LanternaLayout.Entry(Said.Style.PREFORMATTED, help), 54, false)
                .stream().map(LanternaText.Line::plain).toList();
        assertWrappedOnce(lines, 54);
        assertTrue(String.join(" ", lines).replaceAll(" +", " ").contains("(aws ec2 describe-images)."),
                "no words lost or reordered:\n" + String.join("\n", lines));
    }

    @Test
    void lineModePrintsCliHelpAsTheCliWroteItForTheTerminalToFold() throws Exception {
        String help = runInstancesHelp();
        for (int width : List.of(58, 80)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), out, width)) {
                ui.show(withChoices(List.of()), List.of(new Event.Output(help, true)));
            }
            assertEquals(help, out.toString(StandardCharsets.UTF_8).stripTrailing(), "at " + width + " columns");
        }
    }

    @Test
    void endShowsTheNewestLinesOfALongAnswer() throws Exception {
        LanternaScreenTest.Rig r = LanternaScreenTest.play(80, 24, true, false, "1", "1", "1",
                LanternaScreenTest.KEY, LanternaScreenTest.CHMOD, LanternaScreenTest.LAUNCH);
        String before = LanternaScreenTest.text(r.vt);
        assertTrue(before.contains("more lines, PgDn") || before.contains("more, PgDn"),
                "the launch's JSON is longer than the pane:\n" + before);
        r.ui.handle(new KeyStroke(KeyType.End));
        r.ui.redraw(false);
        String after = LanternaScreenTest.text(r.vt);
        assertFalse(after.contains("PgDn"), "End shows the last line, nothing below:\n" + after);
        r.ui.handle(new KeyStroke(KeyType.PageUp));
        r.ui.redraw(false);
        assertTrue(LanternaScreenTest.text(r.vt).contains("PgDn"), "PgUp after End moves up at once");
    }

    @Test
    void theBillsRowsKeepTheirAmountsInOneColumnWithASnapshotsLongerId() {
        String status = computequest.present.StatusText.of(new Event.Status(60, 0, List.of(), List.of(
                new LineItem("i-0910a2dec89025cc1", "t3.micro instance", 0.002),
                new LineItem("snap-071bb54d8d101b5b9", "EBS snapshot, up to 8 GiB", 0.0001),
                new LineItem("web-lb", "Application Load Balancer hours", 0.0055)), 0.0076, List.of()));
        List<String> rows = status.lines().filter(l -> l.contains("$0.0") && !l.contains("Total")).toList();
        assertEquals(3, rows.size(), status);
        int at = rows.get(0).indexOf('$');
        for (String row : rows) {
            assertEquals(at, row.indexOf('$'), "amounts in one column:\n" + status);
            assertTrue(row.substring(0, at).endsWith("  "), "two spaces before the amount:\n" + status);
        }
        assertTrue(rows.get(1).contains("snap-071bb54d8d101b5b9  EBS"), "the id keeps a gap:\n" + status);
    }

    @Test
    void loadBalancersAndTargetGroupsHaveTheirOwnNamesOnBothScreens() throws Exception {
        List<Resource> cloud = List.of(
                new Resource("alb", "web-lb", Map.of("state", "active", "listeners", "1")),
                new Resource("target-group", "web-tg", Map.of("port", "80", "targets", "2",
                        "load-balancers", "web-lb")),
                new Resource("load-balancer", "web-tg", Map.of("targets", "2"))); // ECS's count for the same group
        View view = new View("1 Test", "s", "Scene", 0, 0, false, cloud, List.of(), 0, List.of(), List.of(),
                List.of());
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        LanternaFrontend ui = new LanternaFrontend(screen, false, false, null);
        ui.show(view, List.of(new Event.Status(0, 0, cloud, List.of(), 0, List.of())));
        String full = LanternaScreenTest.text(vt);
        String line = computequest.present.StatusText.of(new Event.Status(0, 0, cloud, List.of(), 0, List.of()));
        for (String shown : List.of(full, line)) {
            assertTrue(shown.contains("Load balancers (1)"), "the ALB under load balancers:\n" + shown);
            assertTrue(shown.contains("Target groups (1)"), "the target group under target groups, once:\n" + shown);
            assertFalse(shown.contains("Albs"), shown);
            assertFalse(shown.contains("Load balancers (2)") || shown.contains("target groups (1)"),
                    "ECS's count for the same target group is not a second table:\n" + shown);
        }
        assertTrue(line.contains("web-lb  active  listeners 1"), line);
        assertTrue(line.contains("web-tg  port 80  targets 2  -> web-lb"), line);
    }

    @Test
    void theRestOfALineEndingInABackslashHasAPromptOfItsOwn() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        LanternaFrontend ui = new LanternaFrontend(screen, false, false, null);
        View view = withChoices(List.of());
        ui.show(view, List.of());
        for (char c : "aws ec2 describe-instances \\".toCharArray()) {
            vt.addInput(new KeyStroke(c, false, false));
        }
        vt.addInput(new KeyStroke(KeyType.Enter));
        java.util.concurrent.CompletableFuture<Optional<String>> read = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        return ui.read(view);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        String s = "";
        for (int i = 0; i < 200 && !s.contains("the rest of the command"); i++) {
            Thread.sleep(20);
            synchronized (ui) {
                s = LanternaScreenTest.text(vt);
            }
        }
        assertTrue(s.contains("│ … the rest of the command (the line above ended in \\)"),
                "the input line shows that it continues the line above:\n" + s);
        for (char c : "--output text".toCharArray()) {
            vt.addInput(new KeyStroke(c, false, false));
        }
        vt.addInput(new KeyStroke(KeyType.Enter));
        assertEquals(Optional.of("aws ec2 describe-instances --output text"),
                read.get(10, java.util.concurrent.TimeUnit.SECONDS));
    }
}
