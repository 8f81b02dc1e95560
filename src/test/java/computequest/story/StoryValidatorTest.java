package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryValidatorTest {

    /** A small cloud: instances only, and two EC2 operations. */
    static final SimVocabulary VOCAB = new SimVocabulary() {
        @Override
        public Map<String, Set<String>> kinds() {
            return Map.of("instance", Set.of("id", "state", "type"));
        }

        @Override
        public boolean knowsCommand(String service, String operation) {
            return service.equals("ec2") && Set.of("run-instances", "describe-instances").contains(operation);
        }

        @Override
        public boolean isCloudCommand(String line) {
            return line.startsWith("aws ") || line.startsWith("ssh ");
        }
    };

    private static List<Diagnostic> check(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("t.story", text);
        return StoryValidator.check(StoryParser.parse(files), VOCAB);
    }

    private static String render(List<Diagnostic> ds) {
        StringBuilder b = new StringBuilder();
        ds.forEach(d -> b.append(d).append('\n'));
        return b.toString();
    }

    @Test
    void aSoundStoryHasNoProblems() {
        List<Diagnostic> ds = check("""
                @start a
                :: a
                @hint h
                * Go -> b
                  ? flag seen
                  ~ flag seen
                :: b
                @hint h
                ~ run aws ec2 describe-instances
                @goal instance state=running type=t3.micro -> c
                @on aws ec2 run-instances
                  > fine
                :: c
                @ending
                """);
        assertEquals("", render(ds));
    }

    @Test
    void findsEveryKindOfProblemWithPositionAndHint() {
        List<Diagnostic> ds = check("""
                @start a
                :: a
                * Go -> b
                  ? flag nevr-set
                  ? visited bb
                :: b
                @hint h
                ~ run aws ec2 run-instance --image-id x
                ~ run asw ec2 describe-instances
                @goal instanc state=running -> a
                @goal instance stat=running -> a
                @on aws ec2 frobnicate-instances
                :: lost
                @hint h
                :: stuck
                @hint h
                * Nowhere
                """);
        String all = render(ds);
        assertTrue(all.contains("t.story:2:1: warning: the scene 'a' has no @hint"), all);
        assertTrue(all.contains("t.story:4:5: warning: no effect ever sets the flag 'nevr-set'"), all);
        assertTrue(all.contains("t.story:5:5: error: 'visited' names 'bb', which is not a scene (did you mean 'b'?)"), all);
        assertTrue(all.contains("t.story:8:3: error: the simulated cloud does not know 'aws ec2 run-instance'"), all);
        assertTrue(all.contains("t.story:9:3: error: 'asw' is not a command of the simulated cloud"), all);
        assertTrue(all.contains("t.story:10:7: error: the simulated cloud has no resource kind 'instanc'"
                + " (did you mean 'instance'?)"), all);
        assertTrue(all.contains("t.story:11:16: error: an instance has no attribute 'stat' (did you mean 'state'?)"), all);
        assertTrue(all.contains("t.story:12:1: warning: the simulated cloud does not know 'aws ec2 frobnicate-instances'"), all);
        assertTrue(all.contains("t.story:13:1: warning: no path from @start reaches the scene 'lost'"), all);
        assertTrue(all.contains("t.story:13:1: error: the scene 'lost' is a dead end"), all);
        assertTrue(all.contains("t.story:15:1: error: the scene 'stuck' is a dead end"), all);
        assertTrue(all.contains("t.story:17:1: warning: this choice has no '->' and no feedback"), all);
        assertEquals(13, ds.size(), all);
    }

    @Test
    void oneBrokenLinkGivesOneUnreachableWarningNotOnePerSceneAfterIt() {
        List<Diagnostic> ds = check("""
                :: a
                @hint h
                * Go -> bb
                :: b
                @hint h
                * Go -> c
                :: c
                @hint h
                * Back -> b
                * On -> d
                :: d
                @ending
                """);
        String all = render(ds);
        assertTrue(all.contains("t.story:3:9: error: no scene is called 'bb' (did you mean 'b'?)"), all);
        assertTrue(all.contains("t.story:4:1: warning: no path from @start reaches the scene 'b' (nor 2 more scenes"), all);
        assertEquals(2, ds.size(), all);
    }

    @Test
    void aSceneWithASyntaxErrorIsNotAlsoCalledADeadEnd() {
        List<Diagnostic> ds = check("""
                :: a
                @hint h
                @goal instance state=running count>=x -> b
                :: b
                @ending
                """);
        assertEquals(1, ds.stream().filter(Diagnostic::isError).count(), render(ds));
        assertTrue(render(ds).contains("'count' takes a comparison"), render(ds));
    }

    @Test
    void setupLinesParseAndTheirPlaceholdersAreChecked() {
        List<Diagnostic> ds = check("""
                :: a
                @hint h
                @setup run ssh ${instance state=running} 'echo hi > /dev/shm/x'
                @setup run aws ec2 describe-instances --instance-ids ${instanse state=running}
                @setup wait 60
                ~ run ssh ${instance state=running} 'ls'
                @ending
                """);
        String all = render(ds);
        assertTrue(all.contains("t.story:4:"), all);
        assertTrue(all.contains("no resource kind 'instanse'"), all);
        assertTrue(all.contains("t.story:6:3: error: ${...} placeholders work only in @setup"), all);
        assertEquals(2, ds.size(), all);
        Scene a = StoryParser.parse(Map.of("t.story", ":: a\n@setup wait 60\n@ending\n")).story().scene("a")
                .orElseThrow();
        assertEquals(List.of(new Effect.Wait(60, new Position("t.story", 2, 8))), a.setup());
    }

    @Test
    void graphExportHasScenesTransitionsGoalsAndEndings() {
        Story s = StoryParser.parse(Map.of("t.story", """
                @start a
                :: a
                @title The "first"
                * Go on -> b
                :: b
                @goal instance state=running count>=2 -> c
                :: c
                @ending
                """)).story();
        StoryGraph g = new StoryGraph(s);
        String dot = g.dot();
        assertTrue(dot.contains("\"a\" [label=\"START: a\\nThe \\\"first\\\"\", penwidth=2];"), dot);
        assertTrue(dot.contains("\"a\" -> \"b\" [label=\"Go on\"];"), dot);
        assertTrue(dot.contains("\"b\" -> \"c\" [label=\"goal: instance state=running count>=2\", style=dashed];"), dot);
        assertTrue(dot.contains("\"c\" [label=\"END: c\", shape=doublecircle];"), dot);
        String mm = g.mermaid();
        assertTrue(mm.startsWith("flowchart TB\n"), mm);
        assertTrue(mm.contains("s_b -.->|\"goal: instance state=running count>=2\"| s_c"), mm);
        assertTrue(mm.contains("s_c([\"END: c\"])"), mm);
        assertEquals(List.of("b", "c"), g.shortestPath("a", "c").stream().map(StoryGraph.Edge::to).toList());
    }

    @Test
    void checkingManyScenesStaysLinear() {
        // 20,000 scenes in a chain with 2,000 broken links: the did-you-mean budget keeps this fast.
        StringBuilder b = new StringBuilder("@start s0\n");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            b.append(":: s").append(i).append("\n@hint h\n");
            if (i == n - 1) {
                b.append("@ending\n");
            } else {
                b.append("* Next -> ").append(i % 10 == 5 ? "x" : "s").append(i + 1).append('\n');
            }
        }
        List<Diagnostic> ds = check(b.toString());
        assertEquals(2000, ds.stream().filter(Diagnostic::isError).count());
        assertFalse(ds.isEmpty());
    }

    @Test
    void walkthroughsParseInputsAndExpectationsAndRejectScreenText() {
        Walkthrough.Parsed p = Walkthrough.parse("w.walk", """
                // c
                @title T
                @seed 7
                @from b
                > 1
                > ssh ${instance state=running} 'ls'
                expect scene c
                expect score >= 10
                expect instance state=running count=2
                expect badge Clean Desk
                expect ended
                expect text hello
                oops
                """);
        Walkthrough w = p.walkthrough();
        assertEquals("T", w.title());
        assertEquals(7, w.seed());
        assertEquals("b", w.from());
        assertEquals(7, w.lines().size());
        assertEquals(1, ((Walkthrough.Input) w.lines().get(1)).selectors().size());
        assertEquals(2, p.diagnostics().size(), p.diagnostics().toString());
        assertEquals(12, p.diagnostics().get(0).position().line());
        assertEquals(13, p.diagnostics().get(1).position().line());
    }

    @Test
    void walkthroughsAreCheckedAgainstTheStory() {
        Story story = StoryParser.parse(Map.of("t.story", ":: a\n~ flag seen\n@ending\n")).story();
        List<Diagnostic> ds = StoryValidator.checkWalkthrough(Walkthrough.parse("w.walk", """
                @from b
                > 1
                expect scene aa
                expect instanse state=running
                expect flag seen
                expect flag nope
                expect text hi
                """), story, VOCAB);
        String all = render(ds);
        assertTrue(all.contains("w.walk:1:1: error: @from names 'b', which is not a scene"), all);
        assertTrue(all.contains("w.walk:3:8: error: 'expect scene' names 'aa', which is not a scene"), all);
        assertTrue(all.contains("w.walk:4:8: error: the simulated cloud has no resource kind 'instanse'"), all);
        assertTrue(all.contains("w.walk:6:8: warning: no effect ever sets the flag 'nope'"), all);
        assertTrue(all.contains("w.walk:7:8: error: walkthroughs check the game state, not the screen text"), all);
        assertEquals(5, ds.size(), all);
    }

    @Test
    void controlCharactersInTitlesProseAndChoicesAreErrors() {
        for (String bad : computequest.hostile.Hostile.all()) {
            if (bad.contains("\r") || bad.contains("\u0085")) {
                continue; // line ends: the parser splits there, which is not a terminal problem
            }
            List<Diagnostic> ds = check("@start a\n:: a\n@title T" + bad + "\n@hint h\nProse.\n* Go -> b\n:: b\n@ending\n");
            assertTrue(ds.stream().anyMatch(d -> d.isError() && d.message().contains("control character")),
                    () -> "not reported: " + bad.chars().mapToObj(Integer::toHexString).toList() + " " + render(ds));
            assertEquals(-1, computequest.hostile.Hostile.firstRaw(render(ds)), "the report itself is safe to print");
        }
        List<Diagnostic> prose = check("@start a\n:: a\n@hint h\nA \u001b]0;X\u0007 b.\n* G\u009bo -> b\n:: b\n@ending\n");
        assertEquals(1, prose.stream().filter(d -> d.message().contains("control character")).count(), render(prose));
        assertTrue(render(prose).contains("t.story:2:"), render(prose));
    }

    /** A placeholder in prose and a conditional paragraph's test are reported at the line and column they are on. */
    @Test
    void proseProblemsAreReportedWhereTheyWereWritten() {
        String story = """
                @start a
                :: a
                @hint One.
                First paragraph.

                @if instance stat=running
                Only then.

                A line, and then
                another with ${instance.nme} in it.
                * End -> b
                :: b
                @ending
                """;
        List<String> found = StoryValidator.check(StoryParser.parse(Map.of("t.story", story)), VOCAB).stream()
                .filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        assertTrue(found.stream().anyMatch(d -> d.startsWith("t.story:6:14: error:") && d.contains("'stat'")),
                found.toString());
        assertTrue(found.stream().anyMatch(d -> d.startsWith("t.story:10:16: error:") && d.contains("'nme'")),
                found.toString());
    }
}
