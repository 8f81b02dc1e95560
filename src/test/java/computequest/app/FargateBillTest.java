package computequest.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Bill;
import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.present.Telling;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapter 4's comparison: after the hour, 'bill' shows the t3.medium and the Fargate task per hour, one above the other. */
class FargateBillTest {

    @Test
    void theFargateComparisonPutsBothLaunchTypesHourForHour() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        GameState s = Playtest.start(engine, "far-cost", 1).state();
        s = engine.step(s, "wait 1h").state();
        List<Event> events = engine.step(s, "bill").events();
        Bill bill = ((Event.BillReport) events.get(0)).bill();
        List<Bill.Line> fargate = bill.lines().stream()
                .filter(l -> l.description().startsWith("Fargate task") && l.usdPerHour() > 0).toList();
        List<Bill.Line> ec2 = bill.lines().stream()
                .filter(l -> l.description().equals("t3.medium instance") && l.usdPerHour() > 0).toList();
        assertTrue(!fargate.isEmpty() && !ec2.isEmpty(), bill.toString());
        // a quarter vCPU and half a GB on Fargate against a whole t3.medium, in the same hour
        assertTrue(fargate.get(0).usdPerHour() < ec2.get(0).usdPerHour() / 2, bill.toString());
        String text = Telling.plain(events);
        String rates = text.substring(text.indexOf("Billed now, per hour"));
        assertTrue(rates.contains("t3.medium instance") && rates.contains("Fargate task 0.25 vCPU 0.5 GB"), text);
    }
}
