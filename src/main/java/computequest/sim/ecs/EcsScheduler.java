package computequest.sim.ecs;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.Money;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import computequest.sim.ecr.EcrOps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ECS does by itself: the agents that register container instances, task placement (free CPU and memory,
 * spread across zones), task start-up and pull errors, Fargate billing, and the service scheduler that keeps each
 * service at its desired count.
 */
public final class EcsScheduler {

    public static final long EC2_TASK_START_SECONDS = 10;
    /** stop-task sends SIGTERM; the course's web servers exit at once, so the task stops this long after the call. */
    public static final long TASK_STOP_SECONDS = 1;
    static final long FARGATE_TASK_START_SECONDS = 30;
    static final int MAX_STOPPED_KEPT = 40;

    private EcsScheduler() {
    }

    /** Where a new task goes, or why it cannot go anywhere. */
    record Placement(String containerInstance, String zone, String failure) {
    }

    static Placement place(Cloud cloud, String cluster, EcsState.TaskDefinition td, String launchType,
                           List<String> subnets, String group) {
        Map<String, Integer> perZone = new LinkedHashMap<>();
        Map<String, Integer> perInstance = new LinkedHashMap<>();
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            if (t.active() && t.cluster().equals(cluster) && group.equals(groupOf(t))) {
                perZone.merge(t.zone(), 1, Integer::sum);
                perInstance.merge(t.containerInstance(), 1, Integer::sum);
            }
        }
        if (launchType.equals("FARGATE")) {
            List<String> zones = subnets.stream().map(EcsOps::zoneOf).distinct().toList();
            String zone = zones.stream().min(Comparator.comparingInt(z -> perZone.getOrDefault(z, 0))).orElse(Catalog.ZONES.get(0));
            return new Placement("", zone, null);
        }
        List<EcsState.ContainerInstance> cis = EcsOps.containerInstances(cloud, cluster);
        if (cis.isEmpty()) {
            return new Placement(null, null, "No Container Instances were found in your cluster. Launch EC2 instances"
                    + " from the ECS-optimized AMI with --iam-instance-profile Name=ecsInstanceRole and --user-data '"
                    + computequest.sim.ec2.Ec2Roles.script(cluster) + "', or use --launch-type FARGATE.");
        }
        int cpu = td.cpuNeeded();
        int mem = td.memoryNeeded();
        EcsState.ContainerInstance best = null;
        String closest = null;
        for (EcsState.ContainerInstance ci : cis) {
            int freeCpu = ci.cpu() - EcsOps.cpuUsed(cloud, ci.id());
            int freeMem = ci.memory() - EcsOps.memoryUsed(cloud, ci.id());
            if (!ci.agentConnected()) {
                closest = closest == null ? ci.ec2InstanceId() + ": agent not connected (instance not running)" : closest;
                continue;
            }
            if (freeMem < mem) {
                closest = "RESOURCE:MEMORY - " + ci.ec2InstanceId() + " has " + freeMem + " MiB free; the task needs " + mem + " MiB";
                continue;
            }
            if (freeCpu < cpu) {
                closest = "RESOURCE:CPU - " + ci.ec2InstanceId() + " has " + freeCpu + " CPU units free; the task needs " + cpu;
                continue;
            }
            int taken = HostPorts.conflict(cloud, ci.id(), td);
            if (taken > 0) {
                closest = "The closest matching container-instance " + ci.id() + " is already using a port required"
                        + " by your task (host port " + taken + " on " + ci.ec2InstanceId() + "; a static hostPort"
                        + " allows one such task per instance, hostPort 0 gets each task its own)";
                continue;
            }
            if (td.networkMode().equals("awsvpc")) {
                String type = cloud.instances().containsKey(ci.ec2InstanceId())
                        ? cloud.instances().get(ci.ec2InstanceId()).instanceType() : "";
                if (Enis.awsvpcTasksOn(cloud, ci.id()) >= Enis.awsvpcTasks(type)) {
                    closest = "RESOURCE:ENI - " + ci.ec2InstanceId() + " (" + type + ") has no free network interface:"
                            + " each awsvpc task takes one, and a " + type + " runs " + Enis.awsvpcTasks(type)
                            + " (its primary interface counts)";
                    continue;
                }
            }
            // The zone with the fewest of the group's tasks first, then, within it, the instance with the fewest.
            int zoneLoad = perZone.getOrDefault(ci.zone(), 0);
            int bestZoneLoad = best == null ? 0 : perZone.getOrDefault(best.zone(), 0);
            if (best == null || zoneLoad < bestZoneLoad || zoneLoad == bestZoneLoad
                    && perInstance.getOrDefault(ci.id(), 0) < perInstance.getOrDefault(best.id(), 0)) {
                best = ci;
            }
        }
        if (best == null) {
            return new Placement(null, null, "no container instance met all of its requirements. " + closest
                    + ". Add capacity (a bigger or another instance), lower the task's cpu/memory, or use Fargate.");
        }
        return new Placement(best.id(), best.zone(), null);
    }

    private static String groupOf(EcsState.Task t) {
        return t.service().isEmpty() ? "family:" + t.taskDefinition().split(":")[0] : "service:" + t.service();
    }

    static Cloud startTask(Cloud cloud, String cluster, EcsState.TaskDefinition td, String launchType, Placement p,
                           String service, boolean publicIp, List<String> changes) {
        Cloud.Drawn d = cloud.draw(32);
        cloud = d.cloud();
        String id = d.hex();
        String ip = Catalog.privateIp(p.zone(), d.draw().below(4000));
        EcsState.Task t = new EcsState.Task(id, cluster, td.key(), launchType, "PENDING", p.zone(), service,
                p.containerInstance(), td.cpuNeeded(), td.memoryNeeded(), cloud.clock(), -1, -1, "", ip,
                publicIp, 0, HostPorts.assign(cloud, p.containerInstance(), td));
        cloud = cloud.withEcs(cloud.ecs().withTask(t));
        String where = launchType.equals("FARGATE")
                ? "on Fargate in " + p.zone() + " (no instance to manage; billed " + Money.usd(Fargate.usdPerHour(
                td.cpu(), td.memory())) + " an hour, per second, 60 s minimum)"
                : "on container instance " + cloud.ecs().containerInstances().get(p.containerInstance()).ec2InstanceId()
                + " in " + p.zone() + " (" + td.cpuNeeded() + " CPU units, " + td.memoryNeeded()
                + " MiB reserved; you pay for the instance, not the task)";
        changes.add("Task " + id.substring(0, 8) + " (" + td.key() + (service.isEmpty() ? "" : ", service " + service)
                + "): PENDING " + where + ".");
        return cloud;
    }

    static Cloud stop(Cloud cloud, EcsState.Task t, String reason, List<String> changes) {
        long now = cloud.clock();
        if (t.launchType().equals("FARGATE")) {
            long billed = now - t.createdAt();
            if (billed < Fargate.MINIMUM_SECONDS) {
                cloud = cloud.charge(t.id().substring(0, 8), fargateLine(t),
                        Fargate.usdPerHour(t.cpu(), t.memory()) * (Fargate.MINIMUM_SECONDS - billed) / 3600.0);
            }
        }
        cloud = cloud.withEcs(cloud.ecs().withTask(t.stopped(now, reason)));
        changes.add("Task " + t.id().substring(0, 8) + " (" + t.taskDefinition() + "): " + t.status() + " -> STOPPED. "
                + reason + "." + (t.launchType().equals("FARGATE") ? " Fargate billing ends (60 s minimum per task)." : ""));
        return pruneStopped(cloud);
    }

    private static Cloud pruneStopped(Cloud cloud) {
        List<EcsState.Task> stopped = cloud.ecs().tasks().values().stream().filter(t -> !t.active()).toList();
        if (stopped.size() <= MAX_STOPPED_KEPT) {
            return cloud;
        }
        Map<String, EcsState.Task> kept = new LinkedHashMap<>(cloud.ecs().tasks());
        kept.remove(stopped.get(0).id());
        EcsState e = cloud.ecs();
        return cloud.withEcs(new EcsState(e.clusters(), e.containerInstances(), e.taskDefinitions(), kept, e.services()));
    }

    static String fargateLine(EcsState.Task t) {
        return "Fargate task " + t.cpu() / 1024.0 + " vCPU " + t.memory() / 1024.0 + " GB";
    }

    private static long startDue(EcsState.Task t) {
        return t.createdAt() + (t.launchType().equals("FARGATE") ? FARGATE_TASK_START_SECONDS : EC2_TASK_START_SECONDS);
    }

    public static long nextDue(Cloud cloud) {
        long next = Math.min(ServiceRetry.nextDue(cloud), RollingUpdate.nextDue(cloud));
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            if (t.status().equals("PENDING")) {
                next = Math.min(next, startDue(t));
            }
            if (t.active() && t.stopAt() > 0) {
                next = Math.min(next, t.stopAt());
            }
        }
        return next;
    }

    public static Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (EcsState.Task t : List.copyOf(cloud.ecs().tasks().values())) {
            if (t.active() && t.stopAt() == now) {
                cloud = stop(cloud, t, t.stoppedReason(), changes);
                continue;
            }
            if (!t.status().equals("PENDING") || startDue(t) != now) {
                continue;
            }
            EcsState.TaskDefinition td = cloud.ecs().taskDefinitions().get(t.taskDefinition());
            String problem = td == null ? null : TaskPull.startProblem(cloud, td, t.launchType(), t.publicIp(), t.id());
            if (problem != null) {
                cloud = stop(cloud, t, problem, changes);
            } else {
                cloud = cloud.withEcs(cloud.ecs().withTask(t.running(now)));
                changes.add("Task " + t.id().substring(0, 8) + " (" + t.taskDefinition() + "): PENDING -> RUNNING in "
                        + t.zone() + (td == null ? "" : ", image " + td.firstImage() + " pulled") + ".");
            }
        }
        return cloud;
    }

    public static Cloud accrue(Cloud cloud, long seconds) {
        for (EcsState.Task t : cloud.ecs().tasks().values()) {
            if (t.active() && t.launchType().equals("FARGATE")) {
                cloud = cloud.charge(t.id().substring(0, 8), fargateLine(t),
                        Fargate.usdPerHour(t.cpu(), t.memory()) * seconds / 3600.0);
                if (t.publicIp()) {
                    // assignPublicIp=ENABLED: the task's network interface holds a public IPv4 address, billed as
                    // any other (the same line an EC2 instance's address gets)
                    cloud = cloud.charge(t.id().substring(0, 8), "public IPv4 address",
                            computequest.sim.Catalog.PUBLIC_IPV4_USD_PER_HOUR * seconds / 3600.0);
                }
            }
        }
        return cloud;
    }

    public static Cloud reconcile(Cloud cloud, List<String> changes) {
        cloud = agents(cloud, changes);
        for (EcsState.Service s : List.copyOf(cloud.ecs().services().values())) {
            cloud = keep(cloud, s, changes);
        }
        return cloud;
    }

    /** ECS agents: register running instances, disconnect stopped ones, drop terminated ones. */
    private static Cloud agents(Cloud cloud, List<String> changes) {
        for (Instance i : cloud.instances().values()) {
            if (i.ecsCluster().isEmpty() || i.state() != InstanceState.RUNNING
                    || !computequest.sim.ec2.Ec2Roles.ecsAgentCanRegister(cloud, i)) {
                continue;
            }
            boolean registered = cloud.ecs().containerInstances().values().stream()
                    .anyMatch(ci -> ci.ec2InstanceId().equals(i.instanceId()));
            if (registered) {
                continue;
            }
            if (!cloud.ecs().clusters().containsKey(i.ecsCluster())) {
                if (!i.ecsCluster().equals("default")) {
                    continue;
                }
                cloud = cloud.withEcs(cloud.ecs().withCluster(new EcsState.Cluster("default", "ACTIVE", cloud.clock())));
                changes.add("The ECS agent on " + i.instanceId() + " created the cluster 'default' (no ECS_CLUSTER in its user data).");
            }
            String id = EcrOps.digest("ci|" + i.instanceId()).substring(7, 39);
            int cpu = i.type().vcpus() * 1024;
            int mem = (int) Math.floor(i.type().memoryGib() * 1024 * 0.92);
            cloud = cloud.withEcs(cloud.ecs().withContainerInstance(new EcsState.ContainerInstance(id, i.ecsCluster(),
                    i.instanceId(), i.availabilityZone(), cpu, mem, true)));
            changes.add(i.instanceId() + " registered to ECS cluster " + i.ecsCluster() + " as container instance "
                    + id.substring(0, 8) + " (" + cpu + " CPU units, " + mem + " MiB for tasks; the agent is connected).");
        }
        for (EcsState.ContainerInstance ci : List.copyOf(cloud.ecs().containerInstances().values())) {
            Instance i = cloud.instances().get(ci.ec2InstanceId());
            boolean gone = i == null || i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN;
            boolean up = i != null && i.state() == InstanceState.RUNNING;
            if (gone || !up) {
                for (EcsState.Task t : List.copyOf(cloud.ecs().tasks().values())) {
                    if (t.active() && t.containerInstance().equals(ci.id())) {
                        cloud = stop(cloud, t, "Host EC2 (instance " + ci.ec2InstanceId() + ") "
                                + (gone ? "terminated" : "stopped"), changes);
                    }
                }
            }
            if (gone) {
                cloud = cloud.withEcs(cloud.ecs().withoutContainerInstance(ci.id()));
                changes.add("Container instance " + ci.id().substring(0, 8) + " (" + ci.ec2InstanceId()
                        + ") left cluster " + ci.cluster() + ".");
            } else if (up != ci.agentConnected()) {
                cloud = cloud.withEcs(cloud.ecs().withContainerInstance(ci.withAgent(up)));
                changes.add("Container instance " + ci.id().substring(0, 8) + ": agent " + (up ? "connected" : "disconnected")
                        + " (" + ci.ec2InstanceId() + " is " + i.state().apiName() + ").");
            }
        }
        return cloud;
    }

    /**
     * The service scheduler: replace the tasks of older deployments, stop extras, and start what is missing (spread
     * by zone), retrying tasks that fail to start with a growing wait ({@link ServiceRetry}).
     */
    private static Cloud keep(Cloud cloud, EcsState.Service s, List<String> changes) {
        cloud = RollingUpdate.drainOld(cloud, s, changes);
        List<EcsState.Task> active = serviceTasks(cloud, s).stream().filter(t -> !RollingUpdate.isOld(s, t)).toList();
        boolean oldRemain = serviceTasks(cloud, s).size() > active.size();
        if (active.size() > s.desired()) {
            Map<String, Integer> perZone = new LinkedHashMap<>();
            active.forEach(t -> perZone.merge(t.zone(), 1, Integer::sum));
            List<EcsState.Task> order = new ArrayList<>(active);
            for (int n = active.size(); n > s.desired(); n--) {
                EcsState.Task victim = order.stream().max(Comparator.comparingInt((EcsState.Task t) -> perZone.get(t.zone()))
                        .thenComparingLong(EcsState.Task::createdAt)).orElseThrow();
                order.remove(victim);
                perZone.merge(victim.zone(), -1, Integer::sum);
                cloud = stop(cloud, victim, "Scaling activity initiated by deployment (scale in)", changes);
            }
            return cloud;
        }
        EcsState.TaskDefinition td = cloud.ecs().taskDefinitions().get(s.taskDefinition());
        if (td == null || active.size() == s.desired()) {
            String steady = "(service " + s.name() + ") has reached a steady state.";
            EcsState.Service now = cloud.ecs().services().get(s.key());
            boolean allRunning = active.stream().allMatch(t -> t.status().equals("RUNNING"));
            if (td != null && allRunning && !oldRemain && !steady.equals(now.lastEvent())) {
                cloud = cloud.withEcs(cloud.ecs().withService(now.withEvent(steady, cloud.clock())));
            }
            return cloud;
        }
        String role = TaskPull.assumeProblem(cloud, td);
        if (role != null) {
            return event(cloud, s, "(service " + s.name() + ") failed to launch a task with (error " + role + ").",
                    changes);
        }
        if (CircuitBreaker.failed(s)) {
            return cloud;
        }
        Cloud tripped = CircuitBreaker.trip(cloud, s, changes);
        if (tripped != null) {
            return tripped;
        }
        if (ServiceRetry.failures(cloud, s).size() >= ServiceRetry.THROTTLED_AFTER) {
            cloud = event(cloud, s, "(service " + s.name() + ") is unable to consistently start tasks successfully."
                    + " (Its last task stopped with " + ServiceRetry.lastReason(cloud, s) + "; it keeps retrying, a"
                    + " little less often after each failure.)", changes);
        }
        if (cloud.clock() < ServiceRetry.retryAt(cloud, s)) {
            return cloud;
        }
        int startable = RollingUpdate.startable(cloud, s);
        if (startable == 0) {
            return cloud;
        }
        for (int n = 0; n < startable; n++) {
            Placement p = place(cloud, s.cluster(), td, s.launchType(), s.subnets(), "service:" + s.name());
            if (p.failure() != null) {
                return event(cloud, s, "(service " + s.name() + ") was unable to place a task because " + p.failure(), changes);
            }
            cloud = startTask(cloud, s.cluster(), td, s.launchType(), p, s.name(), s.publicIp(), changes);
        }
        return cloud.withEcs(cloud.ecs().withService(cloud.ecs().services().get(s.key()).withEvent(
                "(service " + s.name() + ") has started tasks to reach desired count " + s.desired() + ".", cloud.clock())));
    }

    private static List<EcsState.Task> serviceTasks(Cloud cloud, EcsState.Service s) {
        return cloud.ecs().tasks().values().stream()
                .filter(t -> t.active() && t.cluster().equals(s.cluster()) && t.service().equals(s.name())).toList();
    }

    private static Cloud event(Cloud cloud, EcsState.Service s, String message, List<String> changes) {
        EcsState.Service now = cloud.ecs().services().get(s.key());
        if (!message.equals(now.lastEvent())) {
            changes.add("Service event: " + message);
            cloud = cloud.withEcs(cloud.ecs().withService(now.withEvent(message, cloud.clock())));
        }
        return cloud;
    }

    public static Map<String, Integer> loadBalancerTargets(Cloud cloud) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (EcsState.Service s : cloud.ecs().services().values()) {
            if (!s.targetGroup().isEmpty()) {
                out.merge(s.targetGroup().replaceFirst("/.*", ""), (int) EcsServiceOps.serviceTasks(cloud, s, "RUNNING"), Integer::sum);
            }
        }
        return out;
    }
}
