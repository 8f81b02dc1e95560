package computequest.sim.ecs;

import computequest.sim.Cloud;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Host ports of tasks on the EC2 launch type. In bridge mode a port mapping with hostPort 0 (or none) gets a free
 * port from the instance's ephemeral range; a static hostPort, and every port in host mode, is reserved while the task
 * runs, so a second task that needs it cannot go on that instance (ECS API Reference, PortMapping).
 */
final class HostPorts {

    /** The ephemeral range of Amazon Linux (net.ipv4.ip_local_port_range) from which dynamic host ports come. */
    static final int EPHEMERAL_FIRST = 32768;
    static final int EPHEMERAL_LAST = 60999;

    private HostPorts() {
    }

    /** The host ports the task definition asks for by number: static bridge mappings, and every host-mode port. */
    static List<Integer> fixed(EcsState.TaskDefinition td) {
        List<Integer> out = new ArrayList<>();
        if (td.networkMode().equals("awsvpc")) {
            return out;
        }
        for (EcsState.Container c : td.containers()) {
            for (int hp : c.hostPorts()) {
                if (hp > 0) {
                    out.add(hp);
                }
            }
        }
        return out;
    }

    /** The host ports the active tasks on the container instance hold. */
    static Set<Integer> used(Cloud cloud, String containerInstance) {
        Set<Integer> out = new TreeSet<>();
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            if (t.active() && t.containerInstance().equals(containerInstance)) {
                out.addAll(of(cloud, t));
            }
        }
        return out;
    }

    /** A port the task definition needs that a task on the instance already holds, or 0. */
    static int conflict(Cloud cloud, String containerInstance, EcsState.TaskDefinition td) {
        Set<Integer> used = used(cloud, containerInstance);
        return fixed(td).stream().filter(used::contains).findFirst().orElse(0);
    }

    /** The host port of each of the task definition's port mappings for a new task on the instance. */
    static List<Integer> assign(Cloud cloud, String containerInstance, EcsState.TaskDefinition td) {
        List<Integer> out = new ArrayList<>();
        if (td.networkMode().equals("awsvpc") || containerInstance.isEmpty()) {
            return out;
        }
        Set<Integer> used = used(cloud, containerInstance);
        int next = EPHEMERAL_FIRST;
        for (EcsState.Container c : td.containers()) {
            for (int hp : c.hostPorts()) {
                if (hp > 0) {
                    out.add(hp);
                    continue;
                }
                while (used.contains(next) && next < EPHEMERAL_LAST) {
                    next++;
                }
                out.add(next);
                used.add(next);
            }
        }
        return out;
    }

    /**
     * The host port of each of the task's port mappings: as assigned when it started, or, for a task saved before the
     * game kept them, its container ports.
     */
    static List<Integer> of(Cloud cloud, EcsState.Task t) {
        if (!t.hostPorts().isEmpty()) {
            return t.hostPorts();
        }
        EcsState.TaskDefinition td = cloud.ecs().taskDefinitions().get(t.taskDefinition());
        if (td == null || td.networkMode().equals("awsvpc") || t.containerInstance().isEmpty()) {
            return List.of();
        }
        return td.containers().stream().flatMap(c -> c.ports().stream()).toList();
    }
}
