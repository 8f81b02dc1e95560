package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    void dockerImagesLaysOutColumnsAsDockerDoes() {
        Cloud c = Sim.ok(Cloud.fresh(1), "docker build -t web:v1 .", "docker tag web:v1 " + REG + "/web:v1");
        List<String> lines = Sim.run(c, "docker images").output().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        String header = lines.get(0);
        List<String> names = List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE");
        int[] at = names.stream().mapToInt(header::indexOf).toArray();
        assertEquals(0, at[0]);
        // each column as wide as its longest value and three spaces, at least 10: the long registry name sets the
        // first; 'TAG' and 'v1' are padded to 10; an image id (12) gives 15
        assertEquals((REG + "/web").length() + 3, at[1], header);
        assertEquals(at[1] + 10, at[2], header);
        assertEquals(at[2] + 15, at[3], header);
        for (String row : lines.subList(1, lines.size())) {
            for (int col = 1; col < at.length; col++) {
                assertEquals(' ', row.charAt(at[col] - 1), "a value starts under its heading: " + lines);
                assertTrue(row.substring(at[col - 1], at[col]).endsWith("   "), "three spaces at least: " + lines);
                assertTrue(row.charAt(at[col]) != ' ', "a value starts under its heading: " + lines);
            }
            assertTrue(row.substring(at[3], at[4]).strip().matches("Less than a second ago|\\d+ (seconds|minutes) ago"
                    + "|About a minute ago"), row);
            assertTrue(row.endsWith("48MB"), row);
        }
        // how long ago, in docker's words
        assertTrue(Sim.run(Sim.wait(c, 90), "docker images").output().contains("   About a minute ago   48MB"));
        assertTrue(Sim.run(Sim.wait(c, 600), "docker images").output().contains("   10 minutes ago   48MB"));
    }

    @Test
    void dockerTyposAreExplained() {
        assertTrue(Sim.refused(Cloud.fresh(1), "docker biuld -t web:v1 .").contains("Did you mean build?"));
        assertTrue(Sim.refused(Cloud.fresh(1), "docker build -t web:v1 ./nowhere").contains("not found"));
        assertTrue(Sim.refused(Cloud.fresh(1), "docker build .").contains("-t"));
        assertTrue(Sim.refused(Cloud.fresh(1), "docker tag web:v1 x:y").contains("No such image"));
    }
}
