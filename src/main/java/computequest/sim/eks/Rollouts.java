package computequest.sim.eks;

import computequest.sim.Cloud;
import computequest.sim.ecr.EcrOps;
import java.util.ArrayList;
import java.util.List;

/**
 * A deployment's rolling update, as Kubernetes' default RollingUpdate strategy runs it: a pod belongs to the template
 * whose hash its name carries (NAME-HASH-xxxxx); after kubectl set image, new pods start at most maxSurge (25%,
 * rounded up) above the desired count, and old pods stop only while at least desired minus maxUnavailable (25%,
 * rounded down) pods run. A new image that cannot start leaves the old pods serving.
 */
final class Rollouts {

    private Rollouts() {
    }

    /** The pod-template hash of the deployment's current template. */
    static String templateHash(EksState.Deployment d) {
        return EcrOps.digest(d.name() + d.image()).substring(7, 17);
    }

    static boolean current(EksState.Deployment d, EksState.Pod p) {
        return p.name().startsWith(d.name() + "-" + templateHash(d) + "-");
    }

    static int maxSurge(int replicas) {
        return Math.max(1, (replicas + 3) / 4);
    }

    static int maxUnavailable(int replicas) {
        return replicas / 4;
    }

    /** The container kubectl create deployment makes for an image: its last path part, without tag or digest. */
    static String containerName(String image) {
        String name = image.substring(image.lastIndexOf('/') + 1);
        name = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
        name = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        return name.replace('_', '-');
    }

    /** Whether pods of an older template are still there. */
    static boolean rolling(EksState.Deployment d, List<EksState.Pod> pods) {
        return pods.stream().anyMatch(p -> !current(d, p));
    }

    /** One step of the rollout: stop what old pods may stop, start what new pods fit within the surge. */
    static Cloud step(Cloud cloud, EksState.Deployment d, List<EksState.Pod> pods, List<String> changes) {
        List<EksState.Pod> fresh = new ArrayList<>();
        List<EksState.Pod> old = new ArrayList<>();
        for (EksState.Pod p : pods) {
            (current(d, p) ? fresh : old).add(p);
        }
        long runningNew = fresh.stream().filter(p -> p.status().equals("Running")).count();
        long running = runningNew + old.stream().filter(p -> p.status().equals("Running")).count();
        long spare = running - (d.replicas() - maxUnavailable(d.replicas()));
        List<EksState.Pod> stopping = new ArrayList<>(old.stream().filter(p -> !p.status().equals("Running")).toList());
        for (int i = old.size() - 1; i >= 0 && spare > 0; i--) {
            if (old.get(i).status().equals("Running")) {
                stopping.add(old.get(i));
                spare--;
            }
        }
        for (EksState.Pod p : stopping) {
            cloud = cloud.withEks(cloud.eks().withoutPod(p.key()));
            old.remove(p);
            changes.add("Pod " + p.name() + " terminated: the rolling update of " + d.name() + " replaced it.");
        }
        int room = d.replicas() + maxSurge(d.replicas()) - fresh.size() - old.size();
        for (int n = 0; n < Math.min(room, d.replicas() - fresh.size()); n++) {
            cloud = EksOps.newPod(cloud, d, changes, " (rolling update to " + d.image() + ")");
        }
        if (old.isEmpty() && !stopping.isEmpty()) {
            changes.add("Deployment " + d.name() + " rolled out: every pod runs " + d.image() + " now.");
        }
        return cloud;
    }
}
