package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.GameState;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Resource;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Story conditions ask the cloud for one kind of resource at a time (issue 14 item 10): at every state of the whole
 * course, each kind's list is exactly the whole account's listing filtered to that kind, in the same order.
 */
class ResourcesByKindTest {

    @Test
    void eachKindIsTheWholeListingFilteredAtEveryStateOfTheCourse() throws Exception {
        Set<String> seen = new TreeSet<>();
        List<GameState> states = Fixtures.course().states();
        for (int i = 0; i < states.size(); i += 7) {
            Cloud c = states.get(i).cloud();
            List<Resource> all = CloudSim.resources(c);
            for (String kind : CloudSim.schema().keySet()) {
                List<Resource> one = CloudSim.resources(c, kind);
                assertEquals(all.stream().filter(r -> r.kind().equals(kind)).toList(), one, kind + " at step " + i);
                if (!one.isEmpty()) {
                    seen.add(kind);
                }
            }
        }
        // The course reaches every service, so this compared real lists, not empty ones.
        assertTrue(seen.containsAll(List.of("instance", "ecs-cluster", "task", "service", "function", "pod",
                "lightsail-instance", "bill", "clock")), seen.toString());
        assertEquals(List.of(), CloudSim.resources(states.get(0).cloud(), "no-such-kind"));
    }
}
