package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.present.Said;
import computequest.sim.LineItem;
import computequest.sim.Resource;
import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Renders whole screens on Lanterna's virtual terminal from the real story and compares them with the screens kept
 * in {@code src/test/resources/screens}. After a deliberate change to the layout, regenerate them with
 * {@code mvn test -Dtest=LanternaScreenTest -Dcq.updateScreens=true} and review the diff.
 */
class LanternaScreenTest {

    static final Path DIR = Path.of("src/test/resources/screens");
    static final String KEY = "aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text > bakery.pem";
    static final String CHMOD = "chmod 400 bakery.pem";
    static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro"
            + " --key-name bakery";

    /** A frontend on a virtual terminal, playing the real story. */
    static final class Rig {
        final DefaultVirtualTerminal vt;
        final TerminalScreen screen;
        final LanternaFrontend ui;
        final Engine engine;
        GameState state;

        Rig(int w, int h, boolean color, boolean ascii) throws Exception {
            this(w, h, color, ascii, null);
        }

        /** @param from a scene to start at, built as {@code --from} and {@code --chapter} build it; null: the start */
        Rig(int w, int h, boolean color, boolean ascii, String from) throws Exception {
            StoryParser.Parsed parsed = StoryParser.parseDirectory(Path.of("story"));
            assertFalse(parsed.hasErrors(), () -> parsed.diagnostics().toString());
            engine = new Engine(parsed.story());
            vt = new DefaultVirtualTerminal(new TerminalSize(w, h));
            screen = new TerminalScreen(vt);
            screen.startScreen();
            ui = new LanternaFrontend(screen, color, ascii, null);
            Step step = from == null ? engine.start(1) : computequest.app.TestPlaytest.start(engine, from, 1);
            state = step.state();
            ui.show(View.of(engine, state), step.events());
        }

        /** Types each line and steps the engine with what the frontend submits, as the game loop does. */
        Rig enter(String... inputs) throws Exception {
            for (String in : inputs) {
                String line = type(ui, in);
                assertEquals(in, line);
                Step step = engine.step(state, line);
                state = step.state();
                ui.show(View.of(engine, state), step.events());
            }
            return this;
        }

        void resize(int w, int h) throws Exception {
            vt.setTerminalSize(new TerminalSize(w, h));
            screen.doResizeIfNecessary();
            ui.redraw(true);
        }

        DefaultVirtualTerminal vt() {
            return vt;
        }
    }

    static Rig play(int w, int h, boolean color, boolean ascii, String... inputs) throws Exception {
        return new Rig(w, h, color, ascii).enter(inputs);
    }

    /** Types a line key by key and presses Enter, as a player would; returns what the frontend submits. */
    static String type(LanternaFrontend ui, String in) {
        for (char c : in.toCharArray()) {
            assertTrue(ui.handle(new KeyStroke(c, false, false)).isEmpty(), "a typed character submitted the line");
        }
        return ui.handle(new KeyStroke(KeyType.Enter)).orElseThrow().orElseThrow();
    }

    static String text(DefaultVirtualTerminal vt) {
        TerminalSize size = vt.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                line.append(vt.getCharacter(x, y).getCharacterString());
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    static void compare(String name, String actual) throws Exception {
        Path expected = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("cq.updateScreens") || !Files.exists(expected)) {
            Files.createDirectories(DIR);
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual, "screen " + name + " differs; if the change is deliberate,"
                + " regenerate with -Dcq.updateScreens=true and review the diff");
    }

    @Test
    void launchedInstanceAt80x24() throws Exception {
        Rig r = play(80, 24, true, false, "1", "1", "1", KEY, CHMOD, LAUNCH);
        String s = text(r.vt());
        compare("launched-80x24", s);
        assertTrue(s.contains("pending"), s);
        assertTrue(s.contains("Score 30"), s);
    }

    @Test
    void runningInstanceAt200x50() throws Exception {
        Rig r = play(200, 50, true, false, "1", "1", "1", KEY, CHMOD, LAUNCH, "wait");
        String s = text(r.vt());
        compare("running-200x50", s);
        assertTrue(s.contains("running  t3.micro"), "a wide dashboard lists an instance on one line:\n" + s);
    }

    @Test
    void asciiDrawsNoBoxCharacters() throws Exception {
        Rig r = play(80, 24, false, true, "1", "1", "1", KEY, CHMOD, LAUNCH);
        String s = text(r.vt());
        compare("launched-80x24-ascii", s);
        assertTrue(s.chars().allMatch(c -> c < 128), "non-ASCII character on an --ascii screen:\n" + s);
    }

    @Test
    void tooSmallSaysHowLargeItMustBe() throws Exception {
        Rig r = play(80, 24, true, false, "1");
        r.resize(50, 12);
        String s = text(r.vt());
        compare("too-small-50x12", s);
        assertTrue(s.contains("at least 60x16"), s);
        assertTrue(s.contains("50x12"), s);
    }

    @Test
    void resizeLaysTheScreenOutAgain() throws Exception {
        Rig r = play(100, 30, true, false, "1");
        r.resize(70, 20);
        String[] rows = text(r.vt()).split("\n");
        assertEquals(20, rows.length);
        assertTrue(rows[0].contains("Score 5"), rows[0]);
        assertEquals(70, rows[1].length(), "the frames span the new width: " + rows[1]);
        assertTrue(rows[1].endsWith("┐"), rows[1]);
    }

    /** The cell where text first appears on screen. */
    static TextCharacter cellOf(DefaultVirtualTerminal vt, String text) {
        String[] rows = text(vt).split("\n");
        for (int y = 0; y < rows.length; y++) {
            int x = rows[y].indexOf(text);
            if (x >= 0) {
                return vt.getCharacter(x, y);
            }
        }
        throw new AssertionError("'" + text + "' is not on the screen:\n" + text(vt));
    }

    @Test
    void rightAndWrongHaveColourAndAWord() throws Exception {
        Rig r = play(100, 40, true, false, "2");
        assertEquals(TextColor.ANSI.RED_BRIGHT, cellOf(r.vt(), "[not quite]").getForegroundColor());
        r.enter("1");
        assertEquals(TextColor.ANSI.RED_BRIGHT, cellOf(r.vt(), "[not quite]").getForegroundColor());
        assertEquals(TextColor.ANSI.GREEN_BRIGHT, cellOf(r.vt(), "[ok]").getForegroundColor());
    }

    @Test
    void noColourKeepsTheWords() throws Exception {
        Rig r = play(100, 40, false, false, "2");
        cellOf(r.vt(), "[not quite]");
        assertNoColour(r.vt());
        r.enter("1", "1", "1", KEY, CHMOD, LAUNCH);
        cellOf(r.vt(), "[ok]");
        cellOf(r.vt(), "pending");
        assertNoColour(r.vt());
    }

    static void assertNoColour(DefaultVirtualTerminal vt) {
        TerminalSize size = vt.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = vt.getCharacter(x, y);
                assertEquals(TextColor.ANSI.DEFAULT, c.getForegroundColor(), "colour at " + x + "," + y);
                assertEquals(TextColor.ANSI.DEFAULT, c.getBackgroundColor(), "colour at " + x + "," + y);
            }
        }
    }

    /** A busy cloud of every kind the course uses, drawn at 80x24 and 200x50: the bill stays in view. */
    @Test
    void manyKindsOfResources() throws Exception {
        List<Resource> rs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rs.add(new Resource("instance", "i-000000000000000" + i, Map.of("state", i == 3 ? "stopped" : "running",
                    "type", "m5.large", "az", "us-east-1a", "public-ip", i == 2 ? "" : "198.51.100." + i)));
        }
        rs.add(new Resource("ecs-cluster", "bakery", Map.of("status", "ACTIVE", "running-tasks", "2", "services", "1",
                "container-instances", "0")));
        rs.add(new Resource("service", "web", Map.of("running", "1", "desired", "2", "launch-type", "FARGATE",
                "cluster", "bakery")));
        rs.add(new Resource("task", "4f2c9a", Map.of("status", "PROVISIONING", "launch-type", "FARGATE",
                "az", "us-east-1b", "service", "web")));
        rs.add(new Resource("pod", "web-7d4b9-x2x", Map.of("status", "Running", "fargate", "true", "az", "us-east-1c")));
        rs.add(new Resource("function", "resize-image", Map.of("runtime", "python3.12", "memory", "512",
                "invocations", "4", "last-status", "success", "last-duration-ms", "183")));
        rs.add(new Resource("quantum-widget", "qw-1", Map.of("state", "humming")));
        rs.add(new Resource("bill", "bill", Map.of("total", "1.23")));
        List<LineItem> bill = List.of(new LineItem("i-0000000000000001", "m5.large instance", 0.96),
                new LineItem("bakery/web", "Fargate vCPU and memory", 0.25),
                new LineItem("resize-image", "Lambda requests and duration", 0.0000421));
        View v = new View("2 Containers", "s", "A busy morning", 120, 3725, false, rs, bill, 1.2100421,
                List.of(), List.of(), List.of("Sleeper"));
        for (int[] size : new int[][] {{80, 24}, {200, 50}}) {
            DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(size[0], size[1]));
            TerminalScreen screen = new TerminalScreen(vt);
            screen.startScreen();
            LanternaLayout.Model m = new LanternaLayout.Model(v, null,
                    List.of(new LanternaLayout.Entry(Said.Style.HEADING, "Chapter 2 Containers - A busy morning"),
                            new LanternaLayout.Entry(Said.Style.PROSE, "Everything is running at once.")),
                    0, "kubectl get pods", 16, null, -1, null);
            LanternaLayout.draw(screen.newTextGraphics(), screen.getTerminalSize(), m,
                    new LanternaDraw.Options(true, false));
            screen.refresh();
            String s = text(vt);
            compare("many-kinds-" + size[0] + "x" + size[1], s);
            assertTrue(s.contains("Bill so far") && s.contains("$1.21"), s);
            assertTrue(s.contains("qw-1") || s.contains("more lines"), s);
            assertTrue(s.contains("Badges 1") && s.contains("Score 120") && s.contains("1h 2m 5s"), s);
        }
    }

    /** Issue 15 item 14: the smallest screen shows every choice of the first scene, and 80 columns keep F1 and F2. */
    @Test
    void theSmallestScreenShowsEveryChoiceAndEightyColumnsKeepF1AndF2() throws Exception {
        Rig r = play(60, 16, true, false, "1", "1", "1", KEY, CHMOD, LAUNCH); // ec2-pending: three long answers
        String s = text(r.vt());
        for (String n : new String[] {"1. ", "2. ", "3. "}) {
            assertTrue(s.contains(n), "choice " + n + "missing at 60x16:\n" + s);
        }
        r.resize(80, 24);
        String bar = text(r.vt()).split("\n")[23];
        assertTrue(bar.contains("F1 help") && bar.contains("F2 hint") && bar.contains("Enter choose"), bar);
    }

    /** Issue 15 item 14: an --output table wider than the story pane is cut row by row, borders in line, and says so. */
    @Test
    void aWideTableIsCutRowByRowNotWrapped() throws Exception {
        Rig r = play(80, 24, true, false, "1", "1", "1", KEY, CHMOD, LAUNCH, "aws ec2 describe-instances --output table");
        String s = text(r.vt());
        assertTrue(s.contains("(table cut to the pane"), s);
        int inner = s.split("\n")[1].indexOf("┐") - 2; // the story pane's text width
        java.util.List<String> rows = java.util.Arrays.stream(s.split("\n")).map(l -> l.substring(2, 2 + inner).stripTrailing())
                .filter(l -> l.startsWith("|") || l.startsWith("+")).toList();
        assertTrue(rows.size() >= 3, s);
        for (String row : rows) {
            assertTrue(row.endsWith("...") || row.endsWith("|") || row.endsWith("+"), "a row wrapped:\n" + s);
        }
    }

    @Test
    void everySizeDrawsAndNothingSpillsOver() throws Exception {
        Rig r = play(80, 24, true, false, "1", "1", "1", KEY, CHMOD, LAUNCH);
        for (int w : new int[] {1, 10, 59, 60, 61, 67, 79, 99, 100, 101, 140, 250}) {
            for (int h : new int[] {1, 3, 15, 16, 17, 24, 60}) {
                r.resize(w, h);
                String[] rows = text(r.vt()).split("\n", -1);
                assertEquals(h + 1, rows.length, w + "x" + h);
                String s = text(r.vt());
                if (w >= LanternaLayout.MIN_WIDTH && h >= LanternaLayout.MIN_HEIGHT) {
                    assertTrue(rows[0].contains("Score 30"), w + "x" + h + ":\n" + s);
                    assertTrue(rows[h - 1].contains("quit"), w + "x" + h + ":\n" + s);
                    assertTrue(s.contains("i-0910a2dec89025cc1"), w + "x" + h + ":\n" + s);
                } else if (w >= 40 && h >= 5) {
                    assertTrue(s.contains("60x16"), w + "x" + h + ":\n" + s);
                }
            }
        }
    }

    /** The cloud pane's columns of a screen: what is right of the story pane's frame, frame included. */
    static List<String> cloudPane(String screen, int storyWidth) {
        return java.util.Arrays.stream(screen.split("\n")).map(l -> l.length() > storyWidth ? l.substring(storyWidth)
                : "").toList();
    }

    /**
     * Issue 15 item 4, from chapter 3 on, at 80x24 and 100x30: the pane leads with the scene's service (the cluster
     * the container instances join), ended instances and their bill lines fold, the '*' legend sits on the frame,
     * and every cut of the pane is marked.
     */
    @Test
    void fromChapterThreeTheCloudPaneLeadsWithTheScenesServiceAndMarksEveryCut() throws Exception {
        String launch = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60004 --instance-type t3.medium --count 2"
                + " --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh";
        for (int[] size : new int[][] {{80, 24}, {100, 30}}) {
            Rig r = new Rig(size[0], size[1], true, false, "ecs-capacity").enter(launch);
            String s = text(r.vt());
            compare("ecs-capacity-" + size[0] + "x" + size[1], s);
            List<String> pane = cloudPane(s, s.split("\n")[1].indexOf("┐") + 1);
            assertTrue(pane.get(1).contains("Cloud") && pane.get(1).contains("* "), "the legend on the frame:\n" + s);
            assertTrue(pane.get(2).contains("ECS clusters"), "the scene's service first:\n" + s);
            String all = String.join("\n", pane);
            assertTrue(all.contains("terminated (folded)"), s);
            assertTrue(all.contains("ended (folded)"), "the ended instances' bill lines fold too:\n" + s);
            assertFalse(all.contains("changed in the last step\n"), s);
            // every cut is marked: the kinds the pane does not show are counted in a 'more' line
            View v = View.of(r.engine, r.state);
            long kinds = computequest.present.Tables.group(v.resources()).size();
            long shown = pane.stream().filter(l -> l.matches(".*[A-Za-z] \\(\\d+\\) *│.*")).count();
            assertTrue(shown == kinds || all.contains("more lines, F4"), shown + " of " + kinds + " kinds, no mark:\n" + s);
        }
    }

    /** Issue 15 item 4: in chapter 5 the function the scene is about leads the pane, above chapter 1-4's leftovers. */
    @Test
    void inChapterFiveTheFunctionLeadsThePane() throws Exception {
        for (int[] size : new int[][] {{80, 24}, {100, 30}}) {
            Rig r = new Rig(size[0], size[1], true, false, "lam-timeout").enter(
                    "aws lambda invoke --function-name resize --payload '{\"key\": \"gallery/wedding-cake.jpg\","
                            + " \"width\": 1600}' --cli-binary-format raw-in-base64-out out.json");
            String s = text(r.vt());
            compare("lam-timeout-" + size[0] + "x" + size[1], s);
            List<String> pane = cloudPane(s, s.split("\n")[1].indexOf("┐") + 1);
            assertTrue(pane.get(2).contains("Lambda functions"), "the function first:\n" + s);
        }
    }

    /** Issue 15: at 80x24 the AMI choices wrap whole, each image id readable, instead of being cut to a line each. */
    @Test
    void theAmiChoicesWrapWholeAtEightyColumns() throws Exception {
        Rig r = play(80, 24, true, false, "1");
        String s = text(r.vt());
        assertEquals("ec2-ami", r.state.sceneId());
        for (String ami : new String[] {"ami-0a1b2c3d4e5f60001", "ami-0a1b2c3d4e5f60002", "ami-0a1b2c3d4e5f60003"}) {
            assertTrue(s.contains(ami), ami + " is cut:\n" + s);
        }
        assertFalse(s.substring(s.indexOf('\n')).contains("…"), "a choice is cut (the title bar may be):\n" + s);
    }
}
