package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What docker says on a pull, the image sizes ECR and docker report, and which build an ECR image came from. */
class DockerPullTest {

    static final String REG = Sim.REG;

    @Test
    void aPullOfAnImageAlreadyHereSaysItIsUpToDateAsDockerDoes() {
        Cloud c = Sim.pushedWeb(); // built, tagged with the ECR URI and pushed: the laptop already has it
        String first = Sim.run(c, "docker pull " + REG + "/web:v1").output();
        assertTrue(first.contains("Status: Image is up to date for " + REG + "/web:v1"), first);
        assertFalse(first.contains("Downloaded newer image"), first);

        String hub = Sim.run(c, "docker pull nginx:latest").output();
        assertTrue(hub.contains("Status: Downloaded newer image for nginx:latest"), hub);
        Cloud pulled = Sim.ok(c, "docker pull nginx:latest");
        String again = Sim.run(pulled, "docker pull nginx:latest").output();
        assertTrue(again.contains("Status: Image is up to date for nginx:latest"), again);
    }

    @Test
    void aPullOfATagThatMovedDownloadsTheNewImage() {
        Cloud c = Sim.ok(Sim.pushedWeb(), "docker build -t api:v1 ./api", "docker tag api:v1 " + REG + "/web:v9",
                "docker push " + REG + "/web:v9", "docker tag web:v1 " + REG + "/web:v9");
        // the laptop's web:v9 now names the web image, the registry's names the api image
        String out = Sim.run(c, "docker pull " + REG + "/web:v9").output();
        assertTrue(out.contains("Status: Downloaded newer image for " + REG + "/web:v9"), out);
    }

    @Test
    void ecrReportsTheCompressedSizeAndDockerImagesTheUnpackedOne() {
        Cloud c = Sim.pushedWeb();
        String described = Sim.run(c, "aws ecr describe-images --repository-name web").output();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"imageSizeInBytes\": (\\d+)").matcher(described);
        assertTrue(m.find(), described);
        long ecrMb = Long.parseLong(m.group(1)) / (1024 * 1024);
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("(\\d+)MB").matcher(Sim.run(c, "docker images").output());
        assertTrue(d.find());
        long localMb = Long.parseLong(d.group(1));
        assertTrue(ecrMb < localMb, "ECR stores compressed layers: " + ecrMb + " MB vs " + localMb + " MB unpacked");
        String pushed = Sim.run(Sim.ok(c, "docker tag web:v1 " + REG + "/web:v2"), "docker push " + REG + "/web:v2")
                .changes().toString();
        assertTrue(pushed.contains("about " + ecrMb + " MB") && pushed.contains(localMb + " MB unpacked"), pushed);
    }

    @Test
    void anEcrImageKnowsWhichBuildMadeItsDigestNotWhichRepositoryItIsIn() {
        Cloud c = Sim.ok(Sim.pushedWeb(), "aws ecr create-repository --repository-name api",
                "docker tag web:v1 " + REG + "/api:v1", "docker push " + REG + "/api:v1");
        Resource wrong = Sim.of(c, "ecr-image").stream().filter(r -> r.id().equals("api:v1")).findFirst().orElseThrow();
        assertEquals("web", wrong.attr("app"), "the web app pushed under the api name");
        c = Sim.ok(c, "docker build -t api:v1 ./api", "docker tag api:v1 " + REG + "/api:v1",
                "docker push " + REG + "/api:v1");
        Resource right = Sim.of(c, "ecr-image").stream().filter(r -> r.id().equals("api:v1")).findFirst().orElseThrow();
        assertEquals("api", right.attr("app"));
        assertEquals("web", Sim.of(c, "ecr-image").stream().filter(r -> r.id().equals("web:v1")).findFirst()
                .orElseThrow().attr("app"));
    }
}
