package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFrontendTest {

    private static String show(int width, Event... events) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), out, width)) {
            ui.show(null, List.of(events));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void longChoicesWrapUnderTheirTextWithinTheWidth() throws Exception {
        String s = show(40, new Event.Choices(List.of("First", "Run the same container image on Fargate and compare the bill"), false));
        for (String line : s.split("\n")) {
            assertTrue(line.length() <= 40, "too wide: '" + line + "'");
        }
        assertTrue(s.startsWith("  1. First\n  2. Run the same"), s);
        assertTrue(s.contains("\n     "), "continuation lines are indented under the text: " + s);
    }

    @Test
    void aLongChapterHeadingWrapsUnderItsTextWithTheClosingMarks() throws Exception {
        Event heading = new Event.SceneHeading("1 Virtual machines", "Your turn: a LAMP server for the bakery blog");
        for (int width : List.of(70, 40)) {
            String shown = show(width, heading);
            assertTrue(shown.startsWith("\n"), "a blank line above a heading: " + shown);
            List<String> lines = List.of(shown.substring(1).split("\n"));
            assertTrue(lines.size() > 1, "too long for " + width + " columns: " + lines);
            assertTrue(lines.get(0).startsWith("== Chapter 1 Virtual machines - Your"), lines.toString());
            for (String line : lines) {
                assertTrue(line.length() <= width, "wider than " + width + ": '" + line + "'");
                assertTrue(!line.strip().equals("=="), "the closing '==' alone on a line: " + lines);
            }
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(line.startsWith("   ") && !line.startsWith("    "), "under the text: " + lines);
            }
            assertTrue(lines.get(lines.size() - 1).endsWith(" blog =="), lines.toString());
            assertEquals("== Chapter 1 Virtual machines - Your turn: a LAMP server for the bakery blog ==",
                    String.join(" ", lines).replaceAll(" +", " "), "every word, once, in order");
        }
        assertEquals("\n== Chapter 1 Virtual machines - Your turn: a LAMP server for the bakery blog ==\n",
                show(100, heading), "a heading that fits stays on one line");
    }

    @Test
    void aNumberedInfoLineGoesOnUnderItsTextAsOnTheFullScreen() throws Exception {
        String save = "1. Continue 'autosave' (chapter 3 Containers, score 140, saved 2 hours ago)";
        List<String> lines = List.of(show(40, Event.info(save)).split("\n"));
        assertTrue(lines.size() > 1, lines.toString());
        assertTrue(lines.get(0).startsWith("1. Continue 'autosave'"), lines.toString());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("   ") && !line.startsWith("    "), "under the text, past '1. ': " + lines);
        }
        for (String line : lines) {
            assertTrue(line.length() <= 40, "wider than 40: '" + line + "'");
        }
        assertEquals(save, String.join(" ", lines).replaceAll(" +", " "), "every word, once, in order");
        List<String> longName = List.of(show(30, Event.info("2. Load 'a-very-long-save-name-from-last-week'"))
                .split("\n"));
        assertTrue(longName.size() > 2 && longName.subList(1, longName.size()).stream()
                .allMatch(l -> l.startsWith("   ") && !l.startsWith("    ") && l.length() <= 30), longName.toString());
        // any other info line keeps its indent of four
        List<String> prose = List.of(show(30, Event.info("Saved games live in the saves folder next to the game"))
                .split("\n"));
        assertTrue(prose.get(1).startsWith("    "), prose.toString());
    }

    @Test
    void rightAndWrongCarryTextLabelsNotJustColour() throws Exception {
        assertEquals("[ok] Yes.\n[not quite] No.\n",
                show(80, Event.ok("Yes."), Event.wrong("No.")));
    }

    @Test
    void aLineEndingInABackslashGoesOnOnTheNextLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String typed = "aws lambda add-permission --function-name resize \\\n  --statement-id apigateway-invoke \\\n"
                + "  --action lambda:InvokeFunction\nlook \\";
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                out, 80)) {
            assertEquals("aws lambda add-permission --function-name resize   --statement-id apigateway-invoke"
                    + "   --action lambda:InvokeFunction", ui.read(null).orElseThrow());
            assertEquals("look \\", ui.read(null).orElseThrow(), "at the end of input, the line as it stands");
            assertTrue(!Continuation.continues("\u001b]2;owned\u001b\\"), "ESC \\ ends a terminal string");
            assertTrue(Continuation.continues("a \\\\\\") && !Continuation.continues("a \\\\"), "odd backslashes only");
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("> aws lambda add-permission --function-name resize \\\n"
                + ">   --statement-id"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void endOfInputReadsAsEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), out, 80)) {
            assertTrue(ui.read(null).isEmpty());
        }
    }

    @Test
    void aScreenLineBreaksOnlyAtSpacesAndAnIdThatFitsIsNeverSplit() {
        String row = "    subnet-0defb000000000001  10.0.1.0/24  us-east-1a  arn:aws:ecs:us-east-1:123456789012:task/x";
        for (int width = 24; width <= 60; width++) {
            List<String> lines = LanternaText.softWrap(row, width);
            String all = String.join("\n", lines);
            for (String token : row.strip().split(" +")) {
                assertTrue(token.length() > width || all.contains(token), width + ": '" + token + "' split in\n" + all);
            }
            for (String l : lines) {
                assertTrue(l.length() <= width, width + ": too wide '" + l + "'");
            }
        }
        // wider than the whole width: split only on the screen, whole in line mode
        assertEquals(List.of("arn:aws:ecs:us-east-1:123456789012:task/x"),
                LanternaText.softWrap("arn:aws:ecs:us-east-1:123456789012:task/x", 20, false));
    }

    /** Issue 15: line mode cuts an --output table wider than the terminal row by row (borders in line) and says so. */
    @Test
    void aTableWiderThanTheTerminalIsCutRowByRowWithANote() throws Exception {
        String table = String.join("\n",
                "-------------------------------------------------------------------------",
                "|                           DescribeClusters                            |",
                "+------------------------------------+----------------------------------+",
                "||  clusterArn                        |  arn:aws:ecs:us-east-1:1:cluster/b||",
                "+------------------------------------+----------------------------------+");
        String s = show(60, new Event.Output(table, true));
        String[] lines = s.split("\n");
        assertTrue(lines[0].startsWith("(table cut to the terminal's 60 columns"), s);
        assertEquals(6, lines.length, s);
        for (int i = 1; i < lines.length; i++) {
            assertEquals(60, lines[i].length(), "each row cut to the width, none wrapped: '" + lines[i] + "'");
        }
        // a table that fits is printed as the program wrote it
        assertEquals(table + "\n", show(80, new Event.Output(table, true)));
    }

    /** Issue 15: a badge's name never breaks across lines (its spaces do not wrap), and prints with plain spaces. */
    @Test
    void aBadgeNameNeverBreaksAcrossLines() throws Exception {
        List<String> badges = List.of("Sleeper", "Right-Sizer", "Image Maker", "Clean Desk", "EC2 Operator",
                "Friendly Server", "Kubernetes Captain");
        for (int width = 30; width <= 80; width++) {
            String s = show(width, Event.info(computequest.engine.ProgressMap.badgeLine(badges, 0)));
            assertTrue(s.indexOf('\u00A0') < 0, s);
            String joined = s.replace("\n", "|");
            for (String b : badges) {
                assertTrue(s.contains(b), width + ": '" + b + "' broken in\n" + s);
            }
            for (String l : s.split("\n")) {
                assertTrue(l.length() <= width, width + ": too wide '" + l + "' in " + joined);
            }
        }
    }

    /** Issue 15: the game's own two-column tables (help) wrap under their second column, not at a ragged indent. */
    @Test
    void helpWrapsUnderItsSecondColumn() throws Exception {
        for (int width : new int[] {60, 80}) {
            String s = show(width, new Event.Help(3));
            String[] lines = s.split("\n");
            for (int i = 1; i < lines.length; i++) {
                assertTrue(lines[i].length() <= width, "too wide: " + lines[i]);
                if (lines[i - 1].startsWith("  ") && lines[i - 1].length() > 19 && lines[i - 1].charAt(18) == ' '
                        && lines[i].startsWith("   ") && !lines[i - 1].contains("ssh")) {
                    assertTrue(lines[i].startsWith(" ".repeat(19)) && lines[i].charAt(19) != ' ',
                            width + ": a continuation not under the description column:\n" + s);
                }
            }
            assertTrue(s.contains("'chapter N'"), s);
        }
    }

    @Test
    void tmuxsOwnTerminalTypeIsDescribedWithoutRunningInfocmp() {
        org.jline.utils.InfoCmp.setLoadedInfoCmp("tmux-256color", (String) null);
        JLineTerminals.knownTerminalCapabilities("tmux-256color");
        String caps = org.jline.utils.InfoCmp.getLoadedInfoCmp("tmux-256color");
        assertTrue(caps != null && caps.contains("tmux-256color|"), "the shipped description is loaded: " + caps);
        java.util.Map<org.jline.utils.InfoCmp.Capability, Integer> ints = new java.util.HashMap<>();
        java.util.Map<org.jline.utils.InfoCmp.Capability, String> strings = new java.util.HashMap<>();
        org.jline.utils.InfoCmp.parseInfoCmp(caps, new java.util.HashSet<>(), ints, strings);
        assertEquals(256, ints.get(org.jline.utils.InfoCmp.Capability.max_colors));
        assertTrue(strings.containsKey(org.jline.utils.InfoCmp.Capability.key_up), "arrow keys are described");
    }

    @Test
    void aTerminalThatCannotTellItsSizeGivesNoneForTheSnapshotsKey() throws Exception {
        var dumb = new org.jline.terminal.impl.DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        try (LineFrontend ui = LineFrontend.over(dumb)) {
            assertEquals(null, ui.terminalSize(), "0 x 0 is not a size: the launcher's stays the key's");
        }
        var sized = new org.jline.terminal.impl.DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        sized.setSize(new org.jline.terminal.Size(100, 30));
        try (LineFrontend ui = LineFrontend.over(sized)) {
            assertEquals("30 100", ui.terminalSize(), "rows, then columns, as stty size prints them");
        }
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                80)) {
            assertEquals(null, ui.terminalSize(), "no terminal over plain streams");
        }
    }
}
