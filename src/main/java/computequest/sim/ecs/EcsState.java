package computequest.sim.ecs;

import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.ecr.EcrOps;
import computequest.sim.lambda.LambdaOps;
import java.util.List;
import java.util.Map;

/** ECS: clusters, container instances, task definitions (by family:revision), tasks and services. */
public record EcsState(Map<String, Cluster> clusters, Map<String, ContainerInstance> containerInstances,
                       Map<String, TaskDefinition> taskDefinitions, Map<String, Task> tasks,
                       Map<String, Service> services) {

    public static final EcsState EMPTY = new EcsState(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public EcsState {
        clusters = Copy.of(clusters);
        containerInstances = Copy.of(containerInstances);
        taskDefinitions = Copy.of(taskDefinitions);
        tasks = Copy.of(tasks);
        services = Copy.of(services);
    }

    /**
     * @param settings containerInsights and other cluster settings, name -> value
     * @param tags     key -> value, in the order given
     */
    public record Cluster(String name, String status, long createdAt, Map<String, String> settings,
                          Map<String, String> tags) {
        public Cluster {
            settings = Copy.of(settings);
            tags = Copy.of(tags);
        }

        Cluster(String name, String status, long createdAt) {
            this(name, status, createdAt, Map.of(), Map.of());
        }

        Cluster withStatus(String s) {
            return new Cluster(name, s, createdAt, settings, tags);
        }
    }

    /** An EC2 instance whose ECS agent registered it to a cluster; cpu in units (1024 a vCPU), memory in MiB. */
    public record ContainerInstance(String id, String cluster, String ec2InstanceId, String zone, int cpu, int memory,
                                    boolean agentConnected) {
        ContainerInstance withAgent(boolean connected) {
            return new ContainerInstance(id, cluster, ec2InstanceId, zone, cpu, memory, connected);
        }
    }

    /**
     * @param ports     the container ports of its port mappings
     * @param echoed    the members the game does not act on (command, environment...) as JSON, echoed back as given
     * @param hostPorts each mapping's hostPort as registered, 0 when left out (bridge: a dynamic port); empty in a
     *                  save from before the game kept them, which reads as each container port
     */
    public record Container(String name, String image, int cpu, int memory, int memoryReservation,
                            List<Integer> ports, boolean essential, String echoed, List<Integer> hostPorts) {
        public Container {
            ports = List.copyOf(ports);
            echoed = echoed == null ? "{}" : echoed;
            hostPorts = hostPorts == null || hostPorts.size() != ports.size() ? List.copyOf(ports) : List.copyOf(hostPorts);
        }

        Container(String name, String image, int cpu, int memory, int memoryReservation, List<Integer> ports,
                  boolean essential) {
            this(name, image, cpu, memory, memoryReservation, ports, essential, "{}", ports);
        }

        /** The memory the scheduler reserves for it: the hard limit, else the soft one. */
        int reserved() {
            return memory > 0 ? memory : memoryReservation;
        }
    }

    /**
     * @param cpu              task-level cpu units or 0
     * @param memory           task-level MiB or 0
     * @param executionRoleArn the role ECS assumes to pull private images and write logs for the task, or ""
     */
    public record TaskDefinition(String family, int revision, List<Container> containers, List<String> compatibilities,
                                 String networkMode, int cpu, int memory, String status, long registeredAt,
                                 String executionRoleArn) {
        public TaskDefinition {
            containers = List.copyOf(containers);
            compatibilities = List.copyOf(compatibilities);
            executionRoleArn = executionRoleArn == null ? "" : executionRoleArn;
        }

        TaskDefinition(String family, int revision, List<Container> containers, List<String> compatibilities,
                       String networkMode, int cpu, int memory, String status) {
            this(family, revision, containers, compatibilities, networkMode, cpu, memory, status, 0, "");
        }

        TaskDefinition registered(long at) {
            return new TaskDefinition(family, revision, containers, compatibilities, networkMode, cpu, memory, status, at,
                    executionRoleArn);
        }

        TaskDefinition withExecutionRole(String arn) {
            return new TaskDefinition(family, revision, containers, compatibilities, networkMode, cpu, memory, status,
                    registeredAt, arn);
        }

        TaskDefinition withStatus(String s) {
            return new TaskDefinition(family, revision, containers, compatibilities, networkMode, cpu, memory, s,
                    registeredAt, executionRoleArn);
        }

        public String key() {
            return family + ":" + revision;
        }

        String arn() {
            return "arn:aws:ecs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":task-definition/" + key();
        }

        public int cpuNeeded() {
            return cpu > 0 ? cpu : containers.stream().mapToInt(Container::cpu).sum();
        }

        public int memoryNeeded() {
            return memory > 0 ? memory : containers.stream().mapToInt(Container::reserved).sum();
        }

        public String firstImage() {
            return containers.isEmpty() ? "" : containers.get(0).image();
        }
    }

    /**
     * A task. Status PENDING then RUNNING, or STOPPED with a reason.
     *
     * @param containerInstance the container instance id for the EC2 launch type, "" for Fargate
     * @param service           the service that started it, or ""
     * @param publicIp          whether its network interface has a public IP (assignPublicIp=ENABLED, Fargate)
     * @param stopAt            when a stop asked for by stop-task takes effect (its reason is in stoppedReason
     *                          meanwhile), or 0: until then the task still runs, with desiredStatus STOPPED
     * @param hostPorts         the host port of each port mapping, containers in order, on the EC2 launch type
     *                          (bridge or host networking); empty for awsvpc tasks and in saves from before the
     *                          game kept them (then each container port is its host port)
     */
    public record Task(String id, String cluster, String taskDefinition, String launchType, String status, String zone,
                       String service, String containerInstance, int cpu, int memory, long createdAt, long startedAt,
                       long stoppedAt, String stoppedReason, String privateIp, boolean publicIp, long stopAt,
                       List<Integer> hostPorts) {
        public Task {
            stoppedReason = stoppedReason == null ? "" : stoppedReason;
            hostPorts = hostPorts == null ? List.of() : List.copyOf(hostPorts);
        }

        Task stopped(long at, String reason) {
            return new Task(id, cluster, taskDefinition, launchType, "STOPPED", zone, service, containerInstance, cpu,
                    memory, createdAt, startedAt, at, reason, privateIp, publicIp, 0, hostPorts);
        }

        Task running(long at) {
            return new Task(id, cluster, taskDefinition, launchType, "RUNNING", zone, service, containerInstance, cpu,
                    memory, createdAt, at, stoppedAt, stoppedReason, privateIp, publicIp, stopAt, hostPorts);
        }

        /** The task asked to stop: it still runs until {@code at}, then stops with {@code reason}. */
        Task stopping(long at, String reason) {
            return new Task(id, cluster, taskDefinition, launchType, status, zone, service, containerInstance, cpu,
                    memory, createdAt, startedAt, stoppedAt, reason, privateIp, publicIp, at, hostPorts);
        }

        String desiredStatus() {
            return status.equals("STOPPED") || stopAt > 0 ? "STOPPED" : "RUNNING";
        }

        boolean active() {
            return !status.equals("STOPPED");
        }

        String arn() {
            return "arn:aws:ecs:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":task/" + cluster + "/" + id;
        }
    }

    /**
     * A service keeps {@code desired} tasks running.
     *
     * @param targetGroup the load balancer target group name, or ""
     * @param subnets     awsvpc subnets (Fargate), empty for bridge networking
     * @param lastEvent   the last scheduler message, so it is said once
     * @param publicIp    whether its tasks get a public IP (assignPublicIp=ENABLED, Fargate)
     */
    public record Service(String name, String cluster, String taskDefinition, int desired, String launchType,
                          String targetGroup, List<String> subnets, String status, long createdAt, String lastEvent,
                          long deployedAt, List<ServiceEvent> events, boolean publicIp, DeploymentConfiguration deployment) {
        public Service {
            subnets = List.copyOf(computequest.sim.Catalog.currentIds(subnets));
            events = events == null ? List.of() : List.copyOf(events);
            deployment = deployment == null ? DeploymentConfiguration.DEFAULT : deployment;
        }

        Service(String name, String cluster, String taskDefinition, int desired, String launchType, String targetGroup,
                List<String> subnets, String status, long createdAt, String lastEvent, boolean publicIp) {
            this(name, cluster, taskDefinition, desired, launchType, targetGroup, subnets, status, createdAt, lastEvent,
                    createdAt, List.of(), publicIp, DeploymentConfiguration.DEFAULT);
        }

        public String key() {
            return cluster + "/" + name;
        }

        Service withDesired(int d) {
            return new Service(name, cluster, taskDefinition, d, launchType, targetGroup, subnets, status, createdAt,
                    lastEvent, deployedAt, events, publicIp, deployment);
        }

        Service withTaskDefinition(String td, long at) {
            return new Service(name, cluster, td, desired, launchType, targetGroup, subnets, status, createdAt,
                    lastEvent, at, events, publicIp, deployment);
        }

        /** update-service --network-configuration: new subnets and public IP setting, in a new deployment. */
        Service withNetwork(List<String> nets, boolean ip, long at) {
            return new Service(name, cluster, taskDefinition, desired, launchType, targetGroup, nets, status, createdAt,
                    lastEvent, at, events, ip, deployment);
        }

        /** A new deployment of the same settings (--force-new-deployment): its tasks replace all older ones. */
        Service redeployed(long at) {
            return new Service(name, cluster, taskDefinition, desired, launchType, targetGroup, subnets, status, createdAt,
                    lastEvent, at, events, publicIp, deployment);
        }

        /** update-service --deployment-configuration: the limits of later rolling updates (no new deployment). */
        Service withDeployment(DeploymentConfiguration d) {
            return new Service(name, cluster, taskDefinition, desired, launchType, targetGroup, subnets, status, createdAt,
                    lastEvent, deployedAt, events, publicIp, d);
        }

        Service withStatus(String s) {
            return new Service(name, cluster, taskDefinition, desired, launchType, targetGroup, subnets, s, createdAt,
                    lastEvent, deployedAt, events, publicIp, deployment);
        }

        Service withLastEvent(String e) {
            return new Service(name, cluster, taskDefinition, desired, launchType, targetGroup, subnets, status, createdAt,
                    e, deployedAt, events, publicIp, deployment);
        }

        /** Records a scheduler message: said once, and kept (newest first, the last 20) for describe-services. */
        Service withEvent(String message, long at) {
            List<ServiceEvent> next = new java.util.ArrayList<>();
            next.add(new ServiceEvent(LambdaOps.uuid(EcrOps.digest("event|" + key() + "|" + at + "|" + message)
                    .substring(7)), at, message));
            next.addAll(events.subList(0, Math.min(events.size(), 19)));
            return new Service(name, cluster, taskDefinition, desired, launchType, targetGroup, subnets, status, createdAt,
                    message, deployedAt, next, publicIp, deployment);
        }
    }

    /**
     * How a rolling update replaces a service's tasks: at most {@code maximumPercent} of the desired count RUNNING or
     * PENDING (rounded down), at least {@code minimumHealthyPercent} healthy (rounded up). The circuit breaker's two
     * switches are acted on by {@link CircuitBreaker}.
     */
    public record DeploymentConfiguration(int maximumPercent, int minimumHealthyPercent, boolean circuitBreaker,
                                          boolean rollback) {
        /** ECS's defaults for a REPLICA service with the rolling update (ECS) deployment controller. */
        public static final DeploymentConfiguration DEFAULT = new DeploymentConfiguration(200, 100, false, false);

        /** The most tasks of the service, old and new, RUNNING or PENDING during a deployment. */
        int maxTasks(int desired) {
            return desired * maximumPercent / 100;
        }

        /** The fewest healthy tasks the service keeps during a deployment. */
        int minHealthy(int desired) {
            return (desired * minimumHealthyPercent + 99) / 100;
        }
    }

    /** One message in a service's event log. */
    public record ServiceEvent(String id, long at, String message) {
    }

    EcsState withCluster(Cluster c) {
        return new EcsState(Copy.put(clusters, c.name(), c), containerInstances, taskDefinitions, tasks, services);
    }

    EcsState withoutCluster(String name) {
        return new EcsState(Copy.remove(clusters, name), containerInstances, taskDefinitions, tasks, services);
    }

    EcsState withContainerInstance(ContainerInstance ci) {
        return new EcsState(clusters, Copy.put(containerInstances, ci.id(), ci), taskDefinitions, tasks, services);
    }

    EcsState withoutContainerInstance(String id) {
        return new EcsState(clusters, Copy.remove(containerInstances, id), taskDefinitions, tasks, services);
    }

    EcsState withTaskDefinition(TaskDefinition td) {
        return new EcsState(clusters, containerInstances, Copy.put(taskDefinitions, td.key(), td), tasks, services);
    }

    EcsState withTask(Task t) {
        return new EcsState(clusters, containerInstances, taskDefinitions, Copy.put(tasks, t.id(), t), services);
    }

    EcsState withService(Service s) {
        return new EcsState(clusters, containerInstances, taskDefinitions, tasks, Copy.put(services, s.key(), s));
    }

    EcsState withoutService(String key) {
        return new EcsState(clusters, containerInstances, taskDefinitions, tasks, Copy.remove(services, key));
    }
}
