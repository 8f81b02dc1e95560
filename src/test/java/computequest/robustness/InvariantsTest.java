package computequest.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import computequest.story.StoryParser;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The invariant checks must catch what they claim to, or a green fuzz run means nothing. Broken states are made by
 * copying real ones with one field changed (through the record's canonical constructor, so the test keeps
 * compiling as the records grow).
 */
class InvariantsTest {

    static <R extends Record> R with(R r, String field, Object value) {
        try {
            RecordComponent[] cs = r.getClass().getRecordComponents();
            Object[] args = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            boolean found = false;
            for (int k = 0; k < cs.length; k++) {
                types[k] = cs[k].getType();
                cs[k].getAccessor().setAccessible(true);
                args[k] = cs[k].getName().equals(field) ? value : cs[k].getAccessor().invoke(r);
                found |= cs[k].getName().equals(field);
            }
            if (!found) {
                throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no field " + field);
            }
            Constructor<?> c = r.getClass().getDeclaredConstructor(types);
            c.setAccessible(true);
            @SuppressWarnings("unchecked")
            R out = (R) c.newInstance(args);
            return out;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account with two running t3.micro instances, made by the simulator itself. */
    static Cloud twoRunning() {
        Cloud c = Cloud.fresh(1);
        for (int k = 0; k < 2; k++) {
            c = CloudSim.execute(c, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro")
                    .cloud();
        }
        return CloudSim.advance(c, 120).cloud();
    }

    static Cloud replace(Cloud c, Instance i) {
        Map<String, Instance> m = new LinkedHashMap<>(c.instances());
        m.put(i.instanceId(), i);
        return with(c, "instances", m);
    }

    static Instance first(Cloud c) {
        return c.instances().values().iterator().next();
    }

    @Test
    void aConsistentAccountPasses() {
        Cloud c = twoRunning();
        assertEquals(2, c.instances().size());
        assertEquals(InstanceState.RUNNING, first(c).state());
        assertEquals(List.of(), Invariants.cloud(c));
    }

    @Test
    void illegalInstanceStatesAreCaught() {
        Cloud c = twoRunning();
        Instance i = first(c);
        assertTrue(Invariants.cloud(replace(c, with(i, "state", InstanceState.STOPPED))).toString()
                .contains("public IP"));
        assertTrue(Invariants.cloud(replace(c, with(i, "runStartedAt", -1L))).toString().contains("never started"));
        assertTrue(Invariants.cloud(replace(c, with(with(with(i, "state", InstanceState.TERMINATED), "publicIp", null),
                "ram", Map.of("/dev/shm/a", "x")))).toString().contains("terminated"));
        Instance other = c.instances().values().stream().skip(1).findFirst().orElseThrow();
        assertTrue(Invariants.cloud(replace(c, with(other, "privateIp", i.privateIp()))).toString()
                .contains("used twice"));
    }

    @Test
    void aClockGoingBackAndAMissingSceneAreCaught() {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", ":: a\n@title A\n* go -> b\n:: b\n@ending\n"));
        Engine e = new Engine(p.story());
        GameState s = e.start(1).state();
        GameState later = s.withCloud(CloudSim.advance(s.cloud(), 100).cloud());
        Step back = new Step(s, List.of());
        assertTrue(Invariants.check(e, later, "wait", back).toString().contains("clock went backwards"));
        Step lost = new Step(s.withScene("nowhere"), List.of());
        assertTrue(Invariants.check(e, s, "1", lost).toString().contains("does not have"));
    }
}
