package computequest.sim.ecr;

import static computequest.sim.Resource.attrs;

import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import computequest.sim.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECR: repositories and the images pushed to them, plus the docker images on the player's laptop. */
public final class EcrService implements Service {

    @Override
    public String name() {
        return "ecr";
    }

    @Override
    public List<Operation> operations() {
        return EcrOps.operations();
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        // ECR keeps no record of which app an image holds, only its digest; the laptop's docker knows which build
        // made that digest (its 'app': the sample app built, e.g. api from ./api), so the image is matched by content
        Map<String, String> built = new LinkedHashMap<>();
        for (EcrState.LocalImage l : cloud.ecr().local().values()) {
            built.putIfAbsent(EcrOps.digest("manifest|" + l.imageId()), l.app());
        }
        for (EcrState.Repository r : cloud.ecr().repositories().values()) {
            out.add(new Resource("ecr-repository", r.name(), attrs("id", r.name(), "uri", r.uri())));
            for (var t : r.tags().entrySet()) {
                String id = r.name() + ":" + t.getKey();
                out.add(new Resource("ecr-image", id, attrs("id", id, "repository", r.name(), "tag", t.getKey(),
                        "digest", t.getValue(), "uri", r.uri() + ":" + t.getKey(),
                        "app", built.getOrDefault(t.getValue(), ""))));
            }
        }
        for (EcrState.LocalImage l : cloud.ecr().local().values()) {
            EcrOps.Ref ref = EcrOps.Ref.parse(l.ref());
            out.add(new Resource("local-image", l.ref(), attrs("id", l.ref(), "tag", ref.tag(), "app", l.app())));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema(
                "ecr-repository", "id,uri",
                "ecr-image", "id,repository,tag,digest,uri,app",
                "local-image", "id,tag,app");
    }

    /** docker on the player's machine: build, tag, log in to ECR, push and pull. */
    @Override
    public List<Tool> tools() {
        List<String> phrases = new ArrayList<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        for (String sub : DockerCli.SUBCOMMANDS) {
            phrases.add("docker " + sub);
            summaries.put("docker " + sub, "the container tool on your machine");
        }
        return List.of(new Tool("docker", (cloud, words, stdin) -> {
            DockerCli.Ran ran = DockerCli.run(cloud, words, stdin);
            return new Tool.Ran(ran.cloud(), ran.output(), ran.changes(), true);
        }, phrases, summaries));
    }
}
