package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.ecr.EcrOps;
import java.util.List;

/** Test helpers: run commands that must succeed or fail, and read resources. */
final class Sim {

    private Sim() {
    }

    static Cloud ok(Cloud c, String... cmds) {
        for (String cmd : cmds) {
            Outcome o = CloudSim.execute(c, cmd);
            assertTrue(o.ok(), () -> cmd + " was refused: " + o.output());
            c = o.cloud();
        }
        return c;
    }

    static Outcome run(Cloud c, String cmd) {
        Outcome o = CloudSim.execute(c, cmd);
        assertTrue(o.ok(), () -> cmd + " was refused: " + o.output());
        return o;
    }

    static String refused(Cloud c, String cmd) {
        Outcome o = CloudSim.execute(c, cmd);
        assertFalse(o.ok(), () -> cmd + " should be refused but printed: " + o.output());
        assertTrue(o.cloud() == c, "a refused command changes nothing");
        return o.output();
    }

    static Cloud wait(Cloud c, long s) {
        return CloudSim.advance(c, s).cloud();
    }

    static List<Resource> of(Cloud c, String kind) {
        return CloudSim.resources(c).stream().filter(r -> r.kind().equals(kind)).toList();
    }

    static double billed(Cloud c, String descriptionPart) {
        return c.ledger().lines().stream().filter(l -> l.description().contains(descriptionPart)).mapToDouble(LineItem::usd).sum();
    }

    static final String REG = EcrOps.REGISTRY;
    static final String LOGIN = "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin " + REG;

    /** A fresh cloud with web:v1 built, pushed to ECR and an ECS cluster "demo". */
    static Cloud pushedWeb() {
        return ok(Cloud.fresh(3), "aws ecr create-repository --repository-name web", "docker build -t web:v1 .",
                "docker tag web:v1 " + REG + "/web:v1", LOGIN, "docker push " + REG + "/web:v1",
                "aws ecs create-cluster --cluster-name demo");
    }
}
