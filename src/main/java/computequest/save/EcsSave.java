package computequest.save;

import computequest.sim.ecs.EcsState;
import java.util.List;
import java.util.Map;

/** ECS's part of a save: cloud.services.ecs. */
record EcsSave(Map<String, Cluster> clusters, Map<String, ContainerInstance> containerInstances,
               Map<String, TaskDefinition> taskDefinitions, Map<String, Task> tasks, Map<String, Service> services) {

    static EcsSave save(EcsState x) {
        return x == null ? null : new EcsSave(Saves.map(x.clusters(), Cluster::save),
                Saves.map(x.containerInstances(), ContainerInstance::save),
                Saves.map(x.taskDefinitions(), TaskDefinition::save), Saves.map(x.tasks(), Task::save),
                Saves.map(x.services(), Service::save));
    }

    static EcsState load(EcsSave s) {
        return s == null ? null : new EcsState(Saves.map(s.clusters, Cluster::load),
                Saves.map(s.containerInstances, ContainerInstance::load),
                Saves.map(s.taskDefinitions, TaskDefinition::load), Saves.map(s.tasks, Task::load),
                Saves.map(s.services, Service::load));
    }

    /** The saved form of {@link computequest.sim.ecs.EcsState.Cluster}. */
    record Cluster(String name, String status, long createdAt, Map<String, String> settings,
                   Map<String, String> tags) {

        static Cluster save(EcsState.Cluster x) {
            return x == null ? null : new Cluster(x.name(), x.status(), x.createdAt(), x.settings(), x.tags());
        }

        static EcsState.Cluster load(Cluster s) {
            return s == null ? null : new EcsState.Cluster(s.name, s.status, s.createdAt, s.settings, s.tags);
        }
    }

    /** The saved form of {@link computequest.sim.ecs.EcsState.ContainerInstance}. */
    record ContainerInstance(String id, String cluster, String ec2InstanceId, String zone, int cpu, int memory,
                             boolean agentConnected) {

        static ContainerInstance save(EcsState.ContainerInstance x) {
            return x == null ? null : new ContainerInstance(x.id(), x.cluster(), x.ec2InstanceId(), x.zone(), x.cpu(),
                    x.memory(), x.agentConnected());
        }

        static EcsState.ContainerInstance load(ContainerInstance s) {
            return s == null ? null : new EcsState.ContainerInstance(s.id, s.cluster, s.ec2InstanceId, s.zone, s.cpu,
                    s.memory, s.agentConnected);
        }
    }

    /** The saved form of {@link computequest.sim.ecs.EcsState.TaskDefinition}. */
    record TaskDefinition(String family, int revision, List<Container> containers, List<String> compatibilities,
                          String networkMode, int cpu, int memory, String status, long registeredAt,
                          String executionRoleArn) {

        static TaskDefinition save(EcsState.TaskDefinition x) {
            return x == null ? null : new TaskDefinition(x.family(), x.revision(),
                    Saves.list(x.containers(), Container::save), x.compatibilities(), x.networkMode(), x.cpu(),
                    x.memory(), x.status(), x.registeredAt(), x.executionRoleArn());
        }

        static EcsState.TaskDefinition load(TaskDefinition s) {
            return s == null ? null : new EcsState.TaskDefinition(s.family, s.revision,
                    Saves.list(s.containers, Container::load), s.compatibilities, s.networkMode, s.cpu, s.memory,
                    s.status, s.registeredAt, s.executionRoleArn);
        }
    }

    /** The saved form of {@link computequest.sim.ecs.EcsState.Container}. */
    record Container(String name, String image, int cpu, int memory, int memoryReservation, List<Integer> ports,
                     boolean essential, String echoed, List<Integer> hostPorts) {

        static Container save(EcsState.Container x) {
            return x == null ? null : new Container(x.name(), x.image(), x.cpu(), x.memory(), x.memoryReservation(),
                    x.ports(), x.essential(), x.echoed(), x.hostPorts());
        }

        static EcsState.Container load(Container s) {
            return s == null ? null : new EcsState.Container(s.name, s.image, s.cpu, s.memory, s.memoryReservation,
                    s.ports, s.essential, s.echoed, s.hostPorts);
        }
    }

    /**
     * The saved form of {@link computequest.sim.ecs.EcsState.Task}. {@code privateOnly} is the opposite of the task's
     * publicIp, so that a file written before tasks kept assignPublicIp (the member is missing, false) loads with the
     * public IP its Fargate tasks had then (the course always asked for one). Services do the same.
     */
    record Task(String id, String cluster, String taskDefinition, String launchType, String status, String zone,
                String service, String containerInstance, int cpu, int memory, long createdAt, long startedAt,
                long stoppedAt, String stoppedReason, String privateIp, boolean privateOnly, long stopAt,
                List<Integer> hostPorts) {

        static Task save(EcsState.Task x) {
            return x == null ? null : new Task(x.id(), x.cluster(), x.taskDefinition(), x.launchType(), x.status(),
                    x.zone(), x.service(), x.containerInstance(), x.cpu(), x.memory(), x.createdAt(), x.startedAt(),
                    x.stoppedAt(), x.stoppedReason(), x.privateIp(), !x.publicIp(), x.stopAt(), x.hostPorts());
        }

        static EcsState.Task load(Task s) {
            return s == null ? null : new EcsState.Task(s.id, s.cluster, s.taskDefinition, s.launchType, s.status,
                    s.zone, s.service, s.containerInstance, s.cpu, s.memory, s.createdAt, s.startedAt, s.stoppedAt,
                    s.stoppedReason, s.privateIp, !s.privateOnly, s.stopAt, s.hostPorts);
        }
    }

    /** The saved form of {@link computequest.sim.ecs.EcsState.Service}. */
    record Service(String name, String cluster, String taskDefinition, int desired, String launchType,
                   String targetGroup, List<String> subnets, String status, long createdAt, String lastEvent,
                   long deployedAt, List<ServiceEvent> events, boolean privateOnly,
                   DeploymentConfiguration deployment) {

        static Service save(EcsState.Service x) {
            return x == null ? null : new Service(x.name(), x.cluster(), x.taskDefinition(), x.desired(),
                    x.launchType(), x.targetGroup(), x.subnets(), x.status(), x.createdAt(), x.lastEvent(),
                    x.deployedAt(), Saves.list(x.events(), ServiceEvent::save), !x.publicIp(),
                    DeploymentConfiguration.save(x.deployment()));
        }

        static EcsState.Service load(Service s) {
            return s == null ? null : new EcsState.Service(s.name, s.cluster, s.taskDefinition, s.desired,
                    s.launchType, s.targetGroup, s.subnets, s.status, s.createdAt, s.lastEvent, s.deployedAt,
                    Saves.list(s.events, ServiceEvent::load), !s.privateOnly, DeploymentConfiguration.load(s.deployment));
        }
    }

    /**
     * The saved form of {@link computequest.sim.ecs.EcsState.DeploymentConfiguration}. A file written before
     * services kept it has none (null), which loads as ECS's defaults.
     */
    record DeploymentConfiguration(int maximumPercent, int minimumHealthyPercent, boolean circuitBreaker,
                                   boolean rollback) {

        static DeploymentConfiguration save(EcsState.DeploymentConfiguration x) {
            return x == null ? null : new DeploymentConfiguration(x.maximumPercent(), x.minimumHealthyPercent(),
                    x.circuitBreaker(), x.rollback());
        }

        static EcsState.DeploymentConfiguration load(DeploymentConfiguration s) {
            return s == null ? EcsState.DeploymentConfiguration.DEFAULT : new EcsState.DeploymentConfiguration(
                    s.maximumPercent, s.minimumHealthyPercent, s.circuitBreaker, s.rollback);
        }
    }

    /** The saved form of {@link computequest.sim.ecs.EcsState.ServiceEvent}. */
    record ServiceEvent(String id, long at, String message) {

        static ServiceEvent save(EcsState.ServiceEvent x) {
            return x == null ? null : new ServiceEvent(x.id(), x.at(), x.message());
        }

        static EcsState.ServiceEvent load(ServiceEvent s) {
            return s == null ? null : new EcsState.ServiceEvent(s.id, s.at, s.message);
        }
    }

}
