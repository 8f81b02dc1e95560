package computequest.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.sim.Cloud;
import computequest.sim.Instance;
import computequest.sim.InstanceState;
import computequest.story.StoryParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invariant checks must catch what they claim to, or a green fuzz run means nothing. */
class InvariantsTest {

    static Instance instance(String id, InstanceState state, String publicIp, long runStartedAt, Map<String, String> ram) {
        return new Instance(id, "ami-0a1b2c3d4e5f60001", "t3.micro", "us-east-1a", "subnet-1", "172.31.0.10", publicIp,
                state, 10, 0, false, false, 8, false, runStartedAt, ram, Map.of(), Map.of());
    }

    static Cloud with(Instance... list) {
        Cloud fresh = Cloud.fresh(1);
        java.util.LinkedHashMap<String, Instance> m = new java.util.LinkedHashMap<>();
        for (Instance i : list) {
            m.put(i.instanceId(), i);
        }
        return new Cloud(100, fresh.rng(), m, fresh.images(), fresh.ledger());
    }

    @Test
    void aConsistentAccountPasses() {
        assertEquals(List.of(), Invariants.cloud(with(instance("i-0123456789abcdef0", InstanceState.RUNNING,
                "3.3.3.3", 10, Map.of("/dev/shm/a", "x")))));
    }

    @Test
    void illegalInstanceStatesAreCaught() {
        assertTrue(Invariants.cloud(with(instance("i-0123456789abcdef0", InstanceState.STOPPED, "3.3.3.3", -1,
                Map.of()))).toString().contains("public IP"));
        assertTrue(Invariants.cloud(with(instance("i-0123456789abcdef0", InstanceState.RUNNING, null, -1,
                Map.of()))).toString().contains("never started"));
        assertTrue(Invariants.cloud(with(instance("i-0123456789abcdef0", InstanceState.TERMINATED, null, -1,
                Map.of("/dev/shm/a", "x")))).toString().contains("terminated"));
        assertTrue(Invariants.cloud(with(instance("i-0123456789abcdef0", InstanceState.RUNNING, null, 10, Map.of()),
                instance("i-0123456789abcdef1", InstanceState.RUNNING, null, 10, Map.of())))
                .toString().contains("used twice"));
    }

    @Test
    void aClockGoingBackAndAMissingSceneAreCaught() {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", ":: a\n@title A\n* go -> b\n:: b\n@ending\n"));
        Engine e = new Engine(p.story());
        GameState s = e.start(1).state();
        GameState later = s.withCloud(with());
        Step back = new Step(s, List.of());
        assertTrue(Invariants.check(e, later, "wait", back).toString().contains("clock went backwards"));
        Step lost = new Step(s.withScene("nowhere"), List.of());
        assertTrue(Invariants.check(e, s, "1", lost).toString().contains("does not have"));
    }
}
