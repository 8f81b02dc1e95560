package computequest.sim.eks;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import java.util.ArrayList;
import java.util.List;

/** kubectl set image and kubectl rollout status: changing a deployment's image and watching the rolling update. */
final class KubectlSet {

    private KubectlSet() {
    }

    /** kubectl set image deployment/NAME CONTAINER=IMAGE (or deployment NAME, or *=IMAGE for every container). */
    static Kubectl.Ran setImage(Cloud cloud, EksState.Cluster c, List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("image")) {
            throw new CliException("error: this game's kubectl set changes images only: kubectl set image"
                    + " deployment/NAME CONTAINER=IMAGE");
        }
        List<String> pos = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            if (a.startsWith("-")) {
                continue;
            }
            (a.contains("=") ? pairs : pos).add(a);
        }
        String name = target(pos);
        EksState.Deployment d = Kubectl.deployment(cloud, c, name);
        if (pairs.isEmpty()) {
            throw new CliException("error: at least one image update is required");
        }
        String container = Rollouts.containerName(d.image());
        String image = d.image();
        for (String pair : pairs) {
            String key = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (!key.equals("*") && !key.equals(container)) {
                throw new CliException("error: unable to find container named \"" + key + "\" (deployment " + name
                        + " has one container, " + container + ", named after the image it was created with)");
            }
            if (value.isEmpty()) {
                throw new CliException("error: the image for container " + key + " is empty");
            }
            image = value;
        }
        String out = "deployment.apps/" + name + " image updated";
        if (image.equals(d.image())) {
            return new Kubectl.Ran(cloud, out, List.of("Deployment " + name + " already runs " + image
                    + ": the pod template is unchanged, so no pod is replaced."));
        }
        EksState.Deployment next = new EksState.Deployment(d.name(), d.cluster(), image, d.replicas(), d.createdAt());
        cloud = cloud.withEks(cloud.eks().withDeployment(next));
        int surge = Rollouts.maxSurge(d.replicas());
        int down = Rollouts.maxUnavailable(d.replicas());
        return new Kubectl.Ran(cloud, out, List.of("Deployment " + name + ": new pod template with " + image
                + ", so a rolling update starts. New pods start at most " + surge + " above the " + d.replicas()
                + " wanted, and old pods stop only while at least " + (d.replicas() - down) + " run, so the app keeps"
                + " serving; a new image that cannot start leaves the old pods in place."));
    }

    /** kubectl rollout status deployment/NAME: how far the rolling update is. */
    static Kubectl.Ran rollout(Cloud cloud, EksState.Cluster c, List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("status")) {
            throw new CliException("error: this game's kubectl rollout shows progress only: kubectl rollout status"
                    + " deployment/NAME");
        }
        List<String> pos = args.subList(1, args.size()).stream().filter(a -> !a.startsWith("-")).toList();
        EksState.Deployment d = Kubectl.deployment(cloud, c, target(pos));
        List<EksState.Pod> pods = cloud.eks().pods().values().stream()
                .filter(p -> p.cluster().equals(d.cluster()) && p.deployment().equals(d.name())).toList();
        long updated = pods.stream().filter(p -> Rollouts.current(d, p)).count();
        long ready = pods.stream().filter(p -> Rollouts.current(d, p) && p.status().equals("Running")).count();
        long old = pods.size() - updated;
        String q = "\"" + d.name() + "\"";
        if (updated < d.replicas()) {
            return new Kubectl.Ran(cloud, "Waiting for deployment " + q + " rollout to finish: " + updated + " out of "
                    + d.replicas() + " new replicas have been updated...", List.of());
        }
        if (old > 0) {
            return new Kubectl.Ran(cloud, "Waiting for deployment " + q + " rollout to finish: " + old
                    + " old replicas are pending termination...", List.of());
        }
        if (ready < d.replicas()) {
            return new Kubectl.Ran(cloud, "Waiting for deployment " + q + " rollout to finish: " + ready + " of "
                    + d.replicas() + " updated replicas are available...", List.of());
        }
        return new Kubectl.Ran(cloud, "deployment " + q + " successfully rolled out", List.of());
    }

    /** deployment/NAME, deploy/NAME, or deployment NAME. */
    private static String target(List<String> pos) {
        if (!pos.isEmpty() && pos.get(0).contains("/")) {
            String kind = pos.get(0).substring(0, pos.get(0).indexOf('/'));
            if (kind.matches("deployment|deployments|deploy|deployment\\.apps")) {
                return pos.get(0).substring(pos.get(0).indexOf('/') + 1);
            }
        } else if (pos.size() >= 2 && pos.get(0).matches("deployment|deployments|deploy")) {
            return pos.get(1);
        }
        throw new CliException("error: name the deployment: deployment/NAME");
    }
}
