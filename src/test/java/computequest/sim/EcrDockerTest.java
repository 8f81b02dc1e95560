package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EcrDockerTest {

    static final String REG = Sim.REG;

    @Test
    void repositoryUriHasTheRealForm() {
        Cloud c = Sim.ok(Cloud.fresh(1), "aws ecr create-repository --repository-name web");
        assertEquals("123456789012.dkr.ecr.us-east-1.amazonaws.com/web", Sim.of(c, "ecr-repository").get(0).attr("uri"));
        assertTrue(Sim.refused(c, "aws ecr create-repository --repository-name web").contains("RepositoryAlreadyExistsException"));
        assertTrue(Sim.refused(c, "aws ecr create-repository --repository-name Web").contains("InvalidParameterException"));
    }

    @Test
    void pushNeedsATagLoginAndRepositoryThenGivesADeterministicDigest() {
        Cloud c = Sim.ok(Cloud.fresh(1), "docker build -t web:v1 .");
        assertEquals(1, Sim.of(c, "local-image").size());
        assertTrue(Sim.refused(c, "docker push web:v1").contains("denied"));
        c = Sim.ok(c, "docker tag web:v1 " + REG + "/web:v1");
        assertTrue(Sim.refused(c, "docker push " + REG + "/web:v1").contains("no basic auth credentials"));
        assertTrue(Sim.refused(c, "docker login --username AWS --password-stdin " + REG).contains("non TTY"));
        c = Sim.ok(c, Sim.LOGIN);
        assertTrue(Sim.refused(c, "docker push " + REG + "/web:v1").contains("name unknown"));
        c = Sim.ok(c, "aws ecr create-repository --repository-name web");
        Outcome pushed = Sim.run(c, "docker push " + REG + "/web:v1");
        assertTrue(pushed.output().contains("v1: digest: sha256:"));
        c = pushed.cloud();
        Resource img = Sim.of(c, "ecr-image").get(0);
        assertEquals("v1", img.attr("tag"));
        assertTrue(img.attr("digest").matches("sha256:[0-9a-f]{64}"));
        Cloud again = Sim.ok(Cloud.fresh(99), "aws ecr create-repository --repository-name web", "docker build -t web:v1 .",
                "docker tag web:v1 " + REG + "/web:v1", Sim.LOGIN, "docker push " + REG + "/web:v1");
        assertEquals(img.attr("digest"), Sim.of(again, "ecr-image").get(0).attr("digest"), "same content, same digest");
        assertTrue(Sim.run(c, "aws ecr describe-images --repository-name web").output().contains(img.attr("digest")));
    }

    @Test
    void pullingAMissingTagFailsLikeDocker() {
        Cloud c = Sim.pushedWeb();
        assertTrue(Sim.refused(c, "docker pull " + REG + "/web:v2").contains("manifest unknown"));
        assertTrue(Sim.refused(c, "docker pull " + REG + "/nope:v1").contains("name unknown"));
        Sim.ok(c, "docker pull " + REG + "/web:v1", "docker pull nginx:latest");
        assertTrue(Sim.refused(c, "docker pull no-such-thing-here").contains("pull access denied"));
        assertTrue(Sim.run(c, "docker images").output().contains("REPOSITORY"));
    }

    @Test
    void dockerTyposAreExplained() {
        assertTrue(Sim.refused(Cloud.fresh(1), "docker biuld -t web:v1 .").contains("Did you mean build?"));
        assertTrue(Sim.refused(Cloud.fresh(1), "docker build -t web:v1 ./nowhere").contains("not found"));
        assertTrue(Sim.refused(Cloud.fresh(1), "docker build .").contains("-t"));
        assertTrue(Sim.refused(Cloud.fresh(1), "docker tag web:v1 x:y").contains("No such image"));
    }
}
