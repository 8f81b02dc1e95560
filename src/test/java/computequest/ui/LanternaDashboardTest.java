package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.View;
import computequest.present.Tables;
import computequest.sim.LineItem;
import computequest.sim.Resource;
import computequest.ui.LanternaText.Line;
import computequest.ui.LanternaText.Tone;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LanternaDashboardTest {

    static View view(List<Resource> resources, List<LineItem> bill) {
        return new View("1 Test", "s", "Scene", 0, 0, false, resources, bill,
                bill.stream().mapToDouble(LineItem::usd).sum(), List.of(), List.of(), List.of());
    }

    static String text(List<Line> lines) {
        return lines.stream().map(Line::plain).collect(Collectors.joining("\n"));
    }

    static final Resource INSTANCE = new Resource("instance", "i-0abc", Map.of("state", "pending", "type", "t3.micro",
            "az", "us-east-1a", "public-ip", "203.0.113.7"));

    @Test
    void groupsByKindWithTheKeyAttributes() {
        View v = view(List.of(
                new Resource("function", "orders", Map.of("runtime", "python3.12", "memory", "128", "invocations", "3",
                        "last-status", "success", "last-duration-ms", "42")),
                INSTANCE,
                new Resource("ecs-cluster", "bakery", Map.of("status", "ACTIVE", "running-tasks", "2", "services", "1")),
                new Resource("pod", "web-1", Map.of("status", "Running", "node", "ip-10-0-1-5", "az", "us-east-1b")),
                new Resource("bill", "bill", Map.of("total", "0")),
                new Resource("clock", "clock", Map.of("seconds", "0"))), List.of());
        String s = text(LanternaDashboard.lines(v, null, 120, false).all());
        assertTrue(s.indexOf("EC2 instances (1)") < s.indexOf("ECS clusters (1)"), s);
        assertTrue(s.indexOf("ECS clusters (1)") < s.indexOf("Kubernetes pods (1)"), s);
        assertTrue(s.indexOf("Kubernetes pods (1)") < s.indexOf("Lambda functions (1)"), s);
        assertTrue(s.contains("i-0abc  pending  t3.micro  us-east-1a  203.0.113.7"), s);
        assertTrue(s.contains("bakery  ACTIVE  tasks 2  services 1"), s);
        assertTrue(s.contains("web-1  Running  ip-10-0-1-5  us-east-1b"), s);
        assertTrue(s.contains("orders  python3.12  128 MB  calls 3  last success 42 ms"), s);
        assertFalse(s.contains("clock"), "the clock is in the status bar, not a resource: " + s);
        assertTrue(s.contains("nothing billed yet"), s);
    }

    @Test
    void anUnknownKindShowsIdAndState() {
        View v = view(List.of(new Resource("batch-job", "job-1", Map.of("status", "RUNNABLE", "queue", "q"))), List.of());
        String s = text(LanternaDashboard.lines(v, null, 60, false).all());
        assertTrue(s.contains("Batch jobs (1)"), s);
        assertTrue(s.contains("job-1  RUNNABLE"), s);
    }

    @Test
    void publicCatalogueImagesAreNotTheSameAsYours() {
        View v = view(List.of(new Resource("image", "ami-public", Map.of("owner", "amazon", "name", "al2023")),
                new Resource("image", "ami-mine", Map.of("owner", "self", "name", "tracker-backup"))), List.of());
        String s = text(LanternaDashboard.lines(v, null, 60, false).all());
        assertFalse(s.contains("ami-public"), s);
        assertTrue(s.contains("ami-mine  tracker-backup"), s);
    }

    @Test
    void narrowPanesWrapARowAndNothingIsWiderThanThePane() {
        View v = view(List.of(INSTANCE), List.of(new LineItem("i-0abc", "t3.micro instance", 0.0104)));
        List<Line> lines = LanternaDashboard.lines(v, null, 24, false).all();
        for (Line l : lines) {
            assertTrue(l.length() <= 24, "'" + l.plain() + "' is wider than 24");
        }
        String s = text(lines);
        assertTrue(s.contains("pending"), s);
        assertTrue(s.contains("203.0.113.7"), s);
        assertTrue(s.contains("$0.0104"), s);
    }

    @Test
    void changesSinceThePreviousStepAreMarkedAndStatesColoured() {
        View before = view(List.of(INSTANCE), List.of());
        Resource running = new Resource("instance", "i-0abc", Map.of("state", "running", "type", "t3.micro",
                "az", "us-east-1a", "public-ip", "203.0.113.7"));
        List<Line> same = LanternaDashboard.lines(before, before, 80, false).resources();
        assertFalse(text(same).contains("* i-0abc"), text(same));
        List<Line> after = LanternaDashboard.lines(view(List.of(running), List.of()), before, 80, false).resources();
        assertTrue(text(after).contains("* i-0abc"), text(after));
        assertEquals(Tone.WARN, LanternaDashboard.tone(Tables.tone("pending")));
        assertEquals(Tone.GOOD, LanternaDashboard.tone(Tables.tone("running")));
        assertEquals(Tone.BAD, LanternaDashboard.tone(Tables.tone("stopped")));
        assertTrue(after.get(1).segs().stream().anyMatch(g -> g.text().equals("running") && g.tone() == Tone.GOOD));
    }

    @Test
    void outputLinesWrapAtSpacesWithAnIndent() {
        assertEquals(List.of("  i-0abc pending", "    t3.micro"), LanternaText.softWrap("  i-0abc pending t3.micro", 16));
        assertEquals(List.of("abcdefghij", "klmno"), LanternaText.softWrap("abcdefghijklmno", 10));
    }

    /**
     * Issue 15: a JSON line too long for the narrow story pane breaks at a space with its indentation kept, a value
     * that fits the pane goes whole on a line of its own, and only a value wider than the pane breaks, after a
     * separator.
     */
    @Test
    void aJsonLineWrapsAtASpaceAndItsValueStaysWhole() {
        String uri = "\"123456789012.dkr.ecr.us-east-1.amazonaws.com/web\",";
        List<String> lines = LanternaText.softWrap("        \"repositoryUri\": " + uri, 60);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("        \"repositoryUri\":", lines.get(0));
        assertTrue(lines.get(1).strip().equals(uri) && lines.get(1).startsWith("  ") && lines.get(1).length() <= 60,
                "the value whole, on its own line, indented: " + lines);
        String arn = "\"arn:aws:ecs:us-east-1:123456789012:task-definition/web:1\",";
        List<String> narrow = LanternaText.softWrap("            \"taskDefinitionArn\": " + arn, 44);
        assertEquals("            \"taskDefinitionArn\":", narrow.get(0));
        assertEquals(arn, String.join("", narrow.subList(1, narrow.size())), "the pieces are the ARN, nothing added");
        for (String piece : narrow.subList(1, narrow.size() - 1)) {
            assertTrue(piece.endsWith(":") || piece.endsWith("/"), "broken after a separator: " + narrow);
        }
        List<String> option = LanternaText.softWrap("--network-configuration"
                + " 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],assignPublicIp=ENABLED}'", 42);
        assertTrue(option.stream().anyMatch(l -> l.contains("subnet-0defa000000000001")), "the subnet id whole: " + option);
        assertEquals(List.of("  \"a\": 1,", "    \"b\": 2"), LanternaText.softWrap("  \"a\": 1, \"b\": 2", 10));
    }

    /** Issue 15 item 4: the kinds the scene looks at come first, ended resources fold, and a cut bill says so. */
    @Test
    void theScenesKindsComeFirstEndedOnesFoldAndACutBillIsMarked() {
        List<Resource> rs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rs.add(new Resource("instance", "i-dead" + i, Map.of("state", "terminated", "type", "t3.micro")));
        }
        rs.add(INSTANCE);
        rs.add(new Resource("function", "resize", Map.of("runtime", "python3.12", "memory", "1024")));
        List<LineItem> bill = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bill.add(new LineItem("i-dead" + i, "t3.micro instance", 0.01 + i));
        }
        View plain = view(rs, bill);
        View v = new View("1 Test", "s", "Scene", 0, 0, false, rs, bill, 1, List.of(), List.of(), List.of(),
                List.of("function"));
        String s = text(LanternaDashboard.lines(v, plain, 60, false).all());
        assertTrue(s.indexOf("Lambda functions (1)") < s.indexOf("EC2 instances"), "the scene's kind first:\n" + s);
        assertTrue(s.contains("+4 terminated (folded)"), s);
        assertFalse(text(LanternaDashboard.lines(v, plain, 60, false).resources()).contains("i-dead0"), s);
        assertTrue(s.contains("i-0abc"), "a live one stays:\n" + s);
        String pane = text(DashboardPane.measure(v, plain, 40, 14, false).lines());
        assertTrue(pane.matches("(?s).*\\+\\d+ more \\(type 'bill'\\).*"), "a cut bill is marked:\n" + pane);
    }

    /** Issue 15 item 4: the cloud pane scrolls (F4 down, F3 up) through the whole dashboard, marking both cuts. */
    @Test
    void theCloudPaneScrollsThroughEverythingWithBothCutsMarked() {
        List<Resource> rs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rs.add(new Resource("instance", "i-live" + i, Map.of("state", "running", "type", "t3.micro")));
        }
        View v = view(rs, List.of(new LineItem("i-live0", "t3.micro instance", 0.5)));
        String top = text(DashboardPane.measure(v, null, 40, 12, false).lines());
        assertTrue(top.contains("more lines, F4"), top);
        assertFalse(top.contains("i-live20"), top);
        String down = text(DashboardPane.measure(v, null, 40, 12, false, 20).lines());
        assertTrue(down.contains("↑ 20 more, F3"), down);
        assertTrue(down.contains("i-live20"), "a resource below the first screen is reached:\n" + down);
        assertEquals(12, DashboardPane.measure(v, null, 40, 12, false, 20).lines().size(), down);
        String end = text(DashboardPane.measure(v, null, 40, 12, false, 999).lines());
        assertTrue(end.contains("Bill so far") && !end.contains("more, F4"), "the end of the pane:\n" + end);
    }

    /** Issue 15 item 4: kinds of one service sit together (Lightsail is not wedged between EC2 instances and AMIs). */
    @Test
    void kindsAreGroupedByService() {
        View v = view(List.of(new Resource("lightsail-instance", "blog", Map.of("state", "running")),
                new Resource("role", "ecsInstanceRole", Map.of("trusts", "ec2.amazonaws.com")),
                new Resource("key-pair", "bakery", Map.of()),
                new Resource("image", "ami-mine", Map.of("owner", "self", "name", "v1")), INSTANCE,
                new Resource("ecs-cluster", "bakery", Map.of("status", "ACTIVE"))), List.of());
        String s = text(LanternaDashboard.lines(v, null, 60, false).all());
        int ec2 = Math.max(s.indexOf("EC2 key pairs"), Math.max(s.indexOf("Your AMIs"), s.indexOf("EC2 instances")));
        assertTrue(s.indexOf("EC2 instances") >= 0 && ec2 < s.indexOf("Lightsail instances"), "EC2 together:\n" + s);
        assertTrue(s.indexOf("Lightsail instances") < s.indexOf("ECS clusters"), s);
        assertTrue(s.contains("IAM roles (1)"), "IAM says its service:\n" + s);
    }

    /**
     * Issue 15 item 4: a scene about a kind the cloud has none of yet (container instances, before they register) shows
     * the other kinds of that service first (the cluster they join).
     */
    @Test
    void theScenesServiceComesNextWhenItsKindIsNotThereYet() {
        List<Resource> rs = List.of(INSTANCE, new Resource("lightsail-instance", "blog", Map.of("state", "running")),
                new Resource("ecs-cluster", "bakery", Map.of("status", "ACTIVE")));
        View v = new View("3 Test", "s", "Scene", 0, 0, false, rs, List.of(), 0, List.of(), List.of(), List.of(),
                List.of("container-instance"));
        String s = text(LanternaDashboard.lines(v, null, 60, false).all());
        assertTrue(s.startsWith("ECS clusters (1)"), "the ECS scene's cluster first:\n" + s);
    }

    /**
     * Issue 15 item 4: the bill lines of the ended resources folded above add up to one line, so they do not fill the
     * bill; and the '*' legend is no longer a line under the last section (the frame says it).
     */
    @Test
    void endedResourcesFoldTheirBillLinesTooAndTheLegendLeavesTheList() {
        List<Resource> rs = new java.util.ArrayList<>();
        List<LineItem> bill = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rs.add(new Resource("instance", "i-dead" + i, Map.of("state", "terminated", "type", "t3.micro")));
            bill.add(new LineItem("i-dead" + i, "t3.micro instance", 0.25));
            bill.add(new LineItem("i-dead" + i, "public IPv4 address", 0.25));
        }
        rs.add(INSTANCE);
        bill.add(new LineItem("i-0abc", "t3.micro instance", 0.0104));
        rs.add(new Resource("task", "e9a6100461edd57afb799b3c49637e00", Map.of("status", "STOPPED")));
        rs.add(new Resource("task", "4d4673ef77ba0574eff0d522ab710123", Map.of("status", "STOPPED")));
        bill.add(new LineItem("e9a61004", "Fargate task 0.25 vCPU 0.5 GB", 0.5)); // named by its id's first 8
        View v = view(rs, bill);
        LanternaDashboard.Parts parts = LanternaDashboard.lines(v, v, 60, false);
        String b = text(parts.bill());
        assertFalse(b.contains("i-dead"), b);
        assertTrue(b.matches("(?s).*\\+5 ended \\(folded\\) +\\$2\\.5000.*"), b);
        assertFalse(b.contains("e9a61004"), b);
        assertTrue(b.contains("i-0abc"), b);
        Resource running = new Resource("instance", "i-0abc", Map.of("state", "running", "type", "t3.micro"));
        List<Resource> after = new java.util.ArrayList<>(rs.subList(0, 4));
        after.add(running);
        LanternaDashboard.Parts changed = LanternaDashboard.lines(view(after, bill), v, 60, false);
        assertTrue(changed.changed());
        assertFalse(text(changed.all()).contains("changed in"), text(changed.all()));
        assertEquals(" * changed in your last step ", DashboardPane.measure(view(after, bill), v, 60, 30, false)
                .legend(40));
        assertEquals("", DashboardPane.measure(v, v, 60, 30, false).legend(40), "nothing changed, no legend");
    }

    /** Every cut of the pane is counted right: a few resources and a long bill show no "+0" or negative count. */
    @Test
    void aLongBillUnderFewResourcesIsCutWithATrueCount() {
        List<LineItem> bill = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            bill.add(new LineItem("i-0abc" + (char) ('a' + i % 26) + i, "t3.micro instance", 0.01));
        }
        View v = view(List.of(INSTANCE), bill);
        for (int height = 16; height <= 30; height++) {
            List<Line> pane = DashboardPane.measure(v, null, 40, height, false).lines();
            String s = text(pane);
            assertTrue(pane.size() <= height, height + ": " + pane.size() + " lines\n" + s);
            assertFalse(s.contains("+0 more") || s.contains("+-"), height + ":\n" + s);
            assertTrue(s.matches("(?s).*i-0abc +pending.*"), "the resource shows:\n" + s);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\+(\\d+) more \\(type 'bill'\\)").matcher(s);
            assertTrue(m.find(), s);
            long listed = pane.stream().filter(l -> l.plain().startsWith("  i-0abc") && l.plain().contains("$")).count();
            assertEquals(30, listed + Integer.parseInt(m.group(1)), "shown and counted add up:\n" + s);
        }
    }
}
