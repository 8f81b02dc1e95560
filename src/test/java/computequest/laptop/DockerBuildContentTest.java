package computequest.laptop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker build on the laptop as real Docker behaves: the image ID is a digest of what the image is made of (the
 * Dockerfile's instructions and the files COPY takes), so changed content gives a new ID, and a rebuild of the same
 * content (every step cached) gives the same ID with its first CREATED time. ECR's digest follows the content too.
 */
class DockerBuildContentTest {

    private static final String REG = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
    private static final Pattern WRITING = Pattern.compile("writing image (sha256:[0-9a-f]{64})");

    private Laptop laptop = Laptop.fresh();
    private Cloud cloud = Cloud.fresh(5);

    private String run(String line) {
        Ran r = Shell.run(laptop, cloud, line);
        assertTrue(r.ok(), line + ": " + r.out());
        laptop = r.laptop();
        cloud = r.cloud();
        return r.out().stream().filter(o -> o.kind() == Out.Kind.OUTPUT).map(Out::text)
                .collect(Collectors.joining("\n"));
    }

    private void waitSeconds(long s) {
        cloud = CloudSim.advance(cloud, s).cloud();
    }

    /** The full image ID a build printed ("writing image sha256:..."). */
    private String build(String tag, String context) {
        Matcher m = WRITING.matcher(run("docker build -t " + tag + " " + context));
        assertTrue(m.find());
        return m.group(1);
    }

    /** docker images as rows of columns: name:tag to [IMAGE ID, CREATED]. */
    private Map<String, List<String>> images() {
        return run("docker images").lines().skip(1).map(l -> l.split(" {3,}"))
                .collect(Collectors.toMap(c -> c[0] + ":" + c[1], c -> List.of(c[2], c[3])));
    }

    @Test
    void changedContentGivesANewImageIdAndTheSameContentTheSameOne() {
        String v1 = build("web:v1", ".");
        waitSeconds(600);
        laptop = laptop.withFile("app/index.html", "<h1>New bread</h1>\n");
        String v2 = build("web:v2", ".");
        assertNotEquals(v1, v2, "a changed file COPY takes is a different image");
        Map<String, List<String>> imgs = images();
        assertEquals(v1.substring(7, 19), imgs.get("web:v1").get(0), "docker images shows the ID's first 12 digits");
        assertEquals(v2.substring(7, 19), imgs.get("web:v2").get(0));
        assertEquals("10 minutes ago", imgs.get("web:v1").get(1));
        assertTrue(imgs.get("web:v2").get(1).matches("Less than a second ago|\\d+ seconds ago"), imgs.toString());

        waitSeconds(600);
        String out = run("docker build -t web:v3 .");
        assertTrue(out.contains(" => CACHED [2/2] COPY app/ /usr/share/nginx/html/\n"), out);
        assertTrue(out.contains(" => [1/2] FROM docker.io/library/nginx:alpine\n"), "FROM is never cached: " + out);
        imgs = images();
        assertEquals(imgs.get("web:v2"), imgs.get("web:v3"), "a rebuild of the same content is the same image,"
                + " created when it was first built: " + imgs);
        assertEquals("10 minutes ago", imgs.get("web:v3").get(1));

        laptop = laptop.withFile("app/index.html", Laptop.fresh().read("app/index.html").orElseThrow());
        assertEquals(v1, build("web:v4", "."), "the content back as it was: v1's image again (no clock in the ID)");
        assertEquals("20 minutes ago", images().get("web:v4").get(1));
    }

    @Test
    void onlyWhatTheImageIsMadeOfCounts() {
        String v1 = build("web:v1", ".");
        laptop = laptop.withFile("notes.txt", "not copied into the image\n").withFile("api/app.py", "print(1)\n");
        assertEquals(v1, build("web:v2", "."), "files the Dockerfile does not COPY are not part of the image");
        laptop = laptop.withFile("Dockerfile", "# another comment\n\n" + Laptop.fresh().read("Dockerfile").orElseThrow());
        assertEquals(v1, build("web:v3", "."), "comments and blank lines are not instructions");
        laptop = laptop.withFile("Dockerfile", Laptop.fresh().read("Dockerfile").orElseThrow()
                .replace("EXPOSE 80", "EXPOSE 8080"));
        assertNotEquals(v1, build("web:v4", "."), "EXPOSE is part of the image's config, so of its ID");
        String api = build("api:v1", "./api");
        laptop = laptop.withFile("api/requirements.txt", "flask==3.1.0\n");
        assertNotEquals(api, build("api:v2", "./api"), "COPY requirements.txt . takes the file from ./api");
        assertNotEquals(build("worker:v1", "./worker"), api);
    }

    @Test
    void ecrDigestsFollowTheContent() {
        run("aws ecr create-repository --repository-name web");
        run("aws ecr get-login-password | docker login --username AWS --password-stdin " + REG);
        build("web:v1", ".");
        laptop = laptop.withFile("app/styles.css", "body { color: brown; }\n");
        build("web:v2", ".");
        build("web:v3", ".");
        for (String t : List.of("v1", "v2", "v3")) {
            run("docker tag web:" + t + " " + REG + "/web:" + t);
            run("docker push " + REG + "/web:" + t);
        }
        JsonArray details = JsonParser.parseString(run("aws ecr describe-images --repository-name web"))
                .getAsJsonObject().getAsJsonArray("imageDetails");
        assertEquals(2, details.size(), "two contents, two images; v2 and v3 are one image with two tags: " + details);
        Map<String, String> digests = new TreeMap<>();
        for (JsonElement d : details) {
            digests.put(d.getAsJsonObject().get("imageTags").toString(), d.getAsJsonObject().get("imageDigest")
                    .getAsString());
        }
        assertEquals(List.of("[\"v1\"]", "[\"v2\",\"v3\"]"), List.copyOf(digests.keySet()), details.toString());
        assertNotEquals(digests.get("[\"v1\"]"), digests.get("[\"v2\",\"v3\"]"));
        String pushed = run("docker push " + REG + "/web:v3");
        assertTrue(pushed.contains("v3: digest: " + digests.get("[\"v2\",\"v3\"]") + " size:"), pushed);
    }
}
