package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.CloudSim;
import computequest.sim.Resource;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker reads attribute values from the simulator itself (sim.Vocabulary), so the two cannot disagree. */
class SimVocabTest {

    static List<String> check(String condition) {
        String story = ":: a\n@hint h\n@goal " + condition + " -> end\n:: end\n@ending\n";
        return StoryValidator.check(StoryParser.parse(Map.of("t.story", story)), SimVocab.INSTANCE).stream()
                .map(d -> d.position().column() + " " + d.message() + " | " + d.hint()).toList();
    }

    @Test
    void misspelledValuesAreErrorsAtTheValueWithDidYouMean() {
        assertEquals(List.of("21 the simulated cloud never gives instance type the value 't3.mciro' | did you mean"
                + " 't3.micro'?"), check("instance type=t3.mciro"));
        assertEquals(List.of("23 the simulated cloud never gives instance state the value 'termianted' | did you"
                + " mean 'terminated'?"), check("instance state!=termianted"));
        assertEquals(List.of("26 the simulated cloud never gives instance encrypted the value 'yes' | values are:"
                + " false, true"), check("instance encrypted=yes"));
        assertEquals(List.of("24 'memory>=' compares numbers, and 'lots' is not one | write a number, e.g."
                + " memory>=512"), check("function memory>=lots"));
        assertEquals(List.of(), check("instance type=t3.micro state!=terminated encrypted=true public-ip="
                + " name~web and function memory>=512 runtime=python3.13"));
    }

    @Test
    void everyValueTheSimulatorGivesIsOneTheCheckerKnows() {
        var story = StoryParser.parse(Map.of("t.story", ":: a\n@hint h\n* x -> end\n:: end\n@ending\n")).story();
        var engine = new computequest.engine.Engine(story);
        var s = engine.start(1).state();
        for (String cmd : List.of("aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro",
                "aws lightsail create-instances --instance-names wp --availability-zone us-east-1a --blueprint-id"
                        + " wordpress --bundle-id nano_3_0")) {
            s = engine.step(s, cmd).state();
        }
        s = engine.step(s, "wait 120").state();
        int checked = 0;
        for (Resource r : CloudSim.resources(s.cloud())) {
            for (var e : SimVocab.INSTANCE.values(r.kind()).entrySet()) {
                String v = r.attr(e.getKey());
                assertTrue(e.getValue().contains(v), r.kind() + " " + e.getKey() + "=" + v + " not in " + e.getValue());
                checked++;
            }
        }
        assertTrue(checked >= 8, "values checked: " + checked);
    }
}
