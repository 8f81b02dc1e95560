package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The container commands of real docker (run, ps, logs...) are refused with what they would do and where containers
 * run in the course, not "not a docker command"; the cloud and the laptop's images are unchanged.
 */
class DockerNoRuntimeTest {

    @Test
    void dockerRunSaysWhatItWouldDoAndWhereContainersRunHere() {
        Cloud c = Sim.ok(Cloud.fresh(1), "docker build -t web:v1 .");
        Outcome r = CloudSim.execute(c, "docker run -d -p 8080:80 web:v1");
        assertFalse(r.ok(), r.output());
        assertTrue(r.output().contains("the image web:v1"), r.output());
        assertTrue(r.output().contains("has no container runtime") && r.output().contains("ECS"), r.output());
        assertFalse(r.output().contains("not a docker command"), r.output());
        assertEquals(c, r.cloud());
        for (String sub : new String[] {"ps", "logs web", "stop abc", "exec -it abc sh", "compose up"}) {
            Outcome other = CloudSim.execute(c, "docker " + sub);
            assertTrue(other.output().startsWith("docker " + sub.split(" ")[0] + ": in real Docker this would"),
                    other.output());
        }
        assertTrue(CloudSim.execute(c, "docker frobnicate").output().contains("is not a docker command"));
    }
}
