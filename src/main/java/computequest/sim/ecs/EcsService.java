package computequest.sim.ecs;

import static computequest.sim.Resource.attrs;

import computequest.sim.Cloud;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ECS, the service (not an ECS "service", which is {@link EcsState.Service}): clusters, container instances, task
 * definitions, tasks and services. Its scheduler places tasks after every change and bills Fargate tasks.
 */
public final class EcsService implements Service {

    @Override
    public String name() {
        return "ecs";
    }

    @Override
    public List<Operation> operations() {
        return EcsOps.operations();
    }

    @Override
    public long nextDue(Cloud cloud) {
        return EcsScheduler.nextDue(cloud);
    }

    @Override
    public Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        return EcsScheduler.finishDue(cloud, now, changes);
    }

    @Override
    public Cloud reconcile(Cloud cloud, List<String> changes) {
        return EcsScheduler.reconcile(cloud, changes);
    }

    @Override
    public Cloud accrue(Cloud cloud, long seconds) {
        return EcsScheduler.accrue(cloud, seconds);
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        EcsState ecs = cloud.ecs();
        for (EcsState.Cluster c : ecs.clusters().values()) {
            out.add(new Resource("ecs-cluster", c.name(), attrs("id", c.name(), "status", c.status(),
                    "container-instances", Integer.toString(EcsOps.containerInstances(cloud, c.name()).size()),
                    "running-tasks", Integer.toString(EcsOps.tasks(cloud, c.name(), "RUNNING").size()),
                    "services", Long.toString(ecs.services().values().stream().filter(s -> s.cluster().equals(c.name())).count()))));
        }
        for (EcsState.ContainerInstance ci : ecs.containerInstances().values()) {
            out.add(new Resource("container-instance", ci.id(), attrs("id", ci.id(), "cluster", ci.cluster(),
                    "ec2-instance", ci.ec2InstanceId(), "az", ci.zone(), "agent-connected", Boolean.toString(ci.agentConnected()),
                    "cpu-free", Integer.toString(ci.cpu() - EcsOps.cpuUsed(cloud, ci.id())),
                    "memory-free", Integer.toString(ci.memory() - EcsOps.memoryUsed(cloud, ci.id())))));
        }
        for (EcsState.TaskDefinition td : ecs.taskDefinitions().values()) {
            out.add(new Resource("task-definition", td.key(), attrs("id", td.key(), "family", td.family(),
                    "revision", Integer.toString(td.revision()), "compatibilities", String.join(",", td.compatibilities()),
                    "network-mode", td.networkMode(), "cpu", Integer.toString(td.cpuNeeded()),
                    "memory", Integer.toString(td.memoryNeeded()), "image", td.firstImage())));
        }
        for (EcsState.Task t : ecs.tasks().values()) {
            out.add(new Resource("task", t.id(), attrs("id", t.id(), "cluster", t.cluster(), "task-definition",
                    t.taskDefinition(), "launch-type", t.launchType(), "status", t.status(), "az", t.zone(),
                    "service", t.service(), "container-instance", t.containerInstance())));
        }
        for (EcsState.Service s : ecs.services().values()) {
            out.add(new Resource("service", s.name(), attrs("id", s.name(), "cluster", s.cluster(),
                    "desired", Integer.toString(s.desired()), "running", Long.toString(EcsServiceOps.serviceTasks(cloud, s, "RUNNING")),
                    "launch-type", s.launchType(), "load-balanced", Boolean.toString(!s.targetGroup().isEmpty()),
                    "task-definition", s.taskDefinition())));
        }
        for (var lb : EcsScheduler.loadBalancerTargets(cloud).entrySet()) {
            out.add(new Resource("load-balancer", lb.getKey(), attrs("id", lb.getKey(), "targets", Integer.toString(lb.getValue()))));
        }
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema(
                "ecs-cluster", "id,status,container-instances,running-tasks,services",
                "container-instance", "id,cluster,ec2-instance,az,agent-connected,cpu-free,memory-free",
                "task-definition", "id,family,revision,compatibilities,network-mode,cpu,memory,image",
                "task", "id,cluster,task-definition,launch-type,status,az,service,container-instance",
                "service", "id,cluster,desired,running,launch-type,load-balanced,task-definition",
                "load-balancer", "id,targets");
    }

    @Override
    public Map<String, Map<String, Set<String>>> values() {
        Map<String, Map<String, Set<String>>> m = new LinkedHashMap<>();
        m.put("container-instance", Map.of("agent-connected", Resource.BOOLEAN));
        m.put("service", Map.of("load-balanced", Resource.BOOLEAN));
        return m;
    }
}
