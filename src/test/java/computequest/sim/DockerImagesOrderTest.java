package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;


import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker images lists the most recently created images first (docker's reference, "List the most recently created
 * images"), and an image with several names once per name, side by side (its IMAGE ID and CREATED repeat).
 */
class DockerImagesOrderTest {

    static List<String> names(Cloud c) {
        return Sim.run(c, "docker images").output().lines().skip(1)
                .map(l -> l.split("\\s+")[0] + ":" + l.split("\\s+")[1]).toList();
    }

    @Test
    void newestFirstWithAnImagesNamesTogether() {
        Cloud c = Sim.ok(Cloud.fresh(1), "docker build -t web:v1 .");
        c = Sim.ok(Sim.wait(c, 120), "docker build -t worker:v1 ./worker");
        c = Sim.ok(Sim.wait(c, 60), "docker build -t api:v1 ./api", "docker tag web:v1 " + Sim.REG + "/web:v1",
                "docker tag web:v1 ghcr.io/bakery/web:v1");
        // one image's names in the daemon's order of full names: web:v1 is docker.io/library/web:v1
        assertEquals(List.of("api:v1", "worker:v1", Sim.REG + "/web:v1", "web:v1", "ghcr.io/bakery/web:v1"), names(c));
        // a rebuild makes a new image: web:v1 now names it, and moves to the top
        c = Sim.ok(Sim.wait(c, 30), "docker build -t web:v1 . --build-arg V=2");
        assertEquals(List.of("web:v1", "api:v1", "worker:v1", Sim.REG + "/web:v1", "ghcr.io/bakery/web:v1"), names(c));
    }
}
